import type { OfferResult } from '../engine/types.ts';

/** Usable: priced here and not blocked by a hard limit (e.g. Lambda's 15-minute ceiling). */
export function isUsable(r: OfferResult): boolean {
  return r.available && !r.warnings.some((w) => w.severity === 'error');
}

/** Drawn dashed: a price nobody could confirm on the provider's own page or a copy of it. */
export function isEstimate(r: OfferResult): boolean {
  return r.verification === 'unverified';
}
