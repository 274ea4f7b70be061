import type { ReadyCalculation } from '../../../lib/calculation.ts';
import { LinePlot } from './line-plot.tsx';
import { ChartOverlay } from './chart-overlay.tsx';
import { HORIZON_HOURS } from '../../../engine/units.ts';
import { seriesBand } from '../../../engine/ranges.ts';
import { useSpreadResults } from '../../../lib/spread-results.ts';
import { ChartBands, type BandSeries } from './chart-bands.tsx';
import { HorizonCard, type HorizonCardProps } from './horizon-card.tsx';
import {
  hourLabel,
  readoutTitle,
  ticksFor,
  useHorizonModel,
  type HorizonModel,
} from '../horizon-model.ts';
import { colourOf } from '../chart-rows.ts';
import { stylesOf } from '../../../lib/palette.ts';

/** Cumulative cost through a day, a week or a month, drawn with Recharts (hover read-out, bands). */
export function HorizonChart({ calc, compact = false, horizonToggle = true }: HorizonCardProps) {
  const model = useHorizonModel(calc);
  const { h, series } = model;
  const styles = stylesOf(calc);
  // Each line's low–high over the spreads (worked out after the chart, src/lib/spread-results.ts).
  const spreads = useSpreadResults(calc, !compact);
  const ranges = spreads.fresh ? spreads.results?.ranges : undefined;
  const bands: BandSeries[] = ranges
    ? series.flatMap(({ r, points }) => {
        const range = ranges.get(r.offerId);
        return range
          ? [
              {
                key: r.offerId,
                color: colourOf(styles, r.offerId),
                points: seriesBand(points, range, h).map((p) => ({
                  x: p.hour,
                  low: p.lowUsd,
                  high: p.highUsd,
                })),
              },
            ]
          : [];
      })
    : [];
  return (
    <HorizonCard
      calc={calc}
      model={model}
      compact={compact}
      horizonToggle={horizonToggle}
      bands={bands.length}
    >
      <HorizonPlot calc={calc} model={model} bands={bands} />
    </HorizonCard>
  );
}

/** The cost-over-time plot in Recharts: lines, markers, rings, bands and the hover read-out. */
export function HorizonPlot({
  calc,
  model,
  bands = [],
}: {
  calc: ReadyCalculation;
  model: HorizonModel;
  bands?: readonly BandSeries[];
}) {
  const { h, shown, data, yTicks, markers, rings } = model;
  const styles = stylesOf(calc);
  return (
    <LinePlot
      data={data}
      xKey="hour"
      xDomain={[0, HORIZON_HOURS[h]]}
      xTicks={ticksFor(h)}
      xLabel={(v) => hourLabel(v, h)}
      yTicks={yTicks}
      money={calc.money}
      shown={shown}
      styles={styles}
      under={<ChartBands bands={bands} faint />}
      over={<ChartOverlay xGrid={ticksFor(h)} markers={markers} rings={rings} />}
      readout={{ title: (row) => readoutTitle(row.hour ?? 0, h) }}
    />
  );
}
