/**
 * One ranking and selection of an evaluation's offers, shared by the page (verdict, table, charts),
 * the widget, the CLI and the exports: in what order, which are the cheapest FaaS and always-on
 * offers, and which pairs get a break-even. Usable means the engine's status `priced` (not
 * `cannot-run`: a hard limit stops it; not `unavailable`: no price here). No money maths: it only
 * orders and chooses among the engine's results.
 */
import type {
  BreakEven,
  OfferResult,
  OfferStatus,
  ScenarioResult,
  UnavailableReason,
  Warning,
} from './types.ts';

/** Why an offer is not priced, as data (src/describe words it): a hard limit or why it is unavailable. */
export type StatusReason = UnavailableReason | Warning;

/**
 * Why an offer is `cannot-run` (every hard limit it passes, not only the first) or `unavailable`;
 * empty when it is priced.
 */
export function reasonsOf(r: Pick<OfferResult, 'status' | 'reason' | 'warnings'>): StatusReason[] {
  if (r.status === 'unavailable') return r.reason ? [r.reason] : [];
  return r.warnings.filter((w) => w.severity === 'error');
}

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
 * Cheapest month first (day and week are fixed shares of the month, so the order is the same for
 * every horizon); ties, and unavailable offers, which have no cost, by offer id so the order is
 * stable.
 */
function byCost(a: OfferResult, b: OfferResult): number {
  const ca = a.status === 'unavailable' ? 0 : a.monthlyUsd;
  const cb = b.status === 'unavailable' ? 0 : b.monthlyUsd;
  return ca - cb || (a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0);
}

/** The ranking's order of two results: status first (priced, cannot-run, unavailable), then cost. */
export function compareResults(a: OfferResult, b: OfferResult): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byCost(a, b);
}

const cache = new WeakMap<ScenarioResult, Ranking>();

/** Rank an evaluation's results (memoised per result object: every consumer shares one ranking). */
export function rankResults(result: ScenarioResult): Ranking {
  const hit = cache.get(result);
  if (hit) return hit;
  const ordered = [...result.results].sort(compareResults);
  const priced = ordered.filter((r) => r.status === 'priced');
  const cheapestFaas = priced.find((r) => r.family === 'faas') ?? null;
  const cheapestAlwaysOn = priced.find((r) => r.family === 'always-on') ?? null;
  const cheaper =
    cheapestFaas && cheapestAlwaysOn
      ? cheapestFaas.monthlyUsd < cheapestAlwaysOn.monthlyUsd
        ? 'faas'
        : cheapestFaas.monthlyUsd > cheapestAlwaysOn.monthlyUsd
          ? 'always-on'
          : 'tie'
      : null;
  const pricedIds = new Set(priced.map((r) => r.offerId));
  const breakEven = result.breakEven.filter(
    (b) => pricedIds.has(b.faasOfferId) && pricedIds.has(b.alwaysOnOfferId),
  );
  const headlineBreakEven =
    cheapestFaas && cheapestAlwaysOn
      ? (breakEven.find(
          (b) =>
            b.faasOfferId === cheapestFaas.offerId &&
            b.alwaysOnOfferId === cheapestAlwaysOn.offerId,
        ) ?? null)
      : null;
  const ranking: Ranking = {
    ordered,
    priced,
    cannotRun: ordered.filter((r) => r.status === 'cannot-run'),
    unavailable: ordered.filter((r) => r.status === 'unavailable'),
    cheapestFaas,
    cheapestAlwaysOn,
    cheaper,
    breakEven,
    headlineBreakEven,
  };
  cache.set(result, ranking);
  return ranking;
}
