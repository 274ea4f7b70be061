import type { OfferResult } from '../../../engine/types.ts';
import type { Marker, OfferStyle } from '../../../lib/palette.ts';
import { isEstimate } from '../../../lib/usable.ts';
import { useMoney } from '../../../lib/calculation.ts';
import { formatMoney } from '../../../describe/format.ts';

/** A small marker shape so offers are told apart without colour. */
export function MarkerShape({
  shape,
  cx,
  cy,
  color,
  size = 4.5,
}: {
  shape: Marker;
  cx: number;
  cy: number;
  color: string;
  size?: number;
}) {
  const s = size;
  const common = { fill: color, stroke: 'var(--bg, #fff)', strokeWidth: 1 };
  switch (shape) {
    case 'square':
      return <rect x={cx - s} y={cy - s} width={2 * s} height={2 * s} {...common} />;
    case 'triangle':
      return (
        <polygon
          points={`${cx},${cy - s * 1.2} ${cx + s * 1.1},${cy + s} ${cx - s * 1.1},${cy + s}`}
          {...common}
        />
      );
    case 'diamond':
      return (
        <polygon
          points={`${cx},${cy - s * 1.3} ${cx + s * 1.3},${cy} ${cx},${cy + s * 1.3} ${cx - s * 1.3},${cy}`}
          {...common}
        />
      );
    case 'cross':
      return (
        <path
          d={`M${cx - s},${cy - s}L${cx + s},${cy + s}M${cx + s},${cy - s}L${cx - s},${cy + s}`}
          stroke={color}
          strokeWidth={2.5}
        />
      );
    case 'star':
      return (
        <polygon
          points={[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
            .map((i) => {
              const r = i % 2 === 0 ? s * 1.4 : s * 0.6;
              const a = (Math.PI / 5) * i - Math.PI / 2;
              return `${cx + r * Math.cos(a)},${cy + r * Math.sin(a)}`;
            })
            .join(' ')}
          {...common}
        />
      );
    case 'triangle-down':
      return (
        <polygon
          points={`${cx},${cy + s * 1.2} ${cx + s * 1.1},${cy - s} ${cx - s * 1.1},${cy - s}`}
          {...common}
        />
      );
    case 'plus':
      return (
        <path
          d={`M${cx - s * 1.2},${cy}L${cx + s * 1.2},${cy}M${cx},${cy - s * 1.2}L${cx},${cy + s * 1.2}`}
          stroke={color}
          strokeWidth={2.5}
        />
      );
    case 'hexagon':
      return (
        <polygon
          points={[0, 1, 2, 3, 4, 5]
            .map((i) => {
              const a = (Math.PI / 3) * i;
              return `${cx + s * 1.15 * Math.cos(a)},${cy + s * 1.15 * Math.sin(a)}`;
            })
            .join(' ')}
          {...common}
        />
      );
    case 'wye':
      return (
        <path
          d={`M${cx},${cy}L${cx},${cy - s * 1.3}M${cx},${cy}L${cx + s * 1.1},${cy + s * 0.7}M${cx},${cy}L${cx - s * 1.1},${cy + s * 0.7}`}
          stroke={color}
          strokeWidth={2.5}
        />
      );
    default:
      return <circle cx={cx} cy={cy} r={s} {...common} />;
  }
}

/** A legend entry drawn in HTML: marker, dash style and name. */
export function LegendKey({
  color,
  marker,
  dashed,
  label,
}: {
  color: string;
  marker: Marker;
  dashed: boolean;
  label: string;
}) {
  return (
    <li>
      <svg width="28" height="12" aria-hidden="true">
        <line
          x1="0"
          x2="28"
          y1="6"
          y2="6"
          stroke={color}
          strokeWidth="2"
          strokeDasharray={dashed ? '5 3' : undefined}
        />
        <MarkerShape shape={marker} cx={14} cy={6} color={color} size={3.5} />
      </svg>
      {label}
    </li>
  );
}

/** The legend of a chart's offers, in the order shown (dashed for estimates). */
export function OfferLegend({
  shown,
  styles,
}: {
  shown: readonly OfferResult[];
  styles: ReadonlyMap<string, OfferStyle>;
}) {
  return (
    <ul className="legend" aria-hidden="true">
      {shown.map((r) => {
        const st = styles.get(r.offerId);
        return st ? (
          <LegendKey
            key={r.offerId}
            color={st.color}
            marker={st.marker}
            dashed={isEstimate(r)}
            label={r.label}
          />
        ) : null;
      })}
    </ul>
  );
}

export interface TooltipRow {
  id: string;
  label: string;
  usd: number;
  color: string;
}

/** Every offer at this x, cheapest first. */
export function TooltipList({ title, rows }: { title: string; rows: TooltipRow[] }) {
  const money = useMoney();
  const sorted = [...rows].sort((a, b) => a.usd - b.usd);
  return (
    <div className="chart-tooltip">
      <p>{title}</p>
      <ol>
        {sorted.map((r) => (
          <li key={r.id}>
            <span style={{ color: r.color }}>{r.label}</span>
            <span className="money">{formatMoney(r.usd, money)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
