import { AREA_LABELS } from '../../../catalog/areas.ts';
import type { Area } from '../../../catalog/schema.ts';
import { pricedHere } from '../../../describe/priced-here.ts';
import type { OfferResult } from '../../../engine/types.ts';

/** "6 of 7 offers priced here (Europe: …)", when offers are chosen: loads after the verdict. */
export default function PricedHereNote({
  results,
  area,
}: {
  results: readonly OfferResult[];
  area: Area;
}) {
  if (results.length === 0) return null;
  return <p className="hint verdict-priced">{pricedHere(results, AREA_LABELS[area])}</p>;
}
