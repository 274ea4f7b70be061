// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import platformJson from '../../../../pricing-data/platform.json';
import { parsePlatform } from '../../../catalog/platform.ts';
import { loadScenario, useScenarioStore } from '../../../state/scenario-store.ts';
import {
  DEFAULT_COLD_START_OPTIONS,
  DEFAULT_PAGE_SCENARIO,
  DEFAULT_STATE_OPTIONS,
} from '../../../engine/default-scenario.ts';
import FaasProperties from './faas-properties.tsx';

beforeEach(() => loadScenario(structuredClone(DEFAULT_PAGE_SCENARIO)));
afterEach(cleanup);

const scenario = () => useScenarioStore.getState().scenario;
/** pricing-data/platform.json, as the page loads it with the catalog. */
const platform = parsePlatform(platformJson);

/** The options as the offer picker shows them: props from the store. */
function Wired() {
  const s = useScenarioStore((st) => st.scenario);
  return (
    <FaasProperties
      coldStart={s.coldStart ?? DEFAULT_COLD_START_OPTIONS}
      state={s.state ?? DEFAULT_STATE_OPTIONS}
      faasOffers={[
        { providerId: 'aws', productId: 'lambda', label: 'AWS Lambda' },
        { providerId: 'cloudflare', productId: 'workers', label: 'Workers' },
      ]}
      platform={platform}
    />
  );
}

describe('FaaS options: cold starts and external state', () => {
  it('is labelled, shows units, the runtime default and the keep-alive as an estimate', () => {
    render(<Wired />);
    expect(screen.getByRole('group', { name: 'Cold starts' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'External state' })).toBeTruthy();
    const init = screen.getByLabelText('Start-up (INIT) time') as HTMLInputElement;
    expect(init.value).toBe('');
    expect(init.placeholder).toBe('250');
    expect(init.parentElement?.textContent).toContain('ms');
    expect(screen.getByText(/the Node.js default, about 250 ms/)).toBeTruthy();
    const ka = screen.getByLabelText('Idle keep-alive (estimate)');
    expect(ka.parentElement?.textContent).toContain('min');
    const hint = document.getElementById('cs-ka-hint')?.textContent ?? '';
    expect(hint).toContain('No provider publishes it, so this is an estimate');
    expect(hint).toContain('AWS Lambda 10 min (estimate)');
    expect(hint).toContain('Workers: isolates, cold starts negligible');
    // State is off by default: no reads or writes asked for.
    expect((screen.getByLabelText('Store') as HTMLSelectElement).value).toBe('none');
    expect(screen.queryByLabelText('Reads per request')).toBeNull();
    // Nothing changed: the scenario has no cold-start or state group (old links stay the same).
    expect(scenario().coldStart).toBeUndefined();
    expect(scenario().state).toBeUndefined();
  });

  it('edits the scenario from the keyboard', async () => {
    const user = userEvent.setup();
    render(<Wired />);
    await user.selectOptions(screen.getByLabelText('How each batch of requests arrives'), 'bursts');
    await user.selectOptions(screen.getByLabelText('Runtime'), 'java');
    expect(screen.getByText(/the Java default, about 800 ms/)).toBeTruthy();
    await user.type(screen.getByLabelText('Start-up (INIT) time'), '1200');
    await user.type(screen.getByLabelText('Idle keep-alive (estimate)'), '5');
    await user.click(
      screen.getByRole('checkbox', { name: 'Add billed start-up (INIT) time to the totals' }),
    );
    expect(scenario().coldStart).toEqual({
      arrivals: 'bursts',
      runtime: 'java',
      initMs: 1200,
      keepAliveMinutes: 5,
      includeCost: true,
    });
    // Emptied: back to the provider's estimate.
    await user.clear(screen.getByLabelText('Idle keep-alive (estimate)'));
    expect(scenario().coldStart?.keepAliveMinutes).toBeNull();

    await user.selectOptions(screen.getByLabelText('Store'), 'dynamodb');
    const reads = screen.getByLabelText('Reads per request');
    await user.clear(reads);
    await user.type(reads, '2');
    const writes = screen.getByLabelText('Writes per request');
    await user.clear(writes);
    await user.type(writes, '1');
    expect(scenario().state).toEqual({
      store: 'dynamodb',
      readsPerRequest: 2,
      writesPerRequest: 1,
      itemKb: 1,
    });
    expect(screen.getByLabelText('Item size').parentElement?.textContent).toContain('KB');
  });

  it('explains a bad number and leaves the scenario alone', async () => {
    const user = userEvent.setup();
    render(<Wired />);
    await user.type(screen.getByLabelText('Idle keep-alive (estimate)'), '2000');
    expect(screen.getByRole('alert').textContent).toContain('Idle keep-alive (estimate)');
    expect(scenario().coldStart?.keepAliveMinutes ?? null).not.toBe(2000);
  });
});
