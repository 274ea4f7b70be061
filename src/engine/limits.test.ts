import { describe, expect, it } from 'vitest';
import { makeContext } from './context.ts';
import { priceOffer } from './price-offer.ts';
import { priceInstances } from './fleet.ts';
import { scenarioSchema, type ScenarioInput } from './scenario.ts';
import { catalogOffers, catalogPlatform, monthly, offerById, testVm } from './test-catalog.ts';

/** pricing-data/platform.json, as the page and the CLI pass it. */
const platform = catalogPlatform();

const all = catalogOffers();
const price = (id: string, rest: Partial<ScenarioInput> & Pick<ScenarioInput, 'workload'>) =>
  priceOffer(
    offerById(id),
    makeContext(scenarioSchema.parse({ durationMs: 200, memoryMb: 512, ...rest }), { platform }),
    all,
  );

describe('autoscaling limits', () => {
  it('Cloud Run functions: 1,000 req/s × 0.2 s = 200 instances, over the default maximum of 100', () => {
    const r = price('gcp-cloud-run-functions', { workload: { requests: 60_000, everyMinutes: 1 } });
    expect(r.scaling?.peakConcurrency).toBeCloseTo(200, 9);
    expect(r.scaling?.peakInstances).toBe(200);
    const max = r.scaling?.checks.find((c) => c.id === 'max-instances');
    expect(max).toMatchObject({ limit: 100, needed: 200, exceeded: true });
    expect(r.warnings.find((w) => w.code === 'scaling-limit')?.params).toEqual({
      check: 'max-instances',
      needed: 200,
      limit: 100,
    });
  });

  it('Lambda: a burst of 1,500 at once passes the account limit and the 1,000-per-10-s scale-out', () => {
    // 1,500 every 5 minutes is only 5 req/s on average (1 in flight by Little's law), so the
    // average-rate warning stays quiet; arriving together, the burst needs 1,500 environments.
    const r = price('aws-lambda-arm64', {
      workload: { requests: 1500, everyMinutes: 5 },
      coldStart: { arrivals: 'bursts' },
    });
    expect(r.scaling?.peakConcurrency).toBeCloseTo(1500, 9);
    const ids = r.scaling?.checks.filter((c) => c.exceeded).map((c) => c.id);
    expect(ids).toEqual(['account-concurrency', 'scale-out-rate']);
    expect(r.warnings.filter((w) => w.code === 'scaling-limit')).toHaveLength(2);
    // Spread at random, the same volume needs 5 × 0.2 = 1 execution: nothing exceeded.
    const spread = price('aws-lambda-arm64', { workload: { requests: 1500, everyMinutes: 5 } });
    expect(spread.scaling?.checks.some((c) => c.exceeded)).toBe(false);
  });

  it('Azure Consumption: the 200-instance limit is shown, but instances cannot be counted', () => {
    const r = price('azure-functions-consumption', {
      workload: { requests: 60_000, everyMinutes: 1 },
    });
    const max = r.scaling?.checks.find((c) => c.id === 'max-instances');
    expect(max).toMatchObject({ limit: 200, needed: null, exceeded: false });
  });
});

describe('fixed fleets: scale-out by hour and idle share', () => {
  // A 2-vCPU machine at $0.01 an hour (the same as fleet.test.ts).
  const vm = testVm();

  it('business hours: 3 instances for 40 h, 1 for the other 128 h', () => {
    // As in fleet.test.ts: 10 req/s average in 40 open hours → 4.2 vCPUs at the peak → 3 instances;
    // closed hours need only the minimum of 1. Needed instance-hours a week: 40 × 3 + 128 × 1 = 248
    // out of 168 × 3 = 504 paid: idle share 1 − 248/504 = 0.5079365.
    const s = monthly(10 * 730 * 3600, {
      durationMs: 100,
      pattern: { kind: 'business-hours', offHoursRatio: 0 },
    });
    const f = priceInstances(vm, makeContext(s, { platform })).fleet;
    expect(f.peakInstances).toBe(3);
    expect(f.neededInstancesByHour?.filter((n) => n === 3)).toHaveLength(40);
    expect(f.neededInstancesByHour?.filter((n) => n === 1)).toHaveLength(128);
    expect(f.idleInstanceShare).toBeCloseTo(1 - 248 / 504, 12);
    expect(f.idleInstanceShare).toBeCloseTo(0.5079365, 7);
  });
});
