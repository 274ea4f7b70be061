import { Line } from 'recharts';
import type { OfferResult } from '../../../engine/types.ts';
import type { OfferStyle } from '../../../lib/palette.ts';
import { isEstimate } from '../../../lib/usable.ts';
import { quietIds } from '../chart-rows.ts';

/**
 * One Recharts <Line> per offer, in its colour and dash, dashed again when its price is an
 * estimate, thinner and fainter unless it is the cheapest of its kind (CSS, quietIds). A
 * function, not a component: Recharts reads its lines from the chart's own children.
 */
export function offerLines(
  shown: readonly OfferResult[],
  styles: ReadonlyMap<string, OfferStyle>,
  { connectNulls = false }: { connectNulls?: boolean } = {},
) {
  const quiet = quietIds(shown);
  return shown.map((r) => (
    <Line
      key={r.offerId}
      dataKey={r.offerId}
      name={r.label}
      type="linear"
      stroke={styles.get(r.offerId)?.color ?? '#888'}
      strokeWidth={2}
      // The series' identity on its layer, so a test can read an offer's stroke in any scenario.
      className={`${isEstimate(r) ? 'line-estimate' : 'line-firm'}${styles.get(r.offerId)?.dash === 'dotted' ? ' line-dotted' : ''}${quiet.has(r.offerId) ? ' line-quiet' : ''} series-${r.offerId}`}
      isAnimationActive={false}
      dot={false}
      activeDot={false}
      connectNulls={connectNulls}
    />
  ));
}
