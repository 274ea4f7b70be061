/**
 * The break-even chart's card (heading, notes, legend, the crossings in words and the data as a
 * table), without the plot: the page draws the plot with Recharts (break-even-chart.tsx), the
 * widget first as a static SVG (light-break-even-chart.tsx), so nothing here imports Recharts.
 */
import type { ReactNode } from 'react';
import type { ReadyCalculation } from '../../../lib/calculation.ts';
import { formatCount, formatMoney } from '../../../describe/format.ts';
import { breakEvenText } from '../../../describe/results.ts';
import { encodeScenario } from '../../../url/codec.ts';
import { ChartBox } from './chart-bits.tsx';
import type { BreakEvenModel } from '../break-even-model.ts';
import { stylesOf } from '../../../lib/palette.ts';

/** Monthly cost of every offer against requests a month, with crossings and today's workload. */
export function BreakEvenCard({
  calc,
  model,
  compact,
  bands = 0,
  children,
}: {
  /** The calculation the sweep goes with. */
  calc: ReadyCalculation;
  model: BreakEvenModel;
  /** The widget's variant: no explanatory paragraphs (the summary and table stay). */
  compact: boolean;
  /** How many cost bands the plot draws (0: none yet). */
  bands?: number;
  /** The plot, drawn in the chart box. */
  children: ReactNode;
}) {
  const { scenario, result, money } = calc;
  const styles = stylesOf(calc);
  const { shown, pairs, tableRows, labelOf } = model;
  return (
    <section
      className="card chart-card"
      aria-labelledby="be-title"
      data-scenario={encodeScenario(scenario)}
      data-bands={bands > 0 ? bands : undefined}
    >
      <h2 id="be-title">Where the answer flips</h2>
      {compact ? null : (
        <p className="hint">
          Monthly cost against requests a month, both on log scales. The dots mark where a FaaS line
          crosses a server line; the vertical line is your workload (
          {formatCount(result.requestsPerMonth)} a month). Shaded: each line&rsquo;s low–high as
          duration and CPU time move across their spreads, and the strip your traffic across its
          spread.
        </p>
      )}
      <ChartBox
        label={`Break-even chart: monthly cost of ${shown.length} offers from 100 to 10¹² requests a month. The same data is in the summary and table below.`}
        shown={shown}
        styles={styles}
      >
        {children}
      </ChartBox>
      {compact ? null : (
        <p className="hint">
          Dashed (or dash-dot) lines: unverified prices (estimates). A dotted line is only that
          offer&rsquo;s own style, not an estimate.
          {shown.length > 2
            ? ' The cheapest FaaS and the cheapest always-on offer are drawn bold, the others fainter.'
            : null}
        </p>
      )}
      <div className="chart-summary">
        <details>
          <summary>Every crossing in words ({pairs.length})</summary>
          {pairs.length > 0 ? (
            <ul>
              {pairs.map((b) => (
                <li key={`${b.faasOfferId}-${b.alwaysOnOfferId}`}>{breakEvenText(b, labelOf)}</li>
              ))}
            </ul>
          ) : (
            <p>
              No pair to compare: that takes a FaaS offer and an always-on offer that can both run
              this workload.
            </p>
          )}
        </details>
        <details>
          <summary>Break-even data as a table</summary>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">
                Monthly cost of each offer at volumes from 1,000 to 10¹² requests a month
              </caption>
              <thead>
                <tr>
                  <th scope="col">Requests a month</th>
                  {shown.map((r) => (
                    <th key={r.offerId} scope="col">
                      {r.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {tableRows.map((p) => (
                  <tr key={p.requestsPerMonth}>
                    <th scope="row">{formatCount(p.requestsPerMonth)}</th>
                    {shown.map((r) => (
                      <td key={r.offerId}>{formatMoney(p.usd[r.offerId] ?? Number.NaN, money)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </div>
    </section>
  );
}

/** The card in place of the chart when the sweep failed. */
export function BreakEvenFailed() {
  return (
    <section className="card chart-card" aria-labelledby="be-title">
      <h2 id="be-title">Where the answer flips</h2>
      <p className="hint">The break-even chart could not be worked out for this scenario.</p>
    </section>
  );
}
