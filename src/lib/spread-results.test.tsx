// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Offer } from '../catalog/schema.ts';
import type { ReadyCalculation } from './calculation.ts';
import { spreadKey, useSpreadResults } from './spread-results.ts';
import { pairCalculation } from './spread-test-calc.ts';
import { FakeWorker, withFakeWorker } from './spread-test-worker.ts';

/** A redraw lands in a task of its own (own-task.ts): let those tasks run. */
async function drawn(): Promise<void> {
  for (let k = 0; k < 3; k++) await act(() => new Promise<void>((r) => setTimeout(r, 0)));
}

// The hand-made pair (spread-test-calc.ts) at 10M requests: FaaS 10M × (2e-7 + 1.25e-9 × ms) a
// month, so $3.25 at 100 ms and $2.625 at 50 ms; each typical cost is today's.

const requestIds = (w: FakeWorker | undefined) => w?.sentIds('spread') ?? [];

withFakeWorker();

describe('spread results with a worker', () => {
  it('sends the catalog once and the scenario, and shows the parts the worker sends back', async () => {
    const a = pairCalculation();
    const { result } = renderHook(() => useSpreadResults(a));
    await waitFor(() => expect(requestIds(FakeWorker.made[0])).toEqual([1]));
    expect(FakeWorker.made[0]?.sent.map((m) => m.type)).toEqual(['catalog', 'spread']);
    await waitFor(() => expect(FakeWorker.made[0]?.held.length).toBe(3));
    act(() => FakeWorker.made[0]?.deliver());
    await drawn();
    expect(result.current.fresh).toBe(true);
    expect(result.current.results?.ranges?.get('test-faas')?.typicalUsd).toBeCloseTo(3.25, 9);
    expect(result.current.results?.robustness?.answer).toBe('faas');
    expect(result.current.results?.band).toHaveLength(121);
  });

  it('drops the replies for a scenario that an edit replaced', async () => {
    const a = pairCalculation();
    const b: ReadyCalculation = { ...a, scenario: { ...a.scenario, durationMs: 50 } };
    const { result, rerender } = renderHook(({ calc }) => useSpreadResults(calc), {
      initialProps: { calc: a },
    });
    const w = () => FakeWorker.made[0];
    await waitFor(() => expect(requestIds(w())).toEqual([1]));
    rerender({ calc: b });
    await waitFor(() => expect(requestIds(w())).toEqual([1, 2]));
    expect(w()?.sent.filter((m) => m.type === 'catalog')).toHaveLength(1);
    // Request 1's replies arrive after request 2 was sent: none of them shows.
    await waitFor(() => expect(w()?.held.some((m) => m.id === 1)).toBe(true));
    act(() => w()?.deliver(1));
    await drawn();
    expect(result.current.results?.ranges).toBeUndefined();
    await waitFor(() => expect(w()?.held.filter((m) => m.id === 2)).toHaveLength(3));
    act(() => w()?.deliver(2));
    await drawn();
    expect(result.current.fresh).toBe(true);
    expect(result.current.results?.key).toBe(spreadKey(b.scenario));
    // 10M × (2e-7 + 1.25e-9 × 50) = $2.625.
    expect(result.current.results?.ranges?.get('test-faas')?.typicalUsd).toBeCloseTo(2.625, 9);
  });

  it('works the parts out on the page when the worker fails', async () => {
    FakeWorker.failOnMessage = true;
    const a = pairCalculation();
    const { result } = renderHook(() => useSpreadResults(a));
    await waitFor(() => expect(result.current.results?.band).toHaveLength(121));
    expect(result.current.fresh).toBe(true);
    expect(result.current.results?.ranges?.get('test-faas')?.typicalUsd).toBeCloseTo(3.25, 9);
  });

  it('lists the parts that failed, so the page can say they are left out', async () => {
    FakeWorker.failOnMessage = true; // on the page's thread, as without a worker
    const a = pairCalculation();
    // A FaaS offer without meters (the parser never lets one through): pricing it throws.
    const broken = { ...a.loaded.catalog.offers[0], meters: null } as unknown as Offer;
    const offers = [broken, ...a.loaded.catalog.offers.slice(1)];
    const calc = { ...a, loaded: { ...a.loaded, catalog: { ...a.loaded.catalog, offers } } };
    const { result } = renderHook(() => useSpreadResults(calc));
    await waitFor(() => expect(result.current.results?.band).toBeNull());
    expect(result.current.results?.failed).toEqual(['ranges', 'robustness', 'band']);
  });
});
