// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadScenario, useScenarioStore } from '../../../state/scenario-store.ts';
import { DEFAULT_PAGE_SCENARIO } from '../../../engine/default-scenario.ts';
import { WorkloadPanel } from '../components/workload-panel.tsx';

// jsdom has no Web Worker: the worker's own loop runs on the page instead.
vi.mock('./run-import.ts', async () => {
  const { readSource } = await import('./read-source.ts');
  return {
    runImport: (...args: Parameters<typeof readSource>) => {
      const signal = { cancelled: false };
      return {
        done: readSource(args[0], args[1], args[2], signal),
        cancel: () => (signal.cancelled = true),
      };
    },
  };
});

beforeAll(() => {
  // jsdom has <dialog> without the modal methods: open and close it as a browser would.
  const proto = HTMLDialogElement.prototype as unknown as Record<string, unknown>;
  proto.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});
beforeEach(() => loadScenario(structuredClone(DEFAULT_PAGE_SCENARIO)));
afterEach(cleanup);

const scenario = () => useScenarioStore.getState().scenario;

// Hourly rows: 100 at 50 ms, 300 at 30 ms, 0, 200 at 40 ms → 600 over 4 h = 109,500 a month,
// mean 22,000 ÷ 600 = 36.7 ms (src/traffic/importer.test.ts, the same rows).
const CSV = [
  'timestamp,count,duration_ms',
  '2024-03-04T00:00:00Z,100,50',
  '2024-03-04T01:00:00Z,300,30',
  '2024-03-04T02:00:00Z,0,',
  '2024-03-04T03:00:00Z,200,40',
  '2024-03-04T04:00:00Z,lots,45',
].join('\n');

describe('Import traffic', () => {
  it('previews pasted traffic and changes the scenario only when confirmed', async () => {
    const user = userEvent.setup();
    render(<WorkloadPanel />);
    await user.click(await screen.findByRole('button', { name: 'Import traffic…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import traffic' });
    expect(dialog.textContent).toContain('nothing leaves your machine');
    await user.click(within(dialog).getByLabelText('Or paste it'));
    await user.paste(CSV);
    await user.click(within(dialog).getByRole('button', { name: 'Read the pasted text' }));
    expect(await within(dialog).findByTestId('import-requests-per-month')).toHaveProperty(
      'textContent',
      '109,500',
    );
    expect(dialog.textContent).toContain('36.7 ms');
    expect(dialog.textContent).toContain('line 6: count is not a number of requests');
    expect(scenario()).toEqual(DEFAULT_PAGE_SCENARIO);

    await user.click(within(dialog).getByRole('button', { name: 'Use this traffic' }));
    await waitFor(() => expect(scenario().pattern.kind).toBe('custom'));
    const s = scenario();
    // 109,500 a month = 150 requests every 60 minutes.
    expect(s.workload).toEqual({ requests: 150, everyMinutes: 60 });
    expect(s.durationMs).toBeCloseTo(22_000 / 600, 9);
    // CPU time (20 ms) stays within the new duration.
    expect(s.cpuMs).toBe(20);
    // Levels of the busiest hour (Monday 01:00, 300 requests): 100 → 21, 200 → 42.
    if (s.pattern.kind === 'custom') expect(s.pattern.weights.slice(0, 4)).toEqual([21, 63, 0, 42]);
  });

  it('says why a paste is not traffic and leaves the scenario alone', async () => {
    const user = userEvent.setup();
    render(<WorkloadPanel />);
    await user.click(await screen.findByRole('button', { name: 'Import traffic…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import traffic' });
    await user.click(within(dialog).getByLabelText('Or paste it'));
    await user.paste('timestamp,count\n2024-03-04T00:00:00Z,0\n');
    await user.click(within(dialog).getByRole('button', { name: 'Read the pasted text' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'Every count in the file is zero',
    );
    expect(scenario()).toEqual(DEFAULT_PAGE_SCENARIO);
  });
});
