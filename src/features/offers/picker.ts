/**
 * The offer picker's model (React-free): the catalog of one area as providers, each with its
 * functions, containers and instance families, and what a tick or a size choice does to the
 * scenario's `offers` and `pins`.
 *
 * A family is one entry: ticked, it is compared at its cheapest size that fits; a size chosen
 * beside it is pinned (`pins`, `pin=` in the link). A size id named in `offers` (an old share link,
 * `--offers`) still prices exactly that size: the family shows ticked with that size chosen, and
 * any change to it turns the entry into the family (pinned or not).
 */
import { PROVIDERS } from '../../catalog/providers.ts';
import type { InstanceOffer, Offer } from '../../catalog/schema.ts';
import { sizeName } from '../../engine/families.ts';
import { instanceMonthlyUsd } from '../../engine/fleet.ts';

export type EntryKind = 'faas' | 'autoscaled-container' | 'always-on';

export interface PickerOffer {
  type: 'offer';
  id: string;
  name: string;
  kind: EntryKind;
  checked: boolean;
}

export interface PickerFamily {
  type: 'family';
  /** The family id (`aws-ec2-t4g`). */
  id: string;
  name: string;
  kind: 'always-on';
  /** Its sizes sold in the area, cheapest first. */
  sizes: ReadonlyArray<{ id: string; name: string }>;
  checked: boolean;
  /** The size chosen ('' for the cheapest that fits): a pin, or a size id named in `offers`. */
  size: string;
  /** Further sizes of the family named in `offers` (each priced exactly), by name. */
  alsoExact: string[];
}

export type PickerEntry = PickerOffer | PickerFamily;

export interface PickerProvider {
  id: string;
  name: string;
  entries: PickerEntry[];
  /** What is compared of this provider, in words ("EC2 t4g", "EC2 t4g (t4g.medium)"). */
  chosen: string[];
}

/** What the picker writes: the scenario's offers and pinned sizes. */
export interface Selection {
  offers: readonly string[];
  pins: readonly string[];
}

const KIND_ORDER: Record<EntryKind, number> = {
  faas: 0,
  'autoscaled-container': 1,
  'always-on': 2,
};

/** Sizes cheapest first (then smaller memory, then id), as a person reads a price list. */
function monthlyOrder(a: InstanceOffer, b: InstanceOffer): number {
  return (
    instanceMonthlyUsd(a) - instanceMonthlyUsd(b) ||
    a.memoryMb - b.memoryMb ||
    (a.id < b.id ? -1 : 1)
  );
}

/** The area's offers as providers (in providers.ts order), each with its entries. */
export function pickerProviders(inArea: readonly Offer[], sel: Selection): PickerProvider[] {
  const offers = new Set(sel.offers);
  const pins = new Set(sel.pins);
  const byProvider = new Map<string, PickerEntry[]>();
  const families = new Map<string, { name: string; sizes: InstanceOffer[] }>();
  const add = (providerId: string, e: PickerEntry) => {
    const list = byProvider.get(providerId) ?? [];
    list.push(e);
    byProvider.set(providerId, list);
  };
  for (const o of inArea) {
    if (o.kind === 'front-door') continue;
    if (o.kind === 'always-on' && o.family) {
      let f = families.get(o.family.id);
      if (!f) {
        families.set(o.family.id, (f = { name: o.family.name, sizes: [] }));
        add(o.providerId, {
          type: 'family',
          id: o.family.id,
          name: o.family.name,
          kind: 'always-on',
          sizes: [],
          checked: false,
          size: '',
          alsoExact: [],
        });
      }
      f.sizes.push(o);
      continue;
    }
    add(o.providerId, {
      type: 'offer',
      id: o.id,
      name: o.name ?? o.product,
      kind: o.kind,
      checked: offers.has(o.id),
    });
  }
  const out: PickerProvider[] = [];
  for (const p of PROVIDERS) {
    const entries = byProvider.get(p.id);
    if (!entries) continue;
    const chosen: string[] = [];
    for (const e of entries) {
      if (e.type === 'family') {
        const sizes = [...(families.get(e.id)?.sizes ?? [])].sort(monthlyOrder);
        e.sizes = sizes.map((s) => ({ id: s.id, name: sizeName(s) }));
        const exact = sizes.filter((s) => offers.has(s.id));
        const pinned = sizes.find((s) => pins.has(s.id));
        e.checked = offers.has(e.id) || exact.length > 0 || pinned !== undefined;
        const shown = offers.has(e.id) || pinned ? pinned : exact[0];
        e.size = shown?.id ?? '';
        e.alsoExact = exact.filter((s) => s !== shown).map(sizeName);
      }
    }
    entries.sort(
      (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name, 'en'),
    );
    for (const e of entries) {
      if (!e.checked) continue;
      if (e.type === 'offer') chosen.push(e.name);
      else {
        const names = [
          ...(e.size ? [e.sizes.find((s) => s.id === e.size)?.name ?? e.size] : []),
          ...e.alsoExact,
        ];
        chosen.push(names.length > 0 ? `${e.name} (${names.join(', ')})` : e.name);
      }
    }
    out.push({ id: p.id, name: p.name, entries, chosen });
  }
  return out;
}

/** Tick or untick a family: untick drops it, every size of it named in offers, and its pin. */
export function withFamily(sel: Selection, family: PickerFamily, on: boolean): Selection {
  const sizeIds = new Set(family.sizes.map((s) => s.id));
  if (on)
    return sel.offers.includes(family.id) ? sel : { ...sel, offers: [...sel.offers, family.id] };
  return {
    offers: sel.offers.filter((id) => id !== family.id && !sizeIds.has(id)),
    pins: sel.pins.filter((id) => !sizeIds.has(id)),
  };
}

/**
 * Choose a family's size ('' for the cheapest that fits): the family replaces any of its sizes
 * named in offers (in the place of the first), and the size chosen becomes its one pin.
 */
export function withFamilySize(sel: Selection, family: PickerFamily, sizeId: string): Selection {
  const sizeIds = new Set(family.sizes.map((s) => s.id));
  const offers: string[] = [];
  for (const id of sel.offers) {
    const mine = id === family.id || sizeIds.has(id);
    if (!mine) offers.push(id);
    else if (!offers.includes(family.id)) offers.push(family.id);
  }
  if (!offers.includes(family.id)) offers.push(family.id);
  const pins = sel.pins.filter((id) => !sizeIds.has(id));
  if (sizeId !== '' && sizeIds.has(sizeId)) pins.push(sizeId);
  return { offers, pins };
}

/** Tick or untick a function or container offer. */
export function withOffer(sel: Selection, id: string, on: boolean): Selection {
  const has = sel.offers.includes(id);
  if (on === has) return sel;
  return { ...sel, offers: on ? [...sel.offers, id] : sel.offers.filter((x) => x !== id) };
}

/** Pins of sizes not sold in `inArea` dropped (after an area switch). */
export function pinsIn(pins: readonly string[], inArea: readonly Offer[]): string[] {
  return pins.filter((id) => inArea.some((o) => o.id === id));
}
