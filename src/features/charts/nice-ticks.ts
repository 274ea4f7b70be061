/**
 * Recharts' "nice ticks" (its util/scale: getNiceTickValues and getTickValuesFixedDomain), with
 * decimal.js-light behind them: 6.6 kB gzip of the charts chunk. The axes here give their own ticks
 * (linearMoneyTicks for money, fixed lists for volumes and hours) with a domain ending on the last
 * tick, and with ticks given Recharts reads nice ticks only to widen an 'auto' domain end: the
 * chart SVG is the same without them (compared on five scenarios, three currencies and every
 * horizon). vite.config.ts resolves Recharts' import to this module, which returns none: what
 * Recharts does for an axis with `niceTicks="none"`, a setting it supports. Where a money axis has
 * no ticks of its own (a series below zero, or no cost at all), its ticks come from the d3 scale
 * (still steps of 1, 2 or 5) and its domain ends at the data rather than at a round value.
 * d3-subsets.test.ts checks that Recharts imports these from one place only.
 */
export function getNiceTickValues(): undefined {
  return undefined;
}

export function getTickValuesFixedDomain(): undefined {
  return undefined;
}
