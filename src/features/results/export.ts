/**
 * The page's CSV and JSON downloads: the one results document (src/lib/results-document.ts, also
 * the CLI's `--format json`) and the CSV written from it, in files named after the scenario.
 */
import type { Scenario } from '../../engine/scenario.ts';
import type { ScenarioResult } from '../../engine/types.ts';
import type { Money } from '../../describe/format.ts';
import { resultsCsv } from '../../lib/results-csv.ts';
import { exportFileName, resultsJson } from '../../lib/results-document.ts';

/** Save the results as CSV or JSON, in a file named after the scenario. */
export function downloadResults(
  format: 'csv' | 'json',
  scenario: Scenario,
  result: ScenarioResult,
  money: Money,
): void {
  const name = exportFileName(scenario, format);
  if (format === 'csv') download(name, resultsCsv(result, scenario, money), 'text/csv');
  else download(name, resultsJson(scenario, result, money), 'application/json');
}

function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
