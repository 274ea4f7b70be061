/**
 * The d3 scales the charts' axes use, and the only ones the build ships.
 *
 * Recharts looks a scale up by name in `import * as d3Scales from 'victory-vendor/d3-scale'`, so
 * every export of d3-scale stays in the bundle, time and colour scales with their locale formats
 * included (about 7 kB gzip). vite.config.ts resolves that import to this module. An axis gets
 * `linear` for numbers, `band` or `point` for categories, and `log` where a chart asks for it; a
 * scale missing here would silently draw as `point`, so d3-subsets.test.ts checks every `scale=`.
 */
export { scaleBand, scaleLinear, scaleLog, scalePoint } from 'd3-scale';
