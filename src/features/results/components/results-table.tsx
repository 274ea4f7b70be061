import { Fragment, memo } from 'react';
import type { Horizon } from '../../../engine/scenario.ts';
import type { OfferResult } from '../../../engine/types.ts';
import { useCalculation, useMoney, type ReadyCalculation } from '../../../lib/calculation.ts';
import { useInOwnTask } from '../../../lib/own-task.ts';
import {
  formatCount,
  formatDate,
  formatInteger,
  formatPercent,
  formatRate,
  formatMoney,
  describeRate,
  type Money,
} from '../../../describe/format.ts';
import {
  avoidLabel,
  avoidNote,
  coldStartNote,
  instanceLabel,
  lineDetail,
  lineLabel,
  statusText,
  warningText,
} from '../../../describe/results.ts';
import { pickedName } from '../../../describe/picked-name.ts';
import { rankResults } from '../../../engine/ranking.ts';
import { rangeText } from '../../../describe/ranges.ts';
import { noSpread, type CostRange } from '../../../engine/ranges.ts';
import { useSpreadResults } from '../../../lib/spread-results.ts';
import { isEstimate, kindLabel, SEVERITY_LABEL } from '../../../lib/usable.ts';
import { LineKey } from '../../../lib/ui/line-key.tsx';
import { stylesOf } from '../../../lib/palette.ts';

const HORIZON_LABEL: Record<Horizon, string> = { day: 'Day', week: 'Week', month: 'Month' };

/**
 * A cost cell. An offer that cannot run this workload says so; its priced figure stays beside it,
 * de-emphasised, because it is not a price anyone could pay for this workload.
 */
function CostCell({ r, usd, money }: { r: OfferResult; usd: number; money: Money }) {
  const status = r.status;
  if (status === 'unavailable') return <>—</>;
  if (status === 'priced') return <>{formatMoney(usd, money)}</>;
  return (
    <>
      <span className="cannot-run-tag">Cannot run</span>{' '}
      <span className="priced-anyway">priced at {formatMoney(usd, money)}</span>
    </>
  );
}

/**
 * An offer's monthly low–high over the spreads: "$9.80–$15.10", in its own column (the month's
 * figure stays as it was). Filled once worked out for this scenario, after the table itself
 * (src/lib/spread-results.ts); a cost the spreads do not move reads "no change".
 */
function RangeCell({ range, money }: { range: CostRange | undefined; money: Money }) {
  if (!range) return null;
  return formatMoney(range.lowUsd, money) === formatMoney(range.highUsd, money) ? (
    <span className="muted">no change</span>
  ) : (
    <>{rangeText(range, money)}</>
  );
}

function Fleet({ r }: { r: OfferResult }) {
  if (!r.fleet) return <span className="muted">pay per use</span>;
  const f = r.fleet;
  const busy = f.averageCpuUtilization;
  return (
    <span>
      {f.fixed ? '' : 'avg '}
      {formatCount(f.fixed ? f.peakInstances : f.averageInstances)} × {instanceLabel(f)}
      <br />
      <span className={busy < 0.2 ? 'util util-low' : 'util'}>
        <span className="util-bar" aria-hidden="true">
          <span style={{ width: `${Math.min(100, busy * 100)}%` }} />
        </span>
        {formatPercent(busy)} CPU
      </span>
      {f.fixed && f.idleInstanceShare !== undefined && f.idleInstanceShare > 0 ? (
        <>
          <br />
          <span className="muted idle-share">
            peak-sized fleet idle {formatPercent(f.idleInstanceShare)} of the time
          </span>
        </>
      ) : null}
    </span>
  );
}

const KEEP_ALIVE_BASIS: Record<NonNullable<OfferResult['coldStart']>['keepAliveBasis'], string> = {
  user: 'yours',
  estimate: 'an estimate',
  published: 'published',
};

/** Cold starts of one FaaS offer: how many, the latency, the billed start-up, what avoiding costs. */
function ColdStartNote({ r }: { r: OfferResult }) {
  const money = useMoney();
  const cs = r.coldStart;
  if (!cs) return null;
  const avoid = cs.avoid;
  return (
    <div className="cold-start-note">
      <p className="faas-props-row">
        <strong>Cold starts:</strong> {coldStartNote(cs)}{' '}
        {cs.coldStartsPerMonth > 0 ? (
          <span className="muted">
            {formatPercent(cs.coldShare)} of requests start cold
            {cs.keepAliveMinutes !== null
              ? `; idle keep-alive ${formatRate(cs.keepAliveMinutes)} min (${KEEP_ALIVE_BASIS[cs.keepAliveBasis]})`
              : ''}
            ; start-up {formatInteger(cs.initMs)} ms.
          </span>
        ) : null}
        {cs.initBilled && cs.usdPerMonth > 0 ? (
          <>
            {' '}
            Billed start-up time:{' '}
            <span className="money">{formatMoney(cs.usdPerMonth, money)}</span> a month (
            {cs.includedInTotal ? 'in the total' : 'not in the total'}).
          </>
        ) : null}
      </p>
      {avoid && cs.coldStartsPerMonth > 0 ? (
        <p className="faas-props-row avoid-note">
          {avoid.usdPerMonth === null ? (
            <>Avoiding it: {avoidNote(avoid, r)}</>
          ) : avoid.usdPerMonth >= 0 ? (
            <>
              Avoiding it costs{' '}
              <strong className="money">{formatMoney(avoid.usdPerMonth, money)}</strong> a month
              more ({avoidLabel(avoid)}, {formatInteger(avoid.instances)} kept warm).
            </>
          ) : (
            <>
              Keeping {formatInteger(avoid.instances)} warm ({avoidLabel(avoid)}) would lower the
              bill by <strong className="money">{formatMoney(-avoid.usdPerMonth, money)}</strong> a
              month.
            </>
          )}
        </p>
      ) : null}
    </div>
  );
}

const BADGE: Record<OfferResult['verification'], string> = {
  official: 'Official price',
  secondary: 'Secondary source',
  unverified: 'Unverified',
};

/** Every selected offer, cheapest first, with its line items, fleet, warnings and sources. */
export function ResultsTable() {
  // Redrawn in a task of its own after the verdict's (lib/own-task.ts).
  const calc = useInOwnTask(useCalculation());
  if (calc.status !== 'ready') return null;
  return <ReadyTable calc={calc} />;
}

const ReadyTable = memo(function ReadyTable({ calc }: { calc: ReadyCalculation }) {
  const spreads = useSpreadResults(calc);
  const h = calc.scenario.horizon;
  const money = calc.money;
  const rate = describeRate(money);
  const ranking = rankResults(calc.result);
  const rows = ranking.ordered;
  if (rows.length === 0) return null;
  const blocked = ranking.cannotRun;
  const ranges = spreads.fresh ? spreads.results?.ranges : undefined;
  // The range column is there whenever an input has a spread, so it does not come and go on edits.
  const withRange = !noSpread(calc.scenario.spread);

  return (
    <section className="card results" aria-labelledby="results-title">
      <h2 id="results-title">Every offer, cheapest first</h2>
      {blocked.length > 0 ? (
        <p className="hint cannot-run-note">
          {blocked.map((r) => r.label).join(', ')} cannot run this workload, so{' '}
          {blocked.length === 1 ? 'it comes' : 'they come'} after every offer that can; the reason
          is under each.
        </p>
      ) : null}
      {rate && money.rate ? (
        <p className="rate-note muted">
          In {money.currency}{' '}
          <a
            href={money.rate.source}
            target="_blank"
            rel="noopener noreferrer"
            title={`Source: ${money.rate.source}`}
          >
            {rate}
          </a>
          ; computed in USD.
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="results-table">
          <caption className="visually-hidden">
            {h === 'month' ? 'Cost per month' : `Cost per ${h} and per month`} of each offer,
            cheapest first and those that cannot run this workload last, with each month’s low–high
            over the spreads, line items, fleet size, warnings and price sources
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
              {withRange ? (
                <th scope="col" className="r">
                  <abbr title="The month's lowest and highest cost as traffic, duration and CPU time move across their spreads">
                    Low–high
                  </abbr>
                </th>
              ) : null}
              <th scope="col">Fleet and CPU</th>
              <th scope="col">Price source</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const st = stylesOf(calc).get(r.offerId);
              const noRun = r.status === 'cannot-run';
              // Hard limits first: they are why the figure above is not a price.
              const warnings = [...r.warnings].sort(
                (a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'),
              );
              return (
                <Fragment key={r.offerId}>
                  <tr
                    className={`offer-row row-${r.family}${noRun ? ' row-cannot-run' : ''}`}
                    data-offer-id={r.offerId}
                    data-can-run={r.available ? (noRun ? 'no' : 'yes') : undefined}
                  >
                    <th scope="row">
                      {st ? (
                        <LineKey
                          className="swatch"
                          color={st.color}
                          marker={st.marker}
                          dash={st.dash}
                          estimate={isEstimate(r)}
                        />
                      ) : null}
                      {pickedName(r)}
                      <span className="kind-tag">{kindLabel(r)}</span>
                    </th>
                    {h !== 'month' ? (
                      <td
                        className="r money"
                        data-col="horizon"
                        data-label={`${HORIZON_LABEL[h]}:`}
                      >
                        <CostCell r={r} usd={r.totals[h]} money={money} />
                      </td>
                    ) : null}
                    <td className="r money" data-col="month" data-label="Month:">
                      <CostCell r={r} usd={r.monthlyUsd} money={money} />
                    </td>
                    {withRange ? (
                      <td className="r cost-range" data-col="range" data-label="Low–high:">
                        {r.status === 'priced' ? (
                          <RangeCell range={ranges?.get(r.offerId)} money={money} />
                        ) : null}
                      </td>
                    ) : null}
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
                      {r.offer.listedIn ? (
                        <>
                          <br />
                          <span className="muted">
                            listed in {r.offer.listedIn.currency}, at {r.offer.listedIn.usdPerUnit}{' '}
                            USD/{r.offer.listedIn.currency} on {formatDate(r.offer.listedIn.asOf)}
                          </span>
                        </>
                      ) : null}
                    </td>
                  </tr>
                  {!r.available || r.warnings.length > 0 || r.lines.length > 0 || r.coldStart ? (
                    <tr className={`detail-row${noRun ? ' detail-cannot-run' : ''}`}>
                      <td colSpan={(h === 'month' ? 4 : 5) + (withRange ? 1 : 0)}>
                        {!r.available ? (
                          <p className="warning">
                            {statusText(r, money) ?? 'Not priced in this region.'}
                          </p>
                        ) : null}
                        {r.available ? <ColdStartNote r={r} /> : null}
                        {warnings.length > 0 ? (
                          <ul className="warnings">
                            {warnings.map((w) => (
                              <li
                                key={w.code + JSON.stringify(w.params)}
                                className={`warning sev-${w.severity}`}
                              >
                                <span className="sev">{SEVERITY_LABEL[w.severity]}:</span>{' '}
                                {warningText(w, r, money)}
                              </li>
                            ))}
                          </ul>
                        ) : null}
                        {r.available && r.lines.length > 0 ? (
                          <details>
                            <summary>Line items for {pickedName(r)} (per month)</summary>
                            <table className="lines">
                              <tbody>
                                {r.lines.map((l) => (
                                  <tr key={l.id}>
                                    <th scope="row">{lineLabel(l, r)}</th>
                                    <td className="r money">{formatMoney(l.usd, money)}</td>
                                    <td className="muted">{lineDetail(l, money)}</td>
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
});
