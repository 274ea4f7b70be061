import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  maxMeanForPercentile,
  overlappingBursts,
  peakCpu,
  peakInFlight,
  poissonPercentile,
} from './in-flight.ts';

/**
 * The 99th percentile of Poisson(λ) by another route than the engine's: the probabilities summed
 * outward from the mode (relative to it, so nothing underflows for any λ), then normalised.
 */
function referencePercentile(lambda: number): number {
  const mode = Math.floor(lambda);
  const spread = Math.ceil(40 * Math.sqrt(lambda + 1)) + 40;
  const lo = Math.max(0, mode - spread);
  const hi = mode + spread;
  const rel = new Map<number, number>([[mode, 1]]);
  for (let k = mode + 1; k <= hi; k++) rel.set(k, rel.get(k - 1)! * (lambda / k));
  for (let k = mode - 1; k >= lo; k--) rel.set(k, rel.get(k + 1)! * ((k + 1) / lambda));
  let total = 0;
  for (let k = lo; k <= hi; k++) total += rel.get(k)!;
  let cdf = 0;
  for (let k = lo; k <= hi; k++) {
    cdf += rel.get(k)! / total;
    if (cdf >= 0.99) return k;
  }
  return hi;
}

describe('the 99th percentile of requests in flight (random arrivals)', () => {
  it('is 0 until P(X = 0) = e^−λ falls below 0.99, at λ = −ln 0.99 = 0.0100503', () => {
    expect(maxMeanForPercentile(0)).toBeCloseTo(0.0100503358535, 12);
    expect(poissonPercentile(0.01)).toBe(0);
    expect(poissonPercentile(0.0101)).toBe(1);
  });
  it('50M requests a month at 120 ms: λ = 2.2831, 99th percentile 6', () => {
    // 50,000,000 ÷ 2,628,000 s = 19.0259 req/s × 0.12 s = 2.28311 in flight on average.
    // e^−2.28311 = 0.10197; P(X ≤ k) for k = 0…6: 0.10197, 0.33477, 0.60052, 0.80277, 0.91821,
    // 0.97092, 0.99098. The first at or above 0.99 is k = 6.
    expect(poissonPercentile((50e6 / 2_628_000) * 0.12)).toBe(6);
  });
  it('λ = 200: 234 (the normal approximation 200 + 2.326 × √200 + 0.74 = 233.6)', () => {
    // P(X ≤ 233) = 0.98979, P(X ≤ 234) = 0.99147 (summed term by term).
    expect(poissonPercentile(200)).toBe(234);
  });
  it('agrees with a direct summation from small to very large means', () => {
    for (const lambda of [0.3, 1, 7.5, 50, 150, 199.9, 200.1, 350, 700, 1234.5, 1e4, 2.5e5, 1e6])
      expect(poissonPercentile(lambda), `λ = ${lambda}`).toBe(referencePercentile(lambda));
  });
  it('is the inverse of maxMeanForPercentile, and both grow', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), (lambda) => {
        const m = poissonPercentile(lambda);
        expect(lambda).toBeLessThanOrEqual(maxMeanForPercentile(m));
        if (m > 0) expect(lambda).toBeGreaterThan(maxMeanForPercentile(m - 1));
        expect(m).toBeGreaterThanOrEqual(Math.floor(lambda));
      }),
    );
  });
});

describe('peak requests in flight by arrival reading', () => {
  const base = { rps: 2, durationMs: 1500, everyMinutes: 5 };
  it('even: the mean rounded up (2 req/s × 1.5 s = 3 exactly; 2.1 × 1.5 = 3.15 → 4)', () => {
    expect(peakInFlight({ ...base, arrivals: 'even' })).toBe(3);
    expect(peakInFlight({ ...base, rps: 2.1, arrivals: 'even' })).toBe(4);
  });
  it('bursts: the whole burst, 200 requests every 10 minutes all in flight at once', () => {
    // 200 every 600 s = 1/3 req/s; a burst is 1/3 × 600 = 200; each lasts 2 s < 600 s.
    expect(
      peakInFlight({ arrivals: 'bursts', rps: 200 / 600, durationMs: 2000, everyMinutes: 10 }),
    ).toBeCloseTo(200, 9);
  });
  it('bursts that outlast the period overlap: 15-minute requests every 10 minutes → 2 bursts', () => {
    expect(overlappingBursts(15 * 60_000, 10)).toBe(2);
    expect(overlappingBursts(10 * 60_000, 10)).toBe(1);
  });
  it('CPU: the mean for random arrivals, the whole burst at once for bursts', () => {
    // Random: 2 req/s × 100 ms = 0.2 vCPU. Bursts of 200 at 20 ms CPU in 2 s: 200 × 0.01 = 2 vCPU.
    expect(peakCpu({ ...base, arrivals: 'random', cpuMs: 100 })).toBeCloseTo(0.2, 12);
    expect(
      peakCpu({
        arrivals: 'bursts',
        rps: 200 / 600,
        durationMs: 2000,
        everyMinutes: 10,
        cpuMs: 20,
      }),
    ).toBeCloseTo(2, 12);
  });
});
