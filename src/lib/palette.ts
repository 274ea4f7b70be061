/**
 * Two colour families used the same way everywhere: FaaS in cool hues, always-on (servers and
 * autoscaled containers) in warm hues; shades tell offers apart. Every colour keeps at least 3:1
 * contrast against the page background of its theme (white / #0f1419).
 */
import type { Theme } from './theme.ts';

export type Family = 'faas' | 'always-on';

const PALETTES: Record<Theme, Record<Family, readonly string[]>> = {
  light: {
    faas: ['#0e7490', '#1d4ed8', '#0f766e', '#4338ca', '#0369a1', '#155e75', '#1e40af', '#115e59'],
    'always-on': [
      '#c2410c',
      '#b91c1c',
      '#a16207',
      '#9d174d',
      '#92400e',
      '#7c2d12',
      '#be123c',
      '#854d0e',
    ],
  },
  dark: {
    faas: ['#22d3ee', '#60a5fa', '#2dd4bf', '#a5b4fc', '#38bdf8', '#67e8f9', '#93c5fd', '#5eead4'],
    'always-on': [
      '#fb923c',
      '#f87171',
      '#facc15',
      '#f472b6',
      '#fdba74',
      '#fca5a5',
      '#fb7185',
      '#fde047',
    ],
  },
};

/** Marker shapes, so no offer is told apart by colour alone. */
export const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star', 'wye'] as const;
export type Marker = (typeof MARKERS)[number];

export interface OfferStyle {
  color: string;
  marker: Marker;
  /** Dashed: estimates and free-tier-dependent lines. */
  family: Family;
}

/** Colour and marker for each offer, by its position within its family. */
export function offerStyles(
  offers: ReadonlyArray<{ offerId: string; family: Family }>,
  theme: Theme,
): Map<string, OfferStyle> {
  const seen: Record<Family, number> = { faas: 0, 'always-on': 0 };
  const out = new Map<string, OfferStyle>();
  for (const o of offers) {
    const i = seen[o.family]++;
    const shades = PALETTES[theme][o.family];
    out.set(o.offerId, {
      color: shades[i % shades.length] ?? '#888',
      marker: MARKERS[i % MARKERS.length] ?? 'circle',
      family: o.family,
    });
  }
  return out;
}
