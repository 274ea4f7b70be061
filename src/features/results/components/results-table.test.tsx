// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_PLATFORM } from '../../../catalog/platform.ts';
import type { Horizon } from '../../../engine/scenario.ts';
import type { ColdStartInfo, OfferResult } from '../../../engine/types.ts';
import { USD_MONEY } from '../../../describe/format.ts';
import { CalculationContext, type Calculation } from '../../../lib/calculation.ts';
import type { EngineModule } from '../../../lib/engine.ts';
import { DEFAULT_PAGE_SCENARIO } from '../../../engine/default-scenario.ts';
import {
  fakeFleet,
  fakeResult,
  fakeScenarioResult,
  memoryLimit,
} from '../../../engine/test-result.ts';
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
  avoid: {
    kind: 'provisioned',
    label: 'Lambda provisioned concurrency',
    instances: 7,
    usdPerMonth: 12.5,
  },
  sources: [],
};

function renderRows(results: OfferResult[], horizon: Horizon = 'month') {
  const calc: Calculation = {
    status: 'ready',
    loaded: {
      catalog: { offers: [], problems: [], files: [] },
      pricesAsOf: null,
      platform: EMPTY_PLATFORM,
    },
    engine: {} as EngineModule,
    scenario: { ...DEFAULT_PAGE_SCENARIO, horizon },
    result: fakeScenarioResult(results),
    theme: 'light',
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

  it('names the currency an offer is listed in and the dated rate that converted it', () => {
    const listed = fakeResult({
      offerId: 'hetzner-cx23',
      label: 'Hetzner CX23',
      family: 'always-on',
      monthlyUsd: 6.141114,
    });
    renderRows([
      {
        ...listed,
        offer: {
          ...listed.offer,
          listedIn: { currency: 'EUR', usdPerUnit: 1.1186, asOf: '2026-10-08' },
        },
      },
    ]);
    expect(flat(document.querySelector('td.source'))).toMatch(
      /listed in EUR, at 1\.1186 USD\/EUR on 8 Oct 2026/,
    );
  });
});

const memoryCap = memoryLimit();

/** The three offers of the report: Workers priced lowest, but it cannot run 512 MB. */
function threeOffers() {
  return [
    fakeResult({
      offerId: 'cloudflare-workers-standard',
      label: 'Cloudflare Workers',
      family: 'faas',
      monthlyUsd: 5,
      status: 'cannot-run',
      reason: memoryCap,
      warnings: [
        {
          code: 'free-tier-used-up',
          severity: 'info',
          offerId: 'test',
          params: { firstHour: 60 },
        },
        memoryCap,
      ],
    }),
    fakeResult({
      offerId: 'aws-lambda-arm64',
      label: 'AWS Lambda',
      family: 'faas',
      monthlyUsd: 7.9,
    }),
    fakeResult({
      offerId: 'aws-app-runner',
      label: 'AWS App Runner',
      family: 'always-on',
      kind: 'autoscaled-container',
      monthlyUsd: 6,
    }),
  ];
}

const rowIds = () =>
  [...document.querySelectorAll('tr[data-offer-id]')].map((tr) => tr.getAttribute('data-offer-id'));

describe('ResultsTable: offers that cannot run this workload', () => {
  it('lists them after every usable offer, with "Cannot run" instead of a comparable price', () => {
    renderRows(threeOffers());
    // Usable ones cheapest first ($6 App Runner, $7.90 Lambda), then Workers despite its $5.
    expect(rowIds()).toEqual(['aws-app-runner', 'aws-lambda-arm64', 'cloudflare-workers-standard']);
    const workers = document.querySelector('tr[data-offer-id="cloudflare-workers-standard"]');
    expect(workers?.getAttribute('data-can-run')).toBe('no');
    expect(flat(workers?.querySelector('td[data-col="month"]') ?? null)).toBe(
      'Cannot run priced at $5.00',
    );
    expect(workers?.querySelector('.cannot-run-tag')?.textContent).toBe('Cannot run');
    // Usable rows show the plain figure.
    const lambda = document.querySelector('tr[data-offer-id="aws-lambda-arm64"]');
    expect(lambda?.getAttribute('data-can-run')).toBe('yes');
    expect(flat(lambda?.querySelector('td[data-col="month"]') ?? null)).toBe('$7.90');
    // The reason is right under it, before the other notes.
    const detail = workers?.nextElementSibling;
    expect(detail?.classList.contains('detail-cannot-run')).toBe(true);
    expect([...(detail?.querySelectorAll('li') ?? [])].map((li) => flat(li))).toEqual([
      // The offer's short label names it; hour 60 is in day 3 (48–72).
      'Cannot run: Cloudflare Workers caps memory at 128 MB; this workload asks for 512 MB.',
      "Note: Cloudflare Workers' free tier runs out on day 3.",
    ]);
    // And a line above the table says which ones and why they are last.
    expect(flat(document.querySelector('.cannot-run-note'))).toBe(
      'Cloudflare Workers cannot run this workload, so it comes after every offer that can; the reason is under each.',
    );
  });

  it('in the day column too: $5 × 24 / 730 ≈ $0.16 is marked, not ranked', () => {
    renderRows(threeOffers(), 'day');
    const cell = document.querySelector(
      'tr[data-offer-id="cloudflare-workers-standard"] td[data-col="horizon"]',
    );
    expect(flat(cell)).toBe('Cannot run priced at $0.16');
  });

  it('labels a container "container" and says nothing extra when all can run', () => {
    renderRows(threeOffers().slice(1));
    expect(screen.getByText('container')).toBeTruthy();
    expect(document.querySelector('.cannot-run-note')).toBeNull();
    expect(document.querySelector('.cannot-run-tag')).toBeNull();
  });
});

describe('ResultsTable: caption', () => {
  const caption = () => flat(document.querySelector('caption'));
  it('month: "per month" once', () => {
    renderRows(threeOffers(), 'month');
    expect(caption()).toMatch(/^Cost per month of each offer, /);
    expect(caption()).not.toContain('per month and per month');
  });
  it.each([
    ['day', 'Cost per day and per month of each offer, '],
    ['week', 'Cost per week and per month of each offer, '],
  ] as const)('%s: the horizon and the month', (h, start) => {
    renderRows(threeOffers(), h);
    expect(caption().startsWith(start)).toBe(true);
  });
});
