// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { sweep } from '../engine/breakeven.ts';
import type { Scenario } from '../engine/scenario.ts';
import type { ReadyCalculation } from './calculation.ts';
import { useChartAnswer } from './chart-answers.ts';
import { pairCalculation } from './spread-test-calc.ts';
import { FakeWorker, withFakeWorker } from './spread-test-worker.ts';

/** A redraw lands in a task of its own (own-task.ts): let those tasks run. */
async function drawn(): Promise<void> {
  for (let k = 0; k < 3; k++) await act(() => new Promise<void>((r) => setTimeout(r, 0)));
}

// The hand-made pair (spread-test-calc.ts): FaaS 2e-7 + 1.25e-9 × ms a request, the VM $7.30 a
// month. A two-volume sweep from 100 a month: FaaS at 100 is 100 × (2e-7 + 1.25e-9 × ms), so
// $0.0000325 at 100 ms, $0.00002625 at 50 ms and $0.00002 at 0 ms.

const pair = pairCalculation();
const at = (durationMs: number): ReadyCalculation => ({
  ...pair,
  scenario: { ...pair.scenario, durationMs },
});

/** The break-even chart's use: a sweep keyed by the scenario, going with its calculation. */
function useSweep(calc: ReadyCalculation) {
  const { scenario, loaded } = calc;
  const here = vi.fn((s: Scenario) =>
    sweep(s, loaded.catalog.offers, { points: 2, platform: loaded.platform }),
  );
  const answer = useChartAnswer(
    loaded,
    JSON.stringify(scenario),
    () => ({ kind: 'sweep', scenario, points: 2 }),
    () => here(scenario),
    calc,
  );
  return { ...answer, faasAt100: answer.value?.[0]?.usd['test-faas'] };
}

const chartIds = (w: FakeWorker | undefined) => w?.sentIds('chart') ?? [];

withFakeWorker();

describe('a chart’s data from the worker', () => {
  it('draws at once the first time, then keeps its data and calculation until the worker answers', async () => {
    const { result, rerender } = renderHook(({ calc }) => useSweep(calc), {
      initialProps: { calc: at(100) },
    });
    // The first draw asks no worker.
    expect(result.current.faasAt100).toBeCloseTo(0.0000325, 12);
    expect(result.current.fresh).toBe(true);
    expect(FakeWorker.made).toHaveLength(0);

    rerender({ calc: at(50) });
    const w = () => FakeWorker.made[0];
    await waitFor(() => expect(chartIds(w())).toHaveLength(1));
    // Meanwhile: the 100 ms sweep, with the 100 ms calculation it goes with.
    expect(result.current.fresh).toBe(false);
    expect(result.current.faasAt100).toBeCloseTo(0.0000325, 12);
    expect(result.current.shownFor.scenario.durationMs).toBe(100);

    await waitFor(() => expect(w()?.held).toHaveLength(1));
    act(() => w()?.deliver());
    await drawn();
    expect(result.current.fresh).toBe(true);
    expect(result.current.faasAt100).toBeCloseTo(0.00002625, 12);
    expect(result.current.shownFor.scenario.durationMs).toBe(50);
  });

  it('drops an answer for a request that a newer one replaced', async () => {
    const { result, rerender } = renderHook(({ calc }) => useSweep(calc), {
      initialProps: { calc: at(100) },
    });
    rerender({ calc: at(50) });
    const w = () => FakeWorker.made[0];
    await waitFor(() => expect(chartIds(w())).toHaveLength(1));
    rerender({ calc: at(0) });
    await waitFor(() => expect(chartIds(w())).toHaveLength(2));
    const [older, newer] = chartIds(w());
    await waitFor(() => expect(w()?.held.some((m) => m.id === newer)).toBe(true));
    // The older answer (if the worker got to it before the newer request came) is dropped.
    act(() => w()?.deliver(older));
    await drawn();
    expect(result.current.fresh).toBe(false);
    expect(result.current.shownFor.scenario.durationMs).toBe(100);
    act(() => w()?.deliver(newer));
    await drawn();
    expect(result.current.fresh).toBe(true);
    expect(result.current.shownFor.scenario.durationMs).toBe(0);
    expect(result.current.faasAt100).toBeCloseTo(0.00002, 12);
  });

  it('works the data out on the page when the worker fails', async () => {
    FakeWorker.failOnMessage = true;
    const { result, rerender } = renderHook(({ calc }) => useSweep(calc), {
      initialProps: { calc: at(100) },
    });
    rerender({ calc: at(50) });
    await waitFor(() => expect(result.current.fresh).toBe(true));
    expect(result.current.faasAt100).toBeCloseTo(0.00002625, 12);
  });

  it('works the data out during render where there is no worker', () => {
    vi.unstubAllGlobals();
    vi.stubGlobal('Worker', undefined);
    const { result, rerender } = renderHook(({ calc }) => useSweep(calc), {
      initialProps: { calc: at(100) },
    });
    rerender({ calc: at(50) });
    expect(result.current.fresh).toBe(true);
    expect(result.current.faasAt100).toBeCloseTo(0.00002625, 12);
  });
});
