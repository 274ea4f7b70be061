import { sweep } from '../../../engine/breakeven.ts';
import type { ReadyCalculation } from '../../../lib/calculation.ts';
import { formatCount } from '../../../describe/format.ts';
import { TooltipList } from './chart-bits.tsx';
import { LinePlot } from './line-plot.tsx';
import { ChartOverlay } from './chart-overlay.tsx';
import { colourOf } from '../chart-rows.ts';
import { inputValues, TODAY, valuesAt } from '../../../engine/ranges.ts';
import { useSpreadResults, type SpreadResults } from '../../../lib/spread-results.ts';
import { useChartAnswer } from '../../../lib/chart-answers.ts';
import { pricedScenario } from '../../../lib/priced-scenario.ts';
import { bandKey } from '../../../lib/spread-work.ts';
import type { SweepPoint } from '../../../engine/types.ts';
import { ChartBands, type BandSeries } from './chart-bands.tsx';
import { BreakEvenCard, BreakEvenFailed } from './break-even-card.tsx';
import {
  FLOOR_USD,
  SWEEP_POINTS,
  sweepKey,
  useBreakEvenModel,
  X_DOMAIN,
  X_TICKS,
  type BreakEvenModel,
} from '../break-even-model.ts';
import { stylesOf } from '../../../lib/palette.ts';

/**
 * Monthly cost of every offer against requests a month, with crossings and today's workload. The
 * sweep (every offer at every volume) is worked out in the spread worker after an edit
 * (lib/chart-answers.ts); until it comes, the chart stays as it was, for the scenario it was drawn
 * for.
 */
export function BreakEvenChart({ calc }: { calc: ReadyCalculation }) {
  const { scenario, loaded } = calc;
  const { value: points, shownFor: shown } = useChartAnswer(
    loaded,
    sweepKey(scenario),
    () => ({ kind: 'sweep', scenario, points: SWEEP_POINTS }),
    () =>
      sweep(scenario, loaded.catalog.offers, { points: SWEEP_POINTS, platform: loaded.platform }),
    calc,
  );
  // The bands are asked for the scenario in the inputs (one computation the table and verdict share).
  const spreads = useSpreadResults(calc, true);
  if (points === null) return <BreakEvenFailed />;
  return <BreakEvenView calc={shown} points={points} spreads={spreads.results} />;
}

function BreakEvenView({
  calc,
  points,
  spreads,
}: {
  /** The calculation the sweep goes with: the one in the inputs, or the last while a sweep is on its way. */
  calc: ReadyCalculation;
  points: readonly SweepPoint[];
  spreads: SpreadResults | null;
}) {
  const { scenario } = calc;
  const styles = stylesOf(calc);
  const model = useBreakEvenModel(calc, points);
  const { shown } = model;
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
    trafficSpread > 0
      ? {
          from: valuesAt(inputValues(scenario), { ...TODAY, traffic: 1 - trafficSpread })
            .requestsPerMonth,
          to: valuesAt(inputValues(scenario), { ...TODAY, traffic: 1 + trafficSpread })
            .requestsPerMonth,
        }
      : undefined;
  return (
    <BreakEvenCard calc={calc} model={model} compact={false} bands={bands.length}>
      <BreakEvenPlot calc={calc} model={model} bands={bands} trafficRange={trafficRange} />
    </BreakEvenCard>
  );
}

/** The break-even plot in Recharts: lines, markers, rings, bands and the hover read-out. */
export function BreakEvenPlot({
  calc,
  model,
  bands = [],
  trafficRange,
}: {
  calc: ReadyCalculation;
  model: BreakEvenModel;
  bands?: readonly BandSeries[];
  trafficRange?: { from: number; to: number } | undefined;
}) {
  const { money } = calc;
  const styles = stylesOf(calc);
  const { shown, data, yTicks, markers, rings, workloadX, readoutAt } = model;
  return (
    <LinePlot
      data={data}
      xKey="x"
      xDomain={[...X_DOMAIN]}
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
          vertical={{ x: workloadX, label: 'Your workload' }}
        />
      }
      readout={(row) => {
        const at = readoutAt(row);
        return at ? <TooltipList title={at.title} rows={at.rows} /> : null;
      }}
    />
  );
}
