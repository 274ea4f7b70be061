import { differenceCiede2000 } from 'culori';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog/load-from-disk.ts';
import { BREAKDOWN_SHADES, BREAKDOWN_STEP } from './breakdown-colors.ts';
import { BACKGROUNDS, familyOf, offerStyles, PALETTES } from './palette.ts';

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

describe('offer styles', () => {
  it('gives an instance family the look of its first size (by id), whatever the order', () => {
    const catalog = loadCatalog();
    const styles = offerStyles(catalog.offers, 'light');
    const reversed = offerStyles([...catalog.offers].reverse(), 'light');
    // aws-ec2-t4g-large sorts before aws-ec2-t4g-medium, -micro, -nano, -small and -xlarge.
    expect(styles.get('aws-ec2-t4g')).toEqual(styles.get('aws-ec2-t4g-large'));
    expect(reversed.get('aws-ec2-t4g')).toEqual(styles.get('aws-ec2-t4g'));
  });

  for (const theme of themes) {
    it(`give every catalog offer a distinct colour and marker within its family (${theme})`, () => {
      const styles = offerStyles(catalog.offers, theme);
      const seen = new Map<string, string>();
      for (const o of drawn) {
        const st = styles.get(o.id);
        expect(st, o.id).toBeDefined();
        if (!st) continue;
        // Dashed means an estimate (a catalog fact of the offer), so a distinct colour and
        // marker pair makes the (colour, marker, dash) triple distinct too.
        const key = `${st.family} ${st.color} ${st.marker}`;
        const other = seen.get(key);
        expect(other === undefined || other === o.id, `${o.id} looks like ${other}`).toBe(true);
        seen.set(key, o.id);
      }
    });
  }

  it('do not depend on which offers are chosen, their order or the theme', () => {
    const all = offerStyles(catalog.offers, 'light');
    const reversed = offerStyles([...catalog.offers].reverse(), 'light');
    const dark = offerStyles(catalog.offers, 'dark');
    for (const o of drawn) {
      expect(reversed.get(o.id)).toEqual(all.get(o.id));
      // The same shade index and marker in the dark theme.
      const l = all.get(o.id);
      const d = dark.get(o.id);
      if (!l || !d) throw new Error(`no style for ${o.id}`);
      expect(d.marker).toBe(l.marker);
      expect(PALETTES.dark[d.family].indexOf(d.color)).toBe(
        PALETTES.light[l.family].indexOf(l.color),
      );
    }
  });

  it('keep FaaS in the cool family and always-on in the warm one', () => {
    const styles = offerStyles(catalog.offers, 'light');
    expect(styles.get('aws-lambda-arm64')?.family).toBe('faas');
    expect(styles.get('aws-ec2-t4g-small')?.family).toBe('always-on');
    expect(styles.get('aws-fargate-arm64')?.family).toBe('always-on');
    // The reader's example: DigitalOcean and EC2 were both orange; now each provider has its shade.
    expect(styles.get('do-basic-1gb')?.color).not.toBe(styles.get('aws-ec2-t3-small')?.color);
  });

  // CIEDE2000 (culori's implementation of the CIE formula): about 2 is the smallest difference
  // people notice side by side; 10 keeps two thin chart lines apart at a glance. EC2 t4g (a rose
  // lent by AWS, #9f1239) beside DigitalOcean's pink (#be185d) was 9.4 and read as one colour.
  const deltaE = differenceCiede2000();
  for (const theme of themes) {
    it(`no two colours drawn in one family look alike (${theme})`, () => {
      const styles = [...offerStyles(catalog.offers, theme).values()];
      for (const family of ['faas', 'always-on'] as const) {
        const colours = [...new Set(styles.filter((s) => s.family === family).map((s) => s.color))];
        for (const [i, a] of colours.entries())
          for (const b of colours.slice(i + 1))
            expect(deltaE(a, b), `${family}: ${a} vs ${b}`).toBeGreaterThanOrEqual(10);
      }
    });
  }
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
