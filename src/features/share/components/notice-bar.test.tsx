// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadScenario, setRequests, useScenarioStore } from '../../../state/scenario-store.ts';
import { decodeScenario, encodeScenario } from '../../../url/codec.ts';
import { DEFAULT_PAGE_SCENARIO } from '../../../engine/default-scenario.ts';
import { startUrlSync } from '../url-sync.ts';
import { NoticeBar } from './notice-bar.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('share links in the page', () => {
  it('names each bad parameter and why, keeps the rest, and can be dismissed', async () => {
    const { scenario, notices } = decodeScenario('?v=1&n=banana&m=10&mem=-5&zzz=1');
    loadScenario(scenario, notices);
    render(<NoticeBar />);
    // The notice markup loads with the first notice.
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('2 values in this link could not be used');
    expect(status.textContent).toContain('n (requests): "banana" is not a number.');
    expect(status.textContent).toContain('mem (memory (MB)): -5 is below the minimum of 64.');
    expect(status.textContent).not.toContain('zzz');
    expect(useScenarioStore.getState().scenario.workload).toEqual({
      requests: 1000,
      everyMinutes: 10,
    });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it("names a parameter once when it is its own label (the widget's theme)", async () => {
    loadScenario(structuredClone(DEFAULT_PAGE_SCENARIO), [
      { param: 'theme', field: 'theme', reason: '"purple" is not one of light, dark, auto' },
      { param: 'lock', field: 'read-only', reason: '"2" is not 1 or 0' },
    ]);
    render(<NoticeBar />);
    const items = (await screen.findByRole('status')).querySelectorAll('li');
    expect([...items].map((li) => li.textContent)).toEqual([
      'theme: "purple" is not one of light, dark, auto.',
      'lock (read-only): "2" is not 1 or 0.',
    ]);
  });

  it('writes the scenario to the address bar with replaceState, debounced', () => {
    vi.useFakeTimers();
    loadScenario(structuredClone(DEFAULT_PAGE_SCENARIO));
    const replace = vi.spyOn(history, 'replaceState');
    const stop = startUrlSync(250);
    act(() => {
      setRequests(10);
      setRequests(20);
      setRequests(30);
    });
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(250);
    expect(replace).toHaveBeenCalledTimes(1);
    const url = new URL(window.location.href);
    expect(url.searchParams.get('n')).toBe('30');
    expect(decodeScenario(url.search).scenario).toEqual(useScenarioStore.getState().scenario);
    expect(url.search.slice(1)).toBe(encodeScenario(useScenarioStore.getState().scenario));
    stop();
    replace.mockRestore();
  });
});
