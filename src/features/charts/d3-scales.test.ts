import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// What Recharts gets for its `import * as d3Scales from 'victory-vendor/d3-scale'` (vite.config.ts).
import * as shipped from 'victory-vendor/d3-scale';

const SRC = join(import.meta.dirname, '../..');

/** Every `scale="…"` an axis in src/ asks for by name. */
function scalesNamedInSource(): string[] {
  const names = new Set<string>();
  for (const entry of readdirSync(SRC, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.tsx') || entry.includes('.test.')) continue;
    for (const m of readFileSync(join(SRC, entry), 'utf8').matchAll(/\bscale="(\w+)"/g))
      if (m[1]) names.add(m[1]);
  }
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
});
