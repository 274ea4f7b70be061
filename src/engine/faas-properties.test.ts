/**
 * Invariants for the FaaS properties' lines (cold starts, external state, scheduler) over every FaaS offer in
 * the catalog (fast-check). The catalog-wide invariants of properties.test.ts still hold with them on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeContext } from './context.ts';
import { priceOffer } from './price-offer.ts';
import { MINUTES_PER_MONTH, scenarioSchema, type Scenario } from './scenario.ts';
import { cumulativeSeries } from './series.ts';
import { catalogOffers, catalogPlatform } from './test-catalog.ts';

/** pricing-data/platform.json, as the page and the CLI pass it. */
const platform = catalogPlatform();

const all = catalogOffers();
const faas = all.filter((o) => o.kind === 'faas');

const arb = fc
  .record({
    requests: fc.double({ min: 0, max: 1e6, noNaN: true }),
    everyMinutes: fc.double({ min: 0.1, max: 1440, noNaN: true }),
    durationMs: fc.double({ min: 1, max: 60_000, noNaN: true }),
    memoryMb: fc.integer({ min: 128, max: 4096 }),
    freeTier: fc.boolean(),
    arrivals: fc.constantFrom('random' as const, 'even' as const, 'bursts' as const),
    keepAliveMinutes: fc.double({ min: 0.5, max: 240, noNaN: true }),
    initMs: fc.double({ min: 0, max: 10_000, noNaN: true }),
    store: fc.constantFrom(
      'none' as const,
      'dynamodb' as const,
      's3' as const,
      'firestore' as const,
      'redis' as const,
    ),
    reads: fc.double({ min: 0, max: 10, noNaN: true }),
    writes: fc.double({ min: 0, max: 10, noNaN: true }),
    itemKb: fc.double({ min: 0.1, max: 64, noNaN: true }),
    trigger: fc.constantFrom('http' as const, 'schedule' as const),
    pattern: fc.constantFrom(
      { kind: 'constant' as const },
      { kind: 'business-hours' as const, offHoursRatio: 0.05 },
      { kind: 'spiky' as const, peakToAverage: 6, burstsPerDay: 2 },
    ),
  })
  .filter((r) => (r.requests / r.everyMinutes) * MINUTES_PER_MONTH <= 1e10)
  .map((r): Scenario =>
    scenarioSchema.parse({
      workload: { requests: r.requests, everyMinutes: r.everyMinutes },
      durationMs: r.durationMs,
      memoryMb: r.memoryMb,
      pattern: r.pattern,
      faas: { freeTier: r.freeTier },
      coldStart: {
        arrivals: r.arrivals,
        keepAliveMinutes: r.keepAliveMinutes,
        initMs: r.initMs,
        includeCost: true,
      },
      state: {
        store: r.store,
        readsPerRequest: r.reads,
        writesPerRequest: r.writes,
        itemKb: r.itemKb,
      },
      trigger: r.trigger,
    }),
  );

const idx = fc.integer({ min: 0, max: faas.length - 1 });
const price = (s: Scenario, i: number) => priceOffer(faas[i]!, makeContext(s, { platform }), all);
const line = (r: ReturnType<typeof price>, id: string) =>
  r.lines.find((l) => l.id === id)?.usd ?? 0;
const close = (a: number, b: number) => a <= b + 1e-9 * Math.max(1, Math.abs(b));

describe('cold-start, state and scheduler lines on every FaaS offer', () => {
  it('are finite and non-negative, add up to the total, and the cold share is a share', () => {
    fc.assert(
      fc.property(arb, idx, (s, i) => {
        const r = price(s, i);
        if (!r.available) return;
        expect(Number.isFinite(r.monthlyUsd)).toBe(true);
        expect(r.monthlyUsd).toBeGreaterThanOrEqual(0);
        const sum = r.lines.reduce((a, l) => a + l.usd, 0);
        expect(Math.abs(sum - r.monthlyUsd)).toBeLessThanOrEqual(1e-9 * Math.max(1, r.monthlyUsd));
        for (const id of ['cold-start', 'state', 'scheduler']) {
          expect(Number.isFinite(line(r, id))).toBe(true);
          expect(line(r, id)).toBeGreaterThanOrEqual(0);
        }
        if (r.coldStart) {
          expect(r.coldStart.coldShare).toBeGreaterThanOrEqual(0);
          expect(r.coldStart.coldShare).toBeLessThanOrEqual(1 + 1e-12);
          expect(Number.isFinite(r.coldStart.initMs)).toBe(true);
        }
        expect(r.totals.month).toBeGreaterThanOrEqual(r.totals.week);
        expect(r.totals.week).toBeGreaterThanOrEqual(r.totals.day);
        // The new meters and fixed costs feed the cumulative chart: it still ends at the total.
        const pts = cumulativeSeries(r, 'month', makeContext(s, { platform }).profile);
        const end = pts[pts.length - 1]!.usd;
        expect(Math.abs(end - r.totals.month)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, r.totals.month),
        );
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('cold-start cost never rises with a longer keep-alive and never falls with a longer INIT', () => {
    fc.assert(
      fc.property(arb, idx, fc.double({ min: 1, max: 10, noNaN: true }), (s, i, k) => {
        const cs = s.coldStart!;
        const r0 = price(s, i);
        const longerKeep = price(
          {
            ...s,
            coldStart: { ...cs, keepAliveMinutes: Math.min(cs.keepAliveMinutes! * k, 1440) },
          },
          i,
        );
        expect(close(line(longerKeep, 'cold-start'), line(r0, 'cold-start'))).toBe(true);
        expect(close(longerKeep.coldStart?.coldShare ?? 0, r0.coldStart?.coldShare ?? 0)).toBe(
          true,
        );
        const longerInit = price(
          { ...s, coldStart: { ...cs, initMs: Math.min(cs.initMs! * k, 120_000) } },
          i,
        );
        expect(close(line(r0, 'cold-start'), line(longerInit, 'cold-start'))).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('state and scheduler costs never fall as requests grow', () => {
    fc.assert(
      fc.property(arb, idx, fc.double({ min: 1, max: 100, noNaN: true }), (s, i, k) => {
        const r0 = price(s, i);
        const more = price(
          { ...s, workload: { ...s.workload, requests: s.workload.requests * k } },
          i,
        );
        expect(close(line(r0, 'state'), line(more, 'state'))).toBe(true);
        expect(close(line(r0, 'scheduler'), line(more, 'scheduler'))).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
