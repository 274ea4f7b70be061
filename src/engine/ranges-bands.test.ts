import { describe, expect, it } from 'vitest';
import { sweep } from './breakeven.ts';
import { bandCorners, costRanges, scenarioAt, seriesBand, sweepBand } from './ranges.ts';
import { monthly, testFaas, testVm } from './test-catalog.ts';

// The hand-made pair of ranges.test.ts:
// - FaaS: $0.20 per million requests + $0.00001 per GB-s at 128 MB, 1 ms rounding, no free tier:
//   per request 2e-7 + 1.25e-9 × d (d in ms).
// - VM: 2 vCPU at $0.01 an hour, $7.30 a month; one instance serves every volume below.
const pair = [testFaas(), testVm()];

describe('the break-even chart’s bands', () => {
  it('takes duration and CPU time to both ends together, traffic left to the axis', () => {
    expect(bandCorners({ trafficPct: 50, durationPct: 30, cpuPct: 0 })).toEqual([
      { traffic: 1, duration: 0.7, cpu: 1 },
      { traffic: 1, duration: 1.3, cpu: 1 },
    ]);
    // Traffic alone is the chart's axis: no band.
    expect(bandCorners({ trafficPct: 50, durationPct: 0, cpuPct: 0 })).toEqual([]);
  });

  it('moves CPU time with the duration, at most the duration', () => {
    // 100 ms with 10 ms of CPU, both +30 %: 130 ms, 10 × 1.3 × 1.3 = 16.9 ms.
    const s = monthly(1e6, { durationMs: 100, cpuMs: 10 });
    const up = scenarioAt(s, { traffic: 1, duration: 1.3, cpu: 1.3 });
    expect(up.durationMs).toBeCloseTo(130, 9);
    expect(up.cpuMs).toBeCloseTo(16.9, 9);
    // 90 ms of CPU in 100 ms: 90 × 1.69 = 152.1 ms, capped at the 130 ms duration.
    const busy = scenarioAt(monthly(1e6, { durationMs: 100, cpuMs: 90 }), {
      traffic: 1,
      duration: 1.3,
      cpu: 1.3,
    });
    expect(busy.cpuMs).toBeCloseTo(130, 9);
  });

  it('works out a band by hand at two volumes', () => {
    // Duration ±30 % (70–130 ms), at 1M and 10M requests a month:
    // 1M:  low 1e6 × (2e-7 + 1.25e-9 × 70) = $0.2875, high 1e6 × (2e-7 + 1.25e-9 × 130) = $0.3625
    // 10M: ten times that, $2.875 and $3.625. The VM is $7.30 at both ends.
    const s = monthly(1e6, { durationMs: 100, cpuMs: 10 });
    const corners = bandCorners({ trafficPct: 50, durationPct: 30, cpuPct: 0 });
    const band = sweepBand(
      corners.map((f) => sweep(scenarioAt(s, f), pair, { points: 2, min: 1e6, max: 1e7 })),
    );
    expect(band.map((p) => p.requestsPerMonth)).toEqual([1e6, 1e7]);
    expect(band[0]?.lowUsd['test-faas']).toBeCloseTo(0.2875, 9);
    expect(band[0]?.highUsd['test-faas']).toBeCloseTo(0.3625, 9);
    expect(band[1]?.lowUsd['test-faas']).toBeCloseTo(2.875, 9);
    expect(band[1]?.highUsd['test-faas']).toBeCloseTo(3.625, 9);
    expect(band[1]?.lowUsd['test-vm']).toBeCloseTo(7.3, 9);
    expect(band[1]?.highUsd['test-vm']).toBeCloseTo(7.3, 9);
  });

  it('holds today’s line at every volume of the band', () => {
    // Today's 100 ms (3.25e-7 a request) lies between 70 and 130 ms at any volume.
    const s = monthly(1e6, { durationMs: 100, cpuMs: 10 });
    const corners = bandCorners({ trafficPct: 0, durationPct: 30, cpuPct: 30 });
    const opts = { points: 11, min: 1e3, max: 1e12 };
    const band = sweepBand(corners.map((f) => sweep(scenarioAt(s, f), pair, opts)));
    const today = sweep(s, pair, opts);
    band.forEach((p, i) => {
      for (const [id, usd] of Object.entries(today[i]?.usd ?? {})) {
        expect(p.lowUsd[id]).toBeLessThanOrEqual(usd + 1e-12);
        expect(p.highUsd[id]).toBeGreaterThanOrEqual(usd - 1e-12);
      }
    });
  });
});

describe('the cost-over-time band', () => {
  it('scales today’s cumulative series to the range’s ends', () => {
    // Typical $2 a month, range $1–$4: each point × 1/2 and × 2.
    const points = [
      { hour: 0, usd: 0 },
      { hour: 365, usd: 1 },
      { hour: 730, usd: 2 },
    ];
    const range = { offerId: 'x', lowUsd: 1, typicalUsd: 2, highUsd: 4 };
    expect(seriesBand(points, range, 'month')).toEqual([
      { hour: 0, lowUsd: 0, highUsd: 0 },
      { hour: 365, lowUsd: 0.5, highUsd: 2 },
      { hour: 730, lowUsd: 1, highUsd: 4 },
    ]);
  });

  it('rises evenly to the high when today costs nothing (a day is 24/730 of the month)', () => {
    // Free today, $7.30 a month at the high end: a day's share is 7.30 × 24 / 730 = $0.24.
    const points = [
      { hour: 0, usd: 0 },
      { hour: 12, usd: 0 },
      { hour: 24, usd: 0 },
    ];
    const band = seriesBand(
      points,
      { offerId: 'x', lowUsd: 0, typicalUsd: 0, highUsd: 7.3 },
      'day',
    );
    expect(band.map((p) => p.lowUsd)).toEqual([0, 0, 0]);
    expect(band[1]?.highUsd).toBeCloseTo(0.12, 12);
    expect(band[2]?.highUsd).toBeCloseTo(0.24, 12);
  });

  it('ends at the range’s low and high for the pair (range over traffic and duration)', () => {
    // The range of ranges.test.ts: $1.4375–$5.4375 around $3.25 (10M, traffic ±50 %, duration ±30 %).
    const s = monthly(10e6, {
      durationMs: 100,
      cpuMs: 10,
      spread: { trafficPct: 50, durationPct: 30, cpuPct: 0 },
    });
    const r = costRanges(s, pair).find((x) => x.offerId === 'test-faas')!;
    const end = seriesBand([{ hour: 730, usd: 3.25 }], r, 'month')[0]!;
    expect(end.lowUsd).toBeCloseTo(1.4375, 9);
    expect(end.highUsd).toBeCloseTo(5.4375, 9);
  });
});
