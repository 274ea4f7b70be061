import { describe, expect, it } from 'vitest';
import type { OfferResult, ScenarioResult } from '../../engine/types.ts';
import { DEFAULT_PAGE_SCENARIO } from '../../engine/default-scenario.ts';
import { resultsCsv, resultsJson, sortedResults } from './export.ts';

function offer(
  id: string,
  label: string,
  monthlyUsd: number,
  extra: Partial<OfferResult> = {},
): OfferResult {
  const blocker = extra.warnings?.find((w) => w.severity === 'error') ?? null;
  const status = extra.available === false ? 'unavailable' : blocker ? 'cannot-run' : 'priced';
  return {
    offerId: id,
    provider: 'Test',
    product: label,
    kind: 'faas',
    family: 'faas',
    label,
    region: 'r',
    available: true,
    status,
    reason:
      status === 'unavailable' ? { code: 'not-in-area', params: { area: 'europe' } } : blocker,
    monthlyUsd,
    totals: { day: (monthlyUsd * 24) / 730, week: (monthlyUsd * 168) / 730, month: monthlyUsd },
    lines: [],
    warnings: [],
    meters: [],
    fixedMonthlyUsd: 0,
    freeTierRunsOutAtHour: null,
    source: 'https://example.com/p',
    checkedOn: '2026-11-02',
    verification: 'official',
    offer: {} as OfferResult['offer'],
    ...extra,
  };
}

const lambda = offer('aws-lambda-arm64', 'AWS Lambda (arm64, Graviton2)', 7.8986984, {
  lines: [
    {
      // 8,760,000 requests at $0.0000002 each = $1.752.
      id: 'requests',
      kind: 'requests',
      quantity: 8_760_000,
      unit: 'request',
      unitPriceUsd: 2e-7,
      usd: 1.752,
      name: 'Requests',
      basis: { type: 'meter', meter: 'requests', includedUnits: 0, tiered: false },
    },
    {
      // 1,000,000 free requests × $0.0000002 = −$0.20.
      id: 'free-tier-requests',
      kind: 'free-tier',
      quantity: 1_000_000,
      unit: 'request',
      unitPriceUsd: 2e-7,
      usd: -0.2,
      name: 'Requests',
      basis: { type: 'free-tier', freeUnits: 1_000_000 },
    },
  ],
  warnings: [
    // A sentence with double quotes in it, to check the CSV escapes them.
    {
      code: 'no-front-door',
      severity: 'info',
      offerId: 'aws-lambda-arm64',
      params: { frontDoorId: 'edge' },
    },
  ],
});
const vps = offer('do-basic-1gb', 'DigitalOcean 1 GB', 6, {
  family: 'always-on',
  kind: 'always-on',
});
// An autoscaled container: the engine's family is always-on, the page calls it a container.
const runner = offer('aws-app-runner', 'AWS App Runner', 5.5, {
  family: 'always-on',
  kind: 'autoscaled-container',
});
// The cheapest figure of all, but a hard limit stops it: it must come after every usable offer.
const workers = offer('cloudflare-workers-standard', 'Workers', 5, {
  warnings: [
    {
      code: 'memory-limit',
      severity: 'error',
      offerId: 'test',
      params: { limitMb: 128, memoryMb: 512 },
    },
  ],
});
const gone = offer('hetzner-cx23', 'Hetzner CX23', 0, {
  available: false,
  status: 'unavailable',
});
const result: ScenarioResult = {
  requestsPerMonth: 8_760_000,
  requestsPerSecond: 3.33,
  weeklyProfile: [],
  results: [lambda, workers, gone, vps, runner],
  breakEven: [],
};

describe('exports', () => {
  it('sorts like the table: usable cheapest first, then those that cannot run, unpriced last', () => {
    // $5.50 < $6 < $7.90 among the usable; Workers' $5 is lowest but it cannot run.
    expect(sortedResults(result).map((r) => r.offerId)).toEqual([
      'aws-app-runner',
      'do-basic-1gb',
      'aws-lambda-arm64',
      'cloudflare-workers-standard',
      'hetzner-cx23',
    ]);
  });

  it('writes unrounded numbers and quotes cells with commas or quotes (RFC 4180)', () => {
    const csv = resultsCsv(result, { ...DEFAULT_PAGE_SCENARIO, horizon: 'week' }).split('\r\n');
    expect(csv[0]).toBe(
      'offer_id,offer,kind,item,usd_per_week,usd_per_month,can_run,peak_instances,avg_cpu_utilization,detail,warnings,source,checked_on,verification',
    );
    // A week is 168/730 of the month: $5.50 × 168 / 730 = $924 / 730 ≈ $1.2658 a week.
    expect(csv[1]).toBe(
      `aws-app-runner,AWS App Runner,container,Total,${(5.5 * 168) / 730},5.5,yes,,,,,https://example.com/p,2026-11-02,official`,
    );
    // $6 × 168 / 730 = $1,008 / 730 ≈ $1.3808 a week.
    expect(csv[2]).toBe(
      `do-basic-1gb,DigitalOcean 1 GB,server,Total,${(6 * 168) / 730},6,yes,,,,,https://example.com/p,2026-11-02,official`,
    );
    // Warnings in the warnings column with the page's prefix; no detail on a total row.
    expect(csv[3]).toBe(
      `aws-lambda-arm64,"AWS Lambda (arm64, Graviton2)",FaaS,Total,${(7.8986984 * 168) / 730},7.8986984,yes,,,,"Note: Front door ""edge"" is not in the catalog for this area; it is not included in AWS Lambda (arm64, Graviton2)'s price.",https://example.com/p,2026-11-02,official`,
    );
    // Line items: their detail in the detail column, the warnings column empty.
    expect(csv[4]).toBe(
      'aws-lambda-arm64,"AWS Lambda (arm64, Graviton2)",FaaS,Requests,,1.752,,,,"8,760,000 requests at $0.20 per 1M",,,,',
    );
    expect(csv[5]).toBe(
      'aws-lambda-arm64,"AWS Lambda (arm64, Graviton2)",FaaS,Free tier: Requests,,-0.2,,,,"1,000,000 of 1,000,000 free requests a month",,,,',
    );
    // $5 × 168 / 730 = $840 / 730 ≈ $1.1507 a week, kept for the record but can_run is no.
    expect(csv[6]).toBe(
      `cloudflare-workers-standard,Workers,FaaS,Total,${(5 * 168) / 730},5,no,,,,Cannot run: Workers caps memory at 128 MB; this workload asks for 512 MB.,https://example.com/p,2026-11-02,official`,
    );
    // Not priced here: no amounts, and whether it could run is unknown (empty).
    expect(csv[7]).toBe(
      "hetzner-cx23,Hetzner CX23,FaaS,Total,,,,,,,Hetzner CX23 has no sourced price in the Europe area; it is not priced at another region's rate.,https://example.com/p,2026-11-02,official",
    );
    expect(csv[8]).toBe('');
  });

  it('the month horizon has one monthly column, not two', () => {
    const csv = resultsCsv(result, { ...DEFAULT_PAGE_SCENARIO, horizon: 'month' }).split('\r\n');
    expect(csv[0]).toBe(
      'offer_id,offer,kind,item,usd_per_month,can_run,peak_instances,avg_cpu_utilization,detail,warnings,source,checked_on,verification',
    );
    expect(csv[1]).toBe(
      'aws-app-runner,AWS App Runner,container,Total,5.5,yes,,,,,https://example.com/p,2026-11-02,official',
    );
    // Every row has as many cells as the header (14 columns less the horizon's = 13).
    for (const line of csv.slice(0, -1))
      expect(line.replace(/"[^"]*"/g, 'q').split(',')).toHaveLength(13);
  });

  it('in EUR: USD columns unchanged, plus the converted amounts and the dated rate', () => {
    const money = {
      currency: 'EUR' as const,
      rate: { currency: 'EUR', usdPerUnit: 1.2, asOf: '2026-05-08', source: 'https://ecb.test/' },
    };
    const csv = resultsCsv(result, DEFAULT_PAGE_SCENARIO, money).split('\r\n');
    expect(csv[0]).toBe(
      'offer_id,offer,kind,item,usd_per_month,can_run,peak_instances,avg_cpu_utilization,detail,warnings,source,checked_on,verification,eur_per_month,usd_per_eur,fx_as_of,fx_source',
    );
    // $6 / 1.2 = €5 (the rate is made up so the arithmetic is exact).
    expect(csv[2]).toBe(
      'do-basic-1gb,DigitalOcean 1 GB,server,Total,6,yes,,,,,https://example.com/p,2026-11-02,official,5,1.2,2026-05-08,https://ecb.test/',
    );
    // A line item: $1.752 / 1.2 = €1.46.
    expect(csv[4]?.endsWith(',,,,,1.46,,,')).toBe(true);
    const week = resultsCsv(result, { ...DEFAULT_PAGE_SCENARIO, horizon: 'week' }, money);
    expect(week.split('\r\n')[0]).toContain(
      ',verification,eur_per_week,eur_per_month,usd_per_eur,',
    );
    const json = JSON.parse(
      resultsJson(result, DEFAULT_PAGE_SCENARIO, 'https://x.test/', money),
    ) as {
      display: unknown;
      results: { monthlyUsd: number }[];
    };
    expect(json.display).toEqual({
      currency: 'EUR',
      rate: { usdPerUnit: 1.2, asOf: '2026-05-08', source: 'https://ecb.test/' },
    });
    expect(json.results[0]?.monthlyUsd).toBe(5.5);
  });

  it('JSON carries the scenario, its link and the results without the raw offer', () => {
    const json = JSON.parse(resultsJson(result, DEFAULT_PAGE_SCENARIO, 'https://x.test/?v=1')) as {
      scenario: unknown;
      shareUrl: string;
      results: Record<string, unknown>[];
    };
    expect(json.scenario).toEqual(DEFAULT_PAGE_SCENARIO);
    expect(json.shareUrl).toBe('https://x.test/?v=1');
    expect(json.results[0]?.offerId).toBe('aws-app-runner');
    expect(json.results[0]).not.toHaveProperty('offer');
    // Whether each can run: yes, yes, yes, no (the memory cap), unknown (not priced).
    expect(json.results.map((r) => r.canRun)).toEqual([true, true, true, false, null]);
  });
});
