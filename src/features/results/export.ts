/**
 * CSV and JSON exports of the results. Numbers are the engine's, unrounded, so a spreadsheet can
 * redo any sum; the CSV rounds nothing and formats nothing. Amounts stay in USD; when figures are
 * shown in EUR or GBP, the export adds that currency, the amounts converted (unrounded) and the
 * dated rate used, so the conversion can be checked.
 */
import type { Scenario } from '../../engine/scenario.ts';
import type { OfferResult, ScenarioResult } from '../../engine/types.ts';
import { convertUsd, USD_MONEY, type Money } from '../../describe/format.ts';
import { lineDetail, lineLabel, statusText, warningText } from '../../describe/results.ts';
import { isUsable, kindLabel, SEVERITY_LABEL } from '../../lib/usable.ts';

function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Sorted like the table: usable offers cheapest first, then those that cannot run, then unpriced. */
export function sortedResults(result: ScenarioResult) {
  const rank = (r: OfferResult) => (isUsable(r) ? 0 : r.available ? 1 : 2);
  return [...result.results].sort((a, b) => rank(a) - rank(b) || a.monthlyUsd - b.monthlyUsd);
}

/** `yes`, `no` (a hard limit stops it), or empty when the offer is not priced here at all. */
function canRunCell(r: OfferResult): string {
  return r.available ? (isUsable(r) ? 'yes' : 'no') : '';
}

/**
 * One row per offer total, then one per line item (item ≠ "Total"). Columns: the offer, its kind in
 * the page's word (FaaS / container / server), the amounts (a per-day or per-week column only when
 * that is the horizon), whether it can run the workload, the fleet, how the line item was worked
 * out (in the display currency), the
 * offer's `warnings` (each with the page's Note / Warning / Cannot run prefix) and its price source.
 */
export function resultsCsv(
  result: ScenarioResult,
  scenario: Scenario,
  money: Money = USD_MONEY,
): string {
  const h = scenario.horizon;
  const perH = h !== 'month';
  const rate = money.rate;
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
  const inCur = (usd: number | null | undefined) =>
    usd === null || usd === undefined ? null : convertUsd(usd, money);
  const header = [
    'offer_id',
    'offer',
    'kind',
    'item',
    ...(perH ? [`usd_per_${h}`] : []),
    'usd_per_month',
    'can_run',
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
  for (const r of sortedResults(result)) {
    const horizonUsd = r.available ? r.totals[h] : null;
    const monthUsd = r.available ? r.monthlyUsd : null;
    rows.push([
      r.offerId,
      r.label,
      kindLabel(r),
      'Total',
      ...(perH ? [horizonUsd] : []),
      monthUsd,
      canRunCell(r),
      r.fleet?.peakInstances,
      r.fleet?.averageCpuUtilization,
      null,
      [
        r.available ? null : statusText(r, money),
        ...r.warnings.map((w) => `${SEVERITY_LABEL[w.severity]}: ${warningText(w, r, money)}`),
      ]
        .filter(Boolean)
        .join(' | '),
      r.source,
      r.checkedOn,
      r.verification,
      ...(rate
        ? [
            ...(perH ? [inCur(horizonUsd)] : []),
            inCur(monthUsd),
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
        lineLabel(l, r),
        ...(perH ? [null] : []),
        l.usd,
        null,
        null,
        null,
        lineDetail(l, money),
        null,
        null,
        null,
        null,
        ...(rate ? [...(perH ? [null] : []), inCur(l.usd), null, null, null] : []),
      ]);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function resultsJson(
  result: ScenarioResult,
  scenario: Scenario,
  shareUrl: string,
  money: Money = USD_MONEY,
): string {
  const r = money.rate;
  return JSON.stringify(
    {
      scenario,
      // Every amount below is USD; `display` is how the page showed them (rate null for USD).
      display: {
        currency: money.currency,
        rate: r ? { usdPerUnit: r.usdPerUnit, asOf: r.asOf, source: r.source } : null,
      },
      shareUrl,
      requestsPerMonth: result.requestsPerMonth,
      horizon: scenario.horizon,
      // canRun: false when a hard limit stops the offer running this workload (its total is
      // not a comparable price); null when it is not priced here.
      results: sortedResults(result).map(({ offer: _offer, ...r }) => ({
        ...r,
        canRun: r.available ? isUsable(r) : null,
      })),
      breakEven: result.breakEven,
    },
    null,
    2,
  );
}

export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
