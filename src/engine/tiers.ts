/** Tiered prices. Tiers are cumulative over the billing month. */

export interface PriceTier {
  readonly upTo: number | null;
  readonly usdPerUnit: number;
}

/** Cost of the first `units` units of a month under cumulative tiers. */
export function tieredCost(units: number, tiers: readonly PriceTier[]): number {
  if (!(units > 0)) return 0;
  let cost = 0;
  let from = 0;
  for (const t of tiers) {
    const to = t.upTo ?? Infinity;
    if (units <= to) return cost + (units - from) * t.usdPerUnit;
    cost += (to - from) * t.usdPerUnit;
    from = to;
  }
  return cost;
}

/**
 * Cost of `units` after an allowance that is used up first (a free tier or units included in a
 * base fee). The allowance covers the first units of the first tier, so the result is never
 * negative and never more than the gross cost.
 */
export function costAfterAllowance(
  units: number,
  allowance: number,
  tiers: readonly PriceTier[],
): number {
  if (units <= allowance) return 0;
  return tieredCost(units, tiers) - tieredCost(allowance, tiers);
}

/** The first tier's price, for short descriptions. */
export function firstRate(tiers: readonly PriceTier[]): number {
  return tiers[0]?.usdPerUnit ?? 0;
}
