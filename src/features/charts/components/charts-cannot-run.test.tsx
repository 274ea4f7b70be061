// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EMPTY_PLATFORM } from '../../../catalog/platform.ts';
import * as engine from '../../../engine/evaluate.ts';
import type { BreakEven, OfferResult } from '../../../engine/types.ts';
import type { ReadyCalculation } from '../../../lib/calculation.ts';
import { USD_MONEY } from '../../../describe/format.ts';
import { DEFAULT_PAGE_SCENARIO } from '../../../engine/default-scenario.ts';
import { fakeResult, fakeScenarioResult, memoryLimit } from '../../../engine/test-result.ts';
import { BreakdownChart } from './breakdown-chart.tsx';
import { BreakEvenChart } from './break-even-chart.tsx';
import LightBreakEvenChart from './light-break-even-chart.tsx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

beforeAll(() => {
  // Recharts' ResponsiveContainer measures its box; jsdom has no ResizeObserver.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

const memoryCap = memoryLimit();

/** Workers is priced ($5) but cannot run the workload; Lambda ($7.90) and DigitalOcean ($6) can. */
const results: OfferResult[] = [
  fakeResult({
    offerId: 'cloudflare-workers-standard',
    label: 'Cloudflare Workers',
    family: 'faas',
    monthlyUsd: 5,
    status: 'cannot-run',
    reason: memoryCap,
    warnings: [memoryCap],
    lines: [
      {
        id: 'requests',
        kind: 'requests',
        quantity: 1,
        unit: 'month',
        unitPriceUsd: 0,
        basis: { type: 'meter', meter: 'requests', includedUnits: 0, tiered: false },
        name: 'Requests',
        usd: 5,
      },
    ],
  }),
  fakeResult({
    offerId: 'aws-lambda-arm64',
    label: 'AWS Lambda',
    family: 'faas',
    monthlyUsd: 7.9,
    lines: [
      {
        id: 'compute',
        kind: 'compute',
        quantity: 1,
        unit: 'month',
        unitPriceUsd: 0,
        basis: { type: 'meter', meter: 'requests', includedUnits: 0, tiered: false },
        name: 'Compute',
        usd: 7.9,
      },
    ],
  }),
  fakeResult({
    offerId: 'do-basic-1gb',
    label: 'DigitalOcean 1 GB',
    family: 'always-on',
    monthlyUsd: 6,
    lines: [
      {
        id: 'instances',
        kind: 'instances',
        quantity: 1,
        unit: 'month',
        unitPriceUsd: 0,
        basis: { type: 'meter', meter: 'requests', includedUnits: 0, tiered: false },
        name: '1 × 1 GB',
        usd: 6,
      },
    ],
  }),
];

function pair(faas: string, alwaysOn: string): BreakEven {
  return {
    faasOfferId: faas,
    alwaysOnOfferId: alwaysOn,
    status: 'crosses',
    requestsPerMonth: 1e7,
    faasMonthlyUsd: 6,
    alwaysOnMonthlyUsd: 6,
  };
}

function calcFor(breakEven: BreakEven[] = []): ReadyCalculation {
  return {
    status: 'ready',
    loaded: {
      catalog: { offers: [], problems: [], files: [] },
      pricesAsOf: null,
      platform: EMPTY_PLATFORM,
    },
    engine,
    scenario: DEFAULT_PAGE_SCENARIO,
    result: fakeScenarioResult(results, breakEven),
    theme: 'light',
    money: USD_MONEY,
  };
}

const flat = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('BreakdownChart: offers that cannot run', () => {
  it('draws only the offers that can run, and names the one left out', () => {
    render(<BreakdownChart calc={calcFor()} />);
    const names = [...document.querySelectorAll('.bd-name')].map((el) => el.textContent);
    // In the ranking's order: cheapest first ($6 < $7.90).
    expect(names).toEqual(['DigitalOcean 1 GB', 'AWS Lambda']);
    // The text table below holds the same two offers only.
    expect(document.querySelector('.data-table')?.textContent).not.toContain('Cloudflare Workers');
    expect(flat(document.querySelector('.chart-card > .hint'))).toContain(
      'Left out because it cannot run this workload: Cloudflare Workers.',
    );
  });

  it('says nothing about leaving out when every offer can run', () => {
    const calc = calcFor();
    calc.result = fakeScenarioResult(results.slice(1));
    render(<BreakdownChart calc={calc} />);
    expect(flat(document.querySelector('.chart-card > .hint'))).not.toContain('Left out');
  });
});

// The page's chart (Recharts) and the widget's (a static plot) share the card.
const breakEvenCharts = [
  ['BreakEvenChart', (calc: ReadyCalculation) => <BreakEvenChart calc={calc} />],
  [
    'the widget’s LightBreakEvenChart',
    (calc: ReadyCalculation) => <LightBreakEvenChart calc={calc} />,
  ],
] as const;

describe.each(breakEvenCharts)('%s: every crossing in words', (_name, chart) => {
  it('leaves out crossings involving an offer that cannot run', () => {
    // jsdom lays nothing out, so Recharts warns that the chart box is 0 × 0; the text is what counts.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      chart(
        calcFor([
          pair('aws-lambda-arm64', 'do-basic-1gb'),
          pair('cloudflare-workers-standard', 'do-basic-1gb'),
        ]),
      ),
    );
    const words = [...document.querySelectorAll('details')].find((d) =>
      d.querySelector('summary')?.textContent?.startsWith('Every crossing in words'),
    );
    // Two pairs, one of them with Workers: one crossing is left to tell.
    expect(flat(words?.querySelector('summary') ?? null)).toBe('Every crossing in words (1)');
    expect([...(words?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      // 1e7 requests a month: "about 10M".
      'AWS Lambda stays cheaper than DigitalOcean 1 GB up to about 10M requests a month.',
    ]);
  });

  it('says so when no pair is left: Workers against DigitalOcean was the only one', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(chart(calcFor([pair('cloudflare-workers-standard', 'do-basic-1gb')])));
    expect(document.body.textContent).toContain('Every crossing in words (0)');
    expect(document.body.textContent).toContain('No pair to compare');
    expect(document.body.textContent).not.toContain('Cloudflare Workers stays cheaper');
  });
});
