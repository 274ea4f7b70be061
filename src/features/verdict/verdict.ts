/**
 * Picks what the headline verdict talks about. No money maths: it only chooses among the engine's
 * results (cheapest usable FaaS, cheapest usable always-on) and the engine's break-even for that pair.
 */
import type { BreakEven, OfferResult, ScenarioResult } from '../../engine/types.ts';
import { isUsable } from '../../lib/usable.ts';

export interface VerdictFacts {
  faas: OfferResult | null;
  alwaysOn: OfferResult | null;
  /** Which of the two is cheaper now (null when only one family is present). */
  cheaper: 'faas' | 'always-on' | 'tie' | null;
  breakEven: BreakEven | null;
  /** Offers left out because they cannot run this workload (an error-level warning). */
  excluded: OfferResult[];
  requestsPerMonth: number;
}

function cheapest(rs: OfferResult[]): OfferResult | null {
  let best: OfferResult | null = null;
  for (const r of rs) if (!best || r.monthlyUsd < best.monthlyUsd) best = r;
  return best;
}

export function verdictFacts(result: ScenarioResult): VerdictFacts {
  const usable = result.results.filter(isUsable);
  const excluded = result.results.filter((r) => r.available && !isUsable(r));
  const faas = cheapest(usable.filter((r) => r.family === 'faas'));
  const alwaysOn = cheapest(usable.filter((r) => r.family === 'always-on'));
  const cheaper =
    faas && alwaysOn
      ? faas.monthlyUsd < alwaysOn.monthlyUsd
        ? 'faas'
        : faas.monthlyUsd > alwaysOn.monthlyUsd
          ? 'always-on'
          : 'tie'
      : null;
  const breakEven =
    faas && alwaysOn
      ? (result.breakEven.find(
          (b) => b.faasOfferId === faas.offerId && b.alwaysOnOfferId === alwaysOn.offerId,
        ) ?? null)
      : null;
  return {
    faas,
    alwaysOn,
    cheaper,
    breakEven,
    excluded,
    requestsPerMonth: result.requestsPerMonth,
  };
}
