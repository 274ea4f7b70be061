/**
 * The line charts' rows, and what every chart reads from them the same way: the plot's margins,
 * the money axis's round ticks and the markers along the lines. Shared by the
 * Recharts plot (components/line-plot.tsx) and the widget's static one (static-line-plot.tsx), so
 * nothing here imports Recharts.
 */
import { linearMoneyTicks, type Money } from '../../describe/format.ts';
import type { OfferResult } from '../../engine/types.ts';
import type { OfferStyle } from '../../lib/palette.ts';
import type { OverlayMarker } from './components/chart-overlay.tsx';

/** A chart's data: one row per x, under the x's key and each offer's id. */
export type ChartRow = Readonly<Record<string, number | undefined>>;

/** The plot's margins and y-axis width, the same in the Recharts plot and the static one. */
export const PLOT_MARGIN = { top: 12, right: 16, bottom: 4, left: 4 } as const;
export const Y_AXIS_WIDTH = 56;

/** An offer's line colour (the text's colour for an offer without a style). */
export function colourOf(styles: ReadonlyMap<string, OfferStyle>, offerId: string): string {
  return styles.get(offerId)?.color ?? 'currentColor';
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
  const values = data.flatMap((row) =>
    Object.entries(row).flatMap(([k, v]) =>
      k !== xKey && v !== undefined && Number.isFinite(v) ? [v] : [],
    ),
  );
  if (values.some((v) => v < 0)) return undefined;
  return linearMoneyTicks(Math.max(0, ...values), money);
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
  shown.forEach((r, i) => {
    const st = styles.get(r.offerId);
    if (!st) return;
    for (let idx = (i * offset) % every; idx < data.length; idx += every) {
      const x = data[idx]?.[xKey];
      const y = data[idx]?.[r.offerId];
      if (x !== undefined && y !== undefined)
        markers.push({ key: `${r.offerId}-${idx}`, x, y, shape: st.marker, color: st.color });
    }
  });
  return markers;
}
