/**
 * Always-on and autoscaled fleets, sized from the workload hour by hour (sizing.ts: CPU, requests
 * in flight and memory, by the arrival reading, with a spare instance across two zones).
 * Fixed fleets are sized for the peak hour; autoscaled fleets follow the profile.
 */
import type { ContainerOffer, InstanceOffer } from '../catalog/schema.ts';
import { surplusVcpuHours } from './burst-credits.ts';
import { MONTH_HOURS_PER_WEEK_HOUR, type PricingContext } from './context.ts';
import { HOURS_PER_MONTH } from './scenario.ts';
import { demandAt, fleetSteps, instancesFor, type InstanceSize, type Sizing } from './sizing.ts';
import type { FleetInfo, LineItem, Warning } from './types.ts';

const EPS = 1e-9;

/** The error that stops a size that cannot hold one request's working set (null when it fits). */
function memoryWarning(
  sizing: Sizing,
  size: InstanceSize,
  offerId: string,
  ctx: PricingContext,
): Warning | null {
  if (sizing.fits) return null;
  return {
    code: 'instance-memory',
    severity: 'error',
    offerId,
    params: {
      workingSetMb: ctx.scenario.alwaysOn.workingSetMb,
      baseMemoryMb: ctx.scenario.alwaysOn.baseMemoryMb,
      instanceMemoryMb: size.memoryMb,
    },
  };
}

/** Monthly price of one instance in USD (hourly × 730 capped at the monthly cap, or flat monthly). */
export function instanceMonthlyUsd(offer: InstanceOffer): number {
  return offer.usdPerHour !== undefined
    ? Math.min(offer.usdPerHour * HOURS_PER_MONTH, offer.monthlyCapUsd ?? Infinity)
    : (offer.usdPerMonth ?? 0);
}

export interface FleetPrice {
  lines: LineItem[];
  fixedMonthlyUsd: number;
  fleet: FleetInfo;
  warnings: Warning[];
  /** Autoscaled containers: what a commitment prices (src/engine/commitment.ts). */
  containerUse?: {
    size: { vcpu: number; memoryMb: number };
    /** Instances in the fleet's quietest hour. */
    lowestInstances: number;
    instanceHoursPerMonth: number;
    computeUsd: number;
  };
}

/** A fixed fleet of always-on instances sized for the peak hour. */
export function priceInstances(offer: InstanceOffer, ctx: PricingContext): FleetPrice {
  const s = ctx.scenario;
  // Demand grows with the rate, so the peak hour decides a fixed fleet; the profile's mean is 1,
  // so the average CPU demand is the average rate's.
  const peakDemand = demandAt(ctx, ctx.peakFactor);
  const peak = instancesFor(offer, ctx);
  const peakCpu = peakDemand.meanCpu;
  const hours = ctx.profile.length;
  const cpuTotal = demandAt(ctx, 1).meanCpu * hours;
  const n = peak.instances;
  const perInstance = instanceMonthlyUsd(offer);
  const usd = n * perInstance;
  const avgUtil = cpuTotal / hours / (n * offer.vcpu);
  const fleet: FleetInfo = {
    instanceType: offer.instanceType,
    vcpuPerInstance: offer.vcpu,
    memoryMbPerInstance: offer.memoryMb,
    instancesByHour: [],
    peakInstances: n,
    averageInstances: n,
    averageCpuUtilization: avgUtil,
    peakCpuUtilization: peakCpu / (n * offer.vcpu),
    sizedBy: peak.fits ? peak.sizedBy : 'memory',
    fixed: true,
    peakInFlight: peakDemand.peakInFlight,
    requestsPerInstance: peak.fits ? peak.perInstance : 0,
    availability: s.alwaysOn.availability,
  };
  if (ctx.breakdown) {
    // What each hour needs, and the share of the peak-sized fleet's hours left idle.
    let byWeight: Map<number, number> | undefined;
    let neededHours = 0;
    for (const { weight, hours: count } of ctx.bins) {
      const k = instancesFor(offer, ctx, weight).instances;
      if (k !== n) (byWeight ??= new Map()).set(weight, k);
      neededHours += k * count;
    }
    // A fixed fleet runs n every hour: one shared, frozen array per (n, hours). When every hour
    // needs all n (steady traffic), what is needed is that same array.
    fleet.instancesByHour = filledHours(n, hours);
    const needed = byWeight;
    fleet.neededInstancesByHour = needed
      ? ctx.profile.map((w) => needed.get(w) ?? n)
      : fleet.instancesByHour;
    fleet.idleInstanceShare = Math.max(0, 1 - neededHours / (hours * n));
  }
  const lines: LineItem[] = [
    {
      id: 'instances',
      kind: 'instances',
      quantity: n,
      unit: 'instance',
      unitPriceUsd: perInstance,
      usd,
      basis: {
        type: 'instances',
        instanceType: offer.instanceType,
        hourlyUsd: offer.usdPerHour ?? null,
        monthlyCapUsd:
          offer.usdPerHour !== undefined &&
          offer.monthlyCapUsd !== undefined &&
          offer.usdPerHour * HOURS_PER_MONTH > offer.monthlyCapUsd
            ? offer.monthlyCapUsd
            : null,
      },
    },
  ];
  const warnings: Warning[] = [];
  // Past a burstable size's baseline: surplus credits billed, or a fleet sized to stay within it.
  let total = usd;
  const baseline = offer.baselineCpuFraction;
  const credits = offer.burstCredits;
  if (baseline !== undefined && credits?.mode === 'surplus-billed') {
    const vcpuHours = surplusVcpuHours(offer, ctx, n);
    if (vcpuHours > 0) {
      const surplusUsd = vcpuHours * credits.usdPerVcpuHour;
      total += surplusUsd;
      lines.push({
        id: 'surplus-credits',
        // CPU time billed by use, beside the instances (the breakdown draws it as compute).
        kind: 'compute',
        quantity: vcpuHours,
        unit: 'vCPU-hour',
        unitPriceUsd: credits.usdPerVcpuHour,
        usd: surplusUsd,
        basis: {
          type: 'surplus-credits',
          instanceType: offer.instanceType,
          instances: n,
          baseline,
        },
      });
      warnings.push({
        code: 'burst-surplus',
        severity: 'info',
        offerId: offer.id,
        params: { baseline, averageUtilization: fleet.averageCpuUtilization, surplusUsd },
      });
    }
  } else if (baseline !== undefined && credits?.mode === 'throttled') {
    if (fleet.sizedBy === 'baseline')
      warnings.push({
        code: 'burst-throttled',
        severity: 'info',
        offerId: offer.id,
        params: {
          baseline,
          window: credits.sustainedOver,
          unlimitedUnpriced: credits.unlimitedUnpriced === true,
          region: offer.region,
        },
      });
  } else if (baseline !== undefined && fleet.averageCpuUtilization > baseline)
    warnings.push({
      code: 'burstable-baseline',
      severity: 'warning',
      offerId: offer.id,
      params: { baseline, averageUtilization: fleet.averageCpuUtilization },
    });
  if (offer.limits.maxInstances !== undefined && n > offer.limits.maxInstances)
    warnings.push({
      code: 'fleet-limit',
      severity: 'error',
      offerId: offer.id,
      params: { limit: offer.limits.maxInstances, needed: n },
    });
  const memory = memoryWarning(peak, offer, offer.id, ctx);
  if (memory) warnings.push(memory);
  if (fleet.sizedBy === 'minimum' && fleet.peakCpuUtilization > 1)
    warnings.push({
      code: 'fleet-overloaded',
      severity: 'error',
      offerId: offer.id,
      params: { neededVcpu: peakCpu, instances: n, vcpu: n * offer.vcpu },
    });
  return { lines, fixedMonthlyUsd: total, fleet, warnings };
}

const filled = new Map<string, number[]>();
/** `hours` copies of `n`, shared and frozen (results are read, never written). */
function filledHours(n: number, hours: number): number[] {
  const key = `${n}|${hours}`;
  let a = filled.get(key);
  if (!a) {
    if (filled.size >= 256) filled.clear(); // a long session's many fleet sizes stay bounded
    a = Object.freeze(new Array<number>(hours).fill(n)) as number[];
    filled.set(key, a);
  }
  return a;
}

const sizesCache = new WeakMap<ContainerOffer, ContainerOffer['sizes']>();
function sortedSizes(offer: ContainerOffer): ContainerOffer['sizes'] {
  let sorted = sizesCache.get(offer);
  if (!sorted) {
    sorted = [...offer.sizes].sort((x, y) => x.vcpu - y.vcpu || x.memoryMb - y.memoryMb);
    sizesCache.set(offer, sorted);
  }
  return sorted;
}

/** An autoscaled container service: the fleet follows the hourly profile. */
export function priceContainers(offer: ContainerOffer, ctx: PricingContext): FleetPrice {
  const s = ctx.scenario;
  const a = s.alwaysOn;
  const warnings: Warning[] = [];
  // The requested size, or the smallest offered size that covers it.
  const wanted = { vcpu: a.containerVcpu, memoryMb: a.containerMemoryMb };
  const sorted = sortedSizes(offer);
  const size =
    sorted.find((z) => z.vcpu >= wanted.vcpu - EPS && z.memoryMb >= wanted.memoryMb - EPS) ??
    sorted[sorted.length - 1]!;
  if (size.vcpu !== wanted.vcpu || size.memoryMb !== wanted.memoryMb)
    warnings.push({
      code: 'size-adjusted',
      severity: 'info',
      offerId: offer.id,
      params: {
        vcpu: wanted.vcpu,
        memoryMb: wanted.memoryMb,
        pricedVcpu: size.vcpu,
        pricedMemoryMb: size.memoryMb,
      },
    });
  const memGb = size.memoryMb / 1024;
  const activePerHour = size.vcpu * offer.usdPerVcpuHour + memGb * offer.usdPerGbHour;
  const idlePerHour =
    offer.idleUsdPerVcpuHour !== undefined || offer.idleUsdPerGbHour !== undefined
      ? size.vcpu * (offer.idleUsdPerVcpuHour ?? 0) + memGb * (offer.idleUsdPerGbHour ?? 0)
      : activePerHour;
  let byHour: number[] = [];
  let instanceHours = 0;
  let cpuTotal = 0;
  let peakCpu = 0;
  let computeUsd = 0;
  let peak: Sizing | null = null;
  let peakUtil = 0;
  let peakInFlight = 0;
  let lowest = Infinity;
  // Each hour's fleet (with the breakdown): a flat week's is one shared array, as a fixed fleet's.
  const flat = ctx.bins.length === 1;
  const byWeight = ctx.breakdown && !flat ? new Map<number, number>() : null;
  for (const { weight, hours: count } of ctx.bins) {
    const d = demandAt(ctx, weight);
    const r = instancesFor(size, ctx, weight, offer.minInstancesFloor);
    const n = r.instances;
    byWeight?.set(weight, n);
    if (ctx.breakdown && flat) byHour = filledHours(n, ctx.profile.length);
    if (!peak || n > peak.instances) peak = r;
    if (n < lowest) lowest = n;
    if (d.peakInFlight > peakInFlight) peakInFlight = d.peakInFlight;
    instanceHours += n * count;
    cpuTotal += d.meanCpu * count;
    if (d.meanCpu > peakCpu) peakCpu = d.meanCpu;
    const util = n > 0 ? d.meanCpu / (n * size.vcpu) : 0;
    if (util > peakUtil) peakUtil = util;
    // Share of the hour an instance has at least one request in flight (M/G/∞: 1 − e^(−load)).
    const busy = n > 0 ? 1 - Math.exp(-d.meanInFlight / n) : 0;
    computeUsd += count * n * (busy * activePerHour + (1 - busy) * idlePerHour);
  }
  if (byWeight) for (const w of ctx.profile) byHour.push(byWeight.get(w) ?? 0);
  // One hour of the typical week stands for 730/168 hours of the month.
  computeUsd *= MONTH_HOURS_PER_WEEK_HOUR;
  const monthInstanceHours = instanceHours * MONTH_HOURS_PER_WEEK_HOUR;
  const lines: LineItem[] = [
    {
      id: 'instances',
      kind: 'instances',
      quantity: monthInstanceHours,
      unit: 'instance-hour',
      unitPriceUsd: activePerHour,
      basis: {
        type: 'container-hours',
        vcpu: size.vcpu,
        memoryMb: size.memoryMb,
        usdPerVcpuHour: offer.usdPerVcpuHour,
        usdPerGbHour: offer.usdPerGbHour,
        idleRate: idlePerHour !== activePerHour,
      },
      usd: computeUsd,
    },
  ];
  let total = computeUsd;
  if (offer.freeTier && s.faas.freeTier) {
    const vcpuS = monthInstanceHours * size.vcpu * 3600;
    const gbS = monthInstanceHours * memGb * 3600;
    const credit =
      Math.min(vcpuS, offer.freeTier.vcpuSeconds) * (offer.usdPerVcpuHour / 3600) +
      Math.min(gbS, offer.freeTier.gbSeconds) * (offer.usdPerGbHour / 3600);
    const c = Math.min(credit, computeUsd);
    if (c > 0) {
      lines.push({
        id: 'free-tier-instances',
        kind: 'free-tier',
        // What it offsets, in USD (two allowances, vCPU-s and GB-s, priced together).
        quantity: c,
        unit: 'USD',
        unitPriceUsd: -1,
        basis: {
          type: 'container-free-tier',
          vcpuSeconds: offer.freeTier.vcpuSeconds,
          gbSeconds: offer.freeTier.gbSeconds,
        },
        usd: -c,
      });
      total -= c;
    }
  }
  if (offer.usdPerMillionRequests > 0) {
    const req = (ctx.requestsPerMonth / 1e6) * offer.usdPerMillionRequests;
    lines.push({
      id: 'requests',
      kind: 'requests',
      quantity: ctx.requestsPerMonth,
      unit: 'request',
      unitPriceUsd: offer.usdPerMillionRequests / 1e6,
      basis: { type: 'container-requests' },
      usd: req,
    });
    total += req;
  }
  const hours = ctx.profile.length;
  const fleet: FleetInfo = {
    instanceType: null,
    vcpuPerInstance: size.vcpu,
    memoryMbPerInstance: size.memoryMb,
    instancesByHour: byHour,
    peakInstances: peak?.instances ?? 0,
    averageInstances: instanceHours / hours,
    averageCpuUtilization: instanceHours > 0 ? cpuTotal / (instanceHours * size.vcpu) : 0,
    peakCpuUtilization: peakUtil,
    sizedBy: peak && peak.fits ? peak.sizedBy : peak ? 'memory' : 'minimum',
    fixed: false,
    peakInFlight,
    requestsPerInstance: peak && peak.fits ? peak.perInstance : 0,
    availability: s.alwaysOn.availability,
  };
  const memory = peak ? memoryWarning(peak, size, offer.id, ctx) : null;
  if (memory) warnings.push(memory);
  return {
    lines,
    fixedMonthlyUsd: total,
    fleet,
    warnings,
    containerUse: {
      size,
      lowestInstances: Number.isFinite(lowest) ? lowest : 0,
      instanceHoursPerMonth: monthInstanceHours,
      computeUsd,
    },
  };
}

/** A fixed fleet's staircase for the break-even search (sizing.ts `fleetSteps`). */
export function fixedFleetSteps(
  offer: InstanceOffer,
  ctx: PricingContext,
): ReturnType<typeof fleetSteps> {
  return fleetSteps(offer, ctx);
}
