import { describe, expect, it } from 'vitest';
import type { OfferResult, ScenarioResult } from '../engine/types.ts';
import { DEFAULT_PAGE_SCENARIO } from '../engine/default-scenario.ts';
import { memoryLimit } from '../engine/test-result.ts';
import { encodeScenario } from '../url/codec.ts';
import { resultsCsv } from './results-csv.ts';
import { formatMoney } from '../describe/format.ts';
import {
  exportFileName,
  resultsDocument,
  resultsJson,
  roundTo,
  roundToFigures,
} from './results-document.ts';

function offer(
  id: string,
  label: string,
  monthlyUsd: number,
  extra: Partial<OfferResult> = {},
): OfferResult {
  return {
    offerId: id,
    provider: 'Test',
    product: label,
    kind: 'faas',
    family: 'faas',
    label,
    region: 'r',
    available: true,
    status: 'priced',
    reason: null,
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
const memoryCap = memoryLimit();
const workers = offer('cloudflare-workers-standard', 'Workers', 5, {
  status: 'cannot-run',
  reason: memoryCap,
  warnings: [memoryCap],
});
const gone = offer('hetzner-cx23', 'Hetzner CX23', 0, {
  available: false,
  status: 'unavailable',
  reason: { code: 'not-in-area', params: { area: 'europe' } },
});
const result: ScenarioResult = {
  requestsPerMonth: 8_760_000,
  requestsPerSecond: 3.33,
  weeklyProfile: [],
  results: [lambda, workers, gone, vps, runner],
  breakEven: [],
};

describe('the results document', () => {
  it('lists priced offers cheapest first, then those that cannot run, unpriced last', () => {
    // $5.50 < $6 < $7.8986984 among the priced; Workers' $5 is lowest but it cannot run.
    const doc = resultsDocument(DEFAULT_PAGE_SCENARIO, result);
    expect(doc.results.map((r) => [r.offerId, r.status])).toEqual([
      ['aws-app-runner', 'priced'],
      ['do-basic-1gb', 'priced'],
      ['aws-lambda-arm64', 'priced'],
      ['cloudflare-workers-standard', 'cannot-run'],
      ['hetzner-cx23', 'unavailable'],
    ]);
    expect(doc.results[3]?.reasons).toEqual([
      {
        code: 'memory-limit',
        message: 'Workers caps memory at 128 MB; this workload asks for 512 MB.',
      },
    ]);
    // Not priced here: no amounts at all.
    expect(doc.results[4]).toMatchObject({ totalUsd: null, monthlyUsd: null, total: null });
    // The cheapest of each family among the priced: App Runner ($5.50) and Lambda ($7.90), not
    // Workers.
    expect(doc.cheapest).toEqual({
      faas: 'aws-lambda-arm64',
      alwaysOn: 'aws-app-runner',
      cheaper: 'always-on',
    });
  });

  it('echoes the effective scenario and its share link', () => {
    const doc = resultsDocument(DEFAULT_PAGE_SCENARIO, result);
    expect(doc.version).toBe(1);
    expect(doc.precision).toMatch(
      /9 decimal places.*break-even volumes to the nearest whole request/,
    );
    // The page's default: 1,000 every 5 min (200/min × 43,800 min), 200 ms with 20 ms of CPU,
    // 512 MB.
    expect(doc.scenario).toMatchObject({
      requestsPerMonth: 8_760_000,
      requests: 1000,
      everyMinutes: 5,
      durationMs: 200,
      cpuMs: 20,
      memoryMb: 512,
      pattern: { kind: 'constant' },
      region: 'us-east',
      arch: 'arm64',
      currency: 'USD',
    });
    expect(doc.link).toBe(`?${encodeScenario(DEFAULT_PAGE_SCENARIO)}`);
    expect(doc.results[0]).not.toHaveProperty('offer');
  });

  it('rounds every number to 9 decimal places, with no float noise', () => {
    // 7.208749999999999 is 7.20875 with binary noise; 9 decimals give the decimal back.
    expect(roundTo(7.208749999999999, 9)).toBe(7.20875);
    // Fargate (Arm), 4 tasks of 0.25 vCPU and 0.5 GB: 4 × $7.20875 = $28.835, a half cent that
    // rounds up; floats make it 28.834999999999997, which would read $28.83 without the noise off.
    expect(4 * 7.208749999999999).toBe(28.834999999999997);
    expect(roundTo(4 * 7.208749999999999, 9)).toBe(28.835);
    expect(formatMoney(4 * 7.208749999999999)).toBe('$28.84');
    expect(JSON.stringify(roundTo(0.1 + 0.2, 9))).toBe('0.3');
    // Halves away from zero: 0.0000000025 is stored as 0.00000000250000000000000009…, → 3e-9;
    // a billionth survives and no "-0" is written.
    expect(roundTo(0.0000000025, 9)).toBe(0.000000003);
    expect(Object.is(roundTo(-1e-12, 9), 0)).toBe(true);
    const noisy = offer('noisy', 'Noisy', 7.208749999999999);
    const doc = resultsDocument(DEFAULT_PAGE_SCENARIO, { ...result, results: [noisy] });
    expect(doc.results[0]?.monthlyUsd).toBe(7.20875);
    // A day is 24/730 of the month: 7.20875 × 24 / 730 = 173.01 / 730 = 0.237 exactly, though the
    // float sum is 0.23700000000000002 or the like before rounding.
    const day = resultsDocument(
      { ...DEFAULT_PAGE_SCENARIO, horizon: 'day' },
      { ...result, results: [noisy] },
    );
    expect(day.results[0]?.totalUsd).toBe(0.237);
    expect(resultsJson(DEFAULT_PAGE_SCENARIO, { ...result, results: [noisy] })).not.toMatch(
      /\d{10,}/,
    );
  });

  it('keeps per-request unit prices to 9 significant figures, not 9 decimal places', () => {
    // A 128 MB Lambda's price per ms is $0.0000000021: 9 decimal places would make it $0.000000002.
    expect(roundToFigures(0.0000000021, 9)).toBe(0.0000000021);
    // (0.1 + 0.2) × 0.00001 is 0.0000030000000000000005 in binary: 0.000003 to 9 figures.
    expect(roundToFigures((0.1 + 0.2) * 0.00001, 9)).toBe(0.000003);
    const priced = offer('lambda-128', 'Lambda 128 MB', 1, {
      lines: [
        {
          id: 'compute',
          kind: 'compute',
          quantity: 100_000_000,
          unit: 'ms',
          unitPriceUsd: 0.0000000021,
          usd: 0.21000000000000002,
          name: 'Compute (ms)',
          basis: { type: 'meter', meter: 'cpu-ms', includedUnits: 0, tiered: false },
        },
      ],
    });
    const doc = resultsDocument(DEFAULT_PAGE_SCENARIO, { ...result, results: [priced] });
    // 100,000,000 ms × $0.0000000021 = $0.21.
    expect(doc.results[0]?.lines[0]).toMatchObject({
      unitPriceUsd: 0.0000000021,
      monthlyUsd: 0.21,
    });
  });

  it('names its files after the scenario', () => {
    expect(exportFileName(DEFAULT_PAGE_SCENARIO, 'json')).toBe(
      'breakeven-1000-per-5min-200ms-512mb-us-east.json',
    );
    expect(
      exportFileName(
        { ...DEFAULT_PAGE_SCENARIO, workload: { requests: 2.5, everyMinutes: 60 }, area: 'europe' },
        'csv',
      ),
    ).toBe('breakeven-2.5-per-60min-200ms-512mb-europe.csv');
  });
});

describe('CSV export', () => {
  it('writes the document’s rounded numbers and quotes cells with commas or quotes (RFC 4180)', () => {
    const csv = resultsCsv(result, { ...DEFAULT_PAGE_SCENARIO, horizon: 'week' }).split('\r\n');
    expect(csv[0]).toBe(
      'offer_id,offer,kind,status,item,usd_per_week,usd_per_month,peak_instances,avg_cpu_utilization,detail,warnings,source,checked_on,verification',
    );
    // A week is 168/730 of the month: $5.50 × 168 / 730 = $924 / 730 = $1.265753424657… → 1.265753425.
    expect(csv[1]).toBe(
      'aws-app-runner,AWS App Runner,container,priced,Total,1.265753425,5.5,,,,,https://example.com/p,2026-11-02,official',
    );
    // $6 × 168 / 730 = $1,008 / 730 = $1.380821917808… → 1.380821918.
    expect(csv[2]).toBe(
      'do-basic-1gb,DigitalOcean 1 GB,server,priced,Total,1.380821918,6,,,,,https://example.com/p,2026-11-02,official',
    );
    // Warnings in the warnings column with the page's prefix; no detail on a total row.
    // $7.8986984 × 168 / 730 = $1,326.9813312 / 730 = $1.817782645479… → 1.817782645.
    expect(csv[3]).toBe(
      `aws-lambda-arm64,"AWS Lambda (arm64, Graviton2)",FaaS,priced,Total,1.817782645,7.8986984,,,,"Note: Front door ""edge"" is not in the catalog for this area; it is not included in AWS Lambda (arm64, Graviton2)'s price.",https://example.com/p,2026-11-02,official`,
    );
    // Line items (monthly): their detail in the detail column, no status, the warnings column empty.
    expect(csv[4]).toBe(
      'aws-lambda-arm64,"AWS Lambda (arm64, Graviton2)",FaaS,,Requests,,1.752,,,"8,760,000 requests at $0.20 per 1M",,,,',
    );
    expect(csv[5]).toBe(
      'aws-lambda-arm64,"AWS Lambda (arm64, Graviton2)",FaaS,,Free tier: Requests,,-0.2,,,"1,000,000 of 1,000,000 free requests a month",,,,',
    );
    // $5 × 168 / 730 = $840 / 730 = $1.150684931506… → 1.150684932, kept for the record.
    expect(csv[6]).toBe(
      'cloudflare-workers-standard,Workers,FaaS,cannot-run,Total,1.150684932,5,,,,Cannot run: Workers caps memory at 128 MB; this workload asks for 512 MB.,https://example.com/p,2026-11-02,official',
    );
    // Not priced here: no amounts, its reason as the note.
    expect(csv[7]).toBe(
      "hetzner-cx23,Hetzner CX23,FaaS,unavailable,Total,,,,,,Hetzner CX23 has no sourced price in the Europe area; it is not priced at another region's rate.,https://example.com/p,2026-11-02,official",
    );
    expect(csv[8]).toBe('');
  });

  it('the month horizon has one monthly column, not two', () => {
    const csv = resultsCsv(result, { ...DEFAULT_PAGE_SCENARIO, horizon: 'month' }).split('\r\n');
    expect(csv[0]).toBe(
      'offer_id,offer,kind,status,item,usd_per_month,peak_instances,avg_cpu_utilization,detail,warnings,source,checked_on,verification',
    );
    expect(csv[1]).toBe(
      'aws-app-runner,AWS App Runner,container,priced,Total,5.5,,,,,https://example.com/p,2026-11-02,official',
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
      'offer_id,offer,kind,status,item,usd_per_month,peak_instances,avg_cpu_utilization,detail,warnings,source,checked_on,verification,eur_per_month,usd_per_eur,fx_as_of,fx_source',
    );
    // $6 / 1.2 = €5 (the rate is made up so the arithmetic is exact).
    expect(csv[2]).toBe(
      'do-basic-1gb,DigitalOcean 1 GB,server,priced,Total,6,,,,,https://example.com/p,2026-11-02,official,5,1.2,2026-05-08,https://ecb.test/',
    );
    // A line item: $1.752 / 1.2 = €1.46.
    expect(csv[4]?.endsWith(',,,,,1.46,,,')).toBe(true);
    const week = resultsCsv(result, { ...DEFAULT_PAGE_SCENARIO, horizon: 'week' }, money);
    expect(week.split('\r\n')[0]).toContain(
      ',verification,eur_per_week,eur_per_month,usd_per_eur,',
    );
    const doc = resultsDocument(DEFAULT_PAGE_SCENARIO, result, money);
    expect(doc.scenario.currency).toBe('EUR');
    expect(doc.rate).toEqual({ usdPerUnit: 1.2, asOf: '2026-05-08', source: 'https://ecb.test/' });
    // USD stays USD; total is in euros: $5.50 / 1.2 = €4.58333… → 4.583333333.
    expect(doc.results[0]).toMatchObject({ monthlyUsd: 5.5, totalUsd: 5.5, total: 4.583333333 });
  });
});
