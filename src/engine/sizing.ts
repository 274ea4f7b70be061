/**
 * How many instances of one size a fleet needs, and what decided it. For an hour whose rate is
 * the average × `weight`:
 *   needed = max(minimum, ⌈peak vCPU ÷ (vCPU × target utilisation)⌉,
 *                ⌈peak in flight ÷ requests per instance⌉)
 *   requests per instance = min(requests in flight per instance, ⌊(memory − base) ÷ working set⌋)
 * and, for a burstable size held to its baseline once its credits run out, at least
 *   ⌈busy vCPUs over the busiest day (or hour) ÷ (vCPU × baseline)⌉ (burst-credits.ts).
 * Peak vCPU and peak in flight follow the arrival reading (in-flight.ts). Across two zones the fleet
 * runs needed + 1 (at least 2): one instance can fail without the rest running short.
 * An instance whose memory, less its base, cannot hold one request's working set cannot run the
 * workload at all (`fits: false`).
 *
 * One entry point, `instancesFor(size, ctx)`, for fixed fleets, autoscaled containers and a picker
 * that tries each size of a family for the cheapest that fits.
 */
import {
  averageBusyVcpu,
  baselineInstances,
  baselineLoadFactor,
  dayMeans,
  instancesWithinBaseline,
  type BurstableSize,
} from './burst-credits.ts';
import type { PricingContext } from './context.ts';
import {
  overlappingBursts,
  maxMeanForPercentile,
  peakCpu,
  peakInFlight,
  type InFlightInput,
} from './in-flight.ts';
import { coldStartOptionsOf, MINUTES_PER_MONTH, SECONDS_PER_MONTH } from './scenario.ts';
import type { FleetInfo } from './types.ts';

const EPS = 1e-9;

/**
 * One instance (or container task) size; a burstable instance also has its CPU baseline and what
 * it does past it (burst-credits.ts).
 */
export interface InstanceSize extends BurstableSize {
  vcpu: number;
  memoryMb: number;
}

export type SizedBy = FleetInfo['sizedBy'];

/** What one hour asks of a fleet, whatever its size. */
export interface HourDemand {
  /** vCPUs busy at the hour's peak (the mean, or a whole burst at once). */
  cpu: number;
  /** vCPUs busy on average in the hour (rate × CPU time), for utilisation. */
  meanCpu: number;
  /** Requests in flight on average in the hour (Little's law). */
  meanInFlight: number;
  /** Requests in flight at the hour's peak (99th percentile, ⌈mean⌉ or the burst). */
  peakInFlight: number;
}

const demandCache = new WeakMap<PricingContext, Map<number, HourDemand>>();
/** The last demand asked for: a sweep's offers ask for the same context and weight in a row. */
let last: { ctx: PricingContext; weight: number; demand: HourDemand } | undefined;

/**
 * The demand of the hour at `weight` × the average rate, worked out once per context and weight
 * (every size of every offer shares it, so the Poisson percentile is not recomputed per size).
 */
export function demandAt(ctx: PricingContext, weight: number): HourDemand {
  if (last !== undefined && last.ctx === ctx && last.weight === weight) return last.demand;
  let byWeight = demandCache.get(ctx);
  if (!byWeight) {
    byWeight = new Map();
    demandCache.set(ctx, byWeight);
  }
  let d = byWeight.get(weight);
  if (!d) {
    const input = inFlightInput(ctx, ctx.averageRps * weight);
    d = {
      cpu: peakCpu(input),
      meanCpu: (input.rps * ctx.cpuMs) / 1000,
      meanInFlight: (input.rps * ctx.durationMs) / 1000,
      peakInFlight: peakInFlight(input),
    };
    byWeight.set(weight, d);
  }
  last = { ctx, weight, demand: d };
  return d;
}

function inFlightInput(ctx: PricingContext, rps: number): InFlightInput & { cpuMs: number } {
  return {
    arrivals: coldStartOptionsOf(ctx.scenario).arrivals,
    rps,
    durationMs: ctx.durationMs,
    everyMinutes: ctx.scenario.workload.everyMinutes,
    cpuMs: ctx.cpuMs,
  };
}

/** Memory an instance has for requests once its base (OS and runtime) is taken. */
export function usableMemoryMb(size: InstanceSize, ctx: PricingContext): number {
  return size.memoryMb - ctx.scenario.alwaysOn.baseMemoryMb;
}

/**
 * Requests one instance can hold at once: the configured requests in flight, or fewer when its
 * usable memory holds fewer working sets; 0 when not even one fits.
 */
export function requestsPerInstance(
  size: InstanceSize,
  ctx: PricingContext,
): { perInstance: number; byMemory: boolean } {
  const a = ctx.scenario.alwaysOn;
  const byMemory = heldInMemory(size, ctx);
  return byMemory < a.requestsInFlightPerInstance
    ? { perInstance: byMemory, byMemory: true }
    : { perInstance: a.requestsInFlightPerInstance, byMemory: false };
}

/** Working sets an instance's usable memory holds (0 when not even one fits). */
function heldInMemory(size: InstanceSize, ctx: PricingContext): number {
  const usable = usableMemoryMb(size, ctx);
  return usable > 0 ? Math.floor(usable / ctx.scenario.alwaysOn.workingSetMb + EPS) : 0;
}

/** Instances the hour's peak vCPUs need at the target utilisation (`vcpuAtTarget` each). */
function instancesByCpu(d: HourDemand, vcpuAtTarget: number): number {
  return Math.ceil(d.cpu / vcpuAtTarget - EPS);
}

/** Instances the hour's peak requests in flight need, `perInstance` held by each. */
function instancesByInFlight(d: HourDemand, perInstance: number): number {
  return Math.ceil(d.peakInFlight / perInstance - EPS);
}

/** What the demand needs, plus the spare of two zones; an idle hour with no floor runs nothing. */
function withSpare(needed: number, ctx: PricingContext): number {
  return needed > 0 ? needed + availabilitySpare(ctx) : 0;
}

export type Sizing =
  | {
      fits: true;
      /** Instances to run: what the demand needs, plus one across two zones. */
      instances: number;
      /** What the demand needs (before the spare instance of two zones). */
      needed: number;
      sizedBy: SizedBy;
      /** Requests one instance holds at once (memory or the configured limit). */
      perInstance: number;
    }
  | {
      fits: false;
      /** Instances priced anyway (the minimum), so the offer still shows a figure. */
      instances: number;
      /** `base`: the base memory takes all of it; `working-set`: one request does not fit. */
      reason: 'base-memory' | 'working-set';
      usableMemoryMb: number;
    };

/** Instances added for availability: one spare across two zones, none in one zone. */
export function availabilitySpare(ctx: PricingContext): number {
  return ctx.scenario.alwaysOn.availability === 'multi-zone' ? 1 : 0;
}

/**
 * Instances of `size` the hour at `weight` (default: the peak hour) needs, and what decided it.
 * `floor`: the provider's own minimum (1 for a fixed fleet; App Runner keeps 1).
 */
export function instancesFor(
  size: InstanceSize,
  ctx: PricingContext,
  weight: number = ctx.peakFactor,
  floor = 1,
): Sizing {
  const a = ctx.scenario.alwaysOn;
  const min = Math.max(a.minInstances, floor);
  const { perInstance, byMemory } = requestsPerInstance(size, ctx);
  if (perInstance < 1) {
    const usable = usableMemoryMb(size, ctx);
    return {
      fits: false,
      instances: min + availabilitySpare(ctx),
      reason: usable > 0 ? 'working-set' : 'base-memory',
      usableMemoryMb: usable,
    };
  }
  const d = demandAt(ctx, weight);
  const byCpu = instancesByCpu(d, size.vcpu * a.targetUtilization);
  const byInFlight = instancesByInFlight(d, perInstance);
  let needed = min;
  let sizedBy: SizedBy = 'minimum';
  if (byCpu >= byInFlight && byCpu > min) {
    needed = byCpu;
    sizedBy = 'cpu';
  } else if (byInFlight > min) {
    needed = byInFlight;
    sizedBy = byMemory ? 'memory' : 'concurrency';
  }
  const byBaseline = baselineInstances(size, ctx, weight);
  if (byBaseline > needed) {
    needed = byBaseline;
    sizedBy = 'baseline';
  }
  // An idle autoscaled hour (no traffic, no floor) runs nothing, in two zones as in one.
  return { fits: true, instances: withSpare(needed, ctx), needed, sizedBy, perInstance };
}

/**
 * What sizing a fixed fleet of one size takes from the size and the scenario, worked out once per
 * scenario: sweeps and searches size every size of a family at every volume, and only the demand
 * changes from one volume to the next.
 */
export interface FixedSizeFacts {
  /** Requests one instance holds at once (memory or the configured limit); below 1, none fits. */
  readonly perInstance: number;
  /** vCPUs of one instance at the target utilisation. */
  readonly vcpuAtTarget: number;
  /** The fleet's smallest size before the spare: the scenario's minimum, at least 1. */
  readonly min: number;
  /** A burstable size held to its baseline once its credits run out (burst-credits.ts). */
  readonly throttled: boolean;
  /** Its vCPUs × baseline. */
  readonly baselineVcpu: number;
  /** Its credits last about an hour (its baseline holds per hour, not per day). */
  readonly baselinePerHour: boolean;
  /** One spare instance across two zones. */
  readonly spare: number;
}

/** The volume-free part of sizing `size` for fixed fleets (see `fixedFleetInstancesOf`). */
export function fixedSizeFacts(size: InstanceSize, ctx: PricingContext): FixedSizeFacts {
  const a = ctx.scenario.alwaysOn;
  const byMemory = heldInMemory(size, ctx);
  const c = size.burstCredits;
  const throttled = size.baselineCpuFraction !== undefined && c?.mode === 'throttled';
  return {
    perInstance:
      byMemory < a.requestsInFlightPerInstance ? byMemory : a.requestsInFlightPerInstance,
    vcpuAtTarget: size.vcpu * a.targetUtilization,
    min: Math.max(a.minInstances, 1),
    throttled,
    baselineVcpu: size.vcpu * (size.baselineCpuFraction ?? 1),
    baselinePerHour: c?.mode === 'throttled' && c.sustainedOver === 'hour',
    spare: availabilitySpare(ctx),
  };
}

/**
 * `instancesFor(size, ctx).instances` of a fixed fleet (the peak hour, `d` its demand), or −1 when
 * the size cannot hold one request: the same figure without building a result, for a family's
 * pick, which sizes every size at every volume of a sweep.
 */
export function fixedFleetInstances(
  size: InstanceSize,
  ctx: PricingContext,
  d: HourDemand = demandAt(ctx, ctx.peakFactor),
): number {
  return fixedFleetInstancesOf(fixedSizeFacts(size, ctx), ctx, d);
}

/** `fixedFleetInstances` from a size's facts (the same sums, in the same order). */
export function fixedFleetInstancesOf(
  f: FixedSizeFacts,
  ctx: PricingContext,
  d: HourDemand = demandAt(ctx, ctx.peakFactor),
): number {
  const { perInstance, min } = f;
  if (perInstance < 1) return -1;
  const byCpu = instancesByCpu(d, f.vcpuAtTarget);
  const byInFlight = instancesByInFlight(d, perInstance);
  let needed = byCpu >= byInFlight && byCpu > min ? byCpu : byInFlight > min ? byInFlight : min;
  if (f.throttled) {
    // baselineInstances (burst-credits.ts) at the peak hour's weight, with its divisor worked out.
    const load = f.baselinePerHour ? ctx.peakFactor : dayMeans(ctx.profile).max;
    needed = Math.max(needed, instancesWithinBaseline(averageBusyVcpu(ctx) * load, f.baselineVcpu));
  }
  return needed > 0 ? needed + f.spare : 0;
}

/**
 * A fixed fleet's staircase for the break-even search: `top(j)` is the highest monthly volume at
 * which `size` needs at most j instances (in the peak hour, with the availability spare), and
 * `minInstances` the fleet's smallest size. Steps are not equal: the 99th percentile of random
 * arrivals grows slower than the rate. Infinity when the fleet never grows past j.
 */
export function fleetSteps(
  size: InstanceSize,
  ctx: PricingContext,
): { top: (j: number) => number; minInstances: number } {
  const a = ctx.scenario.alwaysOn;
  const spare = availabilitySpare(ctx);
  const min = Math.max(a.minInstances, 1);
  const { perInstance } = requestsPerInstance(size, ctx);
  const arrivals = coldStartOptionsOf(ctx.scenario).arrivals;
  const M = ctx.scenario.workload.everyMinutes;
  const pf = ctx.peakFactor;
  const dS = ctx.durationMs / 1000;
  const cpuS = ctx.cpuMs / 1000;
  // Peak vCPUs per request a month (linear in volume: the mean, or a whole burst at once).
  const burstPerVolume = (pf * M) / MINUTES_PER_MONTH; // requests in a peak-hour burst per request a month
  const overlap = overlappingBursts(ctx.durationMs, M);
  let cpuPerVolume = (pf / SECONDS_PER_MONTH) * cpuS;
  if (arrivals === 'bursts')
    cpuPerVolume = Math.max(cpuPerVolume, (burstPerVolume * overlap * cpuS) / dS);
  const meanInFlightPerVolume = (pf / SECONDS_PER_MONTH) * dS;
  // A throttled burstable size: busy vCPUs over its credits' horizon per request a month.
  const baselinePerVolume = (baselineLoadFactor(size, ctx) / SECONDS_PER_MONTH) * cpuS;
  const top = (j: number): number => {
    const needed = j - spare;
    if (needed < min) return 0;
    let byCpu =
      cpuPerVolume > 0 ? (needed * size.vcpu * a.targetUtilization) / cpuPerVolume : Infinity;
    if (baselinePerVolume > 0)
      byCpu = Math.min(
        byCpu,
        (needed * size.vcpu * (size.baselineCpuFraction ?? 1)) / baselinePerVolume,
      );
    if (perInstance < 1) return byCpu;
    const held = needed * perInstance;
    let byInFlight: number;
    switch (arrivals) {
      case 'random':
        byInFlight = maxMeanForPercentile(Math.floor(held + EPS)) / meanInFlightPerVolume;
        break;
      case 'even':
        byInFlight = held / meanInFlightPerVolume;
        break;
      case 'bursts':
        byInFlight = held / (burstPerVolume * overlap);
        break;
    }
    return Math.min(byCpu, byInFlight);
  };
  return { top, minInstances: min + spare };
}
