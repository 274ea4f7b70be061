/**
 * Time conventions of the cost model, with no dependencies, so the page can import them in its
 * first chunk without pulling in the engine or zod.
 */

import { HOURS_PER_MONTH } from '../scenario/spec.ts';

// The month and the volume ceiling bound scenario fields, so the spec holds them.
export { HOURS_PER_MONTH, MAX_REQUESTS_PER_MONTH, MINUTES_PER_MONTH } from '../scenario/spec.ts';
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

/** Hours in each horizon: a day or a week is its share of the 730-hour month. */
export const HORIZON_HOURS = { day: 24, week: 168, month: HOURS_PER_MONTH } as const;

/** A monthly amount scaled to a horizon (day = × 24/730, week = × 168/730). */
export function scaleToHorizon(monthlyUsd: number, horizon: keyof typeof HORIZON_HOURS): number {
  return (monthlyUsd * HORIZON_HOURS[horizon]) / HOURS_PER_MONTH;
}

/** Line items scaled to a horizon. */
export function scaleLines<L extends { usd: number }>(
  lines: readonly L[],
  horizon: keyof typeof HORIZON_HOURS,
): L[] {
  return lines.map((l) => ({ ...l, usd: scaleToHorizon(l.usd, horizon) }));
}
