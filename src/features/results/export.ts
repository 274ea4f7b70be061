/**
 * The page's CSV and JSON downloads: the one results document (src/lib/results-document.ts, also
 * the CLI's `--format json`) and the CSV written from it, in files named after the scenario.
 */
import type { ReadyCalculation } from '../../lib/calculation.ts';
import { pageDocumentExtras } from '../../lib/document-extras.ts';
import { resultsCsv } from '../../lib/results-csv.ts';
import { exportFileName, resultsJson } from '../../lib/results-document.ts';
import { useScenarioStore } from '../../state/scenario-store.ts';

/**
 * Save the results as CSV or JSON, in a file named after the scenario. The JSON carries what the
 * CLI adds for the same link: cost ranges over the spreads, scenario B and growth when shown.
 */
export function downloadResults(format: 'csv' | 'json', calc: ReadyCalculation): void {
  const { scenario, result, money } = calc;
  const name = exportFileName(scenario, format);
  if (format === 'csv') download(name, resultsCsv(result, scenario, money), 'text/csv');
  else {
    const extras = pageDocumentExtras(calc, useScenarioStore.getState().compare);
    download(name, resultsJson(scenario, result, money, extras), 'application/json');
  }
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
