import { Fragment } from 'react';
import type { Horizon } from '../../../engine/scenario.ts';
import type { OfferResult } from '../../../engine/types.ts';
import { useCalculation } from '../../../lib/calculation.ts';
import { formatCount, formatDate, formatPercent, formatUsd } from '../../../lib/format.ts';
import { sortedResults } from '../export.ts';

const HORIZON_LABEL: Record<Horizon, string> = { day: 'Day', week: 'Week', month: 'Month' };

function Swatch({ color, family }: { color: string; family: string }) {
  return (
    <span
      className={`swatch swatch-${family}`}
      style={{ background: color, borderColor: color }}
      aria-hidden="true"
    />
  );
}

function Fleet({ r }: { r: OfferResult }) {
  if (!r.fleet) return <span className="muted">pay per use</span>;
  const f = r.fleet;
  const busy = f.averageCpuUtilization;
  return (
    <span>
      {f.fixed ? '' : 'avg '}
      {formatCount(f.fixed ? f.peakInstances : f.averageInstances)} × {f.instanceLabel}
      <br />
      <span className={busy < 0.2 ? 'util util-low' : 'util'}>
        <span className="util-bar" aria-hidden="true">
          <span style={{ width: `${Math.min(100, busy * 100)}%` }} />
        </span>
        {formatPercent(busy)} CPU
      </span>
    </span>
  );
}

const BADGE: Record<OfferResult['verification'], string> = {
  official: 'Official price',
  secondary: 'Secondary source',
  unverified: 'Unverified',
};

/** Every selected offer, cheapest first, with its line items, fleet, warnings and sources. */
export function ResultsTable() {
  const calc = useCalculation();
  if (calc.status !== 'ready') return null;
  const h = calc.scenario.horizon;
  const rows = sortedResults(calc.result);
  if (rows.length === 0) return null;

  return (
    <section className="card results" aria-labelledby="results-title">
      <h2 id="results-title">Every offer, cheapest first</h2>
      <div className="table-scroll">
        <table className="results-table">
          <caption className="visually-hidden">
            Cost per {h} and per month of each offer, with line items, fleet size, warnings and
            price sources
          </caption>
          <thead>
            <tr>
              <th scope="col">Offer</th>
              {h !== 'month' ? (
                <th scope="col" className="r">
                  {HORIZON_LABEL[h]}
                </th>
              ) : null}
              <th scope="col" className="r">
                Month
              </th>
              <th scope="col">Fleet and CPU</th>
              <th scope="col">Price source</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const st = calc.styles.get(r.offerId);
              return (
                <Fragment key={r.offerId}>
                  <tr className={`offer-row row-${r.family}`} data-offer-id={r.offerId}>
                    <th scope="row">
                      {st ? <Swatch color={st.color} family={r.family} /> : null}
                      {r.label}
                      <span className="kind-tag">
                        {r.family === 'faas'
                          ? 'FaaS'
                          : r.kind === 'autoscaled-container'
                            ? 'container'
                            : 'server'}
                      </span>
                    </th>
                    {h !== 'month' ? (
                      <td
                        className="r money"
                        data-col="horizon"
                        data-label={`${HORIZON_LABEL[h]}:`}
                      >
                        {r.available ? formatUsd(r.totals[h]) : '—'}
                      </td>
                    ) : null}
                    <td className="r money" data-col="month" data-label="Month:">
                      {r.available ? formatUsd(r.monthlyUsd) : '—'}
                    </td>
                    <td>{r.available ? <Fleet r={r} /> : null}</td>
                    <td className="source">
                      <a href={r.source} target="_blank" rel="noopener noreferrer">
                        {new URL(r.source).hostname.replace(/^www\./, '')}
                      </a>
                      <br />
                      <span className="muted">checked {formatDate(r.checkedOn)}</span>{' '}
                      <span className={`badge badge-${r.verification}`}>
                        {BADGE[r.verification]}
                      </span>
                    </td>
                  </tr>
                  {!r.available || r.warnings.length > 0 || r.lines.length > 0 ? (
                    <tr className="detail-row">
                      <td colSpan={h === 'month' ? 4 : 5}>
                        {!r.available ? (
                          <p className="warning">
                            {r.unavailableReason ?? 'Not priced in this region.'}
                          </p>
                        ) : null}
                        {r.warnings.length > 0 ? (
                          <ul className="warnings">
                            {r.warnings.map((w) => (
                              <li key={w.code + w.message} className={`warning sev-${w.severity}`}>
                                <span className="sev">
                                  {w.severity === 'info'
                                    ? 'Note'
                                    : w.severity === 'error'
                                      ? 'Cannot run'
                                      : 'Warning'}
                                  :
                                </span>{' '}
                                {w.message}
                              </li>
                            ))}
                          </ul>
                        ) : null}
                        {r.available && r.lines.length > 0 ? (
                          <details>
                            <summary>Line items for {r.label} (per month)</summary>
                            <table className="lines">
                              <tbody>
                                {r.lines.map((l) => (
                                  <tr key={l.id}>
                                    <th scope="row">{l.label}</th>
                                    <td className="r money">{formatUsd(l.usd)}</td>
                                    <td className="muted">{l.detail}</td>
                                  </tr>
                                ))}
                              </tbody>
                            </table>
                          </details>
                        ) : null}
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
