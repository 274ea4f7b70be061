// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadScenario, useScenarioStore } from '../../../state/scenario-store.ts';
import { DEFAULT_PAGE_SCENARIO } from '../../../engine/default-scenario.ts';
import { WorkloadPanel } from './workload-panel.tsx';

beforeEach(() => loadScenario(structuredClone(DEFAULT_PAGE_SCENARIO)));
afterEach(cleanup);

const scenario = () => useScenarioStore.getState().scenario;

describe('WorkloadPanel', () => {
  it('reads as the sentence, with units and live equivalents', () => {
    render(<WorkloadPanel />);
    expect((screen.getByLabelText('Requests') as HTMLInputElement).value).toBe('1,000');
    expect((screen.getByLabelText('Minutes') as HTMLInputElement).value).toBe('5');
    expect((screen.getByLabelText('Duration') as HTMLInputElement).value).toBe('200');
    expect((screen.getByLabelText('Memory') as HTMLInputElement).value).toBe('512');
    // 1,000 every 5 minutes: 3.33 a second, 288,000 a day, 8.76M a month (730 h).
    const eq = screen.getByText(/requests a second on average/).textContent?.replace(/\s+/g, ' ');
    expect(eq).toBe('That is 3.33 requests a second on average, 288k a day and 8.8M a month.');
  });

  it('updates the scenario as the user types, and the equivalents follow', async () => {
    const user = userEvent.setup();
    render(<WorkloadPanel />);
    const n = screen.getByLabelText('Requests');
    await user.clear(n);
    await user.type(n, '600');
    const m = screen.getByLabelText('Minutes');
    await user.clear(m);
    await user.type(m, '1');
    expect(scenario().workload).toEqual({ requests: 600, everyMinutes: 1 });
    // 600 a minute = 10 a second; × 1,440 = 864,000 a day; × 43,800 = 26.28M a month.
    expect(screen.getByText(/requests a second on average/).textContent?.replace(/\s+/g, ' ')).toBe(
      'That is 10 requests a second on average, 864k a day and 26.3M a month.',
    );
    const d = screen.getByLabelText('Duration');
    await user.clear(d);
    await user.type(d, '1,500');
    expect(scenario().durationMs).toBe(1500);
  });

  it('accepts "2k" for requests', async () => {
    const user = userEvent.setup();
    render(<WorkloadPanel />);
    const n = screen.getByLabelText('Requests');
    await user.clear(n);
    await user.type(n, '2k');
    expect(scenario().workload.requests).toBe(2000);
  });

  it('explains an invalid value and leaves the scenario alone', async () => {
    const user = userEvent.setup();
    render(<WorkloadPanel />);
    const mem = screen.getByLabelText('Memory');
    await user.clear(mem);
    await user.type(mem, '20');
    expect(mem.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe(
      'Memory: use a number from 64 to 32,768 MB. The results keep 512 MB.',
    );
    expect(scenario().memoryMb).toBe(512);
    await user.clear(mem);
    await user.type(mem, 'lots');
    expect(screen.getByRole('alert').textContent).toContain('"lots" is not a number');
    expect(scenario().memoryMb).toBe(512);
  });

  it('keeps CPU time within the duration, and empty means the whole duration', async () => {
    const user = userEvent.setup();
    render(<WorkloadPanel />);
    const cpu = screen.getByLabelText('CPU time per request');
    await user.clear(cpu);
    expect(scenario().cpuMs).toBeUndefined();
    await user.type(cpu, '500');
    expect(screen.getByRole('alert').textContent).toContain('more than 0 to 200 ms');
    // Every valid keystroke is live ("5", "50"), but while the text is refused ("500") the
    // results go back to the value from before this edit (20 ms), and the message says so.
    expect(scenario().cpuMs).toBe(20);
    expect(screen.getByRole('alert').textContent).toContain('The results keep 20 ms.');
  });

  it('a letter typed after digits does not leave the digits in the results', async () => {
    const user = userEvent.setup();
    render(<WorkloadPanel />);
    const requests = screen.getByLabelText('Requests');
    await user.clear(requests);
    await user.type(requests, '12abc');
    // "12" was live for a keystroke; "12a" is refused, so the results are back at 1,000.
    expect(scenario().workload.requests).toBe(1000);
    expect(screen.getByRole('alert').textContent).toContain('The results keep 1,000.');
  });

  it('the requests slider writes a batch size people would type', () => {
    render(<WorkloadPanel />);
    const slider = screen.getByRole('slider', { name: 'Requests a month' });
    // Log scale 10^3 … 10^12 over 1,000 steps: step 556 is 10^(3 + 9 × 0.556) = 10^8.004 ≈ 100.9M,
    // rounded by the slider to 100M a month; × 5 / 43,800 minutes = 11,415.5… → 11,400 a batch.
    fireEvent.change(slider, { target: { value: '556' } });
    expect(scenario().workload).toEqual({ requests: 11_400, everyMinutes: 5 });
  });

  it('works from the keyboard: log sliders and the pattern picker', async () => {
    const user = userEvent.setup();
    render(<WorkloadPanel />);
    const slider = screen.getByRole('slider', { name: 'Duration of each request' });
    expect(slider.getAttribute('aria-valuetext')).toBe('200 ms');
    // Log scale 1 ms … 900,000 ms over 1,000 steps; step 500 is √900,000 ≈ 949 → 950 ms.
    fireEvent.change(slider, { target: { value: '500' } });
    expect(scenario().durationMs).toBe(950);
    const spiky = await screen.findByRole('radio', { name: /Spiky/ });
    spiky.focus();
    await user.keyboard(' ');
    expect(scenario().pattern).toEqual({ kind: 'spiky', peakToAverage: 6, burstsPerDay: 2 });
    expect(screen.getByRole('slider', { name: 'One-hour bursts a day' })).toBeTruthy();
  });
});
