/**
 * Compare: scenario B beside scenario A (B is A with a few changes). The difference of each
 * offer's monthly bill, B minus A, for offers priced in both.
 */
import type { ScenarioResult } from './types.ts';

export interface OfferDifference {
  offerId: string;
  aMonthlyUsd: number;
  bMonthlyUsd: number;
  /** B minus A (USD a month): positive when B costs more. */
  differenceUsd: number;
}

/** Each offer priced (status `priced`) in both A and B, in A's order. */
export function offerDifferences(a: ScenarioResult, b: ScenarioResult): OfferDifference[] {
  const inB = new Map(b.results.filter((r) => r.status === 'priced').map((r) => [r.offerId, r]));
  const out: OfferDifference[] = [];
  for (const r of a.results) {
    const other = inB.get(r.offerId);
    if (r.status !== 'priced' || !other) continue;
    out.push({
      offerId: r.offerId,
      aMonthlyUsd: r.monthlyUsd,
      bMonthlyUsd: other.monthlyUsd,
      differenceUsd: other.monthlyUsd - r.monthlyUsd,
    });
  }
  return out;
}
