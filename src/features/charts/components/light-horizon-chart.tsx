/**
 * The cost-over-time chart for the widget: the same card, data and layout as HorizonChart, its
 * plot drawn as a static SVG (static-line-plot.tsx: no Recharts, no hover read-out) until
 * `interactive`, then by Recharts. Only the plot changes, inside the same card, so nothing moves
 * and a focused horizon button keeps its focus.
 */
import { lazy, Suspense } from 'react';
import { formatMoney } from '../../../describe/format.ts';
import { HORIZON_HOURS } from '../../../engine/units.ts';
import { isEstimate } from '../../../lib/usable.ts';
import { HorizonCard, type HorizonCardProps } from './horizon-card.tsx';
import { hourLabel, ticksFor, useHorizonModel } from '../horizon-model.ts';
import { PLOT_MARGIN, Y_AXIS_WIDTH } from '../chart-rows.ts';
import { StaticLinePlot } from './static-line-plot.tsx';
import { stylesOf } from '../../../lib/palette.ts';

const HorizonPlot = lazy(() =>
  import('./horizon-chart.tsx').then((m) => ({ default: m.HorizonPlot })),
);

export default function LightHorizonChart({
  interactive,
  ...props
}: HorizonCardProps & {
  /** Draw with Recharts (hover read-out) rather than the static SVG. */
  interactive: boolean;
}) {
  const { calc } = props;
  const model = useHorizonModel(calc);
  const { h, series, yTicks, markers, rings } = model;
  // The static plot has only a linear axis from $0 up: a line below zero (a credit) takes Recharts.
  const plot =
    yTicks && yTicks.length > 1 ? (
      <StaticLinePlot
        margin={PLOT_MARGIN}
        yAxisWidth={Y_AXIS_WIDTH}
        xDomain={[0, HORIZON_HOURS[h]]}
        xTicks={ticksFor(h)}
        xLabel={(v) => hourLabel(v, h)}
        yTicks={yTicks}
        yLabel={(v) => formatMoney(v, calc.money, 'compact')}
        lines={series.map(({ r, points }) => ({
          id: r.offerId,
          color: stylesOf(calc).get(r.offerId)?.color ?? '#888',
          estimate: isEstimate(r),
          dotted: stylesOf(calc).get(r.offerId)?.dash === 'dotted',
          points: points.map((p) => ({ x: p.hour, y: p.usd })),
        }))}
        markers={markers}
        rings={rings}
      />
    ) : null;
  return (
    <HorizonCard {...props} model={model}>
      {interactive || !plot ? (
        <Suspense fallback={plot}>
          <HorizonPlot calc={calc} model={model} />
        </Suspense>
      ) : (
        plot
      )}
    </HorizonCard>
  );
}
