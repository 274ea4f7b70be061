/**
 * What the page's export adds to the results document, as the CLI does for a `--url` link: cost
 * ranges and robustness over the scenario's spreads, scenario B when it is shown and growth when it
 * is. Loaded with the export and the ranges panel, never with the first verdict.
 */
import { applyChanges } from '../url/compare.ts';
import { compareChangesOf } from '../url/compare-link.ts';
import { growthSeries, requestsInMonth } from '../engine/growth.ts';
import { noSpread } from '../engine/ranges.ts';
import { spreadAnalysis } from '../engine/robustness.ts';
import { MAX_REQUESTS_PER_MONTH, requestsPerMonthOf, type Scenario } from '../engine/scenario.ts';
import type { ReadyCalculation } from './calculation.ts';
import type { DocumentExtras } from './results-document.ts';
import { pricedScenario } from './priced-scenario.ts';

/** Scenario B for A and B's `b.` link parameters, as the CLI builds it (src/url/compare.ts). */
export function compareScenario(calc: ReadyCalculation, compare: string): Scenario {
  const ids = new Set(calc.loaded.catalog.offers.map((o) => o.id));
  return applyChanges(calc.scenario, compareChangesOf(compare) ?? '', { offerIds: ids }).scenario;
}

export function pageDocumentExtras(calc: ReadyCalculation, compare: string | null): DocumentExtras {
  const a = pricedScenario(calc);
  const offers = calc.loaded.catalog.offers;
  const platform = calc.loaded.platform;
  const extras: DocumentExtras = {};
  if (!noSpread(a.spread)) extras.spreads = spreadAnalysis(a, offers, { platform });
  if (compare !== null) {
    const b = compareScenario(calc, compare);
    const priced = b.offers.length > 0 ? b : { ...b, offers: ['none-chosen'] };
    extras.compare = {
      scenario: b,
      result: calc.engine.evaluateScenario(priced, offers, { platform }),
    };
  }
  // Growth as the page shows it (and the CLI for a link with gr/gm); none past 10^12 requests a
  // month, where the page says why instead of drawing it.
  const g = a.growth;
  if (
    g &&
    requestsInMonth(requestsPerMonthOf(a.workload), g.monthlyPct, g.months) <=
      MAX_REQUESTS_PER_MONTH
  )
    extras.growth = growthSeries(a, offers, {
      platform,
      monthlyGrowthPct: g.monthlyPct,
      months: g.months,
    });
  return extras;
}
