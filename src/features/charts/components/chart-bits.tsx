import type { ReactNode } from 'react';
import type { OfferResult } from '../../../engine/types.ts';
import type { OfferStyle } from '../../../lib/palette.ts';
import { LineKey } from '../../../lib/ui/line-key.tsx';
import { isEstimate } from '../../../lib/usable.ts';
import { useMoney } from '../../../lib/calculation.ts';
import { formatMoney } from '../../../describe/format.ts';

/** The legend of a chart's offers, in the order shown: each line's key (LineKey) and name. */
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
          <li key={r.offerId}>
            <LineKey color={st.color} marker={st.marker} dash={st.dash} estimate={isEstimate(r)} />
            {r.label}
          </li>
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
