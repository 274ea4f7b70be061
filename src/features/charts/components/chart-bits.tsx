import type { ReactNode } from 'react';
import type { OfferResult } from '../../../engine/types.ts';
import type { Marker, OfferStyle } from '../../../lib/palette.ts';
import { MarkerShape } from '../../../lib/ui/marker-shape.tsx';
import { isEstimate } from '../../../lib/usable.ts';
import { useMoney } from '../../../lib/calculation.ts';
import { formatMoney } from '../../../describe/format.ts';

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

/**
 * A chart's box and legend: the plot (Recharts' or the static one) in a box that is one image to
 * assistive technology, named by `label` (what the chart shows and where the same figures are in
 * words), and the offers' legend below it.
 */
export function ChartBox({
  label,
  shown,
  styles,
  children,
}: {
  label: string;
  shown: readonly OfferResult[];
  styles: ReadonlyMap<string, OfferStyle>;
  /** The plot. */
  children: ReactNode;
}) {
  return (
    <>
      <div className="chart-box" role="img" aria-label={label}>
        {children}
      </div>
      <OfferLegend shown={shown} styles={styles} />
    </>
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
