/**
 * Break-even volumes and the cost-versus-volume sweep. Only the monthly volume varies; the rest of
 * the scenario (duration, memory, pattern, options) stays fixed.
 */
import type { Offer } from '../catalog/schema.ts';
import type { Candidate } from './families.ts';
import { makeContext, type PricingContext, type PricingData } from './context.ts';
import { monthlyCost, selectOffers } from './price-offer.ts';
import { fixedFleetSteps } from './fleet.ts';
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

/** Relative width at which the crossing search stops (about 20 units in the last place). */
const ROOT_TOLERANCE = 4e-15;

/** Coarse grid used to bracket crossings: 0, then 4 points a decade from 1 to 10^12. */
const BRACKET_GRID = [0, ...logGrid(1, MAX_REQUESTS_PER_MONTH, 49)];

function contextAt(
  scenario: Scenario,
  requestsPerMonth: number,
  data: PricingData,
  profile: readonly number[],
): PricingContext {
  return makeContext(scenario, {
    platform: data.platform,
    requestsPerMonth,
    breakdown: false,
    profile,
  });
}

/** Pricing contexts for the bracketing grid, built once per scenario. */
type GridCache = { contexts: PricingContext[]; curves: Map<Candidate, number[]> };

/**
 * The lowest monthly volume at which `faas` becomes dearer than `alwaysOn`.
 * The always-on cost is a step function of volume (whole instances), so the answer is the first
 * volume, after a stretch where FaaS is cheaper or equal, where it costs more.
 */
export function breakEven(
  faas: Offer,
  alwaysOn: Candidate,
  scenario: Scenario,
  all: readonly Offer[],
  data: PricingData = {},
  profile: readonly number[] = weeklyProfile(scenario.pattern),
  cache: GridCache = {
    contexts: BRACKET_GRID.map((r) => contextAt(scenario, r, data, profile)),
    curves: new Map(),
  },
): BreakEven {
  const curve = (o: Candidate) => {
    let c = cache.curves.get(o);
    if (!c) {
      c = cache.contexts.map((ctx) => monthlyCost(o, ctx, all));
      cache.curves.set(o, c);
    }
    return c;
  };
  const F = curve(faas);
  const A = curve(alwaysOn);
  const base = { faasOfferId: faas.id, alwaysOnOfferId: alwaysOn.id };
  const costs = (r: number): [number, number] => {
    const ctx = contextAt(scenario, r, data, profile);
    return [monthlyCost(faas, ctx, all), monthlyCost(alwaysOn, ctx, all)];
  };
  const dearerAt = (r: number) => {
    const [f, a] = costs(r);
    return f > a;
  };
  const dearer = (i: number) => (F[i] ?? 0) > (A[i] ?? 0);

  // 1. The coarse grid: the first grid point where FaaS is dearer after one where it is not.
  const start = BRACKET_GRID.findIndex((_, i) => !dearer(i));
  let found: { lo: number; hi: number } | null = null;
  if (start !== -1)
    for (let i = start + 1; i < BRACKET_GRID.length; i++)
      if (dearer(i)) {
        found = { lo: BRACKET_GRID[i - 1] ?? 0, hi: BRACKET_GRID[i] ?? MAX_REQUESTS_PER_MONTH };
        break;
      }

  // 2. A fixed fleet is a staircase, and a window where FaaS is dearer can sit between two grid
  //    points, just below a step. FaaS is dearest relative to the fleet at the top of a step
  //    (top(j): the highest volume j instances carry), so check the tops of the steps below the
  //    grid's answer: every one of the first 16, then every 25 % further, then narrow down by
  //    bisection. Steps differ in width (random arrivals' 99th percentile grows slower than the rate).
  let everCheaper = start !== -1;
  if (alwaysOn.kind === 'always-on') {
    const { top, minInstances: m } = fixedFleetSteps(
      alwaysOn,
      contextAt(scenario, 1, data, profile),
    );
    const limit = Math.min(found ? found.hi : MAX_REQUESTS_PER_MONTH, MAX_REQUESTS_PER_MONTH);
    /** The largest j ≥ m − 1 whose top is at most `v` (tops grow with j). */
    const lastTopBelow = (v: number): number => {
      if (!(top(m) <= v)) return m - 1;
      let lo = m;
      let hi = m + 1;
      while (top(hi) <= v) {
        lo = hi;
        hi = hi * 2;
        if (hi > 1e13) return lo; // more instances than any volume here needs
      }
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (top(mid) <= v) lo = mid;
        else hi = mid;
      }
      return lo;
    };
    const lastJ = lastTopBelow(limit);
    // Up to the top of the minimum fleet the fleet cost is continuous: if FaaS is dearer there,
    // the crossing lies between the last cheaper grid point below it and that top.
    let prevJ = m;
    let prevDearer = top(m) <= limit ? dearerAt(top(m)) : true;
    if (top(m) <= limit && prevDearer && start !== -1 && (BRACKET_GRID[start] ?? 0) < top(m)) {
      let lo = BRACKET_GRID[start] ?? 0;
      for (let i = start; i < BRACKET_GRID.length && (BRACKET_GRID[i] ?? 0) < top(m); i++)
        if (!dearer(i)) lo = BRACKET_GRID[i] ?? lo;
      found = { lo, hi: top(m) };
    } else if (!prevDearer) everCheaper = true;
    const lastStep = found ? Math.min(lastJ, lastTopBelow(found.hi)) : lastJ;
    for (
      let j = m + 1;
      j <= lastStep;
      j = j < m + 16 ? j + 1 : Math.max(j + 1, Math.floor(j * 1.25))
    ) {
      // A step's bottom (just above the previous top) is where FaaS is cheapest relative to it.
      if (!everCheaper && !dearerAt(top(j - 1) * (1 + 1e-9))) everCheaper = true;
      const d = dearerAt(top(j));
      if (d && everCheaper) {
        // The first dearer top lies in (prevJ, j]: narrow it down, assuming one sign change.
        let lo = prevJ;
        let hi = j;
        if (!prevDearer)
          while (hi - lo > 1) {
            const mid = Math.floor((lo + hi) / 2);
            if (dearerAt(top(mid))) hi = mid;
            else lo = mid;
          }
        // Inside step hi the fleet cost is continuous; just above its bottom FaaS is not dearer.
        const candidate = { lo: top(hi - 1) * (1 + 1e-7), hi: top(hi) };
        if (!found || candidate.hi < found.hi) found = candidate;
        break;
      }
      prevJ = j;
      prevDearer = d;
    }
  }

  if (!everCheaper)
    return {
      ...base,
      status: 'faas-always-dearer',
      requestsPerMonth: null,
      faasMonthlyUsd: null,
      alwaysOnMonthlyUsd: null,
    };
  if (!found)
    return {
      ...base,
      status: 'never',
      requestsPerMonth: null,
      faasMonthlyUsd: null,
      alwaysOnMonthlyUsd: null,
    };
  // 3. Narrow down between the last "not dearer" volume and the first "dearer" one.
  const at = narrowCrossing(found.lo, found.hi, (r) => {
    const [f, a] = costs(r);
    return f - a;
  });
  const [fHi, aHi] = costs(at);
  return {
    ...base,
    status: 'crosses',
    requestsPerMonth: at,
    faasMonthlyUsd: fHi,
    alwaysOnMonthlyUsd: aHi,
  };
}

/**
 * The crossing of a gap between `lo` (gap ≤ 0) and `hi` (gap > 0), lo < hi: the lowest value found
 * where the gap is positive, to a relative width of `tolerance`. False position with the Illinois
 * correction (a gap of costs is piecewise linear in volume, so it takes a few steps), falling back
 * to bisection when a step makes too little progress. The break-even search (in volume) and the
 * robustness thresholds (src/engine/thresholds.ts, in one input at a time) both narrow with it.
 */
export function narrowCrossing(
  lo: number,
  hi: number,
  gap: (x: number) => number,
  tolerance = ROOT_TOLERANCE,
): number {
  let gLo = gap(lo);
  let gHi = gap(hi);
  let side = 0;
  // Down to a few units in the last place by default: JavaScript engines differ in the last bit of
  // Math.exp and `**` (Node 20 and Chromium 156 do), and a looser stop would let the page and the
  // CLI land on different points of the same bracket; this close, both name the same whole request.
  for (let iter = 0; iter < 200 && hi - lo > tolerance * Math.abs(hi); iter++) {
    const width = hi - lo;
    let mid = gHi > gLo ? lo + (width * -gLo) / (gHi - gLo) : lo + width / 2;
    // Keep every probe well inside the bracket, and just above lo once the root is pinned there.
    const tol = 0.5 * tolerance * Math.abs(hi);
    if (!(mid > lo + tol)) mid = lo + Math.min(tol, width / 2);
    if (!(mid < hi - tol)) mid = hi - Math.min(tol, width / 2);
    if (iter % 8 === 7) mid = lo > 0 ? Math.sqrt(lo * hi) : lo + width / 2; // guaranteed shrink
    if (!(mid > lo && mid < hi)) break; // no double left between them
    const g = gap(mid);
    if (g > 0) {
      hi = mid;
      gHi = g;
      if (side === 1) gLo /= 2;
      side = 1;
    } else {
      lo = mid;
      gLo = g;
      if (side === -1) gHi /= 2;
      side = -1;
    }
  }
  return hi;
}

/**
 * Break-even of every FaaS offer against every always-on or autoscaled offer and family (a family
 * re-picks its cheapest size at every volume the search tries).
 */
export function findBreakEvens(
  scenario: Scenario,
  priced: readonly Candidate[],
  all: readonly Offer[],
  data: PricingData,
  profile: readonly number[],
): BreakEven[] {
  const faas = priced.filter((o): o is Offer => o.kind === 'faas');
  const fleets = priced.filter(
    (o) => o.kind === 'always-on' || o.kind === 'autoscaled-container' || o.kind === 'family',
  );
  const cache: GridCache = {
    contexts: BRACKET_GRID.map((r) => contextAt(scenario, r, data, profile)),
    curves: new Map(),
  };
  const out: BreakEven[] = [];
  for (const f of faas)
    for (const a of fleets) out.push(breakEven(f, a, scenario, all, data, profile, cache));
  return out;
}

/** `platform` as for evaluateScenario (see PricingData). */
export interface SweepOptions extends PricingData {
  points?: number;
  min?: number;
  max?: number;
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
  // Every point's costs by offer id, as a copy of one object that has every id already: adding two
  // dozen keys one by one turns each point's object into a slow dictionary (a tenth of a sweep).
  const every: Record<string, number> = {};
  for (const o of chosen) every[o.id] = 0;
  const template = { ...every };
  const costs = new Float64Array(chosen.length);
  return grid.map((r) => {
    const ctx = contextAt(scenario, r, opts, profile);
    let allFinite = true;
    for (let i = 0; i < chosen.length; i++) {
      const c = monthlyCost(chosen[i]!, ctx, offers);
      costs[i] = c;
      if (!Number.isFinite(c)) allFinite = false;
    }
    const usd: Record<string, number> = allFinite ? { ...template } : {};
    for (let i = 0; i < chosen.length; i++) {
      const c = costs[i]!;
      if (Number.isFinite(c)) usd[chosen[i]!.id] = c;
    }
    return { requestsPerMonth: r, usd };
  });
}
