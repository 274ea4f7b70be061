/**
 * The spread work for one scenario, as steps of one engine call each: each offer's cost range, the
 * verdict's robustness (thresholds and tornado), and the break-even chart's bands. React-free and
 * DOM-free: the page's spread worker (spread-worker.ts) runs it off the main thread, and
 * spread-results.ts runs the same steps on the main thread, one task each, where there is no
 * worker. Every part is plain data (structured clone carries it from the worker).
 */
import type { Offer } from '../catalog/schema.ts';
import type { Platform } from '../catalog/platform.ts';
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

/** Volumes of the break-even chart's band: every other one of the chart's 241 (12 a decade). */
export const BAND_POINTS = 121;

/** One finished part; `value` null: nothing to show (no spread), or the part failed (`failed`). */
export type SpreadPart =
  | { part: 'ranges'; value: ReadonlyMap<string, CostRange> | null; failed?: true }
  | { part: 'robustness'; value: Robustness | null; failed?: true }
  | { part: 'band'; value: readonly BandPoint[] | null; failed?: true };

export type SpreadPartName = SpreadPart['part'];

/** The band depends on neither the workload's volume (it is the chart's axis) nor the horizon. */
export function bandKey(scenario: Scenario): string {
  return JSON.stringify({ ...scenario, workload: null, horizon: null, currency: null });
}

/** The last band worked out, kept so an edit of the volume alone does not redo its sweeps. */
export interface BandMemo {
  key: string;
  /** Which catalog it was priced over (the page's loaded catalog, or the worker's copy's id). */
  catalog: unknown;
  band: readonly BandPoint[] | null;
}

/** Each step is one engine call; null when it threw (the part is then left out, not the page). */
function attempt<T>(f: () => T): { value: T } | null {
  try {
    return { value: f() };
  } catch {
    return null;
  }
}

/**
 * The steps for `scenario` (as the engine prices it: see priced-scenario.ts) over `offers`. A step
 * returns its finished part, or null while a part needs more steps (the band's sweeps). `memo`
 * holds the last band: reused when only the volume changed, replaced when a band is made.
 */
export function spreadSteps(
  scenario: Scenario,
  offers: readonly Offer[],
  platform: Platform,
  catalog: unknown,
  memo: { band: BandMemo | null },
): Array<() => SpreadPart | null> {
  const data = { platform };
  const steps: Array<() => SpreadPart | null> = [
    () => {
      if (noSpread(scenario.spread)) return { part: 'ranges', value: null };
      const r = attempt(
        () => new Map(costRanges(scenario, offers, data).map((c) => [c.offerId, c] as const)),
      );
      return r ? { part: 'ranges', value: r.value } : { part: 'ranges', value: null, failed: true };
    },
    () => {
      const r = attempt(() => robustness(scenario, offers, data));
      return r
        ? { part: 'robustness', value: r.value }
        : { part: 'robustness', value: null, failed: true };
    },
  ];
  const key = bandKey(scenario);
  const last = memo.band;
  if (last && last.key === key && last.catalog === catalog) {
    steps.push(() => ({ part: 'band', value: last.band }));
    return steps;
  }
  const corners = bandCorners(scenario.spread);
  const sweeps: SweepPoint[][] = [];
  let failed = false;
  for (const f of corners)
    steps.push(() => {
      const points = attempt(() =>
        sweep(scenarioAt(scenario, f), offers, { ...data, points: BAND_POINTS }),
      );
      if (points) sweeps.push(points.value);
      else failed = true;
      return null;
    });
  steps.push(() => {
    if (failed) return { part: 'band', value: null, failed: true };
    const band = corners.length > 0 ? sweepBand(sweeps) : null;
    memo.band = { key, catalog, band };
    return { part: 'band', value: band };
  });
  return steps;
}

/**
 * Run `steps` one task each (`schedule` puts the next in a task of its own), handing each finished
 * part to `emit`, and stop as soon as `current()` is false: a newer scenario took over.
 */
export function runSteps(
  steps: Array<() => SpreadPart | null>,
  current: () => boolean,
  emit: (part: SpreadPart) => void,
  schedule: (next: () => void) => void,
): void {
  const next = () => {
    if (!current()) return;
    const step = steps.shift();
    if (!step) return;
    const part = step();
    if (part) emit(part);
    if (steps.length > 0) schedule(next);
  };
  next();
}
