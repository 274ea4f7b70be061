/**
 * An imported week as the scenario keeps it: each hour's requests as a whole level 0…63 of the
 * busiest hour (src/scenario/spec.ts, PROFILE_LEVELS). Only the shape is kept: the volume is the
 * scenario's requests a month. Rounding to a level moves an hour by at most half a level, 1/126 of
 * the busiest hour.
 */
import { HOURS_PER_MONTH, PROFILE_LEVELS } from '../scenario/calendar.ts';

/** Requests per hour of the week → levels of the busiest hour. */
export function toLevels(profile: readonly number[]): number[] {
  const max = Math.max(0, ...profile);
  if (!(max > 0)) return profile.map(() => PROFILE_LEVELS);
  return profile.map((v) => Math.round((Math.max(0, v) / max) * PROFILE_LEVELS));
}

/** Levels → relative rates with mean 1 (what the engine multiplies the average rate by). */
export function fromLevels(levels: readonly number[]): number[] {
  const mean = levels.reduce((a, b) => a + b, 0) / (levels.length || 1);
  return levels.map((v) => (mean > 0 ? v / mean : 1));
}

/**
 * What an import sets in the scenario (page and CLI alike): requests per hour ("N every 60
 * minutes", so requests a month stay total ÷ hours covered × 730), the mean duration when the file
 * has durations (at least the spec's smallest, more than 0: a log of 0.000 s request times), and the
 * week as levels.
 */
export function importedWorkload(d: {
  requestsPerMonth: number;
  meanDurationMs: number | null;
  profile: readonly number[];
}): { requests: number; everyMinutes: number; durationMs: number | null; weights: number[] } {
  return {
    requests: d.requestsPerMonth / HOURS_PER_MONTH,
    everyMinutes: 60,
    durationMs: d.meanDurationMs === null ? null : Math.max(d.meanDurationMs, 0.001),
    weights: toLevels(d.profile),
  };
}
