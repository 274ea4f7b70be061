/**
 * Request-volume equivalents for the workload panel ("3.33 a second, 288,000 a day, 8.76M a
 * month"). Mirrors requestsPerSecondOf / requestsPerMonthOf in src/engine/scenario.ts (checked by
 * volume.test.ts) so the panel needs neither the engine nor zod before first render.
 */

import { formatCountWords } from '../describe/format.ts';

/** AWS convention: a 730-hour billing month. */
const MINUTES_PER_MONTH = 730 * 60;

export interface Volume {
  perSecond: number;
  perDay: number;
  perMonth: number;
}

export function volumeOf(w: { requests: number; everyMinutes: number }): Volume {
  const perMinute = w.requests / w.everyMinutes;
  return {
    perSecond: perMinute / 60,
    perDay: perMinute * 1440,
    perMonth: perMinute * MINUTES_PER_MONTH,
  };
}

/** "= 438 billion a month": what a volume typed with a suffix or an exponent comes to. */
export function perMonthWords(perMonth: number): string {
  return `= ${formatCountWords(perMonth)} a month`;
}
