import { LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { ReadyCalculation } from '../../../lib/calculation.ts';
import { formatMoney } from '../../../describe/format.ts';
import { TooltipList } from './chart-bits.tsx';
import { offerLines } from './offer-lines.tsx';
import { HoverReadout } from './hover-readout.tsx';
import { ChartOverlay } from './chart-overlay.tsx';
import { HORIZON_HOURS } from '../../../engine/units.ts';
import { seriesBand } from '../../../engine/ranges.ts';
import { useSpreadResults } from '../../../lib/spread-results.ts';
import { ChartBands, type BandSeries } from './chart-bands.tsx';
import { HorizonCard, type HorizonCardProps } from './horizon-card.tsx';
import {
  hourLabel,
  PLOT_MARGIN,
  readoutTitle,
  ticksFor,
  useHorizonModel,
  Y_AXIS_WIDTH,
  type HorizonModel,
} from '../horizon-model.ts';

/** Cumulative cost through a day, a week or a month, drawn with Recharts (hover read-out, bands). */
export function HorizonChart({ calc, compact = false, horizonToggle = true }: HorizonCardProps) {
  const model = useHorizonModel(calc);
  const { h, series } = model;
  const { styles } = calc;
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
                color: styles.get(r.offerId)?.color ?? 'currentColor',
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
  const { styles } = calc;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={PLOT_MARGIN} accessibilityLayer={false}>
        <XAxis
          dataKey="hour"
          type="number"
          domain={[0, HORIZON_HOURS[h]]}
          ticks={ticksFor(h)}
          tickFormatter={(v: number) => hourLabel(v, h)}
        />
        <YAxis
          tickFormatter={(v: number) => formatMoney(v, calc.money, 'compact')}
          width={Y_AXIS_WIDTH}
          {...(yTicks ? { ticks: yTicks, domain: [0, yTicks[yTicks.length - 1] ?? 'auto'] } : {})}
        />
        <ChartBands bands={bands} faint />
        {offerLines(shown, styles)}
        <ChartOverlay xGrid={ticksFor(h)} markers={markers} rings={rings} />
        <HoverReadout
          rows={data}
          xKey="hour"
          lines={shown.map((r) => ({
            id: r.offerId,
            color: styles.get(r.offerId)?.color ?? 'currentColor',
          }))}
          render={(row) => (
            <TooltipList
              title={readoutTitle(row.hour ?? 0, h)}
              rows={shown.map((r) => ({
                id: r.offerId,
                label: r.label,
                usd: row[r.offerId] ?? 0,
                color: styles.get(r.offerId)?.color ?? 'currentColor',
              }))}
            />
          )}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
