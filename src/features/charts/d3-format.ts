/**
 * d3-format as d3-scale sees it in the build: not shipped (vite.config.ts, `chartD3Subsets`).
 *
 * d3-scale imports it only for `scale.tickFormat()`, which Recharts never calls (d3-subsets.test.ts
 * reads its source); the axes format their ticks with `tickFormatter` and src/describe/format.ts
 * (Intl). This saves about 2 kB gzip; a call would fail with this message.
 */
function notShipped(): never {
  throw new Error(
    "chart scale: d3's tick formats are not shipped; format ticks with the axis's tickFormatter (src/features/charts/d3-format.ts)",
  );
}

export const format = notShipped;
export const formatPrefix = notShipped;
export const formatSpecifier = notShipped;
export const precisionFixed = notShipped;
export const precisionPrefix = notShipped;
export const precisionRound = notShipped;
