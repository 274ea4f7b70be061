/**
 * The line charts' rows, and what every chart reads from them the same way: the plot's margins,
 * the money axis's round ticks and the markers along the lines. Shared by the
 * Recharts plot (components/line-plot.tsx) and the widget's static one (static-line-plot.tsx), so
 * nothing here imports Recharts.
 */
import { convertUsd, linearMoneyTicks, usdOf, type Money } from '../../describe/format.ts';
import type { OfferResult } from '../../engine/types.ts';
import type { OfferStyle } from '../../lib/palette.ts';
import type { OverlayMarker } from './components/chart-overlay.tsx';
import type { TooltipRow } from './components/chart-bits.tsx';

/** A chart's data: one row per x, under the x's key and each offer's id. */
export type ChartRow = Readonly<Record<string, number | undefined>>;

/** The plot's margins and y-axis width, the same in the Recharts plot and the static one. */
export const PLOT_MARGIN = { top: 12, right: 16, bottom: 4, left: 4 } as const;
export const Y_AXIS_WIDTH = 56;

/** An offer's line colour (the text's colour for an offer without a style). */
export function colourOf(styles: ReadonlyMap<string, OfferStyle>, offerId: string): string {
  return styles.get(offerId)?.color ?? 'currentColor';
}

/** Every offer's amount in the rows (not the x). */
function valuesOf(data: readonly ChartRow[], xKey: string): number[] {
  return data.flatMap((row) =>
    Object.entries(row).flatMap(([k, v]) =>
      k !== xKey && v !== undefined && Number.isFinite(v) ? [v] : [],
    ),
  );
}

/**
 * Round ticks of a linear money axis from 0 up to the largest value in the rows, in the shown
 * currency (linearMoneyTicks); undefined when a value is below zero (a credit) or none is above.
 */
export function moneyTicksOf(
  data: readonly ChartRow[],
  xKey: string,
  money: Money,
): number[] | undefined {
  const values = valuesOf(data, xKey);
  if (values.some((v) => v < 0)) return undefined;
  return linearMoneyTicks(Math.max(0, ...values), money);
}

/**
 * From the smallest amount above zero to the largest, the span at which a money axis turns to a
 * log scale: on a linear one, two decades squash the smaller lines flat against zero.
 */
export const LOG_MONEY_SPAN = 100;

/** A money axis: its ticks (none: Recharts' own), and whether it is a log scale. */
export interface MoneyAxis {
  log: boolean;
  ticks: number[] | undefined;
}

/**
 * The money axis for these rows: linear from 0 (moneyTicksOf), or, when the amounts above zero span
 * LOG_MONEY_SPAN or more, log with a tick at every power of ten in the shown currency (€0.10, €1,
 * €10…, at their USD equivalents) from the one at or below the smallest to the one at or above the
 * largest. Amounts of zero are drawn on the bottom tick there (plotRows).
 */
export function moneyAxisOf(data: readonly ChartRow[], xKey: string, money: Money): MoneyAxis {
  const values = valuesOf(data, xKey);
  const positive = values.filter((v) => v > 0);
  const lo = Math.min(...positive);
  const hi = Math.max(...positive);
  if (values.some((v) => v < 0) || positive.length === 0 || hi / lo < LOG_MONEY_SPAN)
    return { log: false, ticks: moneyTicksOf(data, xKey, money) };
  const first = Math.floor(Math.log10(convertUsd(lo, money)));
  const last = Math.ceil(Math.log10(convertUsd(hi, money)));
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) ticks.push(usdOf(10 ** k, money));
  return { log: true, ticks };
}

/** The rows as the axis draws them: on a log axis, an amount below its bottom tick on that tick. */
export function plotRows(
  data: readonly ChartRow[],
  xKey: string,
  axis: MoneyAxis,
): readonly ChartRow[] {
  const floor = axis.log ? axis.ticks?.[0] : undefined;
  if (floor === undefined) return data;
  return data.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [
        k,
        k !== xKey && v !== undefined ? Math.max(v, floor) : v,
      ]),
    ),
  );
}

/**
 * The lines drawn quieter (thinner and fainter): all but the cheapest FaaS and the cheapest
 * always-on offer among those shown, by the month's bill, so the two the verdict weighs stand out
 * in a crowded chart. None when two or fewer are shown.
 */
export function quietIds(shown: readonly OfferResult[]): ReadonlySet<string> {
  if (shown.length <= 2) return new Set();
  const cheapest = new Map<string, OfferResult>();
  for (const r of shown) {
    const best = cheapest.get(r.family);
    if (r.status === 'priced' && (!best || r.monthlyUsd < best.monthlyUsd))
      cheapest.set(r.family, r);
  }
  const bold = new Set([...cheapest.values()].map((r) => r.offerId));
  return new Set(shown.filter((r) => !bold.has(r.offerId)).map((r) => r.offerId));
}

/**
 * Markers along each line, so lines differ without colour: every `every`th row (about five a
 * line by default), line i from row (i × `offset`) mod `every`, so they do not sit on each other.
 */
export function lineMarkers(
  shown: readonly OfferResult[],
  styles: ReadonlyMap<string, OfferStyle>,
  data: readonly ChartRow[],
  xKey: string,
  { every = Math.max(1, Math.round(data.length / 5)), offset = 3 } = {},
): OverlayMarker[] {
  const markers: OverlayMarker[] = [];
  const quiet = quietIds(shown);
  shown.forEach((r, i) => {
    const st = styles.get(r.offerId);
    if (!st) return;
    for (let idx = (i * offset) % every; idx < data.length; idx += every) {
      const x = data[idx]?.[xKey];
      const y = data[idx]?.[r.offerId];
      if (x !== undefined && y !== undefined)
        markers.push({
          key: `${r.offerId}-${idx}`,
          x,
          y,
          shape: st.marker,
          color: st.color,
          ...(quiet.has(r.offerId) ? { quiet: true } : {}),
        });
    }
  });
  return markers;
}

/** The read-out's rows at one data row: each offer shown that has a value there. */
export function offerRowsAt(
  row: ChartRow,
  shown: readonly OfferResult[],
  styles: ReadonlyMap<string, OfferStyle>,
): TooltipRow[] {
  return shown.flatMap((r) => {
    const usd = row[r.offerId];
    return usd === undefined
      ? []
      : [{ id: r.offerId, label: r.label, usd, color: colourOf(styles, r.offerId) }];
  });
}
