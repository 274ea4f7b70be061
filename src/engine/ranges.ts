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
import { cpuMsOf, requestsPerMonthOf, type Scenario, type Spread } from './scenario.ts';

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
