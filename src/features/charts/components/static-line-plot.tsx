/**
 * A line chart drawn as plain SVG by React, with no chart library: axes (linear or log), ticks,
 * grid, lines, markers, rings, a labelled vertical line and the hover read-out, laid out as the
 * Recharts plot lays them out (same margins, axis sizes and tick offsets), so the widget's charts
 * look like the page's.
 *
 * Why it exists: Recharts' first render of a chart is one long task (about 150 ms on this
 * machine, 200–600 ms under a 4× CPU slowdown: the items register in its store and each
 * registration re-renders the chart). The widget draws its charts with this instead and never
 * fetches Recharts: loading it has no such task, and a first touch on the chart answers at once
 * instead of after Recharts' download and first render (src/embed/embed-app.tsx).
 */
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { MarkerShape } from '../../../lib/ui/marker-shape.tsx';
import { labelGoesLeft } from '../break-even-model.ts';
import { ReadoutLayer, type ReadoutProps } from './readout-layer.tsx';
import type { OverlayMarker, OverlayRing } from './chart-overlay.tsx';

/** Recharts' defaults: an x axis 30 px tall, tick lines 6 px, labels 2 px beyond them. */
const X_AXIS_HEIGHT = 30;
const TICK_SIZE = 6;
const TICK_MARGIN = 2;

export interface StaticLine {
  id: string;
  color: string;
  /** Dashed: an estimate's price (offer-lines.tsx draws the Recharts line so). */
  estimate: boolean;
  /** Dotted: the line's own dash (palette.ts); absent, solid. */
  dotted?: boolean;
  /** Drawn quieter: not one of the two cheapest (chart-rows.ts quietIds). */
  quiet?: boolean;
  points: ReadonlyArray<{ x: number; y: number | undefined }>;
}

export interface StaticLinePlotProps {
  margin: { top: number; right: number; bottom: number; left: number };
  yAxisWidth: number;
  /** Log: both ends above zero, drawn as Recharts' `scale="log"` axis draws them. */
  xScale?: 'linear' | 'log';
  xDomain: readonly [number, number];
  xTicks: readonly number[];
  xLabel: (v: number) => string;
  yScale?: 'linear' | 'log';
  /** The y domain; without it, from the first tick to the last. */
  yDomain?: readonly [number, number];
  /** Ticks from the bottom of the y domain up (one past the top is drawn there, as Recharts does). */
  yTicks: readonly number[];
  yLabel: (v: number) => string;
  /** Grid lines across the plot at these y values (vertical ones are drawn at every x tick). */
  yGrid?: readonly number[];
  /** A point's missing y is skipped, the line joining its neighbours (Recharts' `connectNulls`). */
  lines: readonly StaticLine[];
  markers?: readonly OverlayMarker[];
  rings?: readonly OverlayRing[];
  /** A labelled vertical line (the break-even chart's "your workload"), as chart-overlay.tsx draws it. */
  vertical?: { x: number; label: string };
  /** Clip the lines to the plot area, as Recharts does for an axis with `allowDataOverflow`. */
  clipLines?: boolean;
  /** The hover read-out (readout-layer.tsx): what every line costs at the point under the pointer. */
  readout?: ReadoutProps;
}

/** The box's size, read before the first paint and kept up to date. */
function useBoxSize() {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => {
      const { width, height } = el.getBoundingClientRect();
      setSize((s) => (s && s.width === width && s.height === height ? s : { width, height }));
    };
    read();
    if (typeof ResizeObserver !== 'function') return;
    const ro = new ResizeObserver(read);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return { ref, size };
}

/** A linear map from a domain to a pixel range. */
function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** A map from a domain to a pixel range, linear or, as d3's scaleLog, linear in the logarithm. */
function scale(
  kind: 'linear' | 'log',
  [d0, d1]: readonly [number, number],
  r0: number,
  r1: number,
): (v: number) => number {
  if (kind === 'linear') return linear(d0, d1, r0, r1);
  const map = linear(Math.log(d0), Math.log(d1), r0, r1);
  return (v) => map(Math.log(v));
}

const round = (v: number) => Math.round(v * 100) / 100;

export function StaticLinePlot(props: StaticLinePlotProps) {
  const { ref, size } = useBoxSize();
  return (
    <div ref={ref} className="static-plot">
      {size && size.width > 0 && size.height > 0 ? <Plot {...props} {...size} /> : null}
    </div>
  );
}

function Plot({
  width,
  height,
  margin,
  yAxisWidth,
  xScale = 'linear',
  xDomain,
  xTicks,
  xLabel,
  yScale = 'linear',
  yDomain,
  yTicks,
  yLabel,
  yGrid = [],
  lines,
  markers = [],
  rings = [],
  vertical,
  clipLines = false,
  readout,
}: StaticLinePlotProps & { width: number; height: number }) {
  const clipId = useId();
  const left = margin.left + yAxisWidth;
  const right = width - margin.right;
  const top = margin.top;
  const bottom = height - margin.bottom - X_AXIS_HEIGHT;
  const sx = scale(xScale, xDomain, left, right);
  const yFrom = yDomain ?? [yTicks[0] ?? 0, yTicks[yTicks.length - 1] ?? 1];
  const sy = scale(yScale, yFrom, bottom, top);
  const inside = (px: number, py: number) =>
    px >= left - 0.5 && px <= right + 0.5 && py >= top - 0.5 && py <= bottom + 0.5;
  const vx = vertical ? round(sx(vertical.x)) : 0;
  return (
    <svg className="static-chart" width={width} height={height} aria-hidden="true">
      <g className="chart-overlay">
        <g className="grid">
          {xTicks.map((v) => (
            <line key={`x${v}`} x1={round(sx(v))} x2={round(sx(v))} y1={top} y2={bottom} />
          ))}
          {yGrid.map((v) => (
            <line key={`y${v}`} x1={left} x2={right} y1={round(sy(v))} y2={round(sy(v))} />
          ))}
        </g>
        {vertical ? (
          <g className="workload-line">
            <line x1={vx} x2={vx} y1={top} y2={bottom} />
            {labelGoesLeft(vx, vertical.label, right) ? (
              <text x={vx - 4} y={top + 12} textAnchor="end" className="ref-label">
                {vertical.label}
              </text>
            ) : (
              <text x={vx + 4} y={top + 12} className="ref-label">
                {vertical.label}
              </text>
            )}
          </g>
        ) : null}
        {markers.map((m) => {
          const px = sx(m.x);
          const py = sy(m.y);
          return inside(px, py) ? (
            <g key={m.key} className={m.quiet ? 'marker-quiet' : undefined}>
              <MarkerShape shape={m.shape} cx={px} cy={py} color={m.color} />
            </g>
          ) : null;
        })}
        {rings.map((r) => {
          const px = sx(r.x);
          const py = sy(r.y);
          return inside(px, py) ? (
            <circle
              key={r.key}
              className="ring"
              cx={px}
              cy={py}
              r={5.5}
              stroke={r.color}
              strokeWidth={2.5}
            />
          ) : null;
        })}
      </g>
      {clipLines ? (
        <defs>
          <clipPath id={clipId}>
            <rect x={left} y={top} width={right - left} height={bottom - top} />
          </clipPath>
        </defs>
      ) : null}
      {lines.map((l) => (
        <path
          clipPath={clipLines ? `url(#${clipId})` : undefined}
          key={l.id}
          className={`static-line${l.estimate ? ' static-line-estimate' : ''}${l.dotted ? ' static-line-dotted' : ''}${l.quiet ? ' static-line-quiet' : ''} series-${l.id}`}
          d={l.points
            .flatMap((p) => (p.y === undefined ? [] : [`${round(sx(p.x))},${round(sy(p.y))}`]))
            .map((xy, i) => `${i === 0 ? 'M' : 'L'}${xy}`)
            .join('')}
          stroke={l.color}
          strokeWidth={2}
          fill="none"
        />
      ))}
      <g className="static-axis static-x-axis">
        <line className="static-axis-line" x1={left} x2={right} y1={bottom} y2={bottom} />
        {xTicks.map((v) => {
          const px = round(sx(v));
          return (
            <g key={v}>
              <line
                className="static-axis-line"
                x1={px}
                x2={px}
                y1={bottom + TICK_SIZE}
                y2={bottom}
              />
              <text
                className="static-tick-value"
                x={px}
                y={bottom + TICK_SIZE + TICK_MARGIN}
                dy="0.71em"
                textAnchor="middle"
              >
                {xLabel(v)}
              </text>
            </g>
          );
        })}
      </g>
      <g className="static-axis static-y-axis">
        <line className="static-axis-line" x1={left} x2={left} y1={top} y2={bottom} />
        {yTicks.map((v) => {
          const py = round(sy(v));
          return (
            <g key={v}>
              <line className="static-axis-line" x1={left - TICK_SIZE} x2={left} y1={py} y2={py} />
              <text
                className="static-tick-value"
                x={left - TICK_SIZE - TICK_MARGIN}
                y={py}
                dy="0.355em"
                textAnchor="end"
              >
                {yLabel(v)}
              </text>
            </g>
          );
        })}
      </g>
      {readout ? (
        <ReadoutLayer
          {...readout}
          scale={sx}
          yScale={sy}
          area={{ x: left, y: top, width: right - left, height: bottom - top }}
        />
      ) : null}
    </svg>
  );
}
