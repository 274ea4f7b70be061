/**
 * Cold starts. FaaS instances are shut down after an idle keep-alive, so the gap between
 * requests decides how many start cold. Per hour of the typical week, with rate λ (requests/s),
 * duration d (s), keep-alive K (s) and c requests per instance:
 * - random arrivals (Poisson): a request is cold when nothing arrived in the K seconds before it,
 *   probability e^(−λK);
 * - even arrivals (one every 1/λ s): every request is cold when the idle gap 1/λ − d ≥ K, else none;
 * - bursts (all N of a period together, every M minutes): when the idle gap M·60 − d ≥ K, every
 *   burst is cold and needs min(n, ⌈n/c⌉) new instances for its n requests; otherwise none.
 * Random and even arrivals also start cold when traffic scales out from one hour to the next: the
 * instances an hour needs, ⌈λd/c⌉ (at least 1 while any traffic arrives), above the previous
 * hour's, are new (hourly steps; ramps inside an hour are not modelled).
 * Keep-alive is an estimate (no provider publishes one); whether INIT is billed is the provider's
 * rule (platform.json). Pure functions.
 */
import type { FaasOffer, Meter } from '../catalog/schema.ts';
import {
  coldStartAssumptionFor,
  type ColdStartAssumption,
  type Platform,
} from '../catalog/platform.ts';
import type { ProfileBin } from './context.ts';
import { MONTH_HOURS_PER_WEEK_HOUR } from './context.ts';
import type { ColdStartOptions } from './scenario.ts';
import { MINUTES_PER_MONTH } from './scenario.ts';

const EPS = 1e-9;

export interface ColdStartInput {
  arrivals: ColdStartOptions['arrivals'];
  requestsPerMonth: number;
  /** M: minutes between bursts (the scenario's "every M minutes"). */
  everyMinutes: number;
  /** Average requests per second over the month. */
  averageRps: number;
  /** The profile's distinct weights and their hours (context.ts). */
  bins: readonly ProfileBin[];
  /**
   * The 168 hourly weights in order, to count scale-out between hours (random and even arrivals).
   * Without it, only idle cold starts are counted.
   */
  profile?: readonly number[];
  durationMs: number;
  keepAliveMinutes: number;
  /** Requests one instance serves at once (Lambda: 1). */
  requestsPerInstance: number;
  /** Instances kept warm all month (provisioned concurrency, always-ready). */
  warmInstances: number;
}

export interface ColdStartCount {
  coldStartsPerMonth: number;
  /** Share of requests that start cold (0..1). */
  coldShare: number;
  /** Instances to keep warm so no request starts cold (peak need, at least 1). */
  instancesToKeepWarm: number;
}

/** Instances a burst of n simultaneous requests needs (n may be fractional: an expectation). */
function burstInstances(n: number, perInstance: number): number {
  if (n <= 0) return 0;
  return Math.min(n, Math.ceil(n / perInstance - EPS));
}

/** Instances an hour at `rps` keeps busy (at least 1 while requests arrive). */
function instancesNeeded(rps: number, durationS: number, perInstance: number): number {
  return rps > 0 ? Math.max(1, Math.ceil((rps * durationS) / perInstance - EPS)) : 0;
}

/** Expected cold starts a month for an arrival pattern and keep-alive. */
export function countColdStarts(x: ColdStartInput): ColdStartCount {
  const K = x.keepAliveMinutes * 60;
  const d = x.durationMs / 1000;
  const c = x.requestsPerInstance;
  // Requests in one burst on average: the month's requests spread over its M-minute periods.
  const burstAvg = (x.requestsPerMonth * x.everyMinutes) / MINUTES_PER_MONTH;
  let cold = 0;
  let peakWeight = 0;
  for (const { weight, hours } of x.bins) {
    if (weight > peakWeight) peakWeight = weight;
    const rps = x.averageRps * weight;
    if (!(rps > 0)) continue;
    const monthHours = hours * MONTH_HOURS_PER_WEEK_HOUR;
    const perHour = rps * 3600;
    let coldPerHour = 0;
    switch (x.arrivals) {
      case 'random':
        // A warm instance always answers while instances are kept warm on purpose.
        if (x.warmInstances < 1) coldPerHour = perHour * Math.exp(-rps * K);
        break;
      case 'even':
        if (x.warmInstances < 1 && 1 / rps - d >= K - EPS) coldPerHour = perHour;
        break;
      case 'bursts': {
        if (x.everyMinutes * 60 - d >= K - EPS) {
          const n = burstAvg * weight;
          const perBurst = Math.max(0, burstInstances(n, c) - x.warmInstances);
          coldPerHour = (60 / x.everyMinutes) * perBurst;
        }
        break;
      }
    }
    cold += coldPerHour * monthHours;
  }
  // Scale-out between consecutive hours of the week (the week wraps around), once a week. A flat
  // week (one weight: its bins) never scales out.
  if (x.arrivals !== 'bursts' && x.profile && x.profile.length > 0 && x.bins.length > 1) {
    const n = x.profile.length;
    let prev = instancesNeeded(x.averageRps * x.profile[n - 1]!, d, c);
    let added = 0;
    for (const w of x.profile) {
      const k = instancesNeeded(x.averageRps * w, d, c);
      if (k > prev) added += Math.max(0, k - Math.max(prev, x.warmInstances));
      prev = k;
    }
    cold += added * MONTH_HOURS_PER_WEEK_HOUR;
  }
  const R = x.requestsPerMonth;
  cold = Math.min(cold, R);
  const peakRps = x.averageRps * peakWeight;
  const peakNeed =
    x.arrivals === 'bursts'
      ? burstInstances(burstAvg * peakWeight, c)
      : Math.ceil((peakRps * d) / c - EPS);
  return {
    coldStartsPerMonth: cold,
    coldShare: R > 0 ? cold / R : 0,
    instancesToKeepWarm: Math.max(1, peakNeed),
  };
}

/** Billed units one cold start adds to a duration meter (INIT time at the same rates). */
export function initUnits(
  m: Meter,
  q: { memGb: number; vcpu: number; ghz: number; initS: number },
): number {
  switch (m.basis) {
    case 'memory-seconds':
      return q.memGb * q.initS;
    case 'vcpu-seconds':
      return q.vcpu * q.initS;
    case 'ghz-seconds':
      return q.ghz * q.initS;
    case 'memory-hours':
      return (q.memGb * q.initS) / 3600;
    default:
      // Requests, CPU time and storage meters are not charged for INIT.
      return 0;
  }
}

/** The INIT duration to use: the user's, the platform's (isolates) or the runtime's default. */
export function initMsFor(
  opts: ColdStartOptions,
  assumption: ColdStartAssumption | undefined,
  platform: Platform,
): { initMs: number; basis: 'user' | 'runtime-default' | 'platform' } {
  if (opts.initMs !== null) return { initMs: opts.initMs, basis: 'user' };
  if (assumption?.initMs !== undefined) return { initMs: assumption.initMs, basis: 'platform' };
  return { initMs: platform.runtimes.initMs[opts.runtime] ?? 0, basis: 'runtime-default' };
}

/** Whether an offer's cold starts are modelled, and with which assumption. */
export function coldStartAssumption(
  platform: Platform,
  offer: FaasOffer,
): ColdStartAssumption | undefined {
  return coldStartAssumptionFor(platform, offer);
}
