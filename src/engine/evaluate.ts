/**
 * Entry point of the engine: (scenario, offers) → results. Pure functions, no React or DOM. The
 * page loads this module lazily (src/lib/engine.ts), so what the page calls through it is exported
 * here.
 */
import type { Offer } from '../catalog/schema.ts';
import { findBreakEvens } from './breakeven.ts';
import { makeContext, type PricingData } from './context.ts';
import type { Candidate } from './families.ts';
import { priceOffer, selectOffers, unavailableSelected } from './price-offer.ts';
import { compareResults } from './ranking.ts';
import type { Scenario } from './scenario.ts';
import type { OfferResult, ScenarioResult } from './types.ts';

export { scaleLines } from './units.ts';

/** `platform`: the data loaded with the catalog (see PricingData). */
export interface EvaluateOptions extends PricingData {
  /** Work out every FaaS × fleet break-even (default true); off when only prices are needed. */
  breakEven?: boolean;
}

/**
 * Evaluate every offer the scenario compares (all non-front-door offers in its area when it names
 * none), in the ranking's order (src/engine/ranking.ts), with the break-even volume of each
 * priced FaaS offer against each priced always-on offer.
 */
export function evaluateScenario(
  scenario: Scenario,
  offers: readonly Offer[],
  opts: EvaluateOptions = {},
): ScenarioResult {
  const data: PricingData = { platform: opts.platform };
  const ctx = makeContext(scenario, data);
  const results: OfferResult[] = [];
  // What each priced result stands for (an offer or a family), for the break-even searches.
  const compared = new Map<OfferResult, Candidate>();
  for (const sel of selectOffers(scenario, offers)) {
    if (sel.offer) {
      const r = priceOffer(sel.offer, ctx, offers);
      compared.set(r, sel.offer);
      results.push(r);
    } else if (sel.elsewhere) results.push(unavailableSelected(sel, sel.elsewhere, scenario.area));
  }
  results.sort(compareResults);
  // Break-even only between offers with a comparable price (not those a hard limit stops).
  const priced: Candidate[] = [];
  for (const r of results) {
    const c = r.status === 'priced' ? compared.get(r) : undefined;
    if (c) priced.push(c);
  }
  return {
    requestsPerMonth: ctx.requestsPerMonth,
    requestsPerSecond: ctx.averageRps,
    weeklyProfile: ctx.profile.slice(),
    results,
    breakEven:
      opts.breakEven === false ? [] : findBreakEvens(scenario, priced, offers, data, ctx.profile),
  };
}
