import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import type { ChartRow } from '../chart-rows.ts';

/** What the read-out shows: the chart's rows, the lines' dots and the box's content at a row. */
export interface ReadoutProps {
  rows: readonly ChartRow[];
  xKey: string;
  /** The drawn lines: their data key and colour, for the dots. */
  lines: ReadonlyArray<{ id: string; color: string }>;
  render: (row: ChartRow) => ReactNode;
}

interface Hover {
  /** The x value pointed at (a data row's `xKey`): the row and its position are looked up again
   *  on every render, so new data (an edit, another horizon) never shows stale figures. */
  x: number;
  /** The chart box the read-out is drawn in (the SVG's positioned ancestor). */
  box: HTMLElement;
}

/**
 * What every line costs at the point under the pointer: a cursor line and a box listing the
 * values, like a tooltip, with a dot on each line. It snaps to the nearest of the chart's data rows
 * (by `xKey`). A mouse that leaves the plot hides it, a tap shows it until a tap elsewhere, and
 * Escape dismisses it. Render it after the lines, so its cursor and dots sit on top.
 *
 * Recharts' own Tooltip does this too, but it and the machinery it brings weigh 8 kB gzip of the
 * 250 kB budget; this is the part the charts use. The same numbers are in each chart's text
 * alternative (its table or summary), for keyboard and screen-reader users. No Recharts here: the
 * page's plots give it Recharts' scales (hover-readout.tsx), the widget's static plot its own, so
 * the widget answers a first touch without fetching Recharts.
 */
export function ReadoutLayer({
  rows,
  xKey,
  lines,
  render,
  scale,
  yScale,
  area,
}: ReadoutProps & {
  /** The plot's x and y scales (value → px) and its area, from Recharts or the static plot. */
  scale: (v: number) => number | undefined;
  yScale: (v: number) => number | undefined;
  area: { x: number; y: number; width: number; height: number };
}) {
  const [hover, setHover] = useState<Hover | null>(null);
  const row = hover ? rows.find((r) => r[xKey] === hover.x) : undefined;
  const px = hover && row && scale ? scale(hover.x) : undefined;
  const shown = hover && row && px !== undefined && Number.isFinite(px) ? { row, px } : null;

  // While shown: a tap outside the chart or the Escape key hides it (WCAG 1.4.13: dismissible).
  useEffect(() => {
    if (!hover) return;
    const away = (e: Event) => {
      if (!(e.target instanceof Node) || !hover.box.contains(e.target)) setHover(null);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setHover(null);
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('keydown', escape);
    };
  }, [hover]);

  // Beside the cursor on the side it fits (right first); over it when neither side fits.
  const boxRef = useRef<HTMLDivElement>(null);
  const shownPx = shown?.px;
  useLayoutEffect(() => {
    const el = boxRef.current;
    if (!el || !hover || shownPx === undefined) return;
    const room = hover.box.clientWidth;
    const w = el.offsetWidth;
    let left = shownPx + 12;
    if (left + w > room) left = shownPx - 12 - w;
    if (left < 0) left = Math.max(0, Math.min(room - w, shownPx + 12));
    el.style.left = `${left}px`;
  });
  const track = (e: PointerEvent<SVGRectElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const box = e.currentTarget.closest<HTMLElement>('.chart-box');
    if (!box || rect.width <= 0) return;
    const at = area.x + ((e.clientX - rect.left) / rect.width) * area.width;
    let best: number | undefined;
    let distance = Infinity;
    for (const r of rows) {
      const v = r[xKey];
      const p = v === undefined ? undefined : scale(v);
      if (v === undefined || p === undefined || !Number.isFinite(p)) continue;
      const d = Math.abs(p - at);
      if (d < distance) {
        distance = d;
        best = v;
      }
    }
    setHover((h) =>
      best === undefined ? null : h && h.x === best && h.box === box ? h : { x: best, box },
    );
  };

  const content = shown ? render(shown.row) : null;
  return (
    <g className="hover-readout">
      {shown ? (
        <line
          className="hover-cursor"
          x1={shown.px}
          x2={shown.px}
          y1={area.y}
          y2={area.y + area.height}
        />
      ) : null}
      {shown
        ? lines.map((l) => {
            const v = shown.row[l.id];
            const py = v === undefined ? undefined : yScale(v);
            return py === undefined || !Number.isFinite(py) ? null : (
              <circle key={l.id} className="hover-dot" cx={shown.px} cy={py} r={4} fill={l.color} />
            );
          })
        : null}
      {/* On top of everything in the plot (the lines and markers let the pointer through, CSS). */}
      <rect
        className="hover-target"
        x={area.x}
        y={area.y}
        width={Math.max(0, area.width)}
        height={Math.max(0, area.height)}
        fill="transparent"
        onPointerMove={track}
        onPointerDown={track}
        onPointerLeave={(e) => {
          if (e.pointerType === 'mouse') setHover(null);
        }}
      />
      {hover && shown && content
        ? createPortal(
            <div ref={boxRef} className="hover-box" style={{ top: `${area.y}px` }}>
              {content}
            </div>,
            hover.box,
          )
        : null}
    </g>
  );
}
