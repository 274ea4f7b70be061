/**
 * One ranking and selection of an evaluation's offers, shared by the page (verdict, table, charts),
 * the widget, the CLI and the exports: in what order, which are the cheapest FaaS and always-on
 * offers, and which pairs get a break-even. Usable means the engine's status `priced` (not
 * `cannot-run`: a hard limit stops it; not `unavailable`: no price here). No money maths: it only
 * orders and chooses among the engine's results.
 */
import type { BreakEven, OfferResult, OfferStatus, ScenarioResult } from './types.ts';

export interface Ranking {
  /** Every result: priced cheapest first, then cannot-run (cheapest first), then unavailable. */
  ordered: OfferResult[];
  priced: OfferResult[];
  cannotRun: OfferResult[];
  unavailable: OfferResult[];
  cheapestFaas: OfferResult | null;
  cheapestAlwaysOn: OfferResult | null;
  /** Which of the two is cheaper this month (null unless both families have a priced offer). */
  cheaper: 'faas' | 'always-on' | 'tie' | null;
  /** The engine's break-evens, kept only where both offers are priced. */
  breakEven: BreakEven[];
  /** The break-even of the cheapest FaaS against the cheapest always-on offer, if both exist. */
  headlineBreakEven: BreakEven | null;
}

const STATUS_ORDER: Record<OfferStatus, number> = { priced: 0, 'cannot-run': 1, unavailable: 2 };

/**
 * The ranking's order of two results: status first (priced, cannot-run, unavailable), then the
 * cheapest month (day and week are fixed shares of the month, so the order is the same for every
 * horizon); ties, and unavailable offers (the engine gives them no cost), by offer id so the order
 * is stable.
 */
export function compareResults(a: OfferResult, b: OfferResult): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    a.monthlyUsd - b.monthlyUsd ||
    (a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0)
  );
}

const CHEAPER = ['faas', 'tie', 'always-on'] as const;

/**
 * Rank an evaluation's results. Not memoised: a sort and a few filters over a few dozen offers cost
 * microseconds, and no consumer depends on getting the same object twice.
 */
export function rankResults(result: ScenarioResult): Ranking {
  const ordered = [...result.results].sort(compareResults);
  const withStatus = (status: OfferStatus) => ordered.filter((r) => r.status === status);
  const priced = withStatus('priced');
  const cheapest = (family: OfferResult['family']) =>
    priced.find((r) => r.family === family) ?? null;
  const cheapestFaas = cheapest('faas');
  const cheapestAlwaysOn = cheapest('always-on');
  // The sign of FaaS minus always-on: -1 FaaS is cheaper, 0 a tie, 1 always-on is cheaper.
  const cheaper =
    cheapestFaas && cheapestAlwaysOn
      ? CHEAPER[Math.sign(cheapestFaas.monthlyUsd - cheapestAlwaysOn.monthlyUsd) + 1]!
      : null;
  const pricedIds = new Set(priced.map((r) => r.offerId));
  const breakEven = result.breakEven.filter(
    (b) => pricedIds.has(b.faasOfferId) && pricedIds.has(b.alwaysOnOfferId),
  );
  // Null unless both cheapest offers exist (an id never equals undefined).
  const headlineBreakEven =
    breakEven.find(
      (b) =>
        b.faasOfferId === cheapestFaas?.offerId && b.alwaysOnOfferId === cheapestAlwaysOn?.offerId,
    ) ?? null;
  return {
    ordered,
    priced,
    cannotRun: withStatus('cannot-run'),
    unavailable: withStatus('unavailable'),
    cheapestFaas,
    cheapestAlwaysOn,
    cheaper,
    breakEven,
    headlineBreakEven,
  };
}
