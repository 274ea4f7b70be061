/**
 * The results as CSV, written from the one results document (results-document.ts): the same
 * order, statuses and rounding (PRECISION). Amounts stay in USD; when figures are shown in EUR or
 * GBP, it adds that currency, the amounts converted and the dated rate used, so the conversion can
 * be checked.
 */
import type { Scenario } from '../engine/scenario.ts';
import type { ScenarioResult } from '../engine/types.ts';
import { convertUsd, USD_MONEY, type Money } from '../describe/format.ts';
import { DOCUMENT_DECIMALS, resultsDocument, roundTo } from './results-document.ts';
import { kindLabel, SEVERITY_LABEL } from './usable.ts';

function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * One row per offer total, then one per line item (item ≠ "Total"). Columns: the offer, its kind in
 * the page's word (FaaS / container / server), its status (`priced`, `cannot-run`, `unavailable`),
 * the amounts (a per-day or per-week column only when that is the horizon; line items are
 * monthly), the fleet, the line item's `detail`, the offer's reasons and warnings (each with the
 * page's Note / Warning / Cannot run prefix) and its price source.
 */
export function resultsCsv(
  result: ScenarioResult,
  scenario: Scenario,
  money: Money = USD_MONEY,
): string {
  const doc = resultsDocument(scenario, result, money);
  const h = scenario.horizon;
  const perH = h !== 'month';
  const rate = doc.rate;
  const cur = money.currency.toLowerCase();
  // Only with a converted display: the currency, the amounts in it and the rate (on total rows).
  const extra = rate
    ? [
        ...(perH ? [`${cur}_per_${h}`] : []),
        `${cur}_per_month`,
        `usd_per_${cur}`,
        'fx_as_of',
        'fx_source',
      ]
    : [];
  const inCur = (usd: number | null) =>
    usd === null ? null : roundTo(convertUsd(usd, money), DOCUMENT_DECIMALS);
  const header = [
    'offer_id',
    'offer',
    'kind',
    'status',
    'item',
    ...(perH ? [`usd_per_${h}`] : []),
    'usd_per_month',
    'peak_instances',
    'avg_cpu_utilization',
    'detail',
    'warnings',
    'source',
    'checked_on',
    'verification',
    ...extra,
  ];
  const rows: (string | number | null | undefined)[][] = [header];
  for (const r of doc.results) {
    // An unavailable offer's reason is its only note; a cannot-run offer's reasons are among its
    // error-level warnings already.
    const notes =
      r.status === 'unavailable'
        ? r.reasons.map((x) => x.message)
        : r.warnings.map((w) => `${SEVERITY_LABEL[w.severity]}: ${w.message}`);
    rows.push([
      r.offerId,
      r.label,
      kindLabel(r),
      r.status,
      'Total',
      ...(perH ? [r.totalUsd] : []),
      r.monthlyUsd,
      r.fleet?.peakInstances,
      r.fleet?.averageCpuUtilization,
      null,
      notes.join(' | '),
      r.source,
      r.checkedOn,
      r.verification,
      ...(rate
        ? [
            ...(perH ? [inCur(r.totalUsd)] : []),
            inCur(r.monthlyUsd),
            rate.usdPerUnit,
            rate.asOf,
            rate.source,
          ]
        : []),
    ]);
    for (const l of r.lines)
      rows.push([
        r.offerId,
        r.label,
        kindLabel(r),
        null,
        l.label,
        ...(perH ? [null] : []),
        l.monthlyUsd,
        null,
        null,
        l.detail,
        null,
        null,
        null,
        null,
        ...(rate ? [...(perH ? [null] : []), inCur(l.monthlyUsd), null, null, null] : []),
      ]);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
