/**
 * The cost-over-time chart for the widget: the same card, data, layout and hover read-out as
 * HorizonChart, its plot drawn as a static SVG (static-line-plot.tsx), without Recharts. Only a
 * line below zero (a credit), which the static plot's axis from 0 cannot show, takes Recharts.
 */
import { lazy, Suspense } from 'react';
import { formatMoney } from '../../../describe/format.ts';
import { HORIZON_HOURS } from '../../../engine/units.ts';
import { isEstimate } from '../../../lib/usable.ts';
import { HorizonCard, type HorizonCardProps } from './horizon-card.tsx';
import { hourLabel, readoutTitle, ticksFor, useHorizonModel } from '../horizon-model.ts';
import { colourOf, offerRowsAt, PLOT_MARGIN, quietIds, Y_AXIS_WIDTH } from '../chart-rows.ts';
import { TooltipList } from './chart-bits.tsx';
import { StaticLinePlot } from './static-line-plot.tsx';
import { stylesOf } from '../../../lib/palette.ts';

const HorizonPlot = lazy(() =>
  import('./horizon-chart.tsx').then((m) => ({ default: m.HorizonPlot })),
);

export default function LightHorizonChart(props: HorizonCardProps) {
  const { calc } = props;
  const model = useHorizonModel(calc);
  const { h, shown, series, data, yTicks, markers, rings } = model;
  const quiet = quietIds(shown);
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
          quiet: quiet.has(r.offerId),
          points: points.map((p) => ({ x: p.hour, y: p.usd })),
        }))}
        markers={markers}
        rings={rings}
        readout={{
          rows: data,
          xKey: 'hour',
          lines: shown.map((r) => ({ id: r.offerId, color: colourOf(stylesOf(calc), r.offerId) })),
          render: (row) => (
            <TooltipList
              title={readoutTitle(row.hour ?? 0, h)}
              rows={offerRowsAt(row, shown, stylesOf(calc))}
            />
          ),
        }}
      />
    ) : null;
  return (
    <HorizonCard {...props} model={model}>
      {plot ?? (
        <Suspense fallback={null}>
          <HorizonPlot calc={calc} model={model} />
        </Suspense>
      )}
    </HorizonCard>
  );
}
