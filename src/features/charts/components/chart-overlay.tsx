import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { Marker } from '../../../lib/palette.ts';
import { MarkerShape } from '../../../lib/ui/marker-shape.tsx';
import { labelGoesLeft } from '../break-even-model.ts';

export interface OverlayMarker {
  key: string;
  x: number;
  y: number;
  shape: Marker;
  color: string;
  /** On a line drawn quieter (chart-rows.ts quietIds). */
  quiet?: boolean;
}

export interface OverlayRing {
  key: string;
  x: number;
  y: number;
  color: string;
  label?: string;
}

/**
 * Grid lines, line markers, crossing rings and the "your workload" line, drawn in one layer from
 * the chart's own scales. One component instead of dozens of Reference* elements: each of those
 * is a chart item in Recharts' store, and re-registering them all made every edit ~4× slower.
 */
export function ChartOverlay({
  xGrid = [],
  yGrid = [],
  markers = [],
  rings = [],
  vertical,
}: {
  xGrid?: readonly number[];
  yGrid?: readonly number[];
  markers?: readonly OverlayMarker[];
  rings?: readonly OverlayRing[];
  vertical?: { x: number; label: string };
}) {
  const xs = useXAxisScale();
  const ys = useYAxisScale();
  const area = usePlotArea();
  if (!xs || !ys || !area) return null;
  const inside = (px: number | undefined, py: number | undefined): px is number =>
    px !== undefined &&
    py !== undefined &&
    px >= area.x - 0.5 &&
    px <= area.x + area.width + 0.5 &&
    py >= area.y - 0.5 &&
    py <= area.y + area.height + 0.5;
  const vx = vertical ? xs(vertical.x) : undefined;
  return (
    <g className="chart-overlay">
      <g className="grid" aria-hidden="true">
        {xGrid.map((v) => {
          const px = xs(v);
          return px === undefined ? null : (
            <line key={`x${v}`} x1={px} x2={px} y1={area.y} y2={area.y + area.height} />
          );
        })}
        {yGrid.map((v) => {
          const py = ys(v);
          return py === undefined ? null : (
            <line key={`y${v}`} x1={area.x} x2={area.x + area.width} y1={py} y2={py} />
          );
        })}
      </g>
      {vx !== undefined && vertical ? (
        <g className="workload-line">
          <line x1={vx} x2={vx} y1={area.y} y2={area.y + area.height} />
          {labelGoesLeft(vx, vertical.label, area.x + area.width) ? (
            <text x={vx - 4} y={area.y + 12} textAnchor="end" className="ref-label">
              {vertical.label}
            </text>
          ) : (
            <text x={vx + 4} y={area.y + 12} className="ref-label">
              {vertical.label}
            </text>
          )}
        </g>
      ) : null}
      {markers.map((m) => {
        const px = xs(m.x);
        const py = ys(m.y);
        return inside(px, py) ? (
          <g key={m.key} className={m.quiet ? 'marker-quiet' : undefined}>
            <MarkerShape shape={m.shape} cx={px} cy={py ?? 0} color={m.color} />
          </g>
        ) : null;
      })}
      {rings.map((r) => {
        const px = xs(r.x);
        const py = ys(r.y);
        return inside(px, py) ? (
          <g key={r.key}>
            <circle cx={px} cy={py} r={5.5} className="ring" stroke={r.color} strokeWidth={2.5} />
            {r.label ? (
              <text x={px} y={(py ?? 0) - 10} textAnchor="middle" className="ref-label">
                {r.label}
              </text>
            ) : null}
          </g>
        ) : null;
      })}
    </g>
  );
}
