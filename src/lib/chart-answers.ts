/**
 * A chart's own data (chart-work.ts: the break-even sweep, growth, scenario B), worked out in the
 * spread worker after an edit, so an edit's long engine calls never run on the page's thread. The
 * first draw works it out here, at once (the chart has nothing to show yet, and no edit waits on
 * it); after that, a part keeps drawing the data it has, with the `shownFor` it was asked for
 * (the calculation whose figures go with it), until the worker's answer for the new key arrives,
 * then redraws once, in a task of its own: no flash, no blank chart. An answer for an older
 * request is dropped. Without a worker (jsdom, or one that failed) the data is worked out here,
 * during render, as before. A request the engine fails leaves the data out (`failed`), for a
 * quiet note in its place.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { LoadedCatalog } from '../catalog/catalog-query.ts';
import type { ChartAnswer, ChartKind, ChartRequest, ChartValues } from './chart-work.ts';
import { inOwnTask } from './own-task.ts';
import { chartWorkerAvailable, requestChart } from './spread-results.ts';

export interface ChartData<T, F> {
  /** The data, or null when working it out failed. */
  value: T | null;
  /** What the data goes with: this render's `shownFor` when fresh, else the one it was asked for. */
  shownFor: F;
  /** Whether the data is for this render's key (false: an earlier one's, while the worker works). */
  fresh: boolean;
}

interface Held<T, F> {
  key: string;
  loaded: LoadedCatalog;
  value: T | null;
  shownFor: F;
}

/** Work the data out here; null when the engine throws. */
function attempt<T>(here: () => T): T | null {
  try {
    return here();
  } catch {
    return null;
  }
}

/**
 * The data for `key` (a string of everything the request depends on) over `loaded`: `request`
 * makes the worker's request, `here` works the same data out on this thread.
 */
export function useChartAnswer<K extends ChartKind, F>(
  loaded: LoadedCatalog,
  key: string,
  request: () => Extract<ChartRequest, { kind: K }>,
  here: () => ChartValues[K],
  shownFor: F,
): ChartData<ChartValues[K], F> {
  const worker = chartWorkerAvailable();
  // The first draw: at once, here (a failure throws to the part's error boundary, as before).
  const [held, setHeld] = useState<Held<ChartValues[K], F> | null>(() =>
    worker ? { key, loaded, value: here(), shownFor } : null,
  );
  const fresh = held !== null && held.key === key && held.loaded === loaded;
  // The latest request's id: answers to any other are dropped.
  const latest = useRef(0);
  useEffect(() => {
    if (fresh) latest.current = 0; // back to the data held: an answer still on its way is dropped
    if (!worker || fresh) return;
    // `request`, `here` and `shownFor` are this render's, made for `key`.
    const id = requestChart(loaded, request(), (answer: ChartAnswer | null) => {
      if (latest.current !== id) return; // a newer request took over: dropped
      const value =
        answer === null
          ? attempt(here)
          : 'failed' in answer
            ? null
            : (answer.value as ChartValues[K]);
      // In a task of its own (own-task.ts): two answers arriving together redraw one part each.
      inOwnTask(() => flushSync(() => setHeld({ key, loaded, value, shownFor })));
    });
    latest.current = id;
    // What the closures compute is named by key and loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [worker, fresh, key, loaded]);
  // Without a worker: during render, as the charts always did.
  const direct = useMemo(
    () => (worker ? null : here()),
    // `here` is a new closure each render; what it computes is named by key and loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [worker, key, loaded],
  );
  if (!worker) return { value: direct, shownFor, fresh: true };
  if (held === null) return { value: null, shownFor, fresh: false };
  return fresh
    ? { value: held.value, shownFor, fresh: true }
    : { value: held.value, shownFor: held.shownFor, fresh: false };
}
