/**
 * Words for cost ranges, the verdict's robustness, compare and growth (engine data from
 * src/engine/ranges.ts, robustness.ts and growth.ts): for the page, the CLI and the exports.
 */
import type { Growth } from '../engine/growth.ts';
import type { CostRange, Estimate } from '../engine/ranges.ts';
import type { Answer, Robustness, Threshold, TornadoBar } from '../engine/robustness.ts';
import { formatCount, formatMoney, type Money } from './format.ts';
import type { Spread } from '../engine/scenario.ts';
import { fmtDuration, listOf, sigDigits } from './words.ts';

/** What each estimate is called in a sentence. */
export const ESTIMATE_NAMES: Readonly<Record<Estimate, string>> = {
  traffic: 'traffic',
  duration: 'duration',
  cpu: 'CPU time',
};

const SPREAD_KEYS: Readonly<Record<Estimate, keyof Spread>> = {
  traffic: 'trafficPct',
  duration: 'durationPct',
  cpu: 'cpuPct',
};

/** A percentage as people say it: 53, 4.5, 0.25 (two significant digits below 10). */
function pct(x: number): string {
  // Float noise off first: a factor of 0.835 comes back as 0.83500000000499…, which is 16.5 %, not
  // 16.49999 % (that would round to 16 where the figure is 17).
  const p = Math.round(Math.abs(x) * 100 * 1e6) / 1e6;
  return p >= 10 ? String(Math.round(p)) : sigDigits(p, 2);
}

/** "traffic ±50%, duration ±30%" (inputs with no spread left out); "none" when all are 0. */
export function spreadText(spread: Spread): string {
  const parts = (Object.keys(SPREAD_KEYS) as Estimate[])
    .filter((k) => spread[SPREAD_KEYS[k]] > 0)
    .map((k) => `${ESTIMATE_NAMES[k]} ±${sigDigits(spread[SPREAD_KEYS[k]], 3)}%`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

/**
 * One threshold as a clause: "traffic falls below 4.1M a month (−53%)", "requests get 40%
 * shorter (120 ms)", "CPU time rises above 30 ms a request (+50%)".
 */
export function thresholdClause(t: Threshold): string {
  const change = `${t.direction === 'down' ? '−' : '+'}${pct(t.factor - 1)}%`;
  switch (t.input) {
    case 'traffic':
      return `traffic ${t.direction === 'down' ? 'falls below' : 'rises above'} ${formatCount(t.value)} a month (${change})`;
    case 'duration':
      return t.direction === 'down'
        ? `requests get ${pct(t.factor - 1)}% shorter (${fmtDuration(t.value)})`
        : `requests take ${pct(t.factor - 1)}% longer (${fmtDuration(t.value)})`;
    case 'cpu':
      return `CPU time ${t.direction === 'down' ? 'falls below' : 'rises above'} ${fmtDuration(t.value)} a request (${change})`;
  }
}

const FAMILY: Readonly<Record<Answer, string>> = {
  faas: 'FaaS',
  'always-on': 'Always-on',
  tie: 'Neither',
};

/** Whether the answer holds within the spreads: "It holds within the spreads (traffic ±50%…)." */
export function spreadVerdict(r: Robustness, spread: Spread): string | null {
  if (r.answer === null || r.answer === 'tie') return null;
  const within = r.thresholds.filter((t) => t.withinSpread).map((t) => ESTIMATE_NAMES[t.input]);
  const spreads = spreadText(spread);
  if (within.length === 0)
    return spreads === 'none'
      ? 'No input has a spread, so the answer is taken as exact.'
      : `Robust: the answer holds across each input's spread (${spreads}).`;
  return `Fragile: ${listOf([...new Set(within)])} within ${within.length === 1 ? 'its' : 'their'} spread can flip the answer (${spreads}).`;
}

/**
 * How far from today a threshold may lie and still be worth a sentence on the page: within a tenth
 * to ten times the input's value. The engine searches further (traffic ÷1,000 to ×1,000); a flip
 * only at a hundred times today's traffic says more about the search than about the workload.
 */
export const NAMED_SPAN = 10;

/** The verdict's robustness in words: a lead sentence and whether the spreads reach a threshold. */
export interface RobustnessWords {
  /** "Always-on stays cheaper unless traffic falls below 7.52M a month (−14%) or …" */
  summary: string;
  /** "Fragile: traffic within its spread can flip the answer (…)."; null when none is needed. */
  spreads: string | null;
  /** Both sentences, as the page shows them. */
  text: string;
  /** Whether a threshold lies within an input's spread. */
  fragile: boolean;
}

/**
 * The verdict's robustness, in the same words on the page, in the CLI and in the JSON: the nearest
 * one or two thresholds within `NAMED_SPAN` ("Always-on stays cheaper unless traffic falls below
 * 7.52M a month (−14%) or requests get 17% shorter (167 ms).") and whether the spreads reach one
 * (`spreadVerdict`); or, when no input alone flips it within that span, that it holds across the
 * whole spread. Null when there is no answer to flip (a tie, or no offer of one family).
 */
export function verdictRobustness(r: Robustness, spread: Spread): RobustnessWords | null {
  if (r.answer === null || r.answer === 'tie') return null;
  const who = FAMILY[r.answer];
  // A flip within a spread is always named, however far the spread reaches (traffic may fall to 0).
  const near = r.thresholds.filter(
    (t) => t.withinSpread || (t.factor >= 1 / NAMED_SPAN && t.factor <= NAMED_SPAN),
  );
  const fragile = near.some((t) => t.withinSpread);
  const spreadsText = spreadText(spread);
  if (near.length === 0) {
    const summary =
      spreadsText === 'none'
        ? `${who} stays cheaper from a tenth to ten times each input (no input has a spread).`
        : `${who} stays cheaper across the whole spread (${spreadsText}), and from a tenth to ten times each input.`;
    return { summary, spreads: null, text: summary, fragile: false };
  }
  const summary = `${who} stays cheaper unless ${near.slice(0, 2).map(thresholdClause).join(' or ')}.`;
  const spreads = spreadVerdict({ ...r, thresholds: near }, spread);
  return { summary, spreads, text: spreads ? `${summary} ${spreads}` : summary, fragile };
}

/** An offer's cost range: "$9.80–$15.10" (one amount when it does not move). */
export function rangeText(r: CostRange, money: Money, scale = 1): string {
  const low = formatMoney(r.lowUsd * scale, money);
  const high = formatMoney(r.highUsd * scale, money);
  return low === high ? low : `${low}–${high}`;
}

/** Which family a gap favours and by how much: "FaaS $4.82 cheaper", "always-on $8.61 cheaper". */
function gapText(usd: number, money: Money): string {
  if (usd === 0) return 'the same';
  return `${usd < 0 ? 'FaaS' : 'always-on'} ${formatMoney(Math.abs(usd), money)} cheaper`;
}

/**
 * One bar of the tornado in words: "traffic ±50%: from FaaS $4.82 cheaper to always-on $8.61
 * cheaper a month" (the gap at the input's low end, then at its high end).
 */
export function tornadoText(bar: TornadoBar, money: Money): string {
  const name = `${ESTIMATE_NAMES[bar.input]} ±${sigDigits(bar.spreadPct, 3)}%`;
  if (bar.lowGapUsd === bar.highGapUsd)
    return `${name}: no change (${gapText(bar.atLowUsd, money)} a month)`;
  return `${name}: from ${gapText(bar.atLowUsd, money)} to ${gapText(bar.atHighUsd, money)} a month`;
}

/** "From month 7 (1.6M requests a month) always-on is cheaper." or that it holds throughout. */
export function growthSentence(g: Growth): string {
  const rate = `${g.monthlyGrowthPct >= 0 ? '+' : '−'}${sigDigits(Math.abs(g.monthlyGrowthPct), 3)}% a month`;
  const first = g.months[0];
  const flip = g.flipMonth === null ? undefined : g.months[g.flipMonth - 1];
  if (!first || first.cheaper === null)
    return `At ${rate}: a FaaS offer and an always-on offer that can run it are needed to compare.`;
  if (!flip || flip.cheaper === null)
    return `At ${rate}, ${FAMILY[first.cheaper].toLowerCase()} stays cheaper for all ${g.months.length} months (up to ${formatCount(g.months[g.months.length - 1]?.requestsPerMonth ?? 0)} requests a month).`;
  return `At ${rate}, the answer flips in month ${flip.month} (${formatCount(flip.requestsPerMonth)} requests a month): from then on ${flip.cheaper === 'tie' ? 'both cost the same' : `${FAMILY[flip.cheaper].toLowerCase()} is cheaper`}.`;
}
