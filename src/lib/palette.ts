/**
 * The one place colours, dashes and markers are assigned. Two colour families used the same way
 * everywhere: FaaS in cool hues, always-on (servers and autoscaled containers) in warm hues. A
 * provider's first line has the provider's shade; no two lines look alike (a colour of their own,
 * or else another dash and marker), and a line looks the same in every scenario and both themes:
 * the assignment reads the whole catalog, never the offers chosen or their rank. Every colour
 * keeps at least 3:1 contrast against the page background and the panel surface of its theme
 * (palette.test.ts checks all of it).
 */
import { PROVIDER_IDS, type ProviderId } from '../catalog/providers.ts';
import type { Offer } from '../catalog/schema.ts';
import { AREAS, defaultOfferIds } from '../scenario/spec.ts';
import type { Theme } from './theme.ts';

export type Family = 'faas' | 'always-on';

/** The backgrounds series are drawn on (global.css `--bg` and `--surface`). */
export const BACKGROUNDS: Record<Theme, readonly string[]> = {
  light: ['#ffffff', '#f5f7f9'],
  dark: ['#0f1419', '#161d25'],
};

/**
 * The shades of each family, both themes at the same index: first one per provider with lines of
 * that family, in providers.ts order, then the spare shades (SPARE in the comments) that a
 * provider's further lines take before any dotted line is drawn. FaaS in cool hues, always-on in
 * warm ones, near the brands where they fit (AWS orange, Google blue and red, Azure green and
 * amber, Cloudflare violet, Vercel slate, DigitalOcean pink, Fly purple).
 *
 * Tuned together, not one by one (a search in OKLCH from Tailwind's shades, the default
 * comparison's held near them, kept only where the checks pass): every two shades, of either
 * family, are at least CIEDE2000 10 apart in each theme, as people see them and under simulated
 * deuteranopia and protanopia, and each shade keeps 3:1 against both backgrounds of its theme
 * (palette.test.ts checks each, line by line over the whole catalog).
 */
export const PALETTES: Record<Theme, Record<Family, readonly string[]>> = {
  light: {
    // AWS, Google, Azure, Cloudflare, Vercel (white in the dark theme); SPARE
    faas: ['#00758f', '#0732d5', '#00813e', '#7c42ff', '#4a5762', '#3e837e'],
    // AWS, Google, Azure, DigitalOcean, Hetzner, Fly, Heroku; SPARE × 3
    'always-on': [
      '#cc4c00',
      '#c4001a',
      '#857364',
      '#b00051',
      '#2e1400',
      '#9d008e',
      '#5f9044',
      '#423e3a',
      '#700024',
      '#a13000',
    ],
  },
  dark: {
    faas: ['#6ce4fb', '#69aeff', '#00ce71', '#8671eb', '#ffffff', '#00baa9'],
    'always-on': [
      '#ff8b31',
      '#c55350',
      '#ffd47c',
      '#ff6da9',
      '#b87849',
      '#f3a2cf',
      '#99e500',
      '#ddbca4',
      '#f2c1ca',
      '#fff0c0',
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

/**
 * A line's own dash, beside its colour: solid, or dotted for the second line of a shade. An
 * estimate's line is dashed on top of it (solid → dashed, dotted → dash-dot; components.css), so
 * the two channels never hide each other.
 */
export type Dash = 'solid' | 'dotted';

export interface OfferStyle {
  color: string;
  marker: Marker;
  dash: Dash;
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

/** The line an offer is drawn as: its instance family's (one line per family), else its own. */
function lineOf(o: StyledOffer): string {
  return o.family?.id ?? o.id;
}

/**
 * Colour, marker and dash for every line the catalog can draw (all areas), keyed by offer id and
 * by instance family id; a size looks like its family. A look is a (shade, dash) pair: first every
 * shade solid, then every shade dotted. Each provider's first line takes its own shade, solid
 * (the provider's colour); its other lines take the shades no provider owns, then the dotted twin
 * of its own shade, then any dotted shade left. Lines of the default comparison (in any area) go
 * first, so the page as it opens shows only solid lines in distinct colours. The marker belongs to
 * the look and differs between a shade's solid and dotted line, so two lines of one shade differ by
 * dash AND marker; two shades differ by colour (palette.test.ts: CIEDE2000 ≥ 10 in both themes).
 * Nothing here reads the offers chosen or their rank. (Two sizes of one family named side by side,
 * as only an old link can, share the family's look.)
 */
export function offerStyles(
  catalog: readonly StyledOffer[],
  theme: Theme,
): Map<string, OfferStyle> {
  const out = new Map<string, OfferStyle>();
  const lineOfId = new Map<string, string>();
  for (const o of catalog) lineOfId.set(o.id, lineOf(o));
  // The default comparison's lines (every area's, in its order) first, then the rest by id.
  const rank = new Map<string, number>();
  for (const id of AREAS.flatMap(defaultOfferIds)) {
    const line = lineOfId.get(id) ?? id;
    if (!rank.has(line)) rank.set(line, rank.size);
  }
  const rankOf = (line: string) => rank.get(line) ?? rank.size;
  const order = (a: string, b: string) => rankOf(a) - rankOf(b) || (a < b ? -1 : a > b ? 1 : 0);
  for (const family of ['faas', 'always-on'] as const) {
    const byProvider = new Map<ProviderId, Set<string>>();
    for (const o of catalog) {
      if (familyOf(o.kind) !== family) continue;
      const lines = byProvider.get(o.providerId) ?? new Set<string>();
      lines.add(lineOf(o));
      byProvider.set(o.providerId, lines);
    }
    const providers = PROVIDER_IDS.filter((p) => byProvider.has(p));
    const shades = PALETTES[theme][family];
    const looks = shades.length * 2;
    const taken = new Set<number>();
    const look = new Map<string, number>();
    const rest: [number, string][] = [];
    providers.forEach((p, pi) => {
      const lines = [...(byProvider.get(p) ?? [])].sort(order);
      lines.forEach((line, li) => {
        if (li === 0) {
          look.set(line, pi);
          taken.add(pi);
        } else rest.push([pi, line]);
      });
    });
    // The default comparison's other lines first, so they get a shade of their own.
    rest.sort(([, a], [, b]) => rankOf(a) - rankOf(b));
    const free = (from: number, to: number) => {
      for (let l = from; l < to; l++) if (!taken.has(l)) return l;
      return undefined;
    };
    for (const [pi, line] of rest) {
      const own = shades.length + pi;
      // More lines than looks (palette.test.ts fails first): the provider's own shade again.
      const l =
        free(providers.length, shades.length) ??
        (taken.has(own) ? undefined : own) ??
        free(shades.length, looks) ??
        pi;
      look.set(line, l);
      taken.add(l);
    }
    for (const [line, l] of look) {
      const shade = l % shades.length;
      const dotted = l >= shades.length;
      out.set(line, {
        color: shades[shade] ?? '#888',
        marker: MARKERS[(shade + (dotted ? 5 : 0)) % MARKERS.length] ?? 'circle',
        dash: dotted ? 'dotted' : 'solid',
        family,
      });
    }
  }
  // A size is drawn as its family's line.
  for (const o of catalog) {
    const st = out.get(lineOf(o));
    if (st) out.set(o.id, st);
  }
  return out;
}

const looks = new WeakMap<
  readonly StyledOffer[],
  Partial<Record<Theme, Map<string, OfferStyle>>>
>();

/**
 * `offerStyles` of a loaded catalog, worked out once per catalog and theme. Read by the charts and
 * the results table only, so the palette stays out of the first load (the verdict draws no line).
 */
export function stylesFor(
  catalog: readonly StyledOffer[],
  theme: Theme,
): ReadonlyMap<string, OfferStyle> {
  const byTheme = looks.get(catalog) ?? {};
  looks.set(catalog, byTheme);
  return (byTheme[theme] ??= offerStyles(catalog, theme));
}

/** The looks of a calculation's catalog in its theme (a ready calculation from calculation.ts). */
export function stylesOf(calc: {
  loaded: { catalog: { offers: readonly StyledOffer[] } };
  theme: Theme;
}): ReadonlyMap<string, OfferStyle> {
  return stylesFor(calc.loaded.catalog.offers, calc.theme);
}
