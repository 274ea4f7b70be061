import type { LineItem, LineKind } from '../../../engine/types.ts';
import type { ReadyCalculation } from '../../../lib/calculation.ts';
import { formatMoney } from '../../../describe/format.ts';
import { lineLabel } from '../../../describe/results.ts';
import { pickedName } from '../../../describe/picked-name.ts';
import { rankResults } from '../../../engine/ranking.ts';
import { breakdownColor } from '../../../lib/breakdown-colors.ts';
import { useTheme } from '../../../lib/theme.ts';
import { encodeScenario } from '../../../url/codec.ts';

/*
 * Drawn in HTML rather than Recharts: a stacked bar per offer is a row of proportional boxes, and
 * leaving out Recharts' Bar machinery keeps the whole app inside its 250 kB JavaScript budget.
 * Widths only scale the engine's line items for display; no money is computed here.
 */

const KIND_ORDER: LineKind[] = [
  'instances',
  'compute',
  'requests',
  'provisioned',
  'base-fee',
  'front-door',
  'load-balancer',
  'egress',
  'storage',
  'server-extra',
  'free-tier',
  'commitment',
];
const KIND_LABEL: Record<LineKind, string> = {
  instances: 'Instances',
  compute: 'Compute',
  requests: 'Requests',
  provisioned: 'Provisioned',
  'base-fee': 'Base fee',
  'front-door': 'Front door',
  'load-balancer': 'Load balancer',
  egress: 'Data out',
  storage: 'Storage',
  'server-extra': 'IPv4 and disk',
  'free-tier': 'Free tier (credit)',
  commitment: 'Commitment (saving)',
};

function order(a: LineItem, b: LineItem): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
}

/** Each offer's bill as stacked line items for the chosen horizon; credits hang left of zero. */
export function BreakdownChart({ calc }: { calc: ReadyCalculation }) {
  const { scenario, result, engine } = calc;
  const theme = useTheme();
  const h = scenario.horizon;
  // Offers that cannot run this workload (a hard limit) are left out, as in the other charts.
  const { priced: shown, cannotRun: leftOut } = rankResults(result);
  const rows = shown.map((r) => {
    const lines = engine.scaleLines(r.lines, h).sort(order);
    return {
      r,
      lines,
      pos: lines.filter((l) => l.usd > 0),
      neg: lines.filter((l) => l.usd < 0),
    };
  });
  // Scale: the largest positive stack and the largest credit share one axis.
  let maxPos = 0;
  let maxNeg = 0;
  for (const row of rows) {
    maxPos = Math.max(
      maxPos,
      row.pos.reduce((a, l) => a + l.usd, 0),
    );
    maxNeg = Math.max(maxNeg, -row.neg.reduce((a, l) => a + l.usd, 0));
  }
  const span = maxPos + maxNeg || 1;
  const zeroPct = (maxNeg / span) * 100;
  const kinds = [...new Set(rows.flatMap((row) => row.lines.map((l) => l.kind)))].sort(
    (a, b) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b),
  );

  return (
    <section
      className="card chart-card"
      aria-labelledby="bd-title"
      data-scenario={encodeScenario(scenario)}
    >
      <h2 id="bd-title">What each bill is made of</h2>
      <p className="hint">
        Line items per {h}, stacked; free-tier credits and commitment savings hang left of the zero
        line. The table below has every amount.
        {leftOut.length > 0
          ? ` Left out because ${leftOut.length === 1 ? 'it cannot' : 'they cannot'} run this workload: ${leftOut.map((r) => r.label).join(', ')}.`
          : null}
      </p>
      <ul className="breakdown" aria-label={`Line items per ${h} for each offer`}>
        {rows.map(({ r, pos, neg }) => (
          <li key={r.offerId} className={`bd-row bd-${r.family}`}>
            <span className="bd-name">{pickedName(r)}</span>
            <span className="bd-track">
              <span className="bd-zero" style={{ left: `${zeroPct}%` }} aria-hidden="true" />
              {neg.length > 0 ? (
                <span
                  className="bd-stack bd-neg"
                  style={{ right: `${100 - zeroPct}%` }}
                  aria-hidden="true"
                >
                  {neg.map((l) => (
                    <span
                      key={l.id}
                      className={`bd-seg k-${l.kind}`}
                      style={{
                        width: `${(-l.usd / span) * 100}cqw`,
                        background: breakdownColor(l.kind, r.family, theme),
                      }}
                      title={`${lineLabel(l, r)}: ${formatMoney(l.usd, calc.money)}`}
                    />
                  ))}
                </span>
              ) : null}
              <span className="bd-stack" style={{ left: `${zeroPct}%` }} aria-hidden="true">
                {pos.map((l) => (
                  <span
                    key={l.id}
                    className={`bd-seg k-${l.kind}`}
                    style={{
                      width: `${(l.usd / span) * 100}cqw`,
                      background: breakdownColor(l.kind, r.family, theme),
                    }}
                    title={`${lineLabel(l, r)}: ${formatMoney(l.usd, calc.money)}`}
                  />
                ))}
              </span>
            </span>
            <span className="bd-total money">{formatMoney(r.totals[h], calc.money)}</span>
            <span className="visually-hidden">
              {pos
                .concat(neg)
                .map((l) => `${lineLabel(l, r)} ${formatMoney(l.usd, calc.money)}`)
                .join(', ')}
            </span>
          </li>
        ))}
      </ul>
      <ul className="legend" aria-hidden="true">
        {kinds.map((k) => (
          <li key={k}>
            <span className={`bd-key k-${k}`}>
              <span style={{ background: breakdownColor(k, 'faas', theme) }} />
              <span style={{ background: breakdownColor(k, 'always-on', theme) }} />
            </span>
            {KIND_LABEL[k]}
          </li>
        ))}
      </ul>
      <details className="chart-summary">
        <summary>Line items as a table</summary>
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Line items of each offer per {h}</caption>
            <thead>
              <tr>
                <th scope="col">Offer and item</th>
                <th scope="col">Per {h}</th>
              </tr>
            </thead>
            <tbody>
              {rows.flatMap(({ r, lines }) => [
                <tr key={r.offerId}>
                  <th scope="row">
                    <strong>{pickedName(r)}</strong>
                  </th>
                  <td>
                    <strong>{formatMoney(r.totals[h], calc.money)}</strong>
                  </td>
                </tr>,
                ...lines.map((l) => (
                  <tr key={`${r.offerId}-${l.id}`}>
                    <th scope="row" className="indent">
                      {lineLabel(l, r)}
                    </th>
                    <td>{formatMoney(l.usd, calc.money)}</td>
                  </tr>
                )),
              ])}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
