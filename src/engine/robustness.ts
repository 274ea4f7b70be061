/**
 * How robust the verdict is: for each input that is an estimate, the exact value at which the
 * answer (is the cheapest FaaS or the cheapest always-on offer cheaper?) flips, moving that input
 * alone, down and up; and a tornado of how far each input's spread moves the gap between the two.
 * Pure, like ranges.ts; docs/MODEL.md "Ranges" explains the method.
 */
import type { Offer } from '../catalog/schema.ts';
import { narrowCrossing } from './breakeven.ts';
import type { PricingData } from './context.ts';
import { runnableMonthlyCost, selectOffers } from './price-offer.ts';
import { weeklyProfile } from './profile.ts';
import {
  contextWith,
  costRanges,
  type CostRange,
  ESTIMATES,
  inputValues,
  SPREAD_OF,
  spreadFactors,
  TODAY,
  valuesAt,
  type Estimate,
  type InputFactors,
  type InputValues,
} from './ranges.ts';
import type { Scenario, Spread } from './scenario.ts';

export type Answer = 'faas' | 'always-on' | 'tie';

/** Where the answer flips when one input moves alone. */
export interface Threshold {
  input: Estimate;
  direction: 'down' | 'up';
  /** The factor on today's value at which the answer flips (0.47: 53% below today). */
  factor: number;
  /**
   * The input's value there: requests a month (traffic), ms of wall time (duration; CPU time
   * moves with it), or ms of CPU time (cpu).
   */
  value: number;
  /** The answer beyond the threshold. */
  answer: Answer;
  /** Whether the threshold lies within the input's spread. */
  withinSpread: boolean;
}

/** How far one input's spread moves the monthly gap (cheapest FaaS minus cheapest always-on). */
export interface TornadoBar {
  input: Estimate;
  spreadPct: number;
  /** The smallest and largest gap over the spread (USD a month; negative: FaaS is cheaper). */
  lowGapUsd: number;
  highGapUsd: number;
  /** The gap at both ends of the spread (the input at 1 − spread and at 1 + spread). */
  atLowUsd: number;
  atHighUsd: number;
}

export interface Robustness {
  /** Today's answer (null: no priced offer of one of the families, so nothing to flip). */
  answer: Answer | null;
  /** Today's gap, cheapest FaaS minus cheapest always-on (USD a month). */
  gapUsd: number | null;
  /** The nearest flip of each input in each direction that has one within the searched span. */
  thresholds: Threshold[];
  /** Inputs with a spread, the one that moves the gap most first. */
  tornado: TornadoBar[];
  /** True when no input flips the answer within its spread (moving alone). */
  holdsWithinSpreads: boolean;
}

/**
 * How far each search looks, as factors on today's value: traffic from a thousandth to a thousand
 * times (and at most 10^12 a month), duration and CPU time from a hundredth to a hundred times
 * (within their bounds; CPU time at most the duration).
 */
const SPAN: Readonly<Record<Estimate, number>> = { traffic: 1000, duration: 100, cpu: 100 };
/** Grid points a decade when scanning for a flip before narrowing it down. */
const POINTS_PER_DECADE = 8;

/** The cheaper family at one point, and the gap; infinite when one family cannot run there. */
function gapAt(costs: readonly number[], isFaas: readonly boolean[]): number {
  let f = Infinity;
  let a = Infinity;
  costs.forEach((c, i) => {
    if (!Number.isFinite(c)) return;
    if (isFaas[i]) f = Math.min(f, c);
    else a = Math.min(a, c);
  });
  if (f === Infinity && a === Infinity) return NaN;
  if (f === Infinity) return Infinity;
  if (a === Infinity) return -Infinity;
  return f - a;
}

function answerOf(gap: number): Answer | null {
  if (Number.isNaN(gap)) return null;
  return gap < 0 ? 'faas' : gap > 0 ? 'always-on' : 'tie';
}

export interface RobustnessOptions extends PricingData {
  /** The spreads (default: the scenario's own). */
  spread?: Spread;
}

/**
 * The verdict's robustness for a scenario: the offers compared are those it prices and can run
 * today (as `evaluateScenario`'s `priced`); at each probe an offer that a hard limit stops there
 * drops out, so a family whose every offer is stopped loses.
 */
export function robustness(
  scenario: Scenario,
  offers: readonly Offer[],
  opts: RobustnessOptions = {},
): Robustness {
  const spread = opts.spread ?? scenario.spread;
  const profile = weeklyProfile(scenario.pattern);
  const today = inputValues(scenario);
  const chosen = selectOffers(scenario, offers).flatMap((s) =>
    s.offer && s.offer.kind !== 'front-door' ? [s.offer] : [],
  );
  const costsAt = (f: InputFactors): number[] => {
    const ctx = contextWith(scenario, valuesAt(today, f), opts, profile);
    return chosen.map((o) => runnableMonthlyCost(o, ctx, offers));
  };
  const todayCosts = costsAt(TODAY);
  const usable = chosen.filter((_, i) => Number.isFinite(todayCosts[i]));
  const isFaas = usable.map((o) => o.kind === 'faas');
  const gap = (f: InputFactors): number => {
    const ctx = contextWith(scenario, valuesAt(today, f), opts, profile);
    return gapAt(
      usable.map((o) => runnableMonthlyCost(o, ctx, offers)),
      isFaas,
    );
  };
  const gap0 = gap(TODAY);
  const answer = answerOf(gap0);
  const none: Robustness = {
    answer: null,
    gapUsd: null,
    thresholds: [],
    tornado: [],
    holdsWithinSpreads: true,
  };
  // A tie has no side to flip from; one family alone has nothing to flip to.
  if (answer === null || answer === 'tie' || !Number.isFinite(gap0)) return none;

  const thresholds: Threshold[] = [];
  for (const input of ESTIMATES)
    for (const direction of ['down', 'up'] as const) {
      const t = findThreshold(input, direction, today, gap, answer, spread);
      if (t) thresholds.push(t);
    }
  thresholds.sort((x, y) => Math.abs(Math.log(x.factor)) - Math.abs(Math.log(y.factor)));

  const tornado: TornadoBar[] = [];
  for (const input of ESTIMATES) {
    const spreadPct = spread[SPREAD_OF[input]];
    if (!(spreadPct > 0)) continue;
    const factors = spreadFactors(spreadPct);
    const gaps = factors.map((k) => clampGap(gap({ ...TODAY, [input]: k }), gap0));
    tornado.push({
      input,
      spreadPct,
      lowGapUsd: Math.min(...gaps),
      highGapUsd: Math.max(...gaps),
      atLowUsd: gaps[0] ?? gap0,
      atHighUsd: gaps[gaps.length - 1] ?? gap0,
    });
  }
  tornado.sort((x, y) => y.highGapUsd - y.lowGapUsd - (x.highGapUsd - x.lowGapUsd));

  return {
    answer,
    gapUsd: gap0,
    thresholds,
    tornado,
    holdsWithinSpreads: !thresholds.some((t) => t.withinSpread),
  };
}

/** A gap where one family cannot run reads as today's gap's sign at twice its size (for the bars). */
function clampGap(g: number, gap0: number): number {
  if (Number.isFinite(g)) return g;
  const size = 2 * Math.max(1, Math.abs(gap0));
  return g === Infinity ? size : g === -Infinity ? -size : gap0;
}

/** The input's factor limits: its span, and the fields' bounds (CPU time at most the duration). */
function limitOf(input: Estimate, direction: 'down' | 'up', today: InputValues): number {
  const span = SPAN[input];
  if (direction === 'down') return 1 / span;
  switch (input) {
    case 'traffic':
      return today.requestsPerMonth > 0
        ? Math.min(
            span,
            valuesAt(today, { ...TODAY, traffic: span }).requestsPerMonth / today.requestsPerMonth,
          )
        : 1;
    case 'duration':
      return Math.min(
        span,
        valuesAt(today, { ...TODAY, duration: span }).durationMs / today.durationMs,
      );
    case 'cpu':
      return Math.min(span, today.durationMs / today.cpuMs);
  }
}

/**
 * The nearest factor, from today's (1) towards `direction`, at which the answer is no longer
 * `answer`: a scan on a log grid (8 points a decade), then narrowed down exactly between the last
 * point with today's answer and the first without (`narrowCrossing`, to a few units in the last
 * place as the volume break-even is, so the page and the CLI name the same value). A flip and flip
 * back inside one grid step (an eighth of a decade, about 33 %) can be missed.
 */
function findThreshold(
  input: Estimate,
  direction: 'down' | 'up',
  today: InputValues,
  gap: (f: InputFactors) => number,
  answer: Answer,
  spread: Spread,
): Threshold | null {
  const limit = limitOf(input, direction, today);
  if (direction === 'up' ? !(limit > 1) : !(limit < 1)) return null;
  if (input === 'traffic' && today.requestsPerMonth === 0) return null;
  const steps = Math.max(1, Math.ceil(Math.abs(Math.log10(limit)) * POINTS_PER_DECADE));
  // +1 when the answer at factor k differs from today's ("flipped"), −1 while it holds. Only the
  // sign, not the gap's size: the narrowing's probes then depend on nothing but which side each
  // one falls on, so engines whose Math.exp differs in the last bit (a diurnal profile, cold
  // starts) still take the same steps and name the same threshold.
  const flipped = (k: number): number => {
    const a = answerOf(gap({ ...TODAY, [input]: k }));
    return a === answer || a === null ? -1 : 1;
  };
  // Scan on a log grid; narrow in the factor itself (plain arithmetic, no Math.exp, whose last bit
  // differs between JavaScript engines), negated downwards so the axis increases away from today.
  const sign = direction === 'up' ? 1 : -1;
  const logLimit = Math.log(limit);
  let prev = 1;
  for (let i = 1; i <= steps; i++) {
    const k = i === steps ? limit : Math.exp((logLimit * i) / steps);
    if (flipped(k) > 0) {
      const t = narrowCrossing(sign * prev, sign * k, (x) => flipped(sign * x));
      const factor = sign * t;
      const at = valuesAt(today, { ...TODAY, [input]: factor });
      const g = gap({ ...TODAY, [input]: factor });
      const p = spread[SPREAD_OF[input]] / 100;
      return {
        input,
        direction,
        factor,
        value:
          input === 'traffic'
            ? at.requestsPerMonth
            : input === 'duration'
              ? at.durationMs
              : at.cpuMs,
        answer: answerOf(g) ?? answer,
        withinSpread: direction === 'down' ? factor >= 1 - p : factor <= 1 + p,
      };
    }
    prev = k;
  }
  return null;
}

/** Cost ranges and robustness of a scenario over its spreads: what the page and the CLI report. */
export interface SpreadAnalysis {
  spread: Spread;
  ranges: CostRange[];
  robustness: Robustness;
}

export function spreadAnalysis(
  scenario: Scenario,
  offers: readonly Offer[],
  opts: RobustnessOptions = {},
): SpreadAnalysis {
  const spread = opts.spread ?? scenario.spread;
  const o = { ...opts, spread };
  return {
    spread,
    ranges: costRanges(scenario, offers, o),
    robustness: robustness(scenario, offers, o),
  };
}
