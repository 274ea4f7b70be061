/**
 * Always-on and autoscaled fleets, sized from the workload hour by hour:
 *   instances(h) = max(minimum, ⌈CPU demand(h) ÷ (vCPU × target utilisation)⌉,
 *                  ⌈concurrency(h) ÷ requests in flight per instance⌉)
 * with CPU demand = rate × CPU time and concurrency = rate × duration (Little's law).
 * Fixed fleets are sized for the peak hour; autoscaled fleets follow the profile.
 */
import type { ContainerOffer, InstanceOffer } from '../catalog/schema.ts';
import { MONTH_HOURS_PER_WEEK_HOUR, type PricingContext } from './context.ts';
import { HOURS_PER_MONTH, SECONDS_PER_MONTH } from './scenario.ts';
import type { FleetInfo, LineItem, Warning } from './types.ts';

const EPS = 1e-9;

interface HourDemand {
  /** vCPUs busy on average in the hour. */
  cpu: number;
  /** Requests in flight on average in the hour. */
  concurrency: number;
}

function demandAt(ctx: PricingContext, w: number): HourDemand {
  const rps = ctx.averageRps * w;
  return { cpu: (rps * ctx.cpuMs) / 1000, concurrency: (rps * ctx.durationMs) / 1000 };
}

function instancesFor(
  d: HourDemand,
  vcpu: number,
  ctx: PricingContext,
  floor: number,
): { n: number; by: FleetInfo['sizedBy'] } {
  const a = ctx.scenario.alwaysOn;
  const byCpu = Math.ceil(d.cpu / (vcpu * a.targetUtilization) - EPS);
  const byConc = Math.ceil(d.concurrency / a.requestsInFlightPerInstance - EPS);
  const min = Math.max(a.minInstances, floor);
  if (byCpu >= byConc && byCpu > min) return { n: byCpu, by: 'cpu' };
  if (byConc > min) return { n: byConc, by: 'concurrency' };
  return { n: min, by: 'minimum' };
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
}

/** A fixed fleet of always-on instances sized for the peak hour. */
export function priceInstances(offer: InstanceOffer, ctx: PricingContext): FleetPrice {
  const s = ctx.scenario;
  // Demand grows with the rate, so the peak hour decides a fixed fleet; the profile's mean is 1,
  // so the average CPU demand is the average rate's.
  const peakDemand = demandAt(ctx, ctx.peakFactor);
  const peak = instancesFor(peakDemand, offer.vcpu, ctx, 1);
  const peakCpu = peakDemand.cpu;
  const hours = ctx.profile.length;
  const cpuTotal = demandAt(ctx, 1).cpu * hours;
  const n = peak.n;
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
    sizedBy: peak.by,
    fixed: true,
  };
  if (ctx.breakdown) {
    // What each hour needs, and the share of the peak-sized fleet's hours left idle.
    let byWeight: Map<number, number> | undefined;
    let neededHours = 0;
    for (const { weight, hours: count } of ctx.bins) {
      const k = instancesFor(demandAt(ctx, weight), offer.vcpu, ctx, 1).n;
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
  if (
    offer.baselineCpuFraction !== undefined &&
    fleet.averageCpuUtilization > offer.baselineCpuFraction
  )
    warnings.push({
      code: 'burstable-baseline',
      severity: 'warning',
      offerId: offer.id,
      params: {
        baseline: offer.baselineCpuFraction,
        averageUtilization: fleet.averageCpuUtilization,
      },
    });
  if (offer.limits.maxInstances !== undefined && n > offer.limits.maxInstances)
    warnings.push({
      code: 'fleet-limit',
      severity: 'error',
      offerId: offer.id,
      params: { limit: offer.limits.maxInstances, needed: n },
    });
  if (s.memoryMb > offer.memoryMb)
    warnings.push({
      code: 'instance-memory',
      severity: 'error',
      offerId: offer.id,
      params: { memoryMb: s.memoryMb, instanceMemoryMb: offer.memoryMb },
    });
  if (peak.by === 'minimum' && n === s.alwaysOn.minInstances && fleet.peakCpuUtilization > 1)
    warnings.push({
      code: 'fleet-overloaded',
      severity: 'error',
      offerId: offer.id,
      params: { neededVcpu: peakCpu, instances: n, vcpu: n * offer.vcpu },
    });
  return { lines, fixedMonthlyUsd: usd, fleet, warnings };
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
  const byHour: number[] = [];
  let instanceHours = 0;
  let cpuTotal = 0;
  let peakCpu = 0;
  let computeUsd = 0;
  let peak = { n: 0, by: 'minimum' as FleetInfo['sizedBy'] };
  let peakUtil = 0;
  for (const { weight, hours: count } of ctx.bins) {
    const d = demandAt(ctx, weight);
    const r = instancesFor(d, size.vcpu, ctx, offer.minInstancesFloor);
    if (r.n > peak.n) peak = r;
    instanceHours += r.n * count;
    cpuTotal += d.cpu * count;
    if (d.cpu > peakCpu) peakCpu = d.cpu;
    const util = r.n > 0 ? d.cpu / (r.n * size.vcpu) : 0;
    if (util > peakUtil) peakUtil = util;
    // Share of the hour an instance has at least one request in flight (M/G/∞: 1 − e^(−load)).
    const busy = r.n > 0 ? 1 - Math.exp(-d.concurrency / r.n) : 0;
    computeUsd += count * r.n * (busy * activePerHour + (1 - busy) * idlePerHour);
  }
  if (ctx.breakdown)
    for (const w of ctx.profile)
      byHour.push(instancesFor(demandAt(ctx, w), size.vcpu, ctx, offer.minInstancesFloor).n);
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
    peakInstances: peak.n,
    averageInstances: instanceHours / hours,
    averageCpuUtilization: instanceHours > 0 ? cpuTotal / (instanceHours * size.vcpu) : 0,
    peakCpuUtilization: peakUtil,
    sizedBy: peak.by,
    fixed: false,
  };
  if (s.memoryMb > size.memoryMb)
    warnings.push({
      code: 'instance-memory',
      severity: 'error',
      offerId: offer.id,
      params: { memoryMb: s.memoryMb, instanceMemoryMb: size.memoryMb },
    });
  return { lines, fixedMonthlyUsd: total, fleet, warnings };
}

/**
 * A fixed fleet's staircase: below `minInstances × perInstance` requests a month it runs the
 * minimum; above, one more instance for every `perInstance` requests a month (sized for the peak
 * hour). Break-even searches use it to check the top of every step.
 */
export function fixedFleetSteps(
  offer: InstanceOffer,
  ctx: PricingContext,
): { perInstance: number; minInstances: number } {
  const a = ctx.scenario.alwaysOn;
  // Instances needed per request a month, at the peak hour, by CPU and by concurrency.
  const perRequest =
    (ctx.peakFactor / SECONDS_PER_MONTH) *
    Math.max(
      ctx.cpuMs / 1000 / (offer.vcpu * a.targetUtilization),
      ctx.durationMs / 1000 / a.requestsInFlightPerInstance,
    );
  return {
    perInstance: perRequest > 0 ? 1 / perRequest : Infinity,
    minInstances: Math.max(a.minInstances, 1),
  };
}
