import type { ReactNode } from 'react';
import { LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { AxisDomain } from 'recharts';
import { formatMoney, type Money } from '../../../describe/format.ts';
import type { OfferResult } from '../../../engine/types.ts';
import type { OfferStyle } from '../../../lib/palette.ts';
import { colourOf, offerRowsAt, PLOT_MARGIN, Y_AXIS_WIDTH, type ChartRow } from '../chart-rows.ts';
import { TooltipList } from './chart-bits.tsx';
import { HoverReadout } from './hover-readout.tsx';
import { offerLines } from './offer-lines.tsx';

/** Both axes on log scales, drawing what falls outside their domains at the edge. */
const LOG_AXIS = { scale: 'log', allowDataOverflow: true } as const;

/**
 * What the line charts draw in Recharts (cost over a horizon, as traffic grows, where the answer
 * flips): a line chart with the common margins, a number x axis, a money y axis in compact
 * amounts, one line per offer shown between what is drawn `under` and `over` them, and the hover
 * read-out. The box, its text alternative and the legend are ChartBox's (chart-bits.tsx). Recharts
 * reads axes and lines from the chart's own children, so they are written here, not passed in.
 */
export function LinePlot({
  data,
  xKey,
  xDomain,
  xTicks,
  xLabel,
  yTicks,
  yDomain,
  log = false,
  logY = false,
  connectNulls = false,
  money,
  shown,
  styles,
  under,
  over,
  readout,
  readoutRows,
}: {
  data: readonly ChartRow[];
  /** The x's key in each row. */
  xKey: string;
  xDomain: AxisDomain;
  xTicks: readonly number[];
  xLabel: (v: number) => string;
  /** The money axis's ticks (none: Recharts' own); its domain runs from 0 to the last unless given. */
  yTicks: readonly number[] | undefined;
  yDomain?: AxisDomain;
  /** Log scales on both axes (the break-even sweep). */
  log?: boolean;
  /** A log scale on the money axis only (moneyAxisOf chose it; the rows are plotRows'). */
  logY?: boolean;
  /** What the read-out reads at each row, when the plotted rows are not the amounts (plotRows). */
  readoutRows?: readonly ChartRow[];
  /** Draw a line across a missing value (the sweep's gaps). */
  connectNulls?: boolean;
  money: Money;
  shown: readonly OfferResult[];
  styles: ReadonlyMap<string, OfferStyle>;
  /** Drawn under the lines (the low–high bands). */
  under?: ReactNode;
  /** Drawn over the lines (grid, markers, rings, a vertical line). */
  over?: ReactNode;
  /**
   * The read-out at the row under the pointer: its own, or a title above each offer's value there.
   */
  readout: ((row: ChartRow) => ReactNode) | { title: (row: ChartRow) => string };
}) {
  const amountsAt = (row: ChartRow) => readoutRows?.[data.indexOf(row)] ?? row;
  const render =
    typeof readout === 'function'
      ? (row: ChartRow) => readout(amountsAt(row))
      : (row: ChartRow) => (
          <TooltipList
            title={readout.title(row)}
            rows={offerRowsAt(amountsAt(row), shown, styles)}
          />
        );
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={PLOT_MARGIN} accessibilityLayer={false}>
        <XAxis
          dataKey={xKey}
          type="number"
          domain={xDomain}
          ticks={xTicks}
          tickFormatter={xLabel}
          {...(log ? LOG_AXIS : {})}
        />
        <YAxis
          tickFormatter={(v: number) => formatMoney(v, money, 'compact')}
          width={Y_AXIS_WIDTH}
          {...(yTicks
            ? { ticks: yTicks, domain: yDomain ?? [0, yTicks[yTicks.length - 1] ?? 'auto'] }
            : {})}
          {...(log || logY ? LOG_AXIS : {})}
        />
        {under}
        {offerLines(shown, styles, { connectNulls })}
        {over}
        <HoverReadout
          rows={data}
          xKey={xKey}
          lines={shown.map((r) => ({ id: r.offerId, color: colourOf(styles, r.offerId) }))}
          render={render}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
