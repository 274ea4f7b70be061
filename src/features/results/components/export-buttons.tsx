import { useCalculation } from '../../../lib/calculation.ts';
import { shareUrlFor } from '../share-url.ts';
import { download, resultsCsv, resultsJson } from '../export.ts';

/** CSV and JSON of the results as shown, and a print button for a one-page report. */
export function ExportButtons() {
  const calc = useCalculation();
  const ready = calc.status === 'ready';
  return (
    <>
      <button
        type="button"
        className="btn"
        disabled={!ready}
        onClick={() =>
          ready &&
          download('breakeven-results.csv', resultsCsv(calc.result, calc.scenario), 'text/csv')
        }
      >
        Export CSV
      </button>
      <button
        type="button"
        className="btn"
        disabled={!ready}
        onClick={() =>
          ready &&
          download(
            'breakeven-results.json',
            resultsJson(calc.result, calc.scenario, shareUrlFor(calc.scenario)),
            'application/json',
          )
        }
      >
        JSON
      </button>
      <button type="button" className="btn" onClick={() => window.print()}>
        Print
      </button>
    </>
  );
}
