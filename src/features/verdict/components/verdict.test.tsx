// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_PLATFORM } from '../../../catalog/platform.ts';
import type { Scenario } from '../../../engine/scenario.ts';
import type { BreakEven, ScenarioResult } from '../../../engine/types.ts';
import { CalculationContext, type Calculation } from '../../../lib/calculation.ts';
import type { EngineModule } from '../../../lib/engine.ts';
import { moneyFor, USD_MONEY, type Money } from '../../../describe/format.ts';
import { DEFAULT_PAGE_SCENARIO } from '../../../engine/default-scenario.ts';
import { loadScenario } from '../../../state/scenario-store.ts';
import {
  fakeFleet,
  fakeResult,
  fakeScenarioResult,
  memoryLimit,
} from '../../../engine/test-result.ts';
import { Verdict } from './verdict.tsx';

afterEach(cleanup);

const lambda = fakeResult({
  offerId: 'aws-lambda-arm64',
  label: 'AWS Lambda (Arm)',
  family: 'faas',
  monthlyUsd: 3.1,
});
const hetzner = fakeResult({
  offerId: 'hetzner-cx22',
  label: 'Hetzner CX22',
  family: 'always-on',
  monthlyUsd: 4.2,
  fleet: fakeFleet(0.02),
});
const crossAt41M: BreakEven = {
  faasOfferId: 'aws-lambda-arm64',
  alwaysOnOfferId: 'hetzner-cx22',
  status: 'crosses',
  requestsPerMonth: 41_000_000,
  faasMonthlyUsd: 4.2,
  alwaysOnMonthlyUsd: 4.2,
};

function renderWith(
  result: ScenarioResult,
  scenario: Scenario = DEFAULT_PAGE_SCENARIO,
  money: Money = USD_MONEY,
  moneyNotice?: string,
) {
  const calc: Calculation = {
    status: 'ready',
    loaded: {
      catalog: { offers: [], problems: [], files: [] },
      pricesAsOf: '2026-11-02',
      platform: EMPTY_PLATFORM,
    },
    engine: {} as EngineModule,
    scenario,
    result,
    theme: 'light',
    money,
    ...(moneyNotice ? { moneyNotice } : {}),
  };
  return render(
    <CalculationContext value={calc}>
      <Verdict />
    </CalculationContext>,
  );
}

function text(): string {
  return (screen.getByRole('region', { name: 'Verdict' }).textContent ?? '').replace(/\s+/g, ' ');
}

describe('Verdict', () => {
  it('is marked ready only while it shows the scenario in the inputs', () => {
    loadScenario(DEFAULT_PAGE_SCENARIO);
    renderWith(fakeScenarioResult([lambda, hetzner], [crossAt41M]));
    const region = screen.getByRole('region', { name: 'Verdict' });
    expect(region.dataset.ready).toBe('true');
    // An edit the results have not caught up with yet: the figures on screen are the old ones.
    act(() =>
      loadScenario({ ...DEFAULT_PAGE_SCENARIO, workload: { requests: 2000, everyMinutes: 5 } }),
    );
    expect(region.dataset.ready).toBe('false');
    act(() => loadScenario(DEFAULT_PAGE_SCENARIO));
    expect(region.dataset.ready).toBe('true');
  });

  it('states the issue’s example with real numbers', () => {
    renderWith(fakeScenarioResult([lambda, hetzner], [crossAt41M]));
    expect(text()).toContain(
      'AWS Lambda (Arm) costs $3.10 a month for this workload; the cheapest always-on option, Hetzner CX22, costs $4.20 and would be busy 2% of the time.',
    );
    expect(text()).toContain('FaaS stays cheaper up to 41M requests a month.');
    // 98% idle: the seed article's point, made next to the verdict.
    expect(text()).toContain('Hetzner CX22 would pay for 98% of its CPU time sitting idle.');
  });

  it('does not tell you to add a server when the chosen ones cannot run here', () => {
    const elsewhere = fakeResult({
      offerId: 'aws-ec2-t4g-small',
      label: 'EC2 t4g.small',
      family: 'always-on',
      monthlyUsd: Number.NaN,
      available: false,
      status: 'unavailable',
    });
    renderWith(fakeScenarioResult([lambda, elsewhere], []));
    expect(text()).toContain('None of the chosen always-on offers has a price in this region');
    expect(text()).not.toContain('Add an always-on server');
  });

  it('says when the cheapest server would run above its CPU baseline', () => {
    const burstable = fakeResult({
      offerId: 'fly-shared-1x-256',
      label: 'Fly shared-1x 256 MB',
      family: 'always-on',
      monthlyUsd: 2,
      fleet: fakeFleet(0.7),
      warnings: [
        {
          code: 'burstable-baseline',
          severity: 'warning',
          offerId: 'test',
          params: { baseline: 0.0625, averageUtilization: 0.7 },
        },
      ],
    });
    renderWith(fakeScenarioResult([lambda, burstable], [crossAt41M]));
    expect(text()).toContain(
      'would be busy 70% of the time, more than its CPU baseline (see the table)',
    );
  });

  it('asks for a server when none is chosen', () => {
    renderWith(fakeScenarioResult([lambda], []));
    expect(text()).toContain('Add an always-on server under “Compare”');
  });

  it('shows figures in EUR with the dated rate once, linked to its source', () => {
    const { money } = moneyFor('EUR', [
      {
        currency: 'EUR',
        usdPerUnit: 1.1761,
        asOf: '2026-05-08',
        source: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml',
      },
    ]);
    renderWith(
      fakeScenarioResult([lambda, hetzner], [crossAt41M]),
      { ...DEFAULT_PAGE_SCENARIO, currency: 'EUR' },
      money,
    );
    // $3.10 / 1.1761 = €2.6358… → €2.64; $4.20 / 1.1761 = €3.5711… → €3.57
    expect(text()).toContain('AWS Lambda (Arm) costs €2.64 a month');
    expect(text()).toContain('Hetzner CX22, costs €3.57');
    const link = screen.getByRole('link', { name: /ECB rate of 8 May 2026/ });
    expect(link.getAttribute('href')).toBe(
      'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml',
    );
    expect((screen.getByLabelText('Show in') as HTMLSelectElement).value).toBe('EUR');
  });

  it('without fx.json, EUR falls back to USD with a notice (never NaN)', () => {
    const { money, notice } = moneyFor('EUR', undefined);
    renderWith(
      fakeScenarioResult([lambda, hetzner], [crossAt41M]),
      { ...DEFAULT_PAGE_SCENARIO, currency: 'EUR' },
      money,
      notice,
    );
    expect(text()).toContain('AWS Lambda (Arm) costs $3.10 a month');
    expect(screen.getByRole('status').textContent).toMatch(/No EUR exchange rate.*USD/);
    expect(text()).not.toMatch(/NaN/);
  });

  it('follows the horizon: a week is 168/730 of the month', () => {
    renderWith(fakeScenarioResult([lambda, hetzner], [crossAt41M]), {
      ...DEFAULT_PAGE_SCENARIO,
      horizon: 'week',
    });
    // $3.10 × 168 / 730 = $0.7134… → $0.71; $4.20 × 168 / 730 = $0.9666… → $0.97
    expect(text()).toContain('AWS Lambda (Arm) costs $0.71 a week');
    expect(text()).toContain('Hetzner CX22, costs $0.97');
  });

  it('says when always-on is already cheaper, and from which volume', () => {
    const busyLambda = { ...lambda, monthlyUsd: 31, totals: { day: 1, week: 7, month: 31 } };
    const crossAt4M = { ...crossAt41M, requestsPerMonth: 4_000_000 };
    renderWith(fakeScenarioResult([busyLambda, hetzner], [crossAt4M]));
    expect(text()).toContain(
      'Hetzner CX22 costs $4.20 a month for this workload and would be busy 2% of the time; the cheapest FaaS, AWS Lambda (Arm), costs $31.00.',
    );
    expect(text()).toContain('Always-on is cheaper from 4M requests a month.');
  });

  it('explains a crossing below the workload when FaaS is cheaper again (server steps)', () => {
    const crossAt2M = { ...crossAt41M, requestsPerMonth: 2_000_000 };
    renderWith(fakeScenarioResult([lambda, hetzner], [crossAt2M]));
    expect(text()).toContain(
      'The lines first cross at 2M requests a month; server bills rise in steps, so FaaS is cheaper again at this volume.',
    );
  });

  it('never shows $0.00 for a tiny non-zero bill', () => {
    const tiny = {
      ...lambda,
      monthlyUsd: 0.003,
      totals: { day: 0.0001, week: 0.0007, month: 0.003 },
    };
    const never: BreakEven = { ...crossAt41M, status: 'never', requestsPerMonth: null };
    renderWith(fakeScenarioResult([tiny, hetzner], [never]));
    expect(text()).toContain('AWS Lambda (Arm) costs < $0.01 a month');
    expect(text()).not.toContain('$0.00');
    expect(text()).toContain('FaaS stays cheaper all the way to 10¹² requests a month.');
  });

  it('leaves out offers that cannot run the workload, and says why', async () => {
    const memoryCap = memoryLimit();
    const workers = fakeResult({
      offerId: 'cloudflare-workers-standard',
      label: 'Workers',
      family: 'faas',
      monthlyUsd: 0.5,
      status: 'cannot-run',
      reason: memoryCap,
      warnings: [memoryCap],
    });
    renderWith(fakeScenarioResult([workers, lambda, hetzner], [crossAt41M]));
    expect(text()).toContain('AWS Lambda (Arm) costs $3.10');
    // The reason's sentence loads with its own chunk; the offer's name stands in until then.
    await screen.findByText(/Workers caps memory at 128 MB/);
    expect(text()).toContain(
      'Left out because it cannot run this workload: Workers caps memory at 128 MB; this workload asks for 512 MB.',
    );
  });

  it('tells the user what to do with no offer selected', () => {
    renderWith(fakeScenarioResult([]));
    expect(text()).toContain('Pick at least one FaaS offer and one always-on offer');
  });

  it('says when none of the chosen offers has a price in the region, and what to do', () => {
    // Lambda and a Hetzner server, neither priced in the area (the engine's 'unavailable').
    const notHere = (r: typeof lambda) =>
      fakeResult({ ...r, available: false, status: 'unavailable', reason: null });
    renderWith(fakeScenarioResult([notHere(lambda), notHere(hetzner)]));
    expect(text()).toContain(
      'None of the chosen offers has a price in this region; choose others under “Compare”, or another region.',
    );
  });

  it('lists the assumptions one click away', () => {
    renderWith(fakeScenarioResult([lambda, hetzner], [crossAt41M]));
    expect(screen.getByText('What this rests on')).toBeTruthy();
    expect(text()).toContain('A 730-hour month');
    expect(text()).toContain('Servers are sized for the busiest hour');
    expect(text()).toContain('Prices as of 2 Nov 2026.');
  });

  it('puts the sizing, its CPU target and headroom, and the availability beside the verdict', async () => {
    renderWith(fakeScenarioResult([lambda, hetzner], [crossAt41M]));
    // The fake fleet: 1 peak in flight, 50 per instance, sized by its minimum; target 70 %.
    const target = await screen.findByLabelText('Target CPU in the busiest hour');
    expect((target as HTMLInputElement).value).toBe('70');
    expect(text()).toContain('30% headroom');
    expect(text()).toContain('sized for 1 request in flight at the busiest moment');
    expect(text()).toContain('the minimum decides the size');
    expect((screen.getByLabelText('Availability') as HTMLSelectElement).value).toBe('single');
  });

  it('says "under 1 request" when the busiest moment has none in flight, not "0 requests"', async () => {
    const quiet = { ...hetzner, fleet: { ...fakeFleet(0.02), peakInFlight: 0 } };
    renderWith(fakeScenarioResult([lambda, quiet], [crossAt41M]));
    await screen.findByLabelText('Target CPU in the busiest hour');
    expect(text()).toContain('sized for under 1 request in flight at the busiest moment');
  });
});

describe('Verdict: FaaS-property sentences (state, cold starts, timers)', () => {
  const withState = fakeResult({
    offerId: 'aws-lambda-arm64',
    label: 'AWS Lambda (Arm)',
    family: 'faas',
    monthlyUsd: 3.1,
    lines: [
      {
        id: 'state',
        kind: 'storage',
        quantity: 1,
        unit: 'month',
        unitPriceUsd: 0,
        basis: { type: 'state', parts: [], afterFreeQuota: false },
        name: 'DynamoDB on-demand',
        usd: 0.5,
      },
    ],
  });
  const stateOn: Scenario = {
    ...DEFAULT_PAGE_SCENARIO,
    state: { store: 'dynamodb', readsPerRequest: 2, writesPerRequest: 1, itemKb: 1 },
  };

  it('says what external state adds when it is on', async () => {
    renderWith(fakeScenarioResult([withState, hetzner], [crossAt41M]), stateOn);
    expect(
      await screen.findByText(
        'Even with external state (DynamoDB on-demand, $0.50 a month), AWS Lambda (Arm) is cheaper by $1.10.',
      ),
    ).toBeTruthy();
  });

  it('writes those sentences in the display currency too', async () => {
    const { money } = moneyFor('EUR', [
      {
        currency: 'EUR',
        usdPerUnit: 1.1761,
        asOf: '2026-05-08',
        source: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml',
      },
    ]);
    renderWith(fakeScenarioResult([withState, hetzner], [crossAt41M]), stateOn, money);
    // $0.50 / 1.1761 = €0.4251… → €0.43; $1.10 / 1.1761 = €0.9353… → €0.94
    expect(
      await screen.findByText(
        'Even with external state (DynamoDB on-demand, €0.43 a month), AWS Lambda (Arm) is cheaper by €0.94.',
      ),
    ).toBeTruthy();
  });

  it('stays as short as before when no FaaS property is on', async () => {
    renderWith(fakeScenarioResult([withState, hetzner], [crossAt41M]));
    await new Promise((r) => setTimeout(r, 50));
    expect(text()).not.toContain('External state');
  });
});
