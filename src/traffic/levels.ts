/**
 * An imported week as the scenario keeps it: each hour's requests as a whole level 0…63 of the
 * busiest hour (src/scenario/spec.ts, PROFILE_LEVELS). Only the shape is kept: the volume is the
 * scenario's requests a month. Rounding to a level moves an hour by at most half a level, 1/126 of
 * the busiest hour.
 */
import { PROFILE_LEVELS } from '../scenario/spec.ts';

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
