/**
 * Growth: the monthly bill of every offer, month by month, when traffic grows by a steady rate,
 * and the first month in which the answer (cheapest FaaS or cheapest always-on) flips. Month 1 is
 * today's traffic; month k is today's × (1 + rate/100)^(k−1). Everything else stays as it is.
 */
import type { Offer } from '../catalog/schema.ts';
import type { PricingData } from './context.ts';
import { runnableMonthlyCost, selectOffers } from './price-offer.ts';
import { weeklyProfile } from './profile.ts';
import { contextWith, inputValues } from './ranges.ts';
import type { Answer } from './robustness.ts';
import type { Scenario } from './scenario.ts';

export interface GrowthMonth {
  /** 1 for today. */
  month: number;
  requestsPerMonth: number;
  /**
   * Each offer the scenario compares and can price here: the month's bill in USD, or null in a
   * month it cannot run (a hard limit stops it).
   */
  results: Array<{ offerId: string; totalUsd: number | null }>;
  /** Which family is cheaper that month (null: one family has no offer that can run). */
  cheaper: Answer | null;
  /** The cheapest FaaS and always-on offer that month (ids; null: none of that family can run). */
  cheapest: { faas: string | null; alwaysOn: string | null };
}

export interface Growth {
  /** Growth of traffic a month, in percent (negative: shrinking). */
  monthlyGrowthPct: number;
  months: GrowthMonth[];
  /** The first month whose answer differs from month 1's, or null if it never does. */
  flipMonth: number | null;
}

export interface GrowthOptions extends PricingData {
  monthlyGrowthPct: number;
  months: number;
}

/** Requests a month in month `k` (1-based) at `pct` growth a month from `today`. */
export function requestsInMonth(today: number, pct: number, k: number): number {
  // Multiplied month by month, not with **: Math.pow's last bit differs between V8 releases, and
  // the page (the browser's V8) and the CLI (Node's) must write the same document.
  let requests = today;
  for (let month = 1; month < k; month++) requests *= 1 + pct / 100;
  return requests;
}

/** The month-by-month bills (see the module comment). */
export function growthSeries(
  scenario: Scenario,
  offers: readonly Offer[],
  opts: GrowthOptions,
): Growth {
  const chosen = selectOffers(scenario, offers).flatMap((s) =>
    s.offer && s.offer.kind !== 'front-door' ? [s.offer] : [],
  );
  const profile = weeklyProfile(scenario.pattern);
  const today = inputValues(scenario);
  const months: GrowthMonth[] = [];
  for (let k = 1; k <= opts.months; k++) {
    const requestsPerMonth = requestsInMonth(today.requestsPerMonth, opts.monthlyGrowthPct, k);
    const ctx = contextWith(scenario, { ...today, requestsPerMonth }, opts, profile);
    let faas = Infinity;
    let alwaysOn = Infinity;
    const cheapest: GrowthMonth['cheapest'] = { faas: null, alwaysOn: null };
    const results = chosen.map((o) => {
      const usd = runnableMonthlyCost(o, ctx, offers);
      if (!Number.isFinite(usd)) return { offerId: o.id, totalUsd: null };
      if (o.kind === 'faas') {
        if (usd < faas) [faas, cheapest.faas] = [usd, o.id];
      } else if (usd < alwaysOn) [alwaysOn, cheapest.alwaysOn] = [usd, o.id];
      return { offerId: o.id, totalUsd: usd };
    });
    const cheaper =
      faas === Infinity || alwaysOn === Infinity
        ? null
        : faas < alwaysOn
          ? 'faas'
          : faas > alwaysOn
            ? 'always-on'
            : 'tie';
    months.push({ month: k, requestsPerMonth, results, cheaper, cheapest });
  }
  const first = months[0]?.cheaper ?? null;
  const flip = months.find((m) => m.cheaper !== null && first !== null && m.cheaper !== first);
  return {
    monthlyGrowthPct: opts.monthlyGrowthPct,
    months,
    flipMonth: flip?.month ?? null,
  };
}
