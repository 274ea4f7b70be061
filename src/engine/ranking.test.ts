import { describe, expect, it } from 'vitest';
import { compareResults, rankResults } from './ranking.ts';
import { fakeResult, fakeScenarioResult, memoryLimit } from './test-result.ts';
import type { BreakEven, OfferResult, Warning } from './types.ts';

const workersMemory = memoryLimit('workers');
const instanceMemory: Warning = {
  code: 'instance-memory',
  severity: 'error',
  offerId: 'fly',
  params: { workingSetMb: 512, baseMemoryMb: 128, instanceMemoryMb: 256 },
};

// Hand-picked monthly costs: the cannot-run Workers ($1) would be cheapest of all.
const lambda = fakeResult({ offerId: 'lambda', label: 'Lambda', family: 'faas', monthlyUsd: 7.9 });
const workers = fakeResult({
  offerId: 'workers',
  label: 'Workers',
  family: 'faas',
  monthlyUsd: 1,
  status: 'cannot-run',
  reason: workersMemory,
  warnings: [workersMemory],
});
const droplet = fakeResult({
  offerId: 'droplet',
  label: 'Droplet',
  family: 'always-on',
  monthlyUsd: 6,
});
const fly = fakeResult({
  offerId: 'fly',
  label: 'Fly 256 MB',
  family: 'always-on',
  monthlyUsd: 2.89,
  status: 'cannot-run',
  reason: instanceMemory,
  warnings: [
    instanceMemory,
    {
      code: 'unverified-price',
      severity: 'info',
      offerId: 'fly',
      params: {},
    },
  ],
});
const gone = fakeResult({
  offerId: 'azure',
  label: 'Azure',
  family: 'faas',
  monthlyUsd: 0,
  available: false,
  status: 'unavailable',
  reason: { code: 'not-in-area', params: { area: 'europe' } },
});

function be(faas: OfferResult, alwaysOn: OfferResult): BreakEven {
  return {
    faasOfferId: faas.offerId,
    alwaysOnOfferId: alwaysOn.offerId,
    status: 'never',
    requestsPerMonth: null,
    faasMonthlyUsd: null,
    alwaysOnMonthlyUsd: null,
  };
}

describe('rankResults', () => {
  // Every pair the engine might have returned, including those with offers that cannot run.
  const result = fakeScenarioResult(
    [gone, workers, lambda, fly, droplet],
    [be(lambda, droplet), be(lambda, fly), be(workers, droplet), be(workers, fly)],
  );
  const ranking = rankResults(result);

  it('orders priced cheapest first, then cannot-run cheapest first, then unavailable', () => {
    // Priced: Droplet $6 < Lambda $7.90. Cannot run: Workers $1 < Fly $2.89, after both, though
    // each is cheaper than every priced offer. Unavailable last.
    expect(ranking.ordered.map((r) => r.offerId)).toEqual([
      'droplet',
      'lambda',
      'workers',
      'fly',
      'azure',
    ]);
    expect(ranking.priced.map((r) => r.offerId)).toEqual(['droplet', 'lambda']);
    expect(ranking.cannotRun.map((r) => r.offerId)).toEqual(['workers', 'fly']);
    expect(ranking.unavailable.map((r) => r.offerId)).toEqual(['azure']);
    expect([...result.results].sort(compareResults)).toEqual(ranking.ordered);
  });

  it('picks the cheapest priced offer of each family, never one that cannot run', () => {
    // Fly ($2.89) and Workers ($1) are cheaper but cannot run: Lambda and the Droplet are chosen.
    expect(ranking.cheapestFaas?.offerId).toBe('lambda');
    expect(ranking.cheapestAlwaysOn?.offerId).toBe('droplet');
    // $6 < $7.90.
    expect(ranking.cheaper).toBe('always-on');
  });

  it('keeps break-evens only between priced offers', () => {
    expect(ranking.breakEven.map((b) => `${b.faasOfferId}/${b.alwaysOnOfferId}`)).toEqual([
      'lambda/droplet',
    ]);
    expect(ranking.headlineBreakEven?.alwaysOnOfferId).toBe('droplet');
  });

  it('ties by offer id; no family priced gives no cheapest and no comparison', () => {
    const a = fakeResult({ offerId: 'b-fn', label: 'B', family: 'faas', monthlyUsd: 5 });
    const b = fakeResult({ offerId: 'a-fn', label: 'A', family: 'faas', monthlyUsd: 5 });
    const r = rankResults(fakeScenarioResult([a, b, workers]));
    expect(r.ordered.map((x) => x.offerId)).toEqual(['a-fn', 'b-fn', 'workers']);
    expect(r.cheapestAlwaysOn).toBeNull();
    expect(r.cheaper).toBeNull();
    expect(r.headlineBreakEven).toBeNull();
  });
});
