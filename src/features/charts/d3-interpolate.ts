/**
 * d3-interpolate as d3-scale sees it in the build: numbers only (vite.config.ts, `chartD3Subsets`).
 *
 * A continuous scale maps its domain onto its range with d3's generic `interpolate`, which also
 * handles colours, dates, strings and objects and so brings all of d3-color (about 4 kB gzip).
 * The charts' ranges are pixel numbers, so numbers are all it needs; anything else is refused
 * with a message rather than drawn wrong.
 */
import { interpolateNumber } from 'd3-interpolate';

export { interpolateNumber, interpolateRound, piecewise } from 'd3-interpolate';

export function interpolate(a: unknown, b: unknown): (t: number) => number {
  if (typeof a !== 'number' || typeof b !== 'number')
    throw new TypeError(
      `chart scale: only numeric ranges are shipped (src/features/charts/d3-interpolate.ts), got ${typeof a} → ${typeof b}`,
    );
  return interpolateNumber(a, b);
}
