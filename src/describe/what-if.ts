/**
 * Words for the page's what-ifs: scenario B beside A (compare) and the monthly bills as traffic
 * grows (growth). Engine data in (src/engine/ranking.ts, compare.ts, growth.ts), sentences out.
 */
import type { Growth } from '../engine/growth.ts';
import type { Ranking } from '../engine/ranking.ts';
import type { Horizon } from '../engine/scenario.ts';
import type { OfferResult } from '../engine/types.ts';
import { formatCount, formatMoney, type Money } from './format.ts';
import { sigDigits } from './words.ts';

const PER: Readonly<Record<Horizon, string>> = { day: 'a day', week: 'a week', month: 'a month' };
const FAMILY: Readonly<Record<OfferResult['family'], string>> = {
  faas: 'FaaS',
  'always-on': 'always-on',
};

/**
 * One scenario's answer in a sentence: "Always-on is cheaper: DigitalOcean 1 GB at $6.00 a month,
 * against the cheapest FaaS, AWS Lambda (Arm), at $7.90."
 */
export function compareVerdict(ranking: Ranking, horizon: Horizon, money: Money): string {
  const { cheapestFaas: faas, cheapestAlwaysOn: alwaysOn } = ranking;
  const cost = (r: OfferResult) => formatMoney(r.totals[horizon], money);
  if (!faas && !alwaysOn) return 'None of the chosen offers can run this workload here.';
  if (!faas || !alwaysOn) {
    const only = (faas ?? alwaysOn)!;
    return `Only ${FAMILY[only.family]} can run it: ${only.label} at ${cost(only)} ${PER[horizon]}.`;
  }
  if (ranking.cheaper === 'tie')
    return `Both cost the same: ${faas.label} and ${alwaysOn.label} at ${cost(faas)} ${PER[horizon]}.`;
  const [win, lose] = ranking.cheaper === 'faas' ? [faas, alwaysOn] : [alwaysOn, faas];
  const who = FAMILY[win.family];
  return `${who.charAt(0).toUpperCase()}${who.slice(1)} is cheaper: ${win.label} at ${cost(win)} ${PER[horizon]}, against the cheapest ${FAMILY[lose.family]}, ${lose.label}, at ${cost(lose)}.`;
}

/**
 * An offer's monthly bill in one scenario of a comparison: its money when priced, else why not
 * ("cannot run", "no price here"), or "not compared" when the scenario leaves the offer out.
 */
export function compareBillText(r: OfferResult | undefined, money: Money): string {
  if (!r) return 'not compared';
  if (r.status === 'priced') return formatMoney(r.monthlyUsd, money);
  return r.status === 'cannot-run' ? 'cannot run' : 'no price here';
}

/**
 * B minus A as money with its sign, the minus sign as formatChange writes it: "+$1.20", "−$0.40",
 * "$0.00", "+< $0.01".
 */
export function formatDifference(usd: number, money: Money): string {
  const text = formatMoney(Math.abs(usd), money);
  if (text === formatMoney(0, money)) return text;
  return `${usd > 0 ? '+' : '−'}${text}`;
}

/** B minus A as a share of A: "+12%", "−5.3%", "0%"; "—" when A is 0 (no share of nothing). */
export function formatChange(aUsd: number, bUsd: number): string {
  if (aUsd === 0) return bUsd === 0 ? '0%' : '—';
  const pct = ((bUsd - aUsd) / Math.abs(aUsd)) * 100;
  const abs = Math.abs(pct);
  const text = abs >= 10 ? String(Math.round(abs)) : sigDigits(abs, 2);
  if (text === '0') return '0%';
  return `${pct > 0 ? '+' : '−'}${text}%`;
}

const monthYear = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The calendar month of growth month `k` when month 1 is `start`'s month: "Jan 2027". */
export function growthMonthName(start: Date, k: number): string {
  return monthYear.format(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + k - 1)));
}

/** "+8% a month", "−10% a month". */
export function growthRate(pct: number): string {
  return `${pct >= 0 ? '+' : '−'}${sigDigits(Math.abs(pct), 3)}% a month`;
}

/**
 * When the cheapest answer flips, in words: "At +8% a month, DigitalOcean 1 GB stops being cheapest
 * in month 9 (Aug 2027, 16.2M requests a month): from then on AWS Lambda (Arm) is cheaper." Or
 * that it never does within the months shown. `start` is month 1's calendar month (today).
 */
export function growthFlipText(
  g: Growth,
  labelOf: (offerId: string) => string,
  start: Date,
): string {
  const rate = growthRate(g.monthlyGrowthPct);
  const first = g.months[0];
  const last = g.months[g.months.length - 1];
  if (!first || !last || first.cheaper === null)
    return `At ${rate}: a FaaS offer and an always-on offer that can run this workload are needed to see when the answer flips.`;
  const family =
    first.cheaper === 'faas' ? 'FaaS' : first.cheaper === 'always-on' ? 'always-on' : null;
  const flip = g.flipMonth === null ? undefined : g.months[g.flipMonth - 1];
  if (!flip || flip.cheaper === null)
    return family === null
      ? `At ${rate}, FaaS and always-on cost the same in month 1 and no family pulls ahead for good within ${g.months.length} months.`
      : `At ${rate}, ${family} stays cheapest for all ${g.months.length} months, up to ${formatCount(last.requestsPerMonth)} requests a month in ${growthMonthName(start, last.month)}: the answer never flips.`;
  const before = g.months[flip.month - 2] ?? first;
  const oldId = first.cheaper === 'faas' ? before.cheapest.faas : before.cheapest.alwaysOn;
  const newId = flip.cheaper === 'faas' ? flip.cheapest.faas : flip.cheapest.alwaysOn;
  const when = `month ${flip.month} (${growthMonthName(start, flip.month)}, ${formatCount(flip.requestsPerMonth)} requests a month)`;
  const old = oldId !== null ? labelOf(oldId) : family;
  if (flip.cheaper === 'tie')
    return `At ${rate}, ${old} stops being cheapest in ${when}: both families cost the same.`;
  return `At ${rate}, ${old} stops being cheapest in ${when}: from then on ${newId !== null ? labelOf(newId) : flip.cheaper} is cheaper.`;
}

/** Why no chart: the growth runs past the 10^12 requests a month every volume input stops at. */
export function growthTooFarText(pct: number, months: number, lastRequests: number): string {
  return `At ${growthRate(pct)}, month ${months} would reach ${lastRequests.toExponential(2)} requests a month; the most is 10^12. Choose fewer months or a lower rate.`;
}
