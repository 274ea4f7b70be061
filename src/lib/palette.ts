/**
 * The one place colours and markers are assigned. Two colour families used the same way
 * everywhere: FaaS in cool hues, always-on (servers and autoscaled containers) in warm hues.
 * Inside a family the colour says the provider and the marker says the offer, so an offer looks
 * the same in every scenario and both themes: the assignment reads the whole catalog, never the
 * offers chosen or their rank. Every colour keeps at least 3:1 contrast against the page
 * background and the panel surface of its theme (palette.test.ts checks both).
 */
import { PROVIDER_IDS, type ProviderId } from '../catalog/providers.ts';
import type { Offer } from '../catalog/schema.ts';
import type { Theme } from './theme.ts';

export type Family = 'faas' | 'always-on';

/** The backgrounds series are drawn on (global.css `--bg` and `--surface`). */
export const BACKGROUNDS: Record<Theme, readonly string[]> = {
  light: ['#ffffff', '#f5f7f9'],
  dark: ['#0f1419', '#161d25'],
};

/**
 * One shade per provider of a family, in the order providers.ts lists those with offers of that
 * family. Neighbours differ in hue first (cyan, blue, green, violet …; orange, red, ochre, pink …)
 * so the first few providers, the usual comparison, are furthest apart. The last shade is a warm
 * grey (stone), not a second rose: AWS lends it to its own families (EC2 t4g in the default
 * verdict), and a rose beside DigitalOcean's pink read as the same colour.
 */
export const PALETTES: Record<Theme, Record<Family, readonly string[]>> = {
  light: {
    faas: ['#0e7490', '#1d4ed8', '#15803d', '#7c3aed', '#0c4a6e', '#0f766e', '#4338ca', '#065f46'],
    'always-on': [
      '#c2410c',
      '#b91c1c',
      '#a16207',
      '#be185d',
      '#7c2d12',
      '#a21caf',
      '#4d7c0f',
      '#57534e',
    ],
  },
  dark: {
    faas: ['#22d3ee', '#60a5fa', '#4ade80', '#a78bfa', '#bae6fd', '#2dd4bf', '#818cf8', '#6ee7b7'],
    'always-on': [
      '#fb923c',
      '#f87171',
      '#facc15',
      '#f472b6',
      '#d6a77a',
      '#e879f9',
      '#a3e635',
      '#d6d3d1',
    ],
  },
};

/** Marker shapes, so no offer is told apart by colour alone. */
export const MARKERS = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'cross',
  'star',
  'wye',
  'triangle-down',
  'plus',
  'hexagon',
] as const;
export type Marker = (typeof MARKERS)[number];

export interface OfferStyle {
  color: string;
  marker: Marker;
  family: Family;
}

/** The chart family of an offer kind; null for what is not drawn as a line (front doors …). */
export function familyOf(kind: Offer['kind']): Family | null {
  if (kind === 'faas') return 'faas';
  if (kind === 'always-on' || kind === 'autoscaled-container') return 'always-on';
  return null;
}

type StyledOffer = Pick<Offer, 'id' | 'kind' | 'providerId'> & {
  family?: { id: string } | undefined;
};

/**
 * Colour and marker for every offer of the catalog (all areas), keyed by offer id: the colour by
 * the provider's place among the family's providers, the marker by the offer's place among its
 * provider's offers of that family, sorted by id (ids are stable: share links name them).
 */
export function offerStyles(
  catalog: readonly StyledOffer[],
  theme: Theme,
): Map<string, OfferStyle> {
  const out = new Map<string, OfferStyle>();
  for (const family of ['faas', 'always-on'] as const) {
    const byProvider = new Map<ProviderId, Set<string>>();
    for (const o of catalog) {
      if (familyOf(o.kind) !== family) continue;
      const ids = byProvider.get(o.providerId) ?? new Set<string>();
      ids.add(o.id);
      byProvider.set(o.providerId, ids);
    }
    const providers = PROVIDER_IDS.filter((p) => byProvider.has(p));
    const shades = PALETTES[theme][family];
    // A provider with more offers than markers (AWS's servers and containers) lends the rest to
    // the (shade, marker) pairs nobody uses: first the shades no provider uses, then the markers
    // the last providers leave free on their own shade. Every pair stays distinct while the
    // palette has room (palette.test.ts fails the day it has not).
    const used = providers.map((p) => Math.min(byProvider.get(p)?.size ?? 0, MARKERS.length));
    const spare: [number, number][] = [];
    for (let s = providers.length; s < shades.length; s++)
      for (let m = 0; m < MARKERS.length; m++) spare.push([s, m]);
    for (let s = providers.length - 1; s >= 0; s--)
      for (let m = used[s] ?? 0; m < MARKERS.length; m++) spare.push([s, m]);
    let next = 0;
    providers.forEach((p, pi) => {
      const ids = [...(byProvider.get(p) ?? [])].sort();
      ids.forEach((id, oi) => {
        const [shade, marker] = oi < MARKERS.length ? [pi, oi] : (spare[next++] ?? [pi, oi]);
        out.set(id, {
          color: shades[shade % shades.length] ?? '#888',
          marker: MARKERS[marker % MARKERS.length] ?? 'circle',
          family,
        });
      });
    });
  }
  // An instance family looks like its first size (by id), in every scenario: one line per family.
  for (const o of catalog) {
    const fam = 'family' in o ? o.family : undefined;
    if (!fam || out.has(fam.id)) continue;
    let first = o.id;
    for (const x of catalog)
      if ('family' in x && x.family?.id === fam.id && x.id < first) first = x.id;
    const st = out.get(first);
    if (st) out.set(fam.id, st);
  }
  return out;
}
