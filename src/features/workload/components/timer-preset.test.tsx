// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadScenario, useScenarioStore } from '../../../state/scenario-store.ts';
import { DEFAULT_PAGE_SCENARIO } from '../../../engine/default-scenario.ts';
import { WorkloadPanel } from './workload-panel.tsx';

beforeEach(() => loadScenario(structuredClone(DEFAULT_PAGE_SCENARIO)));
afterEach(cleanup);

const scenario = () => useScenarioStore.getState().scenario;

describe('Scheduled job (timer) preset', () => {
  it('turns the workload into "every M minutes, run for D seconds" and back', async () => {
    const user = userEvent.setup();
    render(<WorkloadPanel />);
    // The button loads with the panel's second chunk; the form when it is pressed.
    const button = await screen.findByRole('button', { name: 'Scheduled job (timer)' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    // The form's code loads when the button is pressed.
    const every = await screen.findByLabelText('Run every (minutes)');
    await user.clear(every);
    await user.type(every, '30');
    const run = screen.getByLabelText('Run for (seconds)');
    await user.clear(run);
    await user.type(run, '45{Enter}');
    await waitFor(() => expect(scenario().trigger).toBe('schedule'));
    const s = scenario();
    expect(s.workload).toEqual({ requests: 1, everyMinutes: 30 });
    expect(s.durationMs).toBe(45_000);
    expect(s.cpuMs).toBeUndefined();
    expect(s.coldStart?.arrivals).toBe('bursts');
    expect(s.offers).toEqual(DEFAULT_PAGE_SCENARIO.offers);
    expect(s.memoryMb).toBe(512);
    expect((await screen.findByText(/Scheduled job:/)).parentElement?.textContent).toContain(
      'one run every 30 minutes, lasting 45 s',
    );
    await user.click(screen.getByRole('button', { name: 'Back to HTTP requests' }));
    expect(scenario().trigger).toBeUndefined();
    expect(await screen.findByRole('button', { name: 'Scheduled job (timer)' })).toBeTruthy();
  });

  it('a job is one run: editing Requests leaves the timer, and says so', async () => {
    const user = userEvent.setup();
    render(<WorkloadPanel />);
    await user.click(await screen.findByRole('button', { name: 'Scheduled job (timer)' }));
    await user.click(await screen.findByRole('button', { name: 'Use this schedule' }));
    await waitFor(() => expect(scenario().trigger).toBe('schedule'));
    expect(screen.queryByRole('status')).toBeNull();
    const requests = screen.getByLabelText('Requests');
    await user.clear(requests);
    // "1" is the job itself: still the timer. "10" is ten runs every 15 minutes: HTTP requests.
    await user.type(requests, '1');
    expect(scenario().trigger).toBe('schedule');
    await user.type(requests, '0');
    expect(scenario().trigger).toBeUndefined();
    expect(scenario().workload).toEqual({ requests: 10, everyMinutes: 15 });
    expect((await screen.findByRole('status')).textContent).toBe(
      'Requests changed: a scheduled job is one run, so this is HTTP requests again.',
    );
    expect(await screen.findByRole('button', { name: 'Scheduled job (timer)' })).toBeTruthy();
  });
});
