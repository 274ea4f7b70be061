/**
 * Redraws in tasks of their own. An edit's commit redraws the verdict at once; each chart, the
 * table and the what-ifs take the new value afterwards, one part per task, so no single task on
 * the page's thread draws them all (Recharts also re-renders each chart synchronously in its own
 * effects, inside the same task as its commit). The Long Tasks API counts any task over 50 ms.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

const queue: (() => void)[] = [];
let scheduled = false;

function drain(): void {
  scheduled = false;
  queue.shift()?.();
  if (queue.length > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(drain, 0);
}

/** Run `draw` in a task of its own, after those already waiting. */
export function inOwnTask(draw: () => void): void {
  queue.push(draw);
  schedule();
}

/**
 * `value` as this part draws it: the first at once; a later one in a task of its own (rendered
 * and committed there, with the effects it sets off), after the commit that brought it. A value
 * replaced before its turn is skipped. The part that uses it should be the only thing its
 * component draws (or sit under React.memo), so the commit that brings the value redraws nothing.
 */
export function useInOwnTask<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    let live = true;
    inOwnTask(() => {
      if (live) flushSync(() => setShown(() => value));
    });
    return () => {
      live = false;
    };
  }, [value, shown]);
  return shown;
}
