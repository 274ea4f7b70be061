/**
 * Offers that are the same product in another architecture (Lambda x86 ↔ Arm, Fargate x86 ↔ Arm),
 * found by their fields, never by the spelling of their ids.
 */
import type { Architecture, Offer } from './schema.ts';

/** The fields that say which product an offer is and what it runs on. */
export type VariantFields = Pick<Offer, 'id' | 'kind' | 'providerId' | 'productId' | 'area'> & {
  architecture?: Architecture | undefined;
};

/**
 * The offer of the same provider, product, kind and area built for `to`; the offer itself when it
 * has no architecture, already is `to`, or has no such twin. Sizes must match for machines
 * (instance types differ between architectures, so those are never swapped).
 */
export function architectureTwin<T extends VariantFields>(
  offer: T,
  to: Architecture,
  offers: readonly T[],
): T {
  if (offer.architecture === undefined || offer.architecture === to) return offer;
  if (offer.kind !== 'faas' && offer.kind !== 'autoscaled-container') return offer;
  return (
    offers.find(
      (o) =>
        o.architecture === to &&
        o.kind === offer.kind &&
        o.providerId === offer.providerId &&
        o.productId === offer.productId &&
        o.area === offer.area,
    ) ?? offer
  );
}
