/**
 * CSV and JSON exports of the results. Numbers are the engine's, unrounded, so a spreadsheet can
 * redo any sum; the CSV rounds nothing and formats nothing. Amounts stay in USD; when figures are
 * shown in EUR or GBP, the export adds that currency, the amounts converted (unrounded) and the
 * dated rate used, so the conversion can be checked.
 */
import type { Scenario } from '../../engine/scenario.ts';
import type { ScenarioResult } from '../../engine/types.ts';
import { convertUsd, USD_MONEY, type Money } from '../../lib/format.ts';

function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Sorted like the table: cheapest first, unavailable offers last. */
export function sortedResults(result: ScenarioResult) {
  return [...result.results].sort(
    (a, b) => Number(b.available) - Number(a.available) || a.monthlyUsd - b.monthlyUsd,
  );
}

/** One row per offer total, then one per line item (item ≠ "Total"). */
export function resultsCsv(
  result: ScenarioResult,
  scenario: Scenario,
  money: Money = USD_MONEY,
): string {
  const h = scenario.horizon;
  const rate = money.rate;
  const cur = money.currency.toLowerCase();
  // Only with a converted display: the currency, the amounts in it and the rate (on total rows).
  const extra = rate
    ? [`${cur}_per_${h}`, `${cur}_per_month`, `usd_per_${cur}`, 'fx_as_of', 'fx_source']
    : [];
  const inCur = (usd: number | null | undefined) =>
    usd === null || usd === undefined ? null : convertUsd(usd, money);
  const header = [
    'offer_id',
    'offer',
    'family',
    'item',
    `usd_per_${h}`,
    'usd_per_month',
    'peak_instances',
    'avg_cpu_utilization',
    'warnings',
    'source',
    'checked_on',
    'verification',
    ...extra,
  ];
  const rows: (string | number | null | undefined)[][] = [header];
  for (const r of sortedResults(result)) {
    rows.push([
      r.offerId,
      r.label,
      r.family,
      'Total',
      r.available ? r.totals[h] : null,
      r.available ? r.monthlyUsd : null,
      r.fleet?.peakInstances,
      r.fleet?.averageCpuUtilization,
      [r.unavailableReason, ...r.warnings.map((w) => w.message)].filter(Boolean).join(' | '),
      r.source,
      r.checkedOn,
      r.verification,
      ...(rate
        ? [
            inCur(r.available ? r.totals[h] : null),
            inCur(r.available ? r.monthlyUsd : null),
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
        r.family,
        l.label,
        null,
        l.usd,
        null,
        null,
        l.detail,
        null,
        null,
        null,
        ...(rate ? [null, inCur(l.usd), null, null, null] : []),
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
      results: sortedResults(result).map(({ offer: _offer, ...r }) => r),
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
