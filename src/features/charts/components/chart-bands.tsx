import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';

/** One offer's band: its low and high cost at each x, in its line's colour. */
export interface BandSeries {
  key: string;
  color: string;
  points: ReadonlyArray<{ x: number; low: number; high: number }>;
}

/**
 * Cost bands (each offer's low–high over the spreads) and an x range (the workload's traffic over
 * its spread), drawn from the chart's own scales as plain SVG under the lines: one path per offer,
 * not a Recharts Area (each of those is a chart item in Recharts' store, which slows every edit;
 * see chart-overlay.tsx). Kept inside the plot area.
 */
export function ChartBands({
  bands,
  xRange,
  faint = false,
}: {
  bands: readonly BandSeries[];
  xRange?: { from: number; to: number } | undefined;
  /** Fainter fill, for a chart whose bands overlap a lot (the cost-over-time chart). */
  faint?: boolean;
}) {
  const xs = useXAxisScale();
  const ys = useYAxisScale();
  const area = usePlotArea();
  if (!xs || !ys || !area) return null;
  const clampX = (v: number | undefined) =>
    Math.max(area.x, Math.min(area.x + area.width, v ?? area.x));
  const clampY = (v: number | undefined) =>
    Math.max(area.y, Math.min(area.y + area.height, v ?? area.y + area.height));
  const x0 = xRange ? clampX(xs(xRange.from)) : 0;
  const x1 = xRange ? clampX(xs(xRange.to)) : 0;
  return (
    <g className="chart-bands" aria-hidden="true">
      {xRange && x1 > x0 ? (
        <rect className="x-spread" x={x0} width={x1 - x0} y={area.y} height={area.height} />
      ) : null}
      {bands.map((b) => {
        if (b.points.length < 2) return null;
        const top = b.points.map((p) => `${clampX(xs(p.x))},${clampY(ys(p.high))}`);
        const bottom = [...b.points]
          .reverse()
          .map((p) => `${clampX(xs(p.x))},${clampY(ys(p.low))}`);
        return (
          <path
            key={b.key}
            className={faint ? 'cost-band faint' : 'cost-band'}
            data-offer-id={b.key}
            d={`M${top.join('L')}L${bottom.join('L')}Z`}
            fill={b.color}
          />
        );
      })}
    </g>
  );
}
