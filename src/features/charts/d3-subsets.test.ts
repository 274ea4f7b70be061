import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// What Recharts gets for its `import * as d3Scales from 'victory-vendor/d3-scale'` (vite.config.ts).
import * as shipped from 'victory-vendor/d3-scale';
import { scaleLinear, scaleLog } from './d3-scales.ts';
import { interpolate } from './d3-interpolate.ts';
import * as format from './d3-format.ts';
import * as shapes from './d3-shapes.ts';
import { getNiceTickValues, getTickValuesFixedDomain } from './nice-ticks.ts';

const SRC = join(import.meta.dirname, '../..');

/** The text of every component in src/ (tests excluded). */
function components(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.tsx') && !f.includes('.test.'))
    .map((f) => readFileSync(join(SRC, f), 'utf8'));
}

/** Every scale an axis in src/ asks for by name: `scale="…"`, or `scale: '…'` in axis props. */
function scalesNamedInSource(): string[] {
  const names = new Set<string>();
  for (const text of components())
    for (const m of text.matchAll(/\bscale(?:=|:\s*)["'](\w+)["']/g)) if (m[1]) names.add(m[1]);
  return [...names];
}

describe('the d3 scales the charts ship', () => {
  it('are what Recharts finds when it looks a scale up by name', () => {
    expect(Object.keys(shipped).sort()).toEqual([
      'scaleBand',
      'scaleLinear',
      'scaleLog',
      'scalePoint',
    ]);
  });

  it('include every scale an axis names, and the ones Recharts picks by itself', () => {
    const named = scalesNamedInSource();
    expect(named).toContain('log'); // the break-even chart's axes
    // Recharts' 'auto': linear for numbers, point (line charts) or band for categories.
    for (const name of [...named, 'linear', 'point', 'band']) {
      const key = `scale${name.charAt(0).toUpperCase()}${name.slice(1)}`;
      expect(shipped, `scale="${name}" needs ${key} in d3-scales.ts`).toHaveProperty(key);
    }
  });

  it('map and invert pixels with the numbers-only interpolation', () => {
    // d3-scale's own continuous scale, given the interpolation its build gets.
    const x = scaleLinear().domain([0, 200]).range([40, 440]).interpolate(interpolate);
    expect(x(50)).toBe(140); // 40 + 50/200 × 400
    expect(x.invert(240)).toBe(100); // (240 − 40)/400 × 200
    const y = scaleLog().domain([1, 1000]).range([300, 0]).interpolate(interpolate);
    expect(y(10)).toBeCloseTo(200, 9); // log10(10)/log10(1000) = 1/3 of 300 px, from the bottom
  });

  it('refuse a range that is not numbers, by name, instead of drawing it wrong', () => {
    expect(() => interpolate('red', 'blue')).toThrow(/only numeric ranges/);
  });

  it('leave out d3-format: Recharts never asks a scale for its tick format', () => {
    expect(() => format.format()).toThrow(/tickFormatter/);
    // d3-scale needs d3-format only in scale.tickFormat(); a Recharts upgrade that calls it shows here.
    const recharts = join(SRC, '../node_modules/recharts/es6');
    const callers = readdirSync(recharts, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.js') && /\.tickFormat\(/.test(readFileSync(join(recharts, f), 'utf8')),
    );
    expect(callers).toEqual([]);
  });
});

describe('the d3 shapes the charts ship', () => {
  it('are the straight line, and the rest fail by name', () => {
    expect(shapes.line).toBeTypeOf('function');
    expect(shapes.curveLinear).toBeTypeOf('function');
    expect(() => shapes.curveMonotoneX()).toThrow(/curveMonotoneX is not shipped/);
    expect(() => shapes.symbol()).toThrow(/symbol is not shipped/);
    expect(() => shapes.area()).toThrow(/area is not shipped/);
  });

  it('cover every series the charts draw: straight lines, no dots, no stacks, no areas', () => {
    const recharts = new Set<string>();
    for (const text of components()) {
      for (const m of text.matchAll(/import \{([^}]*)\} from 'recharts'/g))
        for (const name of (m[1] ?? '').split(',')) recharts.add(name.trim());
      for (const [line] of text.matchAll(/<Line\b[\s\S]*?\/>/g)) {
        expect(line).toMatch(/type="linear"/);
        expect(line).toMatch(/dot=\{false\}/);
        expect(line).toMatch(/activeDot=\{false\}/);
        expect(line).not.toMatch(/stackId|baseLine/);
      }
    }
    // A new Recharts part (Area, Bar, Legend, Scatter, dots…) may need a shape left out here.
    expect([...recharts].filter(Boolean).sort()).toEqual([
      'Line',
      'LineChart',
      'ResponsiveContainer',
      'XAxis',
      'YAxis',
      'usePlotArea',
      'useXAxisScale',
      'useYAxisScale',
    ]);
  });
});

describe("Recharts' nice ticks", () => {
  it('are left out, and Recharts asks for them from one place only (the axis selectors)', () => {
    expect(getNiceTickValues()).toBeUndefined();
    expect(getTickValuesFixedDomain()).toBeUndefined();
    // vite.config.ts replaces `../../util/scale` for state/selectors/axisSelectors.js; an upgrade
    // that imports the nice ticks from anywhere else would ship decimal.js-light again, and shows here.
    const recharts = join(SRC, '../node_modules/recharts/es6');
    const importers = readdirSync(recharts, { recursive: true, encoding: 'utf8' }).filter(
      (f) =>
        f.endsWith('.js') &&
        !f.startsWith('util/scale/') &&
        f !== 'index.js' &&
        /from '[./]+util\/scale(\/getNiceTickValues|\/util\/arithmetic)?'/.test(
          readFileSync(join(recharts, f), 'utf8'),
        ),
    );
    expect(importers).toEqual(['state/selectors/axisSelectors.js']);
  });

  it('are not needed: every axis of the charts gives its ticks', () => {
    const charts = join(SRC, 'features/charts/components');
    for (const f of readdirSync(charts).filter(
      (n) => n.endsWith('.tsx') && !n.includes('.test.'),
    )) {
      const text = readFileSync(join(charts, f), 'utf8');
      for (const m of text.matchAll(/<[XY]Axis\b[\s\S]*?\/>/g))
        expect(m[0], `${f}: ${m[0].slice(0, 60)}`).toMatch(/\bticks\b/);
    }
  });
});
