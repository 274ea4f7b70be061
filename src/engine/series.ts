/**
 * Cumulative cost over a horizon, for the cost-over-time chart.
 *
 * - month: the calendar view. Usage accrues with the traffic profile from hour 0, allowances
 *   (free tiers, included units) are used up first, so the curve is flat until a free tier runs out.
 * - day / week: the horizon's share of the monthly bill ("free tier spread evenly over the month"),
 *   accruing with the traffic shape of an average day or a typical week.
 */
import { averageDay } from './profile.ts';
import { HOURS_PER_MONTH, type Horizon } from './scenario.ts';
import { costAfterAllowance } from './tiers.ts';
import type { OfferResult } from './types.ts';
import { HORIZON_HOURS, scaleToHorizon } from './units.ts';

export interface SeriesPoint {
  /** Hours since the start of the horizon. */
  hour: number;
  usd: number;
}

/** Cumulative share of traffic after each whole hour of a repeating profile (length hours + 1). */
function cumulativeShare(shape: readonly number[], hours: number): number[] {
  const out = [0];
  const n = shape.length;
  let acc = 0;
  for (let h = 0; h < hours; h++) {
    acc += shape[h % n] ?? 1;
    out.push(acc);
  }
  const total = acc;
  return out.map((x) => (total > 0 ? x / total : 0));
}

/**
 * Cumulative cost of one offer over a horizon, one point per `step` hours (the last point is the
 * horizon's total). `profile` is the scenario's weekly profile.
 */
export function cumulativeSeries(
  result: OfferResult,
  horizon: Horizon,
  profile: readonly number[],
  step = horizon === 'day' ? 1 : horizon === 'week' ? 2 : 6,
): SeriesPoint[] {
  const hours = HORIZON_HOURS[horizon];
  if (!result.available) return [];
  const out: SeriesPoint[] = [];
  if (horizon === 'month') {
    const share = cumulativeShare(profile, hours);
    for (let h = 0; h <= hours; h += step) out.push({ hour: h, usd: monthAt(result, h, share) });
    if (out[out.length - 1]?.hour !== hours)
      out.push({ hour: hours, usd: monthAt(result, hours, share) });
    return out;
  }
  const shape = horizon === 'day' ? averageDay(profile) : profile;
  const share = cumulativeShare(shape, hours);
  const fixed = scaleToHorizon(result.fixedMonthlyUsd, horizon);
  const variable = scaleToHorizon(result.monthlyUsd - result.fixedMonthlyUsd, horizon);
  for (let h = 0; h <= hours; h += step)
    out.push({ hour: h, usd: (fixed * h) / hours + variable * (share[h] ?? 1) });
  if (out[out.length - 1]?.hour !== hours) out.push({ hour: hours, usd: fixed + variable });
  return out;
}

function monthAt(result: OfferResult, h: number, share: readonly number[]): number {
  const usd = (result.fixedMonthlyUsd * h) / HOURS_PER_MONTH;
  const s = share[h] ?? 1;
  let metered = 0;
  let credit = 0;
  for (const m of result.meters)
    if (m.credit) credit += m.units;
    else metered += costAfterAllowance(m.units * s, m.allowanceUnits, m.tiers);
  return usd + metered - Math.min(credit, metered);
}
