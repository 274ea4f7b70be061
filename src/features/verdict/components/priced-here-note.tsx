import { AREA_LABELS } from '../../../catalog/areas.ts';
import type { Area } from '../../../catalog/schema.ts';
import { leftOutText, pricedHere } from '../../../describe/priced-here.ts';
import type { OfferResult } from '../../../engine/types.ts';

/**
 * "6 of 7 offers priced here (Europe: …)", when offers are chosen, and what the prices of the
 * offers the verdict names leave out where a rate is not sourced: loads after the verdict.
 */
export default function PricedHereNote({
  results,
  area,
  named,
}: {
  results: readonly OfferResult[];
  area: Area;
  /** The offers the verdict names (the cheapest of each kind). */
  named: readonly OfferResult[];
}) {
  if (results.length === 0) return null;
  return (
    <>
      <p className="hint verdict-priced">{pricedHere(results, AREA_LABELS[area])}</p>
      {named.map((r) => {
        const text = leftOutText(r);
        return text ? (
          <p key={r.offerId} className="hint verdict-left-out" role="note">
            {text}
          </p>
        ) : null;
      })}
    </>
  );
}
