/**
 * Cost ranges, the verdict's robustness and the break-even chart's bands for the page, worked out
 * after the verdict and never in its way. An edit is priced and drawn first; these start only once
 * the scenario has stayed the same for QUIET_MS (typing a number never waits for them), then run as
 * a few short tasks, one engine call each, so an edit made meanwhile is handled between two of them
 * and the rest of the stale work is dropped. One computation per scenario, shared by the verdict's
 * note, the table and the charts. Loaded only with those lazy parts, never with the first verdict.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { LoadedCatalog } from '../catalog/catalog-query.ts';
import { sweep } from '../engine/breakeven.ts';
import {
  bandCorners,
  costRanges,
  noSpread,
  scenarioAt,
  sweepBand,
  type BandPoint,
  type CostRange,
} from '../engine/ranges.ts';
import { robustness, type Robustness } from '../engine/robustness.ts';
import type { Scenario } from '../engine/scenario.ts';
import type { SweepPoint } from '../engine/types.ts';
import { encodeScenario } from '../url/codec.ts';
import type { ReadyCalculation } from './calculation.ts';
import { pricedScenario } from './priced-scenario.ts';

/** How long the scenario must stay unchanged before the work starts. */
export const QUIET_MS = 150;
/** Volumes of the break-even chart's band: every other one of the chart's 241 (12 a decade). */
export const BAND_POINTS = 121;

export interface SpreadResults {
  /** The scenario they are for (its link, without the horizon and currency, which change nothing). */
  key: string;
  loaded: LoadedCatalog;
  /** Each offer's low–typical–high monthly cost; null when no input has a spread. */
  ranges?: ReadonlyMap<string, CostRange> | null;
  robustness?: Robustness | null;
  /** The break-even chart's bands (duration and CPU time spreads); null when neither has one. */
  band?: readonly BandPoint[] | null;
  /** The last robustness worked out, for this scenario or an earlier one (shown while updating). */
  lastRobustness?: Robustness | null;
}

/** The work's key: horizon and display currency move no cost, so changing them redoes nothing. */
export function spreadKey(scenario: Scenario): string {
  const { currency, ...rest } = scenario;
  void currency;
  return encodeScenario({ ...rest, horizon: 'month' });
}

/** The band depends on neither the workload's volume (it is the chart's axis) nor the horizon. */
function bandKey(scenario: Scenario): string {
  return JSON.stringify({ ...scenario, workload: null, horizon: null, currency: null });
}

let current: SpreadResults | null = null;
let job: { key: string; loaded: LoadedCatalog; timer: ReturnType<typeof setTimeout> } | null = null;
let lastBand: { key: string; loaded: LoadedCatalog; band: readonly BandPoint[] | null } | null =
  null;
const listeners = new Set<() => void>();

function publish(next: SpreadResults): void {
  current = next.robustness !== undefined ? { ...next, lastRobustness: next.robustness } : next;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => current;

/** Each step is one engine call; null when it threw (the part is then left out, not the page). */
function attempt<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

/**
 * Start (or keep) the work for this calculation: nothing when it is already under way or done for
 * the same scenario and catalog; otherwise the previous work is dropped and this one starts after
 * QUIET_MS.
 */
export function requestSpreadResults(calc: ReadyCalculation): void {
  const key = spreadKey(calc.scenario);
  const loaded = calc.loaded;
  if (job && job.key === key && job.loaded === loaded) return;
  if (job) clearTimeout(job.timer);
  const mine = { key, loaded, timer: setTimeout(() => run(calc, mine), QUIET_MS) };
  job = mine;
}

function run(calc: ReadyCalculation, mine: typeof job): void {
  const s = pricedScenario(calc);
  const offers = calc.loaded.catalog.offers;
  const data = { platform: calc.loaded.platform };
  let out: SpreadResults = {
    key: spreadKey(calc.scenario),
    loaded: calc.loaded,
    lastRobustness: current?.lastRobustness ?? null,
  };
  const bk = bandKey(s);
  const sweeps: SweepPoint[][] = [];
  const corners = bandCorners(s.spread);
  const steps: Array<() => void> = [
    () => {
      const ranges = noSpread(s.spread)
        ? null
        : attempt(() => new Map(costRanges(s, offers, data).map((r) => [r.offerId, r])));
      out = { ...out, ranges };
    },
    () => {
      out = { ...out, robustness: attempt(() => robustness(s, offers, data)) };
    },
  ];
  if (lastBand && lastBand.key === bk && lastBand.loaded === calc.loaded) {
    const band = lastBand.band;
    steps.push(() => {
      out = { ...out, band };
    });
  } else {
    for (const f of corners)
      steps.push(() => {
        const points = attempt(() =>
          sweep(scenarioAt(s, f), offers, { ...data, points: BAND_POINTS }),
        );
        if (points) sweeps.push(points);
      });
    steps.push(() => {
      const band =
        corners.length > 0 && sweeps.length === corners.length ? sweepBand(sweeps) : null;
      lastBand = { key: bk, loaded: calc.loaded, band };
      out = { ...out, band };
    });
  }
  const next = () => {
    if (job !== mine) return; // a newer scenario took over
    const step = steps.shift();
    if (!step) return;
    step();
    publish(out);
    setTimeout(next, 0);
  };
  next();
}

/**
 * The spread results for this calculation, as far as they are done: `fresh` when they are for its
 * scenario; otherwise the last ones (for another scenario, or null), which a part may keep on
 * screen, marked as updating, or hide.
 */
export function useSpreadResults(
  calc: ReadyCalculation,
  /** False: read only, start nothing (the widget's charts show no bands). */
  enabled = true,
): {
  results: SpreadResults | null;
  fresh: boolean;
} {
  useEffect(() => {
    if (enabled) requestSpreadResults(calc);
  }, [calc, enabled]);
  const results = useSyncExternalStore(subscribe, snapshot, snapshot);
  const fresh =
    enabled &&
    results !== null &&
    results.loaded === calc.loaded &&
    results.key === spreadKey(calc.scenario);
  return { results, fresh };
}

/** For tests: forget every result and pending work. */
export function resetSpreadResults(): void {
  if (job) clearTimeout(job.timer);
  job = null;
  current = null;
  lastBand = null;
}
