// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { inOwnTask, useInOwnTask } from './own-task.ts';

afterEach(cleanup);

/** Let the tasks already queued run (each takes one). */
async function tasks(n: number): Promise<void> {
  for (let k = 0; k < n; k++) await act(() => new Promise<void>((r) => setTimeout(r, 0)));
}

describe('redraws in tasks of their own', () => {
  it('runs each waiting part in a task of its own, in order', async () => {
    const ran: string[] = [];
    inOwnTask(() => ran.push('a'));
    inOwnTask(() => ran.push('b'));
    expect(ran).toEqual([]);
    // Our own first timer was queued after the first drain: by then only 'a' has run.
    await new Promise<void>((r) => setTimeout(r, 0));
    expect(ran).toEqual(['a']);
    await new Promise<void>((r) => setTimeout(r, 0));
    expect(ran).toEqual(['a', 'b']);
  });

  it('shows the first value at once and a later one only after a task', async () => {
    const { result, rerender } = renderHook(({ v }) => useInOwnTask(v), {
      initialProps: { v: 1 },
    });
    expect(result.current).toBe(1);
    rerender({ v: 2 });
    expect(result.current).toBe(1);
    await tasks(2);
    expect(result.current).toBe(2);
  });

  it('skips a value replaced before its turn', async () => {
    const seen: number[] = [];
    const { result, rerender } = renderHook(
      ({ v }) => {
        const shown = useInOwnTask(v);
        seen.push(shown);
        return shown;
      },
      { initialProps: { v: 1 } },
    );
    rerender({ v: 2 });
    rerender({ v: 3 });
    await tasks(3);
    expect(result.current).toBe(3);
    expect(seen).not.toContain(2);
  });
});
