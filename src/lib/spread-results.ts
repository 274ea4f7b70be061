/**
 * Cost ranges, the verdict's robustness and the break-even chart's bands for the page, worked out
 * after the verdict and never in its way. An edit is priced and drawn first; this work starts only
 * once the scenario has stayed the same for QUIET_MS (typing a number never waits for it), in a
 * Web Worker (spread-worker.ts: off the main thread, so none of it is a long task on the page),
 * one step at a time; an edit made meanwhile stops it, and any reply for an older scenario is
 * dropped. Without a worker (none in this browser, or it failed to start) the same steps run here,
 * one short task each (spread-work.ts). A part that fails is left out and named in `failed`. The
 * parts are published together: one computation per scenario, shared by the verdict's note, the
 * table and the charts. Loaded only with those lazy parts, never with the first verdict.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { LoadedCatalog } from '../catalog/catalog-query.ts';
import type { BandPoint, CostRange } from '../engine/ranges.ts';
import type { Robustness } from '../engine/robustness.ts';
import type { Scenario } from '../engine/scenario.ts';
import { encodeScenario } from '../url/codec.ts';
import type { ReadyCalculation } from './calculation.ts';
import { inOwnTask } from './own-task.ts';
import { pricedScenario } from './priced-scenario.ts';
import type { ChartAnswer, ChartRequest } from './chart-work.ts';
import type { FromSpreadWorker, ToSpreadWorker } from './spread-protocol.ts';
import {
  bandKey,
  runSteps,
  spreadSteps,
  type BandMemo,
  type SpreadPart,
  type SpreadPartName,
} from './spread-work.ts';
import spreadWorkerUrl from './spread-worker.ts?shared-worker-url';

export { BAND_POINTS } from './spread-work.ts';

/** How long the scenario must stay unchanged before the work starts. */
export const QUIET_MS = 150;

export interface SpreadResults {
  /** The scenario they are for (its link, without the horizon and currency, which change nothing). */
  key: string;
  loaded: LoadedCatalog;
  /** What the band depends on (bandKey): a band stays right while only the volume changes. */
  bandFor: string;
  /** Each offer's low–typical–high monthly cost; null when no input has a spread. */
  ranges?: ReadonlyMap<string, CostRange> | null;
  robustness?: Robustness | null;
  /** The break-even chart's bands (duration and CPU time spreads); null when neither has one. */
  band?: readonly BandPoint[] | null;
  /** The last robustness worked out, for this scenario or an earlier one (shown while updating). */
  lastRobustness?: Robustness | null;
  /** Parts that failed to be worked out (left out, with a quiet note where they would show). */
  failed?: readonly SpreadPartName[];
}

/** The work's key: horizon and display currency move no cost, so changing them redoes nothing. */
export function spreadKey(scenario: Scenario): string {
  const { currency, ...rest } = scenario;
  void currency;
  return encodeScenario({ ...rest, horizon: 'month' });
}

interface Job {
  key: string;
  loaded: LoadedCatalog;
  calc: ReadyCalculation;
  timer: ReturnType<typeof setTimeout>;
  /** The worker request's id, once sent. */
  id?: number;
  out?: SpreadResults;
  /** The main thread's run of this job, if any (a later run replaces it). */
  here?: object;
}

let current: SpreadResults | null = null;
let job: Job | null = null;
/** The main thread's band memo (the worker keeps its own). */
const memo: { band: BandMemo | null } = { band: null };
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

/**
 * One finished part into the job's results, published once all three are in: each publish redraws
 * the charts, the table and the note, so one redraw instead of three keeps the page's thread free.
 */
function apply(mine: Job, part: SpreadPart): void {
  const out = mine.out;
  if (!out) return;
  const next: SpreadResults = { ...out, [part.part]: part.value };
  if (part.failed) next.failed = [...(out.failed ?? []), part.part];
  mine.out = next;
  if (next.ranges !== undefined && next.robustness !== undefined && next.band !== undefined)
    publish(next);
}

// The worker: started on the first request, kept for the page's life. `broken`: it failed to
// start or stopped, so the work runs on the main thread from then on.
let worker: Worker | null = null;
let broken = false;
let requests = 0;
let catalogCount = 0;
let catalogs = new WeakMap<LoadedCatalog, number>();
/** Chart requests sent and not answered: id → what the page does with the answer (null: work it out here). */
const charts = new Map<number, (answer: ChartAnswer | null) => void>();

function answerChart(id: number, answer: ChartAnswer | null): boolean {
  const done = charts.get(id);
  if (!done) return false;
  charts.delete(id);
  done(answer);
  return true;
}

function startWorker(): Worker | null {
  if (worker || broken) return worker;
  if (typeof Worker === 'undefined') {
    broken = true;
    return null;
  }
  try {
    worker = new Worker(spreadWorkerUrl, { type: 'module', name: 'spread' });
  } catch {
    broken = true;
    return null;
  }
  worker.onmessage = (e: MessageEvent<FromSpreadWorker>) => {
    const m = e.data;
    if (m.type === 'chart') {
      answerChart(m.id, m.answer);
      return;
    }
    if (m.type === 'failed' && answerChart(m.id, null)) return; // the worker lacks the catalog
    const mine = job;
    if (!mine || mine.id !== m.id) return; // for an older scenario: dropped
    if (m.type === 'part') apply(mine, m.part);
    else runHere(mine); // the worker lacks the catalog: do it here
  };
  const started = worker;
  const fail = () => {
    if (worker !== started) return; // already handled
    started.terminate();
    worker = null;
    broken = true;
    if (job?.out) runHere(job);
    for (const id of [...charts.keys()]) answerChart(id, null);
  };
  worker.onerror = fail;
  worker.onmessageerror = fail;
  return worker;
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
  const mine: Job = { key, loaded, calc, timer: setTimeout(() => run(mine), QUIET_MS) };
  job = mine;
}

function run(mine: Job): void {
  if (job !== mine) return;
  mine.out = {
    key: mine.key,
    loaded: mine.loaded,
    bandFor: bandKey(pricedScenario(mine.calc)),
    lastRobustness: current?.lastRobustness ?? null,
  };
  const w = startWorker();
  if (!w) {
    runHere(mine);
    return;
  }
  try {
    const catalogId = catalogIn(w, mine.loaded);
    mine.id = ++requests;
    w.postMessage({
      type: 'spread',
      id: mine.id,
      catalogId,
      scenario: pricedScenario(mine.calc),
    } satisfies ToSpreadWorker);
  } catch {
    // The catalog or scenario could not be cloned: work here.
    runHere(mine);
  }
}

/** The worker's id of this catalog, sent to it first if it does not have it (may throw: cloning). */
function catalogIn(w: Worker, loaded: LoadedCatalog): number {
  let catalogId = catalogs.get(loaded);
  if (catalogId === undefined) {
    catalogId = ++catalogCount;
    w.postMessage({
      type: 'catalog',
      catalogId,
      offers: loaded.catalog.offers,
      platform: loaded.platform,
    } satisfies ToSpreadWorker);
    catalogs.set(loaded, catalogId);
  }
  return catalogId;
}

/** Whether chart data can be worked out off the main thread (false in jsdom, or once the worker failed). */
export function chartWorkerAvailable(): boolean {
  return !broken && typeof Worker !== 'undefined';
}

/**
 * Ask the worker for a chart's data (chart-work.ts). `done` gets its answer in a task of its own,
 * or null when the page must work it out itself (no worker, or it failed or lacks the catalog).
 * Returns the request's id: a later request supersedes it (the worker may skip it; its answer
 * still comes, and the caller drops what is not its latest).
 */
export function requestChart(
  loaded: LoadedCatalog,
  request: ChartRequest,
  done: (answer: ChartAnswer | null) => void,
): number {
  const id = ++requests;
  const w = startWorker();
  if (!w) {
    setTimeout(() => done(null), 0);
    return id;
  }
  try {
    const catalogId = catalogIn(w, loaded);
    charts.set(id, done);
    w.postMessage({ type: 'chart', id, catalogId, request } satisfies ToSpreadWorker);
  } catch {
    charts.delete(id);
    setTimeout(() => done(null), 0);
  }
  return id;
}

/** The same steps on the main thread, one task each (no worker here). */
function runHere(mine: Job): void {
  delete mine.id;
  const token = {};
  mine.here = token;
  mine.out = {
    key: mine.key,
    loaded: mine.loaded,
    bandFor: bandKey(pricedScenario(mine.calc)),
    lastRobustness: mine.out?.lastRobustness ?? current?.lastRobustness ?? null,
  };
  const steps = spreadSteps(
    pricedScenario(mine.calc),
    mine.loaded.catalog.offers,
    mine.loaded.platform,
    mine.loaded,
    memo,
  );
  runSteps(
    steps,
    () => job === mine && mine.here === token,
    (part) => apply(mine, part),
    (next) => setTimeout(next, 0),
  );
}

/**
 * The results as this part draws them: each part takes a publish in a task of its own (own-task.ts),
 * so the charts, the table and the note do not all redraw in one long task when the work is done.
 */
function usePublished(): SpreadResults | null {
  const [shown, setShown] = useState(snapshot);
  useEffect(() => {
    let live = true;
    const take = () =>
      inOwnTask(() => {
        if (live) flushSync(() => setShown(() => current));
      });
    const unsubscribe = subscribe(take);
    take(); // a publish between this part's render and its subscribing (unchanged: no redraw)
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return shown;
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
  const results = usePublished();
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
  memo.band = null;
  worker?.terminate();
  worker = null;
  broken = false;
  catalogs = new WeakMap();
  charts.clear();
  requests = 0;
  catalogCount = 0;
}
