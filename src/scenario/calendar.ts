/**
 * The month and the week the scenario is measured in, and the traffic profile's shape: plain
 * constants, re-exported by spec.ts. Their own module so that the traffic import's worker, which
 * needs only these, does not bundle the whole spec.
 */

/** AWS convention: 365 × 24 / 12 = 730 hours in a billing month. */
export const HOURS_PER_MONTH = 730;
export const MINUTES_PER_MONTH = HOURS_PER_MONTH * 60;
/** Ceiling for every volume input: 10^12 requests a month. */
export const MAX_REQUESTS_PER_MONTH = 1e12;
/** Hours in the week of a traffic profile (Monday 00:00 first). */
export const PROFILE_HOURS = 168;
/** An imported week's hours are whole levels 0…63 of its busiest hour: one base64url character each. */
export const PROFILE_LEVELS = 63;
