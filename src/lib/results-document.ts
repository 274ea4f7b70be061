/**
 * The results as one JSON document: the page's "Download JSON" and the CLI's `--format json` are
 * this function's output, so the same scenario gives the same document in both (README "The JSON
 * contracts", docs/MODEL.md "Exports"). React-free; the CSV (results-csv.ts) is written from it.
 * No money maths: amounts are the engine's, in the ranking's order, rounded once, here.
 */
import type { OfferKind, Verification } from '../catalog/schema.ts';
import { offerDifferences } from '../engine/compare.ts';
import type { Growth } from '../engine/growth.ts';
import { rankResults } from '../engine/ranking.ts';
import type { SpreadAnalysis } from '../engine/robustness.ts';
import { cpuMsOf, type Pattern, type Scenario, type Spread } from '../engine/scenario.ts';
import { scaleToHorizon } from '../engine/units.ts';
import type {
  BreakEvenStatus,
  FamilyPick,
  FleetInfo,
  LineKind,
  OfferResult,
  OfferStatus,
  ScenarioResult,
  Warning,
} from '../engine/types.ts';
import {
  convertUsd,
  USD_DECIMALS,
  USD_MONEY,
  type DisplayCurrency,
  type Money,
} from '../describe/format.ts';
import {
  breakEvenText,
  instanceLabel,
  labelsOf,
  lineDetail,
  lineLabel,
  statusReasons,
  warningText,
} from '../describe/results.ts';
import { pickedName } from '../describe/picked-name.ts';
import { growthSentence, verdictRobustness, thresholdClause } from '../describe/ranges.ts';
import { encodeScenario } from '../url/codec.ts';

/** Bumped when a documented field changes meaning or goes away (adding one does not). */
export const RESULTS_DOCUMENT_VERSION = 1;

/**
 * Decimal places the document's amounts and quantities are rounded to. A billionth of a dollar
 * keeps the smallest amount the model bills (one AWS Lambda request, $0.0000002, 24/730 of it on a
 * day's horizon) and drops binary noise (7.208749999999999 → 7.20875).
 */
export const DOCUMENT_DECIMALS = USD_DECIMALS;
/**
 * Significant figures of unit prices, which are per request, per GB-s or per CPU-ms
 * ($0.0000000021 per ms of a 128 MB Lambda): decimal places would erase them.
 */
export const UNIT_PRICE_FIGURES = 9;
/** Significant figures of a robustness threshold's factor and duration (found by a search). */
export const THRESHOLD_FIGURES = 6;
export const PRECISION =
  'half away from zero: amounts and quantities to 9 decimal places (USD to a billionth of a dollar), unit prices (unitPriceUsd) to 9 significant figures, break-even volumes to the nearest whole request';

/** The effective scenario the figures are for (the share link in `link` restores all of it). */
export interface ScenarioEcho {
  requestsPerMonth: number;
  requests: number;
  everyMinutes: number;
  durationMs: number;
  /** Effective CPU time per request (the duration when none was given). */
  cpuMs: number;
  memoryMb: number;
  /** Memory one request holds on a server while in flight, and each server's base (MB). */
  workingSetMb: number;
  baseMemoryMb: number;
  availability: Scenario['alwaysOn']['availability'];
  /** Whether servers carry their public IPv4 and root disk lines, and the commitment term priced. */
  serverExtras: boolean;
  commitment: Scenario['alwaysOn']['commitment'];
  pattern: Pattern;
  region: Scenario['area'];
  arch: Scenario['faas']['architecture'];
  freeTier: boolean;
  frontDoor: string | null;
  /** The offers and families chosen; empty means every offer and family in the region. */
  offers: string[];
  /** Sizes pinned for their family (offer ids). */
  pins: string[];
  horizon: Scenario['horizon'];
  /** The display currency of `total` (computing is in USD). */
  currency: DisplayCurrency;
}

export interface DocumentLine {
  id: string;
  kind: LineKind;
  label: string;
  /** Units priced a month, before allowances, in `unit`s. */
  quantity: number;
  unit: string;
  /** USD per single `unit` (the first tier's when tiered). */
  unitPriceUsd: number;
  /** USD a month; an offer's lines add up to its `monthlyUsd`. */
  monthlyUsd: number;
  detail: string;
}

export interface DocumentResult {
  offerId: string;
  label: string;
  provider: string;
  kind: OfferKind;
  family: OfferResult['family'];
  status: OfferStatus;
  /** Why it is `cannot-run` (its hard limits) or `unavailable`; empty when `priced`. */
  reasons: Array<{ code: string; message: string }>;
  /** USD over the horizon (a day is 24/730 of the month, a week 168/730); null when unavailable. */
  totalUsd: number | null;
  monthlyUsd: number | null;
  /** `totalUsd` in the scenario's currency at `rate`; equals `totalUsd` in USD. */
  total: number | null;
  lines: DocumentLine[];
  /** The engine's warnings: a code, its parameters (numbers and ids) and the words for them. */
  warnings: Array<{
    code: Warning['code'];
    severity: Warning['severity'];
    params: Warning['params'];
    message: string;
  }>;
  fleet: {
    /** Instances at the peak (with the spare across two zones). */
    instances: number;
    /** The catalog's instance type of a fixed fleet; null for autoscaled containers. */
    instanceType: string | null;
    vcpuPerInstance: number;
    memoryMbPerInstance: number;
    /** What decided the size: cpu, memory, concurrency (requests in flight) or minimum. */
    sizedBy: FleetInfo['sizedBy'];
    /** Requests in flight at the peak that the fleet holds. */
    peakInFlight: number;
    availability: FleetInfo['availability'];
    instanceLabel: string;
    peakInstances: number;
    averageInstances: number;
    averageCpuUtilization: number;
    fixed: boolean;
  } | null;
  /**
   * A family's result: the size picked (the cheapest that fits, or the pinned one) and how many;
   * null for a single offer. `offerId` above is then the family's id.
   */
  pick: FamilyPick | null;
  source: string;
  checkedOn: string;
  verification: Verification;
  /**
   * The lowest and highest `totalUsd` over the spreads (`spread`), when the document has them;
   * absent for an offer priced nowhere in them.
   */
  range?: { lowUsd: number; highUsd: number };
}

export interface DocumentBreakEven {
  faasOfferId: string;
  alwaysOnOfferId: string;
  status: BreakEvenStatus;
  /** The lowest monthly volume at which FaaS is dearer, to the nearest whole request. */
  requestsPerMonth: number | null;
  faasMonthlyUsd: number | null;
  alwaysOnMonthlyUsd: number | null;
  summary: string;
}

export interface ResultsDocument {
  version: typeof RESULTS_DOCUMENT_VERSION;
  precision: string;
  scenario: ScenarioEcho;
  /** The share link's query string: the page's address plus this, or the CLI's `--url`. */
  link: string;
  /** The dated rate `total` was converted at; null for USD. */
  rate: { usdPerUnit: number; asOf: string; source: string } | null;
  /** The cheapest priced offer of each family (offer ids), and which of the two is cheaper. */
  cheapest: {
    faas: string | null;
    alwaysOn: string | null;
    cheaper: 'faas' | 'always-on' | 'tie' | null;
  };
  /** Priced offers cheapest first, then those that cannot run (with reasons), then unavailable. */
  results: DocumentResult[];
  /** Every priced FaaS offer against every priced always-on offer; always monthly. */
  breakEven: DocumentBreakEven[];
  /** The spreads of the cost ranges (± percent), when the document has ranges. */
  spread?: Spread;
  /** How robust the answer is (with ranges): each threshold is an exact break-even in one input. */
  robustness?: DocumentRobustness;
  /** Scenario B beside this one (`--compare`, or a link with B's `b.` keys). */
  compare?: DocumentCompare;
  /** Month by month at a steady growth of traffic (`--growth`): month 1 is today. */
  growth?: DocumentGrowthMonth[];
  /** The first month of `growth` in which the answer flips, or null; with `growth`. */
  growthFlipMonth?: number | null;
  growthSummary?: string;
}

export interface DocumentRobustness {
  /** Which family is cheaper today (null: nothing to compare). */
  answer: 'faas' | 'always-on' | 'tie' | null;
  summary: string | null;
  spreads: string | null;
  thresholds: Array<{
    input: 'traffic' | 'duration' | 'cpu';
    direction: 'down' | 'up';
    /** The factor on today's value at which the answer flips. */
    factor: number;
    /** Requests a month (traffic) or ms (duration, CPU time) there. */
    value: number;
    answer: 'faas' | 'always-on' | 'tie';
    withinSpread: boolean;
    text: string;
  }>;
}

export interface DocumentCompare {
  scenario: ScenarioEcho;
  link: string;
  cheapest: ResultsDocument['cheapest'];
  results: DocumentResult[];
  breakEven: DocumentBreakEven[];
  /** Offers priced in both: B's monthly bill minus A's. */
  difference: Array<{
    offerId: string;
    aMonthlyUsd: number;
    bMonthlyUsd: number;
    differenceUsd: number;
  }>;
}

export interface DocumentGrowthMonth {
  month: number;
  requestsPerMonth: number;
  cheaper: 'faas' | 'always-on' | 'tie' | null;
  /** The month's bill (USD), or null in a month the offer cannot run. */
  results: Array<{ offerId: string; totalUsd: number | null }>;
}

/** What a document may carry besides the results, each worked out by the engine. */
export interface DocumentExtras {
  /** Cost ranges and robustness over the spreads (src/engine/robustness.ts spreadAnalysis). */
  spreads?: SpreadAnalysis;
  /** Scenario B and its evaluation. */
  compare?: { scenario: Scenario; result: ScenarioResult };
  growth?: Growth;
}

/** `value` rounded half away from zero to `places` decimals, without binary noise in its text. */
export function roundTo(value: number, places: number): number {
  // toFixed rounds the exact binary value (halves away from zero); parsing the decimal back gives
  // the double whose shortest text is that decimal (NaN and ±Infinity come back as they were).
  const r = Number(value.toFixed(places));
  return r === 0 ? 0 : r; // no "-0"
}

/** `value` to `figures` significant figures (half away from zero), without binary noise. */
export function roundToFigures(value: number, figures: number): number {
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  return Number(value.toPrecision(figures));
}

/** Every number in a JSON-like value rounded to the document's precision (PRECISION). */
function roundAll<T>(value: T, key = ''): T {
  if (typeof value === 'number')
    return (
      key === 'unitPriceUsd'
        ? roundToFigures(value, UNIT_PRICE_FIGURES)
        : roundTo(value, DOCUMENT_DECIMALS)
    ) as T;
  if (Array.isArray(value)) return value.map((v) => roundAll(v, key)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundAll(v, k)])) as T;
  return value;
}

function echo(scenario: Scenario, result: ScenarioResult, money: Money): ScenarioEcho {
  return {
    requestsPerMonth: result.requestsPerMonth,
    requests: scenario.workload.requests,
    everyMinutes: scenario.workload.everyMinutes,
    durationMs: scenario.durationMs,
    cpuMs: cpuMsOf(scenario),
    memoryMb: scenario.memoryMb,
    workingSetMb: scenario.alwaysOn.workingSetMb,
    baseMemoryMb: scenario.alwaysOn.baseMemoryMb,
    availability: scenario.alwaysOn.availability,
    serverExtras: scenario.alwaysOn.serverExtras,
    commitment: scenario.alwaysOn.commitment,
    pattern: scenario.pattern,
    region: scenario.area,
    arch: scenario.faas.architecture,
    freeTier: scenario.faas.freeTier,
    frontDoor: scenario.faas.frontDoor,
    offers: [...scenario.offers],
    pins: [...scenario.pins],
    horizon: scenario.horizon,
    currency: money.currency,
  };
}

function documentResult(r: OfferResult, scenario: Scenario, money: Money): DocumentResult {
  const available = r.status !== 'unavailable';
  const totalUsd = available ? r.totals[scenario.horizon] : null;
  const f = r.fleet;
  return {
    offerId: r.offerId,
    label: pickedName(r),
    provider: r.provider,
    kind: r.kind,
    family: r.family,
    status: r.status,
    reasons: statusReasons(r, money),
    totalUsd,
    monthlyUsd: available ? r.monthlyUsd : null,
    total: totalUsd === null ? null : convertUsd(totalUsd, money),
    lines: r.lines.map((l) => ({
      id: l.id,
      kind: l.kind,
      label: lineLabel(l, r),
      quantity: l.quantity,
      unit: l.unit,
      unitPriceUsd: l.unitPriceUsd,
      monthlyUsd: l.usd,
      detail: lineDetail(l, money),
    })),
    warnings: r.warnings.map((w) => ({
      code: w.code,
      severity: w.severity,
      params: w.params,
      message: warningText(w, r, money),
    })),
    fleet: f
      ? {
          instances: f.peakInstances,
          instanceType: f.instanceType,
          vcpuPerInstance: f.vcpuPerInstance,
          memoryMbPerInstance: f.memoryMbPerInstance,
          sizedBy: f.sizedBy,
          peakInFlight: f.peakInFlight,
          availability: f.availability,
          instanceLabel: instanceLabel(f),
          peakInstances: f.peakInstances,
          averageInstances: f.averageInstances,
          averageCpuUtilization: f.averageCpuUtilization,
          fixed: f.fixed,
        }
      : null,
    pick: r.pick
      ? {
          familyId: r.pick.familyId,
          familyName: r.pick.familyName,
          offerId: r.pick.offerId,
          instanceType: r.pick.instanceType,
          sizeName: r.pick.sizeName,
          instances: r.pick.instances,
          pinned: r.pick.pinned,
          fits: r.pick.fits,
          sizesInArea: r.pick.sizesInArea,
        }
      : null,
    source: r.source,
    checkedOn: r.checkedOn,
    verification: r.verification,
  };
}

/** The ranked results, break-evens and cheapest offers of one scenario, unrounded. */
function resultsPart(scenario: Scenario, result: ScenarioResult, money: Money) {
  const ranking = rankResults(result);
  const labelOf = labelsOf(result.results);
  return {
    cheapest: {
      faas: ranking.cheapestFaas?.offerId ?? null,
      alwaysOn: ranking.cheapestAlwaysOn?.offerId ?? null,
      cheaper: ranking.cheaper,
    },
    results: ranking.ordered.map((r) => documentResult(r, scenario, money)),
    breakEven: ranking.breakEven.map((b) => ({
      faasOfferId: b.faasOfferId,
      alwaysOnOfferId: b.alwaysOnOfferId,
      status: b.status,
      requestsPerMonth: b.requestsPerMonth === null ? null : Math.round(b.requestsPerMonth),
      faasMonthlyUsd: b.faasMonthlyUsd,
      alwaysOnMonthlyUsd: b.alwaysOnMonthlyUsd,
      summary: breakEvenText(b, labelOf),
    })),
  };
}

function robustnessPart(a: SpreadAnalysis): DocumentRobustness {
  const r = a.robustness;
  const words = verdictRobustness(r, a.spread);
  return {
    answer: r.answer,
    summary: words?.summary ?? null,
    spreads: words?.spreads ?? null,
    // Found by a search, like break-even volumes: whole requests, and factors and times to
    // THRESHOLD_FIGURES significant figures (the page and the CLI agree to that, whatever the
    // last bit of their Math.exp).
    thresholds: r.thresholds.map((t) => ({
      ...t,
      factor: roundToFigures(t.factor, THRESHOLD_FIGURES),
      value:
        t.input === 'traffic' ? Math.round(t.value) : roundToFigures(t.value, THRESHOLD_FIGURES),
      text: thresholdClause(t),
    })),
  };
}

/**
 * The results document for a scenario and its evaluation, shown in `money`'s currency, with the
 * `extras` given (ranges, compare, growth). Fields are picked one by one, so the contract stays put
 * when the engine's types grow.
 */
export function resultsDocument(
  scenario: Scenario,
  result: ScenarioResult,
  money: Money = USD_MONEY,
  extras: DocumentExtras = {},
): ResultsDocument {
  const rate = money.rate;
  const part = resultsPart(scenario, result, money);
  const spreads = extras.spreads;
  if (spreads) {
    const byId = new Map(spreads.ranges.map((r) => [r.offerId, r]));
    for (const r of part.results) {
      const range = r.status !== 'unavailable' ? byId.get(r.offerId) : undefined;
      if (range)
        r.range = {
          lowUsd: scaleToHorizon(range.lowUsd, scenario.horizon),
          highUsd: scaleToHorizon(range.highUsd, scenario.horizon),
        };
    }
  }
  const b = extras.compare;
  const g = extras.growth;
  return roundAll({
    version: RESULTS_DOCUMENT_VERSION,
    precision: PRECISION,
    scenario: echo(scenario, result, money),
    link: `?${encodeScenario(scenario)}`,
    rate: rate ? { usdPerUnit: rate.usdPerUnit, asOf: rate.asOf, source: rate.source } : null,
    ...part,
    ...(spreads ? { spread: spreads.spread, robustness: robustnessPart(spreads) } : {}),
    ...(b
      ? {
          compare: {
            scenario: echo(b.scenario, b.result, money),
            link: `?${encodeScenario(b.scenario)}`,
            ...resultsPart(b.scenario, b.result, money),
            difference: offerDifferences(result, b.result),
          },
        }
      : {}),
    ...(g
      ? {
          growth: g.months.map((m) => ({
            month: m.month,
            requestsPerMonth: m.requestsPerMonth,
            cheaper: m.cheaper,
            results: m.results,
          })),
          growthFlipMonth: g.flipMonth,
          growthSummary: growthSentence(g),
        }
      : {}),
  });
}

/** The document as the file and the CLI print it. */
export function resultsJson(
  scenario: Scenario,
  result: ScenarioResult,
  money: Money = USD_MONEY,
  extras: DocumentExtras = {},
): string {
  return JSON.stringify(resultsDocument(scenario, result, money, extras), null, 2);
}

/** A file name part: digits, letters, dots and dashes only. */
function part(v: string | number): string {
  return String(v)
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-');
}

/**
 * An export's file name, carrying the scenario:
 * `breakeven-1000-per-5min-200ms-512mb-us-east.json`.
 */
export function exportFileName(scenario: Scenario, extension: 'json' | 'csv'): string {
  const w = scenario.workload;
  return `breakeven-${part(w.requests)}-per-${part(w.everyMinutes)}min-${part(scenario.durationMs)}ms-${part(scenario.memoryMb)}mb-${part(scenario.area)}.${extension}`;
}
