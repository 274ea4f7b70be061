import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SCENARIO } from '../engine/default-scenario.ts';
import type { Scenario } from '../engine/scenario.ts';
import { decodeScenario, encodeScenario } from './codec.ts';
import { applyChanges, changesBetween } from './compare.ts';
import { compareChangesOf, withCompare } from './compare-link.ts';

const A: Scenario = {
  ...DEFAULT_PAGE_SCENARIO,
  memoryMb: 1024,
  pattern: { kind: 'diurnal', peakToAverage: 3 },
};

describe('scenario B in the share link', () => {
  it('writes only B’s changes, under b., and reads them back onto A', () => {
    const B: Scenario = {
      ...A,
      memoryMb: 512,
      area: 'europe',
      workload: { requests: 10_000, everyMinutes: 5 },
    };
    const changes = changesBetween(A, B);
    // 512 MB is the default, so A's link has mem=1024 and B's change writes the default back.
    expect(changes).toBe('n=10000&mem=512&a=europe');
    const link = withCompare(encodeScenario(A), changes);
    expect(link).toBe(`${encodeScenario(A)}&b.n=10000&b.mem=512&b.a=europe`);
    // A decodes exactly as before: unknown keys are ignored.
    expect(decodeScenario(link)).toEqual({ scenario: A, notices: [] });
    const back = compareChangesOf(link);
    expect(back).toBe(changes);
    expect(applyChanges(A, back!)).toEqual({ scenario: B, notices: [] });
  });

  it('a link without b. keys has no scenario B and decodes unchanged', () => {
    const old = 'v=1&n=1000&m=5&d=200&c=20&mem=512&p=aws-lambda-arm64';
    expect(compareChangesOf(old)).toBeNull();
    expect(decodeScenario(old).scenario.offers).toEqual(['aws-lambda-arm64']);
    // B equal to A still shows, as an empty set of changes.
    expect(compareChangesOf(withCompare(old, ''))).toBe('');
  });

  it('B follows A where it changes nothing, and a bad change costs only itself', () => {
    const r = applyChanges({ ...A, durationMs: 300 }, 'mem=banana&n=5000');
    expect(r.scenario.durationMs).toBe(300);
    expect(r.scenario.memoryMb).toBe(512); // the field's default, as any bad link value
    expect(r.scenario.workload.requests).toBe(5000);
    expect(r.notices).toEqual([expect.objectContaining({ param: 'b.mem' })]);
  });

  it('a shorter duration caps A’s CPU time; a new pattern kind starts from its defaults', () => {
    const r = applyChanges({ ...A, durationMs: 200, cpuMs: 150 }, 'd=100&pat=spiky');
    expect(r.scenario.cpuMs).toBe(100);
    expect(r.scenario.pattern).toEqual({ kind: 'spiky', peakToAverage: 6, burstsPerDay: 2 });
    expect(r.notices).toEqual([]);
  });

  it('round-trips B through its changes (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          requests: fc.integer({ min: 0, max: 1e6 }),
          durationMs: fc.integer({ min: 1, max: 60_000 }),
          memoryMb: fc.constantFrom(128, 512, 1024, 2048),
          area: fc.constantFrom('us-east', 'europe' as const),
          horizon: fc.constantFrom('day', 'month' as const),
          trafficPct: fc.integer({ min: 0, max: 100 }),
        }),
        (x) => {
          const B: Scenario = {
            ...A,
            workload: { requests: x.requests, everyMinutes: 5 },
            durationMs: x.durationMs,
            cpuMs: Math.min(20, x.durationMs),
            memoryMb: x.memoryMb,
            area: x.area,
            horizon: x.horizon,
            spread: { ...A.spread, trafficPct: x.trafficPct },
          };
          const link = withCompare(encodeScenario(A), changesBetween(A, B));
          expect(applyChanges(A, compareChangesOf(link)!)).toEqual({ scenario: B, notices: [] });
        },
      ),
      { numRuns: 100 },
    );
  });
});
