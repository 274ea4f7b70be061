import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';

type Row = Readonly<Record<string, number | undefined>>;

interface Hover {
  row: Row;
  /** The data point's x in the chart's SVG coordinates. */
  px: number;
  /** The chart box the read-out is drawn in (the SVG's positioned ancestor). */
  box: HTMLElement;
}

/**
 * What every line costs at the point under the pointer: a cursor line and a box listing the
 * values, like a tooltip, with a dot on each line. It snaps to the nearest of the chart's data rows
 * (by `xKey`). A mouse that leaves the plot hides it; a tap shows it until a tap elsewhere.
 *
 * Recharts' own Tooltip does this too, but it and the machinery it brings weigh 8.6 kB gzip of
 * the 250 kB budget; this is the part the charts use. The same numbers are in each chart's text
 * alternative (its table or summary), for keyboard and screen-reader users.
 */
export function HoverReadout({
  rows,
  xKey,
  lines,
  render,
}: {
  rows: readonly Row[];
  xKey: string;
  /** The drawn lines: their data key and colour, for the dots. */
  lines: ReadonlyArray<{ id: string; color: string }>;
  render: (row: Row) => ReactNode;
}) {
  const scale = useXAxisScale();
  const yScale = useYAxisScale();
  const area = usePlotArea();
  const [hover, setHover] = useState<Hover | null>(null);
  // A tap anywhere outside the chart hides the read-out (a finger never "leaves" the plot).
  useEffect(() => {
    if (!hover) return;
    const away = (e: Event) => {
      if (!(e.target instanceof Node) || !hover.box.contains(e.target)) setHover(null);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [hover]);
  // Beside the cursor on the side it fits (right first); over it when neither side fits.
  const boxRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = boxRef.current;
    if (!el || !hover) return;
    const room = hover.box.clientWidth;
    const w = el.offsetWidth;
    let left = hover.px + 12;
    if (left + w > room) left = hover.px - 12 - w;
    if (left < 0) left = Math.max(0, Math.min(room - w, hover.px + 12));
    el.style.left = `${left}px`;
  }, [hover]);
  if (!scale || !area) return null;

  const track = (e: PointerEvent<SVGRectElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const box = e.currentTarget.closest<HTMLElement>('.chart-box');
    if (!box || rect.width <= 0) return;
    const px = area.x + ((e.clientX - rect.left) / rect.width) * area.width;
    let best: Hover | null = null;
    let distance = Infinity;
    for (const row of rows) {
      const v = row[xKey];
      const p = v === undefined ? undefined : scale(v);
      if (p === undefined || !Number.isFinite(p)) continue;
      const d = Math.abs(p - px);
      if (d < distance) {
        distance = d;
        best = { row, px: p, box };
      }
    }
    setHover((h) => (h && best && h.row === best.row && h.box === best.box ? h : best));
  };

  const content = hover ? render(hover.row) : null;
  return (
    <g className="hover-readout">
      {hover ? (
        <line
          className="hover-cursor"
          x1={hover.px}
          x2={hover.px}
          y1={area.y}
          y2={area.y + area.height}
        />
      ) : null}
      {hover && yScale
        ? lines.map((l) => {
            const v = hover.row[l.id];
            const py = v === undefined ? undefined : yScale(v);
            return py === undefined || !Number.isFinite(py) ? null : (
              <circle key={l.id} className="hover-dot" cx={hover.px} cy={py} r={4} fill={l.color} />
            );
          })
        : null}
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
      {hover && content
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
