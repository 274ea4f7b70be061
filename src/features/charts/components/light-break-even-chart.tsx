/**
 * The break-even chart for the widget: the same card, data, layout and hover read-out as the
 * page's, its plot drawn as a static SVG (static-line-plot.tsx), without Recharts. The sweep is
 * worked out here, on the page's thread (a few milliseconds): the widget starts no worker for its
 * one chart.
 */
import { useMemo } from 'react';
import { sweep } from '../../../engine/breakeven.ts';
import { formatCount, formatMoney } from '../../../describe/format.ts';
import type { ReadyCalculation } from '../../../lib/calculation.ts';
import { isEstimate } from '../../../lib/usable.ts';
import { BreakEvenCard, BreakEvenFailed } from './break-even-card.tsx';
import {
  FLOOR_USD,
  SWEEP_POINTS,
  sweepKey,
  useBreakEvenModel,
  X_DOMAIN,
  X_TICKS,
} from '../break-even-model.ts';
import { colourOf, PLOT_MARGIN, quietIds, Y_AXIS_WIDTH } from '../chart-rows.ts';
import { TooltipList } from './chart-bits.tsx';
import type { SweepPoint } from '../../../engine/types.ts';
import { StaticLinePlot } from './static-line-plot.tsx';
import { stylesOf } from '../../../lib/palette.ts';

export default function LightBreakEvenChart({ calc }: { calc: ReadyCalculation }) {
  const { scenario, loaded } = calc;
  const key = sweepKey(scenario);
  const points = useMemo(() => {
    try {
      return sweep(scenario, loaded.catalog.offers, {
        points: SWEEP_POINTS,
        platform: loaded.platform,
      });
    } catch {
      return null;
    }
    // What the sweep depends on is named by key (break-even-model.ts) and loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, loaded]);
  if (points === null) return <BreakEvenFailed />;
  return <LightBreakEvenView calc={calc} points={points} />;
}

function LightBreakEvenView({
  calc,
  points,
}: {
  calc: ReadyCalculation;
  points: readonly SweepPoint[];
}) {
  const model = useBreakEvenModel(calc, points);
  const { shown, data, yTicks, markers, rings, workloadX, readoutAt } = model;
  const quiet = quietIds(shown);
  // Recharts' y domain: from a cent to the highest cost drawn ('auto' without nice ticks).
  const yMax = Math.max(
    FLOOR_USD,
    ...data.flatMap((row) =>
      shown.flatMap((r) => {
        const v = row[r.offerId];
        return v === undefined || !Number.isFinite(v) ? [] : [v];
      }),
    ),
  );
  return (
    <BreakEvenCard calc={calc} model={model} compact>
      <StaticLinePlot
        margin={PLOT_MARGIN}
        yAxisWidth={Y_AXIS_WIDTH}
        xScale="log"
        xDomain={X_DOMAIN}
        xTicks={X_TICKS}
        xLabel={(v) => formatCount(v)}
        yScale="log"
        yDomain={[FLOOR_USD, yMax]}
        yTicks={yTicks}
        yLabel={(v) => formatMoney(v, calc.money, 'compact')}
        yGrid={yTicks}
        lines={shown.map((r) => ({
          id: r.offerId,
          color: stylesOf(calc).get(r.offerId)?.color ?? '#888',
          estimate: isEstimate(r),
          dotted: stylesOf(calc).get(r.offerId)?.dash === 'dotted',
          quiet: quiet.has(r.offerId),
          points: data.map((row) => ({ x: row.x ?? 0, y: row[r.offerId] })),
        }))}
        markers={markers}
        rings={rings}
        vertical={{ x: workloadX, label: 'Your workload' }}
        clipLines
        readout={{
          rows: data,
          xKey: 'x',
          lines: shown.map((r) => ({ id: r.offerId, color: colourOf(stylesOf(calc), r.offerId) })),
          render: (row) => {
            const at = readoutAt(row);
            return at ? <TooltipList title={at.title} rows={at.rows} /> : null;
          },
        }}
      />
    </BreakEvenCard>
  );
}
