import {
  converter,
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  type Color,
} from 'culori';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog/load-from-disk.ts';
import { BREAKDOWN_SHADES, BREAKDOWN_STEP } from './breakdown-colors.ts';
import { BACKGROUNDS, familyOf, offerStyles, PALETTES, type OfferStyle } from './palette.ts';
import { AREAS, defaultOfferIds } from '../scenario/spec.ts';

/**
 * WCAG 2.1 relative luminance and contrast ratio, written out from the definitions
 * (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance and #dfn-contrast-ratio):
 * each sRGB channel c = C/255 is linearised as c/12.92 when c ≤ 0.04045, else ((c+0.055)/1.055)^2.4;
 * L = 0.2126 R + 0.7152 G + 0.0722 B; contrast = (L1 + 0.05) / (L2 + 0.05), L1 the lighter.
 */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the contrast formula', () => {
  it('gives the ratios WCAG publishes', () => {
    // Black on white is 21:1 by definition ((1 + 0.05) / (0 + 0.05)).
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    // #777777: c = 119/255 = 0.4667 → ((0.4667+0.055)/1.055)^2.4 = 0.1845; (1.05)/(0.2345) = 4.48,
    // the well-known "#777 on white fails AA (4.48:1)".
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

const catalog = loadCatalog();
const drawn = catalog.offers.filter((o) => familyOf(o.kind) !== null);
const themes = ['light', 'dark'] as const;
/** The line an offer is drawn as: its instance family's, else its own. */
const lineOf = (o: (typeof drawn)[number]) => ('family' in o && o.family ? o.family.id : o.id);

// CIEDE2000 (culori's implementation of the CIE formula): about 2 is the smallest difference
// people notice side by side; 10 keeps two thin chart lines apart at a glance. EC2 t4g (a rose
// lent by AWS, #9f1239) beside DigitalOcean's pink (#be185d) was 9.4 and read as one colour.
const deltaE = differenceCiede2000();
const ALIKE_BELOW = 10;
// Colour-vision deficiency as culori simulates it (Machado, Oliveira and Fernandes 2009, at full
// severity): about 6 % of men see red and green like this.
const toRgb = converter('rgb');
const rgb = (c: string) => {
  const out = toRgb(c);
  if (!out) throw new Error(`not a colour: ${c}`);
  return out;
};
const deuteranopia = filterDeficiencyDeuter(1);
const protanopia = filterDeficiencyProt(1);
const VISIONS: Record<string, (c: string) => Color | string> = {
  typical: (c) => c,
  deuteranopia: (c) => deuteranopia(rgb(c)),
  protanopia: (c) => protanopia(rgb(c)),
};

/** The pairs of lines that look alike: colours closer than ΔE 10 and not both dash and marker differing. */
function alike(
  ids: readonly string[],
  styles: Map<string, OfferStyle>,
  see: (c: string) => Color | string,
): string[] {
  const out: string[] = [];
  for (const [i, a] of ids.entries())
    for (const b of ids.slice(i + 1)) {
      const sa = styles.get(a);
      const sb = styles.get(b);
      if (!sa || !sb) throw new Error(`no style for ${a} or ${b}`);
      if (deltaE(see(sa.color), see(sb.color)) >= ALIKE_BELOW) continue;
      if (sa.dash !== sb.dash && sa.marker !== sb.marker) continue;
      out.push(`${a} ~ ${b}`);
    }
  return out;
}

describe('offer styles', () => {
  it('draw a size as its family, whatever the catalog order', () => {
    const styles = offerStyles(catalog.offers, 'light');
    const reversed = offerStyles([...catalog.offers].reverse(), 'light');
    expect(styles.get('aws-ec2-t4g-small')).toEqual(styles.get('aws-ec2-t4g'));
    expect(styles.get('aws-ec2-t4g-xlarge')).toEqual(styles.get('aws-ec2-t4g'));
    expect(reversed.get('aws-ec2-t4g')).toEqual(styles.get('aws-ec2-t4g'));
  });

  it('do not depend on which offers are chosen, their order or the theme (but for the colour)', () => {
    const all = offerStyles(catalog.offers, 'light');
    const reversed = offerStyles([...catalog.offers].reverse(), 'light');
    const dark = offerStyles(catalog.offers, 'dark');
    for (const o of drawn) {
      expect(reversed.get(o.id)).toEqual(all.get(o.id));
      // The same shade index, dash and marker in the dark theme.
      const l = all.get(o.id);
      const d = dark.get(o.id);
      if (!l || !d) throw new Error(`no style for ${o.id}`);
      expect({ ...d, color: PALETTES.dark[d.family].indexOf(d.color) }).toEqual({
        ...l,
        color: PALETTES.light[l.family].indexOf(l.color),
      });
    }
  });

  it('keep FaaS in the cool family and always-on in the warm one', () => {
    const styles = offerStyles(catalog.offers, 'light');
    expect(styles.get('aws-lambda-arm64')?.family).toBe('faas');
    expect(styles.get('aws-ec2-t4g-small')?.family).toBe('always-on');
    expect(styles.get('aws-fargate-arm64')?.family).toBe('always-on');
  });

  for (const theme of themes) {
    it(`no two shades of the palette look alike, FaaS and always-on together (${theme})`, () => {
      const shades = [...PALETTES[theme].faas, ...PALETTES[theme]['always-on']];
      for (const [i, a] of shades.entries())
        for (const b of shades.slice(i + 1))
          expect(deltaE(a, b), `${a} vs ${b}`).toBeGreaterThanOrEqual(ALIKE_BELOW);
    });

    // Any lines of the catalog can be drawn together (every offer of an area chosen), so every
    // pair is checked, across areas too, as each vision sees it.
    for (const [vision, see] of Object.entries(VISIONS))
      it(`no two lines of the catalog look alike: colour, or else dash and marker (${theme}, ${vision})`, () => {
        const styles = offerStyles(catalog.offers, theme);
        const lines = [...new Set(drawn.map(lineOf))];
        expect(lines.length).toBeGreaterThan(20);
        expect(alike(lines, styles, see)).toEqual([]);
      });

    it(`each area's default comparison, all solid lines, is told apart with colour-blind eyes too (${theme})`, () => {
      const styles = offerStyles(catalog.offers, theme);
      for (const area of AREAS) {
        const ids = defaultOfferIds(area);
        for (const [vision, see] of Object.entries(VISIONS))
          expect(alike(ids, styles, see), `${area}, ${vision}`).toEqual([]);
        expect(ids.map((id) => styles.get(id)?.dash)).toEqual(ids.map(() => 'solid'));
      }
    });
  }

  it('the default comparison in us-east: Fargate (Arm) and EC2 t4g no longer share a colour', () => {
    for (const theme of themes) {
      const styles = offerStyles(catalog.offers, theme);
      expect(styles.get('aws-fargate-arm64')?.color).not.toBe(styles.get('aws-ec2-t4g')?.color);
      // The reader's example: DigitalOcean and EC2 were both orange.
      expect(styles.get('do-basic-1gb')?.color).not.toBe(styles.get('aws-ec2-t3-small')?.color);
    }
  });
});

describe('contrast against the background', () => {
  for (const theme of themes) {
    for (const [name, sets] of [
      ['offer palette', PALETTES[theme]],
      ['breakdown shades', BREAKDOWN_SHADES[theme]],
    ] as const) {
      it(`${name}: every colour is at least 3:1 (${theme})`, () => {
        for (const colour of [...sets.faas, ...sets['always-on']]) {
          for (const bg of BACKGROUNDS[theme]) {
            expect(contrast(colour, bg), `${colour} on ${bg}`).toBeGreaterThanOrEqual(3);
          }
        }
      });
    }

    it(`breakdown steps are told apart: each colour distinct within its family (${theme})`, () => {
      for (const family of ['faas', 'always-on'] as const) {
        const shades = BREAKDOWN_SHADES[theme][family];
        const steps = new Set(Object.values(BREAKDOWN_STEP));
        expect(shades.length).toBeGreaterThanOrEqual(steps.size);
        expect(new Set(shades).size).toBe(shades.length);
        // "Front door" (step 3) and "Data out" (step 4) looked alike in the dark theme: their
        // luminances now differ by at least 1.5× (a contrast of 1.5:1 between the two).
        const fd = shades[BREAKDOWN_STEP['front-door']] ?? '';
        const eg = shades[BREAKDOWN_STEP.egress] ?? '';
        expect(contrast(fd, eg), `${family} front door ${fd} vs data out ${eg}`).toBeGreaterThan(
          1.5,
        );
      }
    });
  }
});
