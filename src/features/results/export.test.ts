import { describe, expect, it } from 'vitest';
import type { OfferResult, ScenarioResult } from '../../engine/types.ts';
import { DEFAULT_PAGE_SCENARIO } from '../../url/codec.ts';
import { resultsCsv, resultsJson, sortedResults } from './export.ts';

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
      id: 'requests',
      kind: 'requests',
      label: 'Requests',
      usd: 1.752,
      detail: '8,760,000 × $0.20/M',
    },
    {
      id: 'free-tier-requests',
      kind: 'free-tier',
      label: 'Free tier: requests',
      usd: -0.2,
      detail: '1M free',
    },
  ],
  warnings: [
    {
      code: 'free-tier-used-up',
      severity: 'info',
      message: 'Free tier used up on day 4, "early".',
    },
  ],
});
const vps = offer('do-basic-1gb', 'DigitalOcean 1 GB', 6, {
  family: 'always-on',
  kind: 'always-on',
});
const gone = offer('hetzner-cx23', 'Hetzner CX23', 0, {
  available: false,
  unavailableReason: 'Not in us-east.',
});
const result: ScenarioResult = {
  requestsPerMonth: 8_760_000,
  requestsPerSecond: 3.33,
  weeklyProfile: [],
  results: [lambda, gone, vps],
  breakEven: [],
};

describe('exports', () => {
  it('sorts like the table: cheapest first, unavailable last', () => {
    expect(sortedResults(result).map((r) => r.offerId)).toEqual([
      'do-basic-1gb',
      'aws-lambda-arm64',
      'hetzner-cx23',
    ]);
  });

  it('writes unrounded numbers and quotes cells with commas or quotes (RFC 4180)', () => {
    const csv = resultsCsv(result, { ...DEFAULT_PAGE_SCENARIO, horizon: 'week' }).split('\r\n');
    expect(csv[0]).toBe(
      'offer_id,offer,family,item,usd_per_week,usd_per_month,peak_instances,avg_cpu_utilization,warnings,source,checked_on,verification',
    );
    // $6 × 168 / 730 = 1.3808219178082193 a week.
    expect(csv[1]).toBe(
      'do-basic-1gb,DigitalOcean 1 GB,always-on,Total,1.3808219178082193,6,,,,https://example.com/p,2026-11-02,official',
    );
    expect(csv[2]).toBe(
      `aws-lambda-arm64,"AWS Lambda (arm64, Graviton2)",faas,Total,${(7.8986984 * 168) / 730},7.8986984,,,"Free tier used up on day 4, ""early"".",https://example.com/p,2026-11-02,official`,
    );
    expect(csv[3]).toBe(
      'aws-lambda-arm64,"AWS Lambda (arm64, Graviton2)",faas,Requests,,1.752,,,"8,760,000 × $0.20/M",,,',
    );
    expect(csv[4]).toBe(
      'aws-lambda-arm64,"AWS Lambda (arm64, Graviton2)",faas,Free tier: requests,,-0.2,,,1M free,,,',
    );
    expect(csv[5]).toBe(
      'hetzner-cx23,Hetzner CX23,faas,Total,,,,,Not in us-east.,https://example.com/p,2026-11-02,official',
    );
    expect(csv[6]).toBe('');
  });

  it('in EUR: USD columns unchanged, plus the converted amounts and the dated rate', () => {
    const money = {
      currency: 'EUR' as const,
      rate: { currency: 'EUR', usdPerUnit: 1.2, asOf: '2026-05-08', source: 'https://ecb.test/' },
    };
    const csv = resultsCsv(result, DEFAULT_PAGE_SCENARIO, money).split('\r\n');
    expect(csv[0]).toBe(
      'offer_id,offer,family,item,usd_per_month,usd_per_month,peak_instances,avg_cpu_utilization,warnings,source,checked_on,verification,eur_per_month,eur_per_month,usd_per_eur,fx_as_of,fx_source',
    );
    // $6 / 1.2 = €5 (the rate is made up so the arithmetic is exact).
    expect(csv[1]).toBe(
      'do-basic-1gb,DigitalOcean 1 GB,always-on,Total,6,6,,,,https://example.com/p,2026-11-02,official,5,5,1.2,2026-05-08,https://ecb.test/',
    );
    // A line item: $1.752 / 1.2 = €1.46.
    expect(csv[3]?.endsWith(',,,,,1.46,,,')).toBe(true);
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
    expect(json.results[0]?.monthlyUsd).toBe(6);
  });

  it('JSON carries the scenario, its link and the results without the raw offer', () => {
    const json = JSON.parse(resultsJson(result, DEFAULT_PAGE_SCENARIO, 'https://x.test/?v=1')) as {
      scenario: unknown;
      shareUrl: string;
      results: Record<string, unknown>[];
    };
    expect(json.scenario).toEqual(DEFAULT_PAGE_SCENARIO);
    expect(json.shareUrl).toBe('https://x.test/?v=1');
    expect(json.results[0]?.offerId).toBe('do-basic-1gb');
    expect(json.results[0]).not.toHaveProperty('offer');
  });
});
