import type { Offer } from './schema.ts';

/**
 * Every id a scenario may name in its offers: each offer's id and each instance family's id (a
 * family is compared at its cheapest size that fits). Share links, `--offers` and the page's
 * picker check ids against it.
 */
export function comparableIds(offers: readonly Offer[]): Set<string> {
  const ids = new Set<string>();
  for (const o of offers) {
    ids.add(o.id);
    if (o.kind === 'always-on' && o.family) ids.add(o.family.id);
  }
  return ids;
}
