import type { OfferResult } from '../engine/types.ts';
import { formatInteger } from './format.ts';

/**
 * What a result compares, by name: a family with the size it picked and how many
 * ("EC2 t4g: 2 × t4g.medium"); any other offer by its label. Charts and break-evens name a family
 * by its label alone ("EC2 t4g"): their line re-picks the size at every volume.
 */
export function pickedName(r: Pick<OfferResult, 'label' | 'pick'>): string {
  return r.pick
    ? `${r.pick.familyName}: ${formatInteger(r.pick.instances)} × ${r.pick.sizeName}`
    : r.label;
}
