import { describe, expect, it } from 'vitest';
import { breakEven, logGrid, sweep } from './breakeven.ts';
import { evaluateScenario } from './evaluate.ts';
import { catalogOffers, catalogPlatform, monthly, testFaas, testVm } from './test-catalog.ts';

/** pricing-data/platform.json, as the page and the CLI pass it. */
const platform = catalogPlatform();

const vm = testVm();

describe('breakEven', () => {
  it('finds the volume where FaaS overtakes one always-on instance', () => {
    // FaaS: $0.20/M + 0.1 s × 0.125 GB × $0.00001 = 3.25e-7 per request.
    // VM: one instance ($7.30) serves up to 2 × 0.7 / 0.1 s CPU = 14 req/s = 36.79M a month.
    // 3.25e-7 × R = 7.30 → R = 22,461,538.
    const f = testFaas();
    const s = monthly(1e6, { durationMs: 100, memoryMb: 128 });
    const b = breakEven(f, vm, s, [f, vm]);
    expect(b.status).toBe('crosses');
    expect(b.requestsPerMonth!).toBeCloseTo(7.3 / 3.25e-7, -2);
  });
  it('finds a window between two grid points, just below a step of the fleet', () => {
    // FaaS at $0.292/M requests only: F(R) = 2.92e-7 × R equals the one-instance $7.30 at
    // R = 7.30 / 2.92e-7 = 25,000,000. With 120 ms of CPU one instance serves 2 × 0.7 / 0.12
    // = 11.667 req/s = 30.66M a month, so at the next grid point (10^7.5 = 31.6M) the fleet has
    // already stepped to 2 instances ($14.60 > F = $9.23): a grid alone would miss the crossing.
    const f = testFaas({
      meters: [
        {
          id: 'requests',
          label: 'Requests',
          basis: 'requests',
          unit: 'request',
          tiers: [{ upTo: null, pricePerUnit: 2.92e-7 }],
          freeTierUnits: 0,
          includedUnits: 0,
        },
      ],
    });
    const b = breakEven(f, vm, monthly(1, { durationMs: 120 }), [f, vm]);
    expect(b.status).toBe('crosses');
    expect(b.requestsPerMonth! / 25e6).toBeCloseTo(1, 5);
  });
  it('says when FaaS is dearer at any volume', () => {
    // A $10 base fee is dearer than $7.30 at zero, and 3.25e-7 per request stays dearer than the
    // VM's 7.30 / 36.79M = 1.98e-7 per request at any volume.
    const f = testFaas({ baseFeePerMonth: 10 });
    const b = breakEven(f, vm, monthly(1, { durationMs: 100 }), [f, vm]);
    expect(b.status).toBe('faas-always-dearer');
  });
  it('says when FaaS never becomes dearer below 10^12', () => {
    // FaaS at $0.01/M requests only; the VM is concurrency-bound (1 s each, 50 in flight) at
    // 50 req/s = 131.4M a month per $7.30 = $0.0556/M: FaaS stays cheaper.
    const f = testFaas({
      meters: [
        {
          id: 'requests',
          label: 'Requests',
          basis: 'requests',
          unit: 'request',
          tiers: [{ upTo: null, pricePerUnit: 1e-8 }],
          freeTierUnits: 0,
          includedUnits: 0,
        },
      ],
    });
    const b = breakEven(f, vm, monthly(1, { durationMs: 1000, cpuMs: 1 }), [f, vm]);
    expect(b.status).toBe('never');
  });
});

describe('sweep', () => {
  it('covers at least 200 log-spaced volumes from 10^2 to 10^12', () => {
    const pts = sweep(
      { ...monthly(1), offers: ['aws-lambda-arm64', 'aws-ec2-t3-micro'] },
      catalogOffers(),
      { platform },
    );
    expect(pts.length).toBeGreaterThanOrEqual(200);
    expect(pts[0]!.requestsPerMonth).toBeCloseTo(100, 8);
    expect(pts[pts.length - 1]!.requestsPerMonth).toBe(1e12);
    // Every point prices both offers with a finite number.
    for (const p of pts) expect(Object.values(p.usd).every(Number.isFinite)).toBe(true);
  });
  it('logGrid is log-spaced: 1, 10, 100', () => {
    expect(logGrid(1, 100, 3).map((x) => Math.round(x))).toEqual([1, 10, 100]);
  });
  it('the sweep agrees with a direct evaluation at the same volume', () => {
    const s = { ...monthly(1), offers: ['aws-lambda-x86'] };
    const pts = sweep(s, catalogOffers(), { platform, min: 3e6, max: 3e7, points: 2 });
    const direct = evaluateScenario(
      { ...s, workload: { requests: 3e6, everyMinutes: 43_800 } },
      catalogOffers(),
      { platform },
    );
    expect(pts[0]!.usd['aws-lambda-x86']).toBeCloseTo(direct.results[0]!.monthlyUsd, 9);
  });
});
