/**
 * Cost ranges: each input that is an estimate (monthly traffic, duration, CPU time) may be off by
 * its spread (± percent, `scenario.spread`), and every offer's monthly cost becomes a low–typical–
 * high range. Pure functions over the same inputs as `evaluateScenario`, so they run wherever
 * evaluation runs; the page computes them after the verdict, not before (docs/MODEL.md "Ranges").
 */
import type { Offer } from '../catalog/schema.ts';
import { FIELDS, MAX_REQUESTS_PER_MONTH } from '../scenario/spec.ts';
import { makeContext, type PricingContext, type PricingData } from './context.ts';
import { monthlyCost, selectOffers } from './price-offer.ts';
import { weeklyProfile } from './profile.ts';
import {
  cpuMsOf,
  requestsPerMonthOf,
  type Horizon,
  type Scenario,
  type Spread,
} from './scenario.ts';
import type { SeriesPoint } from './series.ts';
import type { SweepPoint } from './types.ts';
import { scaleToHorizon } from './units.ts';

/** The inputs that are estimates: monthly traffic, duration and CPU time per request. */
export const ESTIMATES = ['traffic', 'duration', 'cpu'] as const;
export type Estimate = (typeof ESTIMATES)[number];

/** Each estimate's spread in the scenario's `spread`. */
export const SPREAD_OF: Readonly<Record<Estimate, keyof Spread>> = {
  traffic: 'trafficPct',
  duration: 'durationPct',
  cpu: 'cpuPct',
};

/** Factors on today's traffic, duration and CPU time (1: today's value). */
export type InputFactors = Readonly<Record<Estimate, number>>;

export const TODAY: InputFactors = { traffic: 1, duration: 1, cpu: 1 };

/** The inputs a spread moves, at today's values. */
export interface InputValues {
  requestsPerMonth: number;
  durationMs: number;
  /** Effective CPU time per request (the duration when the scenario gives none). */
  cpuMs: number;
}

export function inputValues(scenario: Scenario): InputValues {
  return {
    requestsPerMonth: requestsPerMonthOf(scenario.workload),
    durationMs: scenario.durationMs,
    cpuMs: cpuMsOf(scenario),
  };
}

/**
 * The values at `factors`, kept within the fields' bounds: traffic at most 10^12 a month, the
 * duration at most an hour, and CPU time (which moves with the duration, then by its own factor) at
 * most the duration, as a single-threaded request cannot use more.
 */
export function valuesAt(today: InputValues, factors: InputFactors): InputValues {
  const durationMs = Math.min(FIELDS.durationMs.max, today.durationMs * factors.duration);
  const cpuMs = Math.min(durationMs, today.cpuMs * factors.duration * factors.cpu);
  return {
    requestsPerMonth: Math.min(MAX_REQUESTS_PER_MONTH, today.requestsPerMonth * factors.traffic),
    durationMs,
    cpuMs,
  };
}

/** A pricing context (monthly totals only) with the inputs at `values`. */
export function contextWith(
  scenario: Scenario,
  values: InputValues,
  data: PricingData,
  profile: readonly number[],
): PricingContext {
  const s: Scenario = { ...scenario, durationMs: values.durationMs, cpuMs: values.cpuMs };
  return makeContext(s, {
    platform: data.platform,
    requestsPerMonth: values.requestsPerMonth,
    breakdown: false,
    profile,
  });
}

/**
 * The factors an input takes across its spread: both ends, the two middles and today's (1), in
 * order; just today's when its spread is 0. Five points, so a cost that is not monotone in the
 * input (a fleet's steps, a free tier) is caught at that resolution as well as at the ends.
 */
export function spreadFactors(spreadPct: number): number[] {
  if (!(spreadPct > 0)) return [1];
  const p = spreadPct / 100;
  return [1 - p, 1 - p / 2, 1, 1 + p / 2, 1 + p];
}

export interface CostRange {
  offerId: string;
  /** Lowest monthly cost over the spreads (USD). */
  lowUsd: number;
  /** Monthly cost at today's values (the point estimate). */
  typicalUsd: number;
  /** Highest monthly cost over the spreads (USD). */
  highUsd: number;
}

/** Every combination of the three inputs' spread factors (today's included). */
export function spreadGrid(spread: Spread): InputFactors[] {
  const out: InputFactors[] = [];
  for (const t of spreadFactors(spread.trafficPct))
    for (const d of spreadFactors(spread.durationPct))
      for (const c of spreadFactors(spread.cpuPct)) out.push({ traffic: t, duration: d, cpu: c });
  return out;
}

/** True when no input has a spread (then there is no range to show). */
export function noSpread(spread: Spread): boolean {
  return !(spread.trafficPct > 0 || spread.durationPct > 0 || spread.cpuPct > 0);
}

export interface RangeOptions extends PricingData {
  /** The spreads (default: the scenario's own). */
  spread?: Spread;
}

/**
 * The low–typical–high monthly cost of every offer the scenario compares and can price here
 * (unavailable offers get none): the minimum and maximum over every combination of the inputs'
 * spread factors (`spreadFactors`: 5 each, up to 125 points), all inputs moving together. Today's
 * values are one of the points, so low ≤ typical ≤ high always holds.
 */
export function costRanges(
  scenario: Scenario,
  offers: readonly Offer[],
  opts: RangeOptions = {},
): CostRange[] {
  const spread = opts.spread ?? scenario.spread;
  const chosen = selectOffers(scenario, offers).flatMap((s) => (s.offer ? [s.offer] : []));
  const profile = weeklyProfile(scenario.pattern);
  const today = inputValues(scenario);
  const ranges = chosen.map((o) => ({
    offer: o,
    lowUsd: Infinity,
    typicalUsd: NaN,
    highUsd: -Infinity,
  }));
  for (const f of spreadGrid(spread)) {
    const ctx = contextWith(scenario, valuesAt(today, f), opts, profile);
    const isToday = f.traffic === 1 && f.duration === 1 && f.cpu === 1;
    for (const r of ranges) {
      const usd = monthlyCost(r.offer, ctx, offers);
      if (!Number.isFinite(usd)) continue;
      if (usd < r.lowUsd) r.lowUsd = usd;
      if (usd > r.highUsd) r.highUsd = usd;
      if (isToday) r.typicalUsd = usd;
    }
  }
  return ranges
    .filter((r) => Number.isFinite(r.typicalUsd))
    .map((r) => ({
      offerId: r.offer.id,
      lowUsd: r.lowUsd,
      typicalUsd: r.typicalUsd,
      highUsd: r.highUsd,
    }));
}

/**
 * The break-even chart's bands: duration and CPU time both at the low ends of their spreads, and
 * both at the high ends (none when neither has a spread). Traffic is that chart's axis, so its
 * spread is not a band there. At a given volume a cost only rises with the duration and with CPU
 * time (more GB-seconds and CPU-ms, more requests in flight, as many instances or more), so these
 * two bound every combination in between.
 */
export function bandCorners(spread: Spread): InputFactors[] {
  const d = spread.durationPct / 100;
  const c = spread.cpuPct / 100;
  if (!(d > 0) && !(c > 0)) return [];
  return [
    { traffic: 1, duration: 1 - d, cpu: 1 - c },
    { traffic: 1, duration: 1 + d, cpu: 1 + c },
  ];
}

/** The scenario with its duration and CPU time at `factors` (its traffic unchanged: a sweep sets it). */
export function scenarioAt(scenario: Scenario, factors: InputFactors): Scenario {
  const v = valuesAt(inputValues(scenario), { ...factors, traffic: 1 });
  return { ...scenario, durationMs: v.durationMs, cpuMs: v.cpuMs };
}

/** One volume of a band: each offer's lowest and highest monthly cost there. */
export interface BandPoint {
  requestsPerMonth: number;
  lowUsd: Record<string, number>;
  highUsd: Record<string, number>;
}

/**
 * The lowest and highest cost of each offer at each volume over sweeps on the same grid (the
 * sweeps of `scenarioAt` each band corner): an offer is in a point only where every sweep priced it.
 */
export function sweepBand(sweeps: readonly (readonly SweepPoint[])[]): BandPoint[] {
  const first = sweeps[0];
  if (!first) return [];
  return first.map((p, i) => {
    const lowUsd: Record<string, number> = {};
    const highUsd: Record<string, number> = {};
    for (const id of Object.keys(p.usd)) {
      let lo = Infinity;
      let hi = -Infinity;
      for (const s of sweeps) {
        const usd = s[i]?.usd[id];
        if (usd === undefined || !Number.isFinite(usd)) {
          lo = NaN;
          break;
        }
        lo = Math.min(lo, usd);
        hi = Math.max(hi, usd);
      }
      if (Number.isNaN(lo)) continue;
      lowUsd[id] = lo;
      highUsd[id] = hi;
    }
    return { requestsPerMonth: p.requestsPerMonth, lowUsd, highUsd };
  });
}

/** One point in time of a cumulative band. */
export interface SeriesBandPoint {
  hour: number;
  lowUsd: number;
  highUsd: number;
}

/**
 * The cost-over-time chart's band for one offer: its cumulative series scaled to the range, by
 * low ÷ typical and high ÷ typical, so it ends at the range's low and high (a day or a week is the
 * same share of each). The shape inside the horizon is today's: where a free tier would run out
 * at other volumes is not redrawn. When today's cost is nothing, the band rises evenly to the high.
 */
export function seriesBand(
  points: readonly SeriesPoint[],
  range: CostRange,
  horizon: Horizon,
): SeriesBandPoint[] {
  const last = points[points.length - 1];
  if (!last) return [];
  const end = last.hour > 0 ? last.hour : 1;
  const t = range.typicalUsd;
  const high = scaleToHorizon(range.highUsd, horizon);
  return points.map((p) =>
    t > 0
      ? {
          hour: p.hour,
          lowUsd: (p.usd * range.lowUsd) / t,
          highUsd: (p.usd * range.highUsd) / t,
        }
      : { hour: p.hour, lowUsd: 0, highUsd: (high * p.hour) / end },
  );
}
