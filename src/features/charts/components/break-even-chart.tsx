import { useMemo } from 'react';
import { sweep } from '../../../engine/breakeven.ts';
import type { ReadyCalculation } from '../../../lib/calculation.ts';
import { rankResults } from '../../../engine/ranking.ts';
import { formatCount, formatMoney, usdOf } from '../../../describe/format.ts';
import { breakEvenText } from '../../../describe/results.ts';
import { ChartBox, TooltipList } from './chart-bits.tsx';
import { LinePlot } from './line-plot.tsx';
import { ChartOverlay, type OverlayRing } from './chart-overlay.tsx';
import { colourOf, lineMarkers } from '../chart-rows.ts';
import { encodeScenario } from '../../../url/codec.ts';
import { inputValues, TODAY, valuesAt } from '../../../engine/ranges.ts';
import { useSpreadResults, type SpreadResults } from '../../../lib/spread-results.ts';
import { useChartAnswer } from '../../../lib/chart-answers.ts';
import { pricedScenario } from '../../../lib/priced-scenario.ts';
import { bandKey } from '../../../lib/spread-work.ts';
import type { SweepPoint } from '../../../engine/types.ts';
import { ChartBands, type BandSeries } from './chart-bands.tsx';

/** The log y axis cannot show $0: costs below a cent are drawn at a cent (tooltips show the truth). */
const FLOOR_USD = 0.01;
const X_TICKS = [1e2, 1e4, 1e6, 1e8, 1e10, 1e12];
const TABLE_AT = [1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12];

/** Volumes the chart's lines are drawn at: 24 a decade from 100 to 10¹² a month. */
const SWEEP_POINTS = 241;

/**
 * Monthly cost of every offer against requests a month, with crossings and today's workload. The
 * sweep (every offer at every volume) is worked out in the spread worker after an edit
 * (lib/chart-answers.ts); until it comes, the chart stays as it was, for the scenario it was drawn
 * for.
 */
export function BreakEvenChart({
  calc,
  compact = false,
}: {
  calc: ReadyCalculation;
  /** The widget's variant: no explanatory paragraphs (the summary and table stay). */
  compact?: boolean;
}) {
  const { scenario, loaded } = calc;
  // The sweep spans every volume, so it ignores the workload's own volume and the horizon:
  // editing "N requests" moves only the marker, not the 241 × offers costs.
  const sweepKey = JSON.stringify({ ...scenario, workload: null, horizon: null, currency: null });
  const { value: points, shownFor: shown } = useChartAnswer(
    loaded,
    sweepKey,
    () => ({ kind: 'sweep', scenario, points: SWEEP_POINTS }),
    () =>
      sweep(scenario, loaded.catalog.offers, { points: SWEEP_POINTS, platform: loaded.platform }),
    calc,
  );
  // The bands are asked for the scenario in the inputs (one computation the table and verdict share).
  const spreads = useSpreadResults(calc, !compact);
  if (points === null)
    return (
      <section className="card chart-card" aria-labelledby="be-title">
        <h2 id="be-title">Where the answer flips</h2>
        <p className="hint">The break-even chart could not be worked out for this scenario.</p>
      </section>
    );
  return (
    <BreakEvenView
      calc={shown}
      points={points}
      compact={compact}
      spreads={compact ? null : spreads.results}
    />
  );
}

function BreakEvenView({
  calc,
  points,
  compact,
  spreads,
}: {
  /** The calculation the sweep goes with: the one in the inputs, or the last while a sweep is on its way. */
  calc: ReadyCalculation;
  points: readonly SweepPoint[];
  compact: boolean;
  spreads: SpreadResults | null;
}) {
  const { scenario, result, styles, money } = calc;
  // Only priced offers are drawn: those a hard limit stops, or unpriced here, are left out.
  const ranking = rankResults(result);
  const shown = ranking.priced;
  const data = useMemo(
    () =>
      points.map((p) => {
        const row: Record<string, number> = { x: p.requestsPerMonth };
        for (const [id, usd] of Object.entries(p.usd)) row[id] = Math.max(usd, FLOOR_USD);
        return row;
      }),
    [points],
  );
  const yTicks = useMemo(() => {
    const maxY = Math.max(
      1,
      ...points.flatMap((p) => Object.values(p.usd)).filter((v) => Number.isFinite(v)),
    );
    // Round values in the shown currency (€0.01, €1, €100…), placed at their USD equivalent.
    const ticks: number[] = [];
    for (let t = FLOOR_USD; usdOf(t, money) <= maxY * 10; t *= 100) ticks.push(usdOf(t, money));
    return ticks;
  }, [points, money]);
  const shownIds = new Set(shown.map((r) => r.offerId));
  // Pairs of priced offers; the words below and the rings use only these.
  const pairs = ranking.breakEven;
  const crossings = pairs.filter(
    (b) => b.status === 'crosses' && b.requestsPerMonth !== null && b.faasMonthlyUsd !== null,
  );
  // Markers every 40th point (offset per offer), so lines differ without colour.
  const markers = lineMarkers(shown, styles, data, 'x', { every: 40, offset: 7 });
  const rings: OverlayRing[] = crossings.map((b) => ({
    key: `${b.faasOfferId}-${b.alwaysOnOfferId}`,
    x: b.requestsPerMonth ?? 0,
    y: Math.max(FLOOR_USD, b.faasMonthlyUsd ?? FLOOR_USD),
    color: colourOf(styles, b.faasOfferId),
  }));
  // Bands: each line's low–high as duration and CPU time move across their spreads (worked out
  // after the chart, src/lib/spread-results.ts); a band spans every volume, so it stays while only
  // the volume changes. The strip: today's traffic across its spread.
  const band =
    spreads && spreads.loaded === calc.loaded && spreads.bandFor === bandKey(pricedScenario(calc))
      ? spreads.band
      : undefined;
  const bands: BandSeries[] = band
    ? shown.map((r) => ({
        key: r.offerId,
        color: colourOf(styles, r.offerId),
        points: band.flatMap((p) => {
          const low = p.lowUsd[r.offerId];
          const high = p.highUsd[r.offerId];
          return low === undefined || high === undefined
            ? []
            : [
                {
                  x: p.requestsPerMonth,
                  low: Math.max(low, FLOOR_USD),
                  high: Math.max(high, FLOOR_USD),
                },
              ];
        }),
      }))
    : [];
  const trafficSpread = scenario.spread.trafficPct / 100;
  const trafficRange =
    compact || !(trafficSpread > 0)
      ? undefined
      : {
          from: valuesAt(inputValues(scenario), { ...TODAY, traffic: 1 - trafficSpread })
            .requestsPerMonth,
          to: valuesAt(inputValues(scenario), { ...TODAY, traffic: 1 + trafficSpread })
            .requestsPerMonth,
        };
  const labelOf = (id: string) => result.results.find((r) => r.offerId === id)?.label ?? id;
  const tableRows = TABLE_AT.map((x) => {
    let best = points[0];
    for (const p of points)
      if (
        best &&
        Math.abs(Math.log(p.requestsPerMonth / x)) < Math.abs(Math.log(best.requestsPerMonth / x))
      )
        best = p;
    return best;
  }).filter((p) => p !== undefined);

  return (
    <section
      className="card chart-card"
      aria-labelledby="be-title"
      data-scenario={encodeScenario(scenario)}
      data-bands={bands.length > 0 ? bands.length : undefined}
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
        <LinePlot
          data={data}
          xKey="x"
          xDomain={[100, 1e12]}
          xTicks={X_TICKS}
          xLabel={(v) => formatCount(v)}
          yTicks={yTicks}
          yDomain={[FLOOR_USD, 'auto']}
          log
          connectNulls
          money={money}
          shown={shown}
          styles={styles}
          under={<ChartBands bands={bands} xRange={trafficRange} />}
          over={
            <ChartOverlay
              xGrid={X_TICKS}
              yGrid={yTicks}
              markers={markers}
              rings={rings}
              vertical={{
                x: Math.max(100, Math.min(1e12, result.requestsPerMonth)),
                label: 'Your workload',
              }}
            />
          }
          readout={(row) => {
            const x = row.x;
            const p = points.find((q) => q.requestsPerMonth === x);
            if (x === undefined || !p) return null;
            return (
              <TooltipList
                title={`${formatCount(x)} requests a month`}
                rows={Object.entries(p.usd)
                  .filter(([id]) => shownIds.has(id))
                  .map(([id, usd]) => ({
                    id,
                    usd,
                    label: labelOf(id),
                    color: colourOf(styles, id),
                  }))}
              />
            );
          }}
        />
      </ChartBox>
      {compact ? null : <p className="hint">Dashed lines: unverified prices (estimates).</p>}
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
