/**
 * pricing-data/platform.json reaches the engine as data (`{ platform }`), like fx.json: the page
 * loads it with the catalog, the CLI reads it from disk. Without it the engine prices with the
 * empty platform: the same offers, minus cold starts, state, schedulers and scaling limits.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_PLATFORM } from '../catalog/platform.ts';
import { breakEven, sweep } from './breakeven.ts';
import { makeContext } from './context.ts';
import { evaluateScenario } from './evaluate.ts';
import { priceOffer } from './price-offer.ts';
import type { Scenario } from './scenario.ts';
import { catalogOffers, catalogPlatform, monthly, offerById } from './test-catalog.ts';

const platform = catalogPlatform();
const all = catalogOffers();

/**
 * 200 requests every 30 minutes at random, cold-start cost in, 2 DynamoDB reads and 1 write. (Not
 * in bursts: a server sized for a whole burst grows with it as FaaS does, and never breaks even.)
 * I/O-bound (20 ms of CPU in 200 ms): at 200 ms of CPU each the t4g.small's surplus credits
 * ($0.04 per vCPU-hour, $2.22 per million such requests) outgrow Lambda's price and it never does.
 */
const s: Scenario = {
  ...monthly(1, { faas: { freeTier: false } }),
  workload: { requests: 200, everyMinutes: 30 },
  durationMs: 200,
  cpuMs: 20,
  memoryMb: 512,
  offers: ['aws-lambda-arm64', 'aws-ec2-t4g-small'],
  coldStart: {
    arrivals: 'random',
    runtime: 'java',
    initMs: null,
    keepAliveMinutes: null,
    includeCost: true,
  },
  state: { store: 'dynamodb', readsPerRequest: 2, writesPerRequest: 1, itemKb: 1 },
};
const PLATFORM_LINES = ['cold-start', 'state'];

describe('the platform as an engine option', () => {
  it('defaults to the empty platform: no cold-start, state or limit lines', () => {
    expect(makeContext(s).platform).toBe(EMPTY_PLATFORM);
    expect(makeContext(s, { platform }).platform).toBe(platform);
    const lambda = offerById('aws-lambda-arm64');
    const without = priceOffer(lambda, makeContext(s), all);
    const withIt = priceOffer(lambda, makeContext(s, { platform }), all);
    expect(without.lines.map((l) => l.id)).toEqual(
      withIt.lines.map((l) => l.id).filter((id) => !PLATFORM_LINES.includes(id)),
    );
    expect(withIt.lines.map((l) => l.id)).toEqual(expect.arrayContaining(PLATFORM_LINES));
    expect(without.coldStart).toBeUndefined();
    expect(without.warnings).toContainEqual({
      code: 'no-state-store',
      severity: 'info',
      offerId: 'aws-lambda-arm64',
      params: { storeId: 'dynamodb' },
    });
    expect(withIt.coldStart?.keepAliveMinutes).toBe(10);
    // Everything else is priced the same; the difference is exactly the platform's lines.
    const extra = withIt.lines
      .filter((l) => PLATFORM_LINES.includes(l.id))
      .reduce((t, l) => t + l.usd, 0);
    expect(extra).toBeGreaterThan(0);
    expect(withIt.monthlyUsd - without.monthlyUsd).toBeCloseTo(extra, 9);
  });

  it('reaches every price: evaluation, break-even and the sweep agree', () => {
    const r = evaluateScenario(s, all, { platform });
    const lambda = r.results.find((x) => x.offerId === 'aws-lambda-arm64')!;
    const vm = r.results.find((x) => x.offerId === 'aws-ec2-t4g-small')!;
    // The sweep at the scenario's volume prices with the same platform.
    const v = r.requestsPerMonth;
    const [pt] = sweep(s, all, { platform, min: v, max: v * 10, points: 2 });
    expect(pt?.usd['aws-lambda-arm64']).toBeCloseTo(lambda.monthlyUsd, 9);
    // The break-even of evaluateScenario is breakEven's with the same data, and state and cold
    // starts make FaaS dearer, so it comes earlier than with the empty platform.
    const be = r.breakEven[0]!;
    expect(be.requestsPerMonth).toBe(
      breakEven(lambda.offer, vm.offer, s, all, { platform }).requestsPerMonth,
    );
    const bare = evaluateScenario(s, all).breakEven[0]!;
    expect(be.requestsPerMonth!).toBeLessThan(bare.requestsPerMonth!);
  });
});
