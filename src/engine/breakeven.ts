/**
 * Break-even volumes and the cost-versus-volume sweep. Only the monthly volume varies; the rest of
 * the scenario (duration, memory, pattern, options) stays fixed.
 */
import type { Offer } from '../catalog/schema.ts';
import { makeContext, type FxRates, type PricingContext } from './context.ts';
import { fmtCount } from './describe.ts';
import { labelOf, monthlyCost, selectOffers } from './evaluate.ts';
import { MAX_REQUESTS_PER_MONTH, type Scenario } from './scenario.ts';
import { weeklyProfile } from './profile.ts';
import type { BreakEven, SweepPoint } from './types.ts';

/** `points` volumes spaced evenly on a log scale from `min` to `max` inclusive. */
export function logGrid(min: number, max: number, points: number): number[] {
  const a = Math.log10(min);
  const b = Math.log10(max);
  const out: number[] = [];
  for (let i = 0; i < points; i++) out.push(10 ** (a + ((b - a) * i) / (points - 1)));
  out[out.length - 1] = max;
  return out;
}

/** Coarse grid used to bracket crossings: 0, then 4 points a decade from 1 to 10^12. */
const BRACKET_GRID = [0, ...logGrid(1, MAX_REQUESTS_PER_MONTH, 49)];

function contextAt(
  scenario: Scenario,
  requestsPerMonth: number,
  fx: FxRates | undefined,
  profile: readonly number[],
): PricingContext {
  return makeContext(scenario, { fx, requestsPerMonth, detail: false, profile });
}

/** Pricing contexts for the bracketing grid, built once per scenario. */
type GridCache = { contexts: PricingContext[]; curves: Map<Offer, number[]> };

/**
 * The lowest monthly volume at which `faas` becomes dearer than `alwaysOn`.
 * The always-on cost is a step function of volume (whole instances), so the answer is the first
 * volume, after a stretch where FaaS is cheaper or equal, where it costs more.
 */
export function breakEven(
  faas: Offer,
  alwaysOn: Offer,
  scenario: Scenario,
  all: readonly Offer[],
  fx?: FxRates,
  profile: readonly number[] = weeklyProfile(scenario.pattern),
  cache: GridCache = {
    contexts: BRACKET_GRID.map((r) => contextAt(scenario, r, fx, profile)),
    curves: new Map(),
  },
): BreakEven {
  const curve = (o: Offer) => {
    let c = cache.curves.get(o);
    if (!c) {
      c = cache.contexts.map((ctx) => monthlyCost(o, ctx, all));
      cache.curves.set(o, c);
    }
    return c;
  };
  const F = curve(faas);
  const A = curve(alwaysOn);
  const names = `${labelOf(faas)} vs ${labelOf(alwaysOn)}`;
  const base = { faasOfferId: faas.id, alwaysOnOfferId: alwaysOn.id };
  const dearer = (i: number) => (F[i] ?? 0) > (A[i] ?? 0);
  const start = BRACKET_GRID.findIndex((_, i) => !dearer(i));
  if (start === -1)
    return {
      ...base,
      status: 'faas-always-dearer',
      requestsPerMonth: null,
      faasMonthlyUsd: null,
      alwaysOnMonthlyUsd: null,
      summary: `${names}: FaaS is dearer at any volume up to 10^12 requests a month.`,
    };
  let k = -1;
  for (let i = start + 1; i < BRACKET_GRID.length; i++)
    if (dearer(i)) {
      k = i;
      break;
    }
  if (k === -1)
    return {
      ...base,
      status: 'never',
      requestsPerMonth: null,
      faasMonthlyUsd: null,
      alwaysOnMonthlyUsd: null,
      summary: `${names}: FaaS stays cheaper at every volume up to 10^12 requests a month.`,
    };
  // Bisect between the last "not dearer" grid point and the first "dearer" one.
  let lo = BRACKET_GRID[k - 1] ?? 0;
  let hi = BRACKET_GRID[k] ?? MAX_REQUESTS_PER_MONTH;
  let fHi = F[k] ?? 0;
  let aHi = A[k] ?? 0;
  for (let iter = 0; iter < 60 && hi - lo > Math.max(1e-6 * hi, 0.5); iter++) {
    const mid = lo > 0 ? Math.sqrt(lo * hi) : hi / 2;
    const ctx = contextAt(scenario, mid, fx, profile);
    const f = monthlyCost(faas, ctx, all);
    const a = monthlyCost(alwaysOn, ctx, all);
    if (f > a) {
      hi = mid;
      fHi = f;
      aHi = a;
    } else lo = mid;
  }
  return {
    ...base,
    status: 'crosses',
    requestsPerMonth: hi,
    faasMonthlyUsd: fHi,
    alwaysOnMonthlyUsd: aHi,
    summary: `${labelOf(faas)} stays cheaper than ${labelOf(alwaysOn)} up to about ${fmtCount(hi)} requests a month.`,
  };
}

/** Break-even of every FaaS offer against every always-on or autoscaled offer. */
export function findBreakEvens(
  scenario: Scenario,
  priced: readonly Offer[],
  all: readonly Offer[],
  fx: FxRates | undefined,
  profile: readonly number[],
): BreakEven[] {
  const faas = priced.filter((o) => o.kind === 'faas');
  const fleets = priced.filter((o) => o.kind === 'always-on' || o.kind === 'autoscaled-container');
  const cache: GridCache = {
    contexts: BRACKET_GRID.map((r) => contextAt(scenario, r, fx, profile)),
    curves: new Map(),
  };
  const out: BreakEven[] = [];
  for (const f of faas)
    for (const a of fleets) out.push(breakEven(f, a, scenario, all, fx, profile, cache));
  return out;
}

export interface SweepOptions {
  points?: number;
  min?: number;
  max?: number;
  fx?: FxRates | undefined;
}

/**
 * Monthly cost of every compared offer over log-spaced volumes (default 241 points, 10^2 to
 * 10^12 requests a month), for the break-even chart.
 */
export function sweep(
  scenario: Scenario,
  offers: readonly Offer[],
  opts: SweepOptions = {},
): SweepPoint[] {
  const grid = logGrid(
    opts.min ?? 100,
    opts.max ?? MAX_REQUESTS_PER_MONTH,
    Math.max(2, opts.points ?? 241),
  );
  const chosen = selectOffers(scenario, offers).flatMap((s) => (s.offer ? [s.offer] : []));
  const profile = weeklyProfile(scenario.pattern);
  return grid.map((r) => {
    const ctx = contextAt(scenario, r, opts.fx, profile);
    const usd: Record<string, number> = {};
    for (const o of chosen) {
      const c = monthlyCost(o, ctx, offers);
      if (Number.isFinite(c)) usd[o.id] = c;
    }
    return { requestsPerMonth: r, usd };
  });
}
