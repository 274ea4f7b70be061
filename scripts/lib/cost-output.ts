/**
 * What the CLI prints. The JSON shapes are a documented contract for scripts (README "CLI"): the
 * results are the page's own export document (src/lib/results-document.ts). The
 * table is for people. No money maths here: totals and line items come from the engine, and the
 * order, statuses and break-even pairs from the ranking (src/engine/ranking.ts).
 */
import type { Offer } from '../../src/catalog/schema.ts';
import { scaleLines } from '../../src/engine/units.ts';
import { requestsPerMonthOf, type Horizon, type Scenario } from '../../src/engine/scenario.ts';
import { rankResults } from '../../src/engine/ranking.ts';
import type { OfferResult, ScenarioResult } from '../../src/engine/types.ts';
import { describeRate, formatMoney, USD_MONEY, type Money } from '../../src/describe/format.ts';
import {
  breakEvenText,
  cannotRunReasons,
  instanceLabel,
  labelsOf,
  lineLabel,
  statusText,
  warningText,
} from '../../src/describe/results.ts';
import { fmtCount, plural } from '../../src/describe/words.ts';
import { termPhrase } from '../../src/describe/terms.ts';
import { availabilityText } from '../../src/describe/sizing.ts';
import {
  compareBillText,
  compareVerdict,
  formatChange,
  formatDifference,
} from '../../src/describe/what-if.ts';
import { offerDifferences } from '../../src/engine/compare.ts';

export interface JsonOffer {
  offerId: string;
  kind: Offer['kind'];
  provider: string;
  source: string;
  checkedOn: string;
  verification: Offer['verification'];
}

/** The first non-finite number in a report, as a path; the CLI refuses to print NaN or Infinity. */
export function findNonFinite(value: unknown, path = '$'): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const hit = findNonFinite(v, `${path}[${i}]`);
      if (hit) return hit;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = findNonFinite(v, `${path}.${k}`);
      if (hit) return hit;
    }
  }
  return null;
}

/** Offers priced in one area, one row per id. */
export function toJsonOffers(offers: readonly Offer[]): JsonOffer[] {
  return [...offers]
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id))
    .map((o) => ({
      offerId: o.id,
      kind: o.kind,
      provider: o.provider,
      source: o.source,
      checkedOn: o.checkedOn,
      verification: o.verification,
    }));
}

// ---------------------------------------------------------------------------------------------
// Table format, for people.

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const pct = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

const HORIZON_LABEL: Record<Horizon, string> = {
  day: 'day (24 h share of a 730 h month)',
  week: 'week (168 h share of a 730 h month)',
  month: 'month (730 h)',
};

function columnWidth(rows: readonly string[][], i: number): number {
  return Math.max(...rows.map((r) => [...(r[i] ?? '')].length));
}

/** Left-align text columns and right-align the columns listed in `right`. */
function align(rows: string[][], right: ReadonlySet<number>): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows.map((r) =>
    r
      .map((c, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - [...c].length);
        return right.has(i) ? pad + c : i === r.length - 1 ? c : c + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

function fleetText(r: OfferResult): string {
  const f = r.fleet;
  if (!f) return '';
  const n = f.fixed
    ? `${f.peakInstances}`
    : `avg ${count.format(f.averageInstances)} (peak ${f.peakInstances})`;
  return `${n} × ${instanceLabel(f)}, ${pct.format(f.averageCpuUtilization)} CPU`;
}

export function describeScenario(s: Scenario): string {
  const perMonth = requestsPerMonthOf(s.workload);
  const cpu =
    s.cpuMs !== undefined && s.cpuMs !== s.durationMs ? ` (CPU ${count.format(s.cpuMs)} ms)` : '';
  return [
    `${plural(s.workload.requests, 'request')} every ${fmtCount(s.workload.everyMinutes)} min = ${count.format(perMonth)}/month`,
    `${count.format(s.durationMs)} ms${cpu}`,
    `${count.format(s.memoryMb)} MB`,
    s.pattern.kind,
    s.area,
    s.faas.architecture,
    `free tier ${s.faas.freeTier ? 'on' : 'off'}`,
    ...(s.faas.frontDoor ? [`front door ${s.faas.frontDoor}`] : []),
    // The server side, when it differs from one on-demand instance with its IPv4 and disk.
    ...(s.alwaysOn.availability === 'multi-zone'
      ? [`servers ${availabilityText('multi-zone')}`]
      : []),
    ...(s.alwaysOn.commitment !== 'none'
      ? [`servers on ${termPhrase(s.alwaysOn.commitment)}`]
      : []),
    ...(s.alwaysOn.serverExtras ? [] : ['no server IPv4 or disk']),
  ].join(' · ');
}

export function renderTable(
  scenario: Scenario,
  result: ScenarioResult,
  horizon: Horizon,
  m: Money = USD_MONEY,
): string {
  const ranking = rankResults(result);
  const { priced, cannotRun, unavailable } = ranking;
  const out: string[] = [`Breakeven · ${describeScenario(scenario)}`, ''];
  if (priced.length === 0) {
    out.push(
      cannotRun.length > 0
        ? 'No offer can run this workload here (see below).'
        : 'No offer could be priced for this scenario and region (see --list-offers).',
    );
  } else {
    out.push(`Cost per ${HORIZON_LABEL[horizon]}, cheapest first:`);
    // Converted figures say once at which dated rate (the engine computes in USD).
    const rate = describeRate(m);
    if (rate) out.push(`Figures in ${m.currency} ${rate}; computed in USD.`);
    out.push('');
    const rows: string[][] = [['#', 'Offer', 'Kind', 'Cost', 'Fleet', 'Price']];
    priced.forEach((r, i) =>
      rows.push([
        String(i + 1),
        r.offerId,
        r.kind,
        formatMoney(r.totals[horizon], m),
        fleetText(r),
        r.verification,
      ]),
    );
    const lines = align(rows, new Set([0, 3]));
    // Line items sit under their offer, their amounts right-aligned with the Cost column.
    const costEnd = [0, 1, 2, 3].reduce((n, i) => n + columnWidth(rows, i) + 2, -2);
    const indent = ' '.repeat(columnWidth(rows, 0) + 4);
    out.push(lines[0] ?? '');
    priced.forEach((r, i) => {
      out.push(lines[i + 1] ?? '');
      for (const l of scaleLines(r.lines, horizon)) {
        if (l.usd === 0) continue;
        const amount = formatMoney(l.usd, m);
        const room = costEnd - amount.length - indent.length - 2;
        const name = lineLabel(l, r);
        const label = name.length > room ? `${name.slice(0, Math.max(0, room - 1))}…` : name;
        out.push(`${indent}${label.padEnd(room)}  ${amount}`);
      }
    });
  }

  // Priced, but a hard limit stops them: listed after every offer that can, with the reason.
  if (cannotRun.length > 0) {
    out.push('', 'Cannot run this workload:');
    for (const r of cannotRun)
      out.push(
        `  ${r.offerId} (priced at ${formatMoney(r.totals[horizon], m)}): ${cannotRunReasons(r, m).join(' ')}`,
      );
  }
  if (unavailable.length > 0) {
    out.push('', 'Not priced:');
    for (const r of unavailable)
      out.push(`  ${r.offerId}: ${statusText(r, m) ?? 'not available in this region'}`);
  }

  // Break-even: each priced FaaS offer against the cheapest priced always-on offer.
  const cheapestAlwaysOn = ranking.cheapestAlwaysOn;
  const pairs = cheapestAlwaysOn
    ? ranking.breakEven.filter((b) => b.alwaysOnOfferId === cheapestAlwaysOn.offerId)
    : [];
  if (cheapestAlwaysOn && pairs.length > 0) {
    out.push('', `Break-even against the cheapest always-on offer, ${cheapestAlwaysOn.offerId}:`);
    const labelOf = labelsOf(result.results);
    for (const b of pairs) out.push(`  ${b.faasOfferId}: ${breakEvenText(b, labelOf)}`);
    if (ranking.breakEven.length > pairs.length)
      out.push(`  (every pair: --format json, "breakEven")`);
  }

  // Hard limits are above, with their offers; the other warnings here.
  const warned = [...priced, ...cannotRun]
    .map((r) => ({ r, ws: r.warnings.filter((w) => w.severity !== 'error') }))
    .filter(({ ws }) => ws.length > 0);
  if (warned.length > 0) {
    out.push('', 'Warnings:');
    for (const { r, ws } of warned)
      for (const w of ws) out.push(`  ${r.offerId} [${w.severity}]: ${warningText(w, r, m)}`);
  }
  return out.join('\n');
}

export function renderOfferTable(offers: readonly Offer[]): string {
  const rows = [['Offer', 'Kind', 'Provider', 'Product', 'Checked on', 'Price']];
  for (const o of toJsonOffers(offers)) {
    const offer = offers.find((x) => x.id === o.offerId);
    rows.push([o.offerId, o.kind, o.provider, offer?.product ?? '', o.checkedOn, o.verification]);
  }
  return align(rows, new Set()).join('\n');
}

/**
 * Scenario B beside A, for people: both verdicts as the page's compare panel says them, then each
 * offer priced in either, a month: A, B and B minus A (the page's compare table).
 */
export function renderCompare(
  a: ScenarioResult,
  b: { scenario: Scenario; result: ScenarioResult },
  link: string,
  money: Money = USD_MONEY,
): string {
  const rankA = rankResults(a);
  const rankB = rankResults(b.result);
  const diffs = new Map(offerDifferences(a, b.result).map((d) => [d.offerId, d]));
  const inA = new Map(a.results.map((r) => [r.offerId, r]));
  const inB = new Map(b.result.results.map((r) => [r.offerId, r]));
  // The page's compare table: A's order, then what only B prices.
  const ids = [...new Set([...rankA.ordered, ...rankB.ordered].map((r) => r.offerId))];
  const rows = [['Offer', 'A a month', 'B a month', 'B − A', 'change']];
  for (const id of ids) {
    const ra = inA.get(id);
    const rb = inB.get(id);
    const d = diffs.get(id);
    rows.push([
      (ra ?? rb)?.label ?? id,
      compareBillText(ra, money),
      compareBillText(rb, money),
      d ? formatDifference(d.differenceUsd, money) : '—',
      d ? formatChange(d.aMonthlyUsd, d.bMonthlyUsd) : '—',
    ]);
  }
  const widths = rows[0]!.map((_, i) => columnWidth(rows, i));
  const line = (r: readonly string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    `Scenario B (${link}):`,
    `  A: ${compareVerdict(rankA, 'month', money)}`,
    `  B: ${compareVerdict(rankB, 'month', money)}`,
    '',
    ...rows.map((r) => `  ${line(r)}`.trimEnd()),
  ].join('\n');
}
