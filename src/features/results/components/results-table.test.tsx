// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_PLATFORM } from '../../../catalog/platform.ts';
import type { ColdStartInfo, OfferResult } from '../../../engine/types.ts';
import { USD_MONEY } from '../../../lib/format.ts';
import { CalculationContext, type Calculation } from '../../../lib/calculation.ts';
import type { EngineModule } from '../../../lib/engine.ts';
import { DEFAULT_PAGE_SCENARIO } from '../../../url/codec.ts';
import { fakeFleet, fakeResult, fakeScenarioResult } from '../../verdict/test-fixture.ts';
import { ResultsTable } from './results-table.tsx';

afterEach(cleanup);

const coldStart: ColdStartInfo = {
  arrivals: 'bursts',
  keepAliveMinutes: 10,
  keepAliveBasis: 'estimate',
  initMs: 400,
  initMsBasis: 'user',
  initBilled: true,
  initBilledNote: 'INIT is billed.',
  coldStartsPerMonth: 1460,
  coldShare: 1 / 7,
  usdPerMonth: 0.02,
  includedInTotal: false,
  latencyNote: 'About 1 in 7 requests waits ~400 ms for a cold start.',
  avoid: {
    label: 'Lambda provisioned concurrency',
    instances: 7,
    usdPerMonth: 12.5,
    note: '',
  },
  sources: [],
};

function renderRows(results: OfferResult[]) {
  const calc: Calculation = {
    status: 'ready',
    loaded: {
      catalog: { offers: [], problems: [], files: [] },
      pricesAsOf: null,
      fx: undefined,
      platform: EMPTY_PLATFORM,
    },
    engine: {} as EngineModule,
    scenario: DEFAULT_PAGE_SCENARIO,
    result: fakeScenarioResult(results),
    styles: new Map(),
    money: USD_MONEY,
  };
  return render(
    <CalculationContext value={calc}>
      <ResultsTable />
    </CalculationContext>,
  );
}

const flat = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ');

describe('ResultsTable: FaaS properties and idle fleets', () => {
  it('shows the latency note, the cold share, the estimate and what avoiding costs', () => {
    renderRows([
      fakeResult({
        offerId: 'aws-lambda-arm64',
        label: 'AWS Lambda (Arm)',
        family: 'faas',
        monthlyUsd: 3,
        coldStart,
      }),
    ]);
    const note = flat(document.querySelector('.cold-start-note'));
    expect(note).toContain('About 1 in 7 requests waits ~400 ms for a cold start.');
    expect(note).toContain('14% of requests start cold; idle keep-alive 10 min (an estimate)');
    expect(note).toContain('Billed start-up time: $0.02 a month (not in the total).');
    expect(note).toContain(
      'Avoiding it costs $12.50 a month more (Lambda provisioned concurrency, 7 kept warm).',
    );
  });

  it('gives a fixed fleet its idle share', () => {
    renderRows([
      fakeResult({
        offerId: 'do-basic-1gb',
        label: 'DigitalOcean 1 GB',
        family: 'always-on',
        monthlyUsd: 12,
        fleet: { ...fakeFleet(0.05, 3), idleInstanceShare: 0.62 },
      }),
    ]);
    expect(screen.getByText('peak-sized fleet idle 62% of the time')).toBeTruthy();
  });
});
