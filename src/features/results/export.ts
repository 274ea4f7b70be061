/**
 * CSV and JSON exports of the results. Numbers are the engine's, unrounded, so a spreadsheet can
 * redo any sum; the CSV rounds nothing and formats nothing.
 */
import type { Scenario } from '../../engine/scenario.ts';
import type { ScenarioResult } from '../../engine/types.ts';

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
export function resultsCsv(result: ScenarioResult, scenario: Scenario): string {
  const h = scenario.horizon;
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
      ]);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function resultsJson(result: ScenarioResult, scenario: Scenario, shareUrl: string): string {
  return JSON.stringify(
    {
      scenario,
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
