/**
 * Everything derived once from a scenario (and a monthly volume) before any offer is priced, with
 * the run-time data the engine prices with besides the offers (platform facts). Offers arrive in
 * USD: the catalog converts them when it loads.
 */
import { EMPTY_PLATFORM, type Platform } from '../catalog/platform.ts';
import { weeklyProfile, HOURS_PER_WEEK } from './profile.ts';
import {
  cpuMsOf,
  HOURS_PER_MONTH,
  requestsPerMonthOf,
  SECONDS_PER_MONTH,
  type Scenario,
} from './scenario.ts';

/**
 * Data loaded with the catalog that every price may depend on. Callers pass what they loaded; the
 * engine never fetches or reads files.
 */
export interface PricingData {
  /**
   * pricing-data/platform.json: cold-start assumptions, scaling limits, state stores, schedulers.
   * Without it: the empty platform (no cold starts unless a keep-alive is set, no state or
   * scheduler lines, no scaling-limit checks).
   */
  platform?: Platform | undefined;
}

export interface PricingContext {
  readonly scenario: Scenario;
  readonly requestsPerMonth: number;
  /** Average requests per second over the month. */
  readonly averageRps: number;
  /** 168 relative hourly rates, mean 1. */
  readonly profile: readonly number[];
  /** Largest value of the profile (peak-hour rate ÷ average rate). */
  readonly peakFactor: number;
  /** The profile's distinct values with how many hours of the week have each (for fast sums). */
  readonly bins: readonly ProfileBin[];
  readonly durationMs: number;
  readonly cpuMs: number;
  readonly platform: Platform;
  /**
   * Work out what only a full result shows, not its total: each hour's fleet, cold-start and
   * scaling information with the cost of avoiding cold starts, and each free allowance's run-out
   * hour. Off in sweeps and break-even searches, which need only the monthly cost.
   */
  readonly breakdown: boolean;
}

/** Hours of a 730-hour month that one hour of the typical week stands for. */
export const MONTH_HOURS_PER_WEEK_HOUR = HOURS_PER_MONTH / HOURS_PER_WEEK;

export interface ProfileBin {
  weight: number;
  hours: number;
}

const binsCache = new WeakMap<readonly number[], ProfileBin[]>();
/** Distinct hourly weights and their counts, remembered per profile array. */
function binsOf(profile: readonly number[]): ProfileBin[] {
  let bins = binsCache.get(profile);
  if (!bins) {
    const m = new Map<number, number>();
    for (const w of profile) m.set(w, (m.get(w) ?? 0) + 1);
    bins = [...m].map(([weight, hours]) => ({ weight, hours }));
    binsCache.set(profile, bins);
  }
  return bins;
}

const peaks = new WeakMap<readonly number[], number>();
/** Largest value of a profile, remembered per profile array (sweeps reuse one profile). */
function peakOf(profile: readonly number[]): number {
  let peak = peaks.get(profile);
  if (peak === undefined) {
    peak = 0;
    for (const w of profile) if (w > peak) peak = w;
    peaks.set(profile, peak);
  }
  return peak;
}

export function makeContext(
  scenario: Scenario,
  opts: PricingData & {
    requestsPerMonth?: number;
    breakdown?: boolean;
    profile?: readonly number[];
  } = {},
): PricingContext {
  const requestsPerMonth = opts.requestsPerMonth ?? requestsPerMonthOf(scenario.workload);
  const profile = opts.profile ?? weeklyProfile(scenario.pattern);
  const peak = peakOf(profile);
  return {
    scenario,
    requestsPerMonth,
    averageRps: requestsPerMonth / SECONDS_PER_MONTH,
    profile,
    peakFactor: peak,
    bins: binsOf(profile),
    durationMs: scenario.durationMs,
    cpuMs: cpuMsOf(scenario),
    platform: opts.platform ?? EMPTY_PLATFORM,
    breakdown: opts.breakdown ?? true,
  };
}
