import { describe, expect, it } from 'vitest';
import { countColdStarts } from './cold-start.ts';
import { makeContext } from './context.ts';
import { evaluateScenario } from './evaluate.ts';
import { priceOffer } from './price-offer.ts';
import { DEFAULT_SCENARIO, scenarioSchema, type ScenarioInput } from './scenario.ts';
import { catalogOffers, catalogPlatform, offerById } from './test-catalog.ts';

/** pricing-data/platform.json, as the page and the CLI pass it. */
const platform = catalogPlatform();

const all = catalogOffers();
const lambdaArm = offerById('aws-lambda-arm64');

function scenario(rest: Partial<ScenarioInput>) {
  return scenarioSchema.parse({
    workload: { requests: 5, everyMinutes: 30 },
    durationMs: 200,
    memoryMb: 512,
    responseKb: 0,
    requestKb: 0,
    ...rest,
  });
}

const price = (rest: Partial<ScenarioInput>, offer = lambdaArm) =>
  priceOffer(offer, makeContext(scenario(rest), { platform }), all);

describe('cold starts follow from "N requests every M minutes"', () => {
  it('a burst every 30 minutes with a 10-minute keep-alive: every burst starts cold', () => {
    // 5 requests every 30 min = 5 / 30 × 43,800 min = 7,300 requests a month, in 1,460 bursts.
    // The idle gap (30 min − 0.2 s) is longer than the 10-min keep-alive, so each burst finds no
    // warm environment; Lambda serves one request per environment, so all 5 start cold:
    // 1,460 × 5 = 7,300 cold starts, a share of 1.
    const r = price({ coldStart: { arrivals: 'bursts', keepAliveMinutes: 10 } });
    expect(r.coldStart?.coldStartsPerMonth).toBeCloseTo(7300, 6);
    expect(r.coldStart?.coldShare).toBeCloseTo(1, 12);
    // Off by default: shown, but not in the total.
    expect(r.coldStart?.includedInTotal).toBe(false);
    expect(r.lines.find((l) => l.id === 'cold-start')).toBeUndefined();
  });

  it('the same bursts every 5 minutes stay warm', () => {
    // Gap 5 min − 0.2 s < 10 min: the environments of the last burst are still warm.
    const r = price({
      workload: { requests: 5, everyMinutes: 5 },
      coldStart: { arrivals: 'bursts', keepAliveMinutes: 10 },
    });
    expect(r.coldStart?.coldStartsPerMonth).toBe(0);
  });

  it('one request a second: almost none are cold', () => {
    // 1 req/s, random arrivals: P(no request in the previous 600 s) = e^(−600) ≈ 2.7e-261.
    const random = price({
      workload: { requests: 60, everyMinutes: 1 },
      coldStart: { keepAliveMinutes: 10 },
    });
    expect(random.coldStart?.coldShare).toBeLessThan(1e-200);
    // Evenly spaced: a 1 s gap (0.8 s idle) never reaches the keep-alive: none cold.
    const even = price({
      workload: { requests: 60, everyMinutes: 1 },
      coldStart: { arrivals: 'even', keepAliveMinutes: 10 },
    });
    expect(even.coldStart?.coldShare).toBe(0);
  });

  it('random arrivals: the share is e^(−λK)', () => {
    // One request every 5 minutes on average: λ = 1/300 per s; K = 600 s → e^(−2) = 0.1353353.
    // 1/0.135 ≈ 7.39, so "about 1 in 7".
    const r = price({
      workload: { requests: 1, everyMinutes: 5 },
      coldStart: { keepAliveMinutes: 10, initMs: 400 },
    });
    expect(r.coldStart?.coldShare).toBeCloseTo(Math.exp(-2), 12);
    expect(r.coldStart?.coldShare).toBeCloseTo(0.1353353, 7);
  });

  it('scaling out between hours starts new instances cold', () => {
    // Business hours with no off-hours traffic: 10 req/s on average is 10 × 168/40 = 42 req/s in
    // the 40 open hours. At 0.2 s that is 8.4 in flight → 9 environments, all new at each of the 5
    // openings a week: 45 cold starts a week × 730/168 = 195.5357 a month (idle ones: e^(−42·600) ≈ 0).
    const r = price({
      workload: { requests: 600, everyMinutes: 1 },
      pattern: { kind: 'business-hours', offHoursRatio: 0 },
      coldStart: { keepAliveMinutes: 10 },
    });
    expect(r.coldStart?.coldStartsPerMonth).toBeCloseTo((45 * 730) / 168, 6);
    expect(r.coldStart?.coldShare).toBeCloseTo((45 * 730) / 168 / (10 * 730 * 3600), 12);
  });

  it('billed INIT time is its own line when included (Lambda, since 2025-08-01)', () => {
    // 7,300 cold starts × 0.4 s × 0.5 GB = 1,460 GB-s at the Arm rate $0.0000133334/GB-s
    // = $0.019466764, with the free tier off (it would cover it).
    const r = price({
      faas: { freeTier: false },
      coldStart: { arrivals: 'bursts', keepAliveMinutes: 10, initMs: 400, includeCost: true },
    });
    const line = r.lines.find((l) => l.id === 'cold-start');
    expect(line?.usd).toBeCloseTo(0.019466764, 9);
    expect(r.coldStart?.usdPerMonth).toBeCloseTo(0.019466764, 9);
    expect(r.coldStart?.includedInTotal).toBe(true);
    // Requests 7,300 × $0.20/M = $0.00146; duration 7,300 × 0.2 s × 0.5 GB = 730 GB-s
    // × $0.0000133334 = $0.009733382; total $0.00146 + $0.009733382 + $0.019466764.
    expect(r.monthlyUsd).toBeCloseTo(0.00146 + 0.009733382 + 0.019466764, 9);
    const sum = r.lines.reduce((a, l) => a + l.usd, 0);
    expect(sum).toBeCloseTo(r.monthlyUsd, 12);
  });

  it('Cloud Run bills startup at its vCPU and memory rates; Azure Consumption is not billed', () => {
    // Cloud Run functions, 512 MB → 0.333 vCPU. Per cold start of 0.4 s: 0.1332 vCPU-s at
    // $0.000024 + 0.2 GiB-s at $0.0000025 = $0.0000031968 + $0.0000005 = $0.0000036968.
    // × 7,300 = $0.02698664 (free tier off).
    const run = price(
      {
        faas: { freeTier: false },
        coldStart: { arrivals: 'bursts', keepAliveMinutes: 10, initMs: 400, includeCost: true },
      },
      offerById('gcp-cloud-run-functions'),
    );
    expect(run.lines.find((l) => l.id === 'cold-start')?.usd).toBeCloseTo(0.02698664, 8);
    const azure = price(
      { coldStart: { arrivals: 'bursts', keepAliveMinutes: 10, includeCost: true } },
      offerById('azure-functions-consumption'),
    );
    expect(azure.coldStart?.coldShare).toBeCloseTo(1, 12);
    expect(azure.coldStart?.initBilled).toBe(false);
    expect(azure.lines.find((l) => l.id === 'cold-start')).toBeUndefined();
  });

  it('prices keeping instances warm: Lambda provisioned concurrency, Cloud Run minimum instances', () => {
    const s = { coldStart: { arrivals: 'bursts' as const, keepAliveMinutes: 10 } };
    // Cloud Run: 5 idle instances × (0.333 vCPU + 0.5 GiB) × $0.0000025 × 2,628,000 s
    // = 5 × 0.0000020825 × 2,628,000 = $27.36405.
    const run = price(s, offerById('gcp-cloud-run-functions'));
    expect(run.coldStart?.avoid?.instances).toBe(5);
    expect(run.coldStart?.avoid?.usdPerMonth).toBeCloseTo(27.36405, 6);
    // Lambda (Arm): 5 × 0.5 GB × 2,628,000 s × $0.0000033334 = $21.900438 configured; the 730
    // GB-s of duration move from on-demand (inside the free tier: $0) to $0.0000077778/GB-s
    // = $0.005677794; and the function loses its free tier, so its 7,300 requests cost
    // 7,300 × $0.20/M = $0.00146.
    const lambda = price(s);
    expect(lambda.coldStart?.avoid?.usdPerMonth).toBeCloseTo(21.900438 + 0.005677794 + 0.00146, 6);
    // Provisioned concurrency of 5 in the scenario: no burst starts cold any more.
    const warm = price({ ...s, faas: { provisionedConcurrency: 5 } });
    expect(warm.coldStart?.coldStartsPerMonth).toBe(0);
  });

  it('leaves the default scenario unchanged: no new lines or warnings', () => {
    const r = evaluateScenario(DEFAULT_SCENARIO, all, { platform });
    for (const o of r.results) {
      expect(o.lines.some((l) => ['cold-start', 'state', 'scheduler'].includes(l.id))).toBe(false);
      expect(o.warnings.some((w) => w.code === 'cold-start' || w.code === 'scaling-limit')).toBe(
        false,
      );
    }
    // 1,000 requests every 5 minutes at random = 3.33 req/s: e^(−3.33 × 600) ≈ 0 on Lambda.
    const lambda = r.results.find((o) => o.offerId === 'aws-lambda-arm64');
    expect(lambda?.coldStart?.coldShare).toBeLessThan(1e-100);
  });
});

describe('countColdStarts', () => {
  const base = {
    requestsPerMonth: 7300,
    everyMinutes: 30,
    averageRps: 7300 / (730 * 3600),
    bins: [{ weight: 1, hours: 168 }],
    durationMs: 200,
    keepAliveMinutes: 10,
    requestsPerInstance: 1,
    warmInstances: 0,
  };
  it('bursts share instances when one instance serves several requests', () => {
    // 5 requests at once, 80 per instance: one instance, one cold start per burst:
    // 1,460 cold starts out of 7,300 = 20%.
    const r = countColdStarts({ ...base, arrivals: 'bursts', requestsPerInstance: 80 });
    expect(r.coldStartsPerMonth).toBeCloseTo(1460, 9);
    expect(r.coldShare).toBeCloseTo(0.2, 12);
    expect(r.instancesToKeepWarm).toBe(1);
  });
  it('even arrivals: a 6-minute gap with a 10-minute keep-alive stays warm; 12 minutes does not', () => {
    // 5 every 30 min evenly = one every 6 min < 10 min: none cold.
    expect(countColdStarts({ ...base, arrivals: 'even' }).coldStartsPerMonth).toBe(0);
    // 1 every 12 min: every request cold (3,650 a month).
    const r = countColdStarts({
      ...base,
      arrivals: 'even',
      requestsPerMonth: 3650,
      everyMinutes: 12,
      averageRps: 3650 / (730 * 3600),
    });
    expect(r.coldStartsPerMonth).toBeCloseTo(3650, 6);
  });
  it('no requests, no cold starts', () => {
    const r = countColdStarts({ ...base, arrivals: 'random', requestsPerMonth: 0, averageRps: 0 });
    expect(r.coldStartsPerMonth).toBe(0);
    expect(r.coldShare).toBe(0);
  });
});
