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
    // Three significant figures, as the rest of the page writes counts (it read "8.8M" here).
    expect(eq).toBe('That is 3.33 requests a second on average, 288k a day and 8.76M a month.');
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
    // 600 a minute = 10 a second; × 1,440 = 864,000 a day; × 43,800 = 26,280,000 a month.
    expect(((await screen.findByLabelText('Requests a second')) as HTMLInputElement).value).toBe(
      '10',
    );
    expect(
      (screen.getByRole('textbox', { name: 'Requests a month' }) as HTMLInputElement).value,
    ).toBe('26,280,000');
    expect(screen.getByText(/requests a second on average/).textContent).toContain('864k a day');
    const d = screen.getByLabelText('Duration');
    await user.clear(d);
    await user.type(d, '1,500');
    expect(scenario().durationMs).toBe(1500);
  });

  it('requests a second and a month are fields kept in sync with N every M minutes', async () => {
    const user = userEvent.setup();
    render(<WorkloadPanel />);
    const month = (await screen.findByRole('textbox', {
      name: 'Requests a month',
    })) as HTMLInputElement;
    const second = screen.getByLabelText('Requests a second') as HTMLInputElement;
    const n = screen.getByLabelText('Requests') as HTMLInputElement;
    // 1,000 every 5 minutes: 1,000 / 300 s = 3.33 a second; × 43,800 / 5 = 8,760,000 a month.
    expect(second.value).toBe('3.33');
    expect(month.value).toBe('8,760,000');
    await user.clear(month);
    await user.type(month, '43.8M');
    // 43,800,000 a month at 5 minutes: 43,800,000 × 5 / 43,800 = 5,000 a batch; 16.7 a second.
    expect(scenario().workload).toEqual({ requests: 5000, everyMinutes: 5 });
    expect(n.value).toBe('5,000');
    expect(second.value).toBe('16.7');
    expect(screen.getByText('= 43.8 million a month')).toBeTruthy();
    await user.clear(second);
    await user.type(second, '100');
    // 100 a second × 300 s = 30,000 a batch; × 2,628,000 s = 262,800,000 a month.
    expect(scenario().workload).toEqual({ requests: 30_000, everyMinutes: 5 });
    await user.tab();
    expect(month.value).toBe('262,800,000');
  });

  it('"50M" in Requests says what it comes to, and warns that it is a lot', async () => {
    const user = userEvent.setup();
    render(<WorkloadPanel />);
    await screen.findByRole('textbox', { name: 'Requests a month' });
    const n = screen.getByLabelText('Requests');
    await user.clear(n);
    await user.type(n, '50M');
    // 50,000,000 every 5 minutes × 43,800 / 5 = 438,000,000,000 a month; / 2,628,000 s =
    // 166,666.7 a second.
    expect(scenario().workload.requests).toBe(50_000_000);
    expect(screen.getByText('= 438 billion a month')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      'That is a lot: 438 billion requests a month, 166,667 a second. Requests counts each batch of 5 minutes, not a month.',
    );
    expect(
      (screen.getByRole('textbox', { name: 'Requests a month' }) as HTMLInputElement).value,
    ).toBe('438,000,000,000');
  });

  it('refuses "1.000" as unclear and "50m" as minutes or million, naming the field', async () => {
    const user = userEvent.setup();
    render(<WorkloadPanel />);
    const n = screen.getByLabelText('Requests');
    await user.clear(n);
    await user.type(n, '1.000');
    expect(screen.getByRole('alert').textContent).toBe(
      'Requests: "1.000" is unclear: type 1 or 1,000. The results keep 1,000.',
    );
    expect(scenario().workload.requests).toBe(1000);
    const month = await screen.findByRole('textbox', { name: 'Requests a month' });
    await user.clear(month);
    await user.type(month, '50m');
    expect(screen.getAllByRole('alert').at(-1)?.textContent).toBe(
      'Requests a month: "50m" is unclear: write M for million. The results keep 8,760,000.',
    );
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
    expect(screen.getByRole('alert').textContent).toBe(
      'Memory: "lots" is not a number (from 64 to 32,768). The results keep 512 MB.',
    );
    expect(scenario().memoryMb).toBe(512);
  });

  it('keeps CPU time within the duration, and empty means the whole duration', async () => {
    const user = userEvent.setup();
    render(<WorkloadPanel />);
    const cpu = screen.getByLabelText('CPU time per request');
    await user.clear(cpu);
    expect(scenario().cpuMs).toBeUndefined();
    await user.type(cpu, '500');
    expect(screen.getByRole('alert').textContent).toBe(
      'CPU time per request: use a number more than 0 and at most 200 ms. The results keep 20 ms.',
    );
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
