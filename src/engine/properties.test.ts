/**
 * Invariants over every offer in the catalog (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeContext } from './context.ts';
import { priceOffer } from './price-offer.ts';
import {
  MAX_REQUESTS_PER_MONTH,
  scenarioSchema,
  MINUTES_PER_MONTH,
  type Scenario,
} from './scenario.ts';
import { cumulativeSeries } from './series.ts';
import { breakEven } from './breakeven.ts';
import { catalogOffers, catalogPlatform } from './test-catalog.ts';

/** pricing-data/platform.json, as the page and the CLI pass it. */
const platform = catalogPlatform();

const offers = catalogOffers().filter((o) => o.kind !== 'front-door');
const all = catalogOffers();

const patternArb = fc.oneof(
  fc.constant({ kind: 'constant' as const }),
  fc.record({
    kind: fc.constant('business-hours' as const),
    offHoursRatio: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('diurnal' as const),
    peakToAverage: fc.double({ min: 1, max: 20, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('spiky' as const),
    peakToAverage: fc.double({ min: 1, max: 24, noNaN: true }),
    burstsPerDay: fc.integer({ min: 1, max: 12 }),
  }),
);

const scenarioArb = fc
  .record({
    perMonth: fc.double({ min: 0, max: MAX_REQUESTS_PER_MONTH, noNaN: true }),
    durationMs: fc.double({ min: 1, max: 900_000, noNaN: true }),
    cpuShare: fc.double({ min: 0.01, max: 1, noNaN: true }),
    memoryMb: fc.integer({ min: 64, max: 10_240 }),
    responseKb: fc.double({ min: 0, max: 10_000, noNaN: true }),
    freeTier: fc.boolean(),
    lb: fc.boolean(),
    frontDoor: fc.constantFrom(null, 'aws-api-gateway-http', 'aws-api-gateway-rest'),
    pattern: patternArb,
  })
  .map((r): Scenario =>
    scenarioSchema.parse({
      workload: { requests: r.perMonth, everyMinutes: MINUTES_PER_MONTH },
      durationMs: r.durationMs,
      cpuMs: Math.max(r.durationMs * r.cpuShare, 1e-3),
      memoryMb: r.memoryMb,
      responseKb: r.responseKb,
      pattern: r.pattern,
      faas: { freeTier: r.freeTier, frontDoor: r.frontDoor },
      alwaysOn: { loadBalancer: r.lb },
    }),
  );

const cost = (s: Scenario, id: number) =>
  priceOffer(offers[id]!, makeContext(s, { platform }), all);
const offerIdx = fc.integer({ min: 0, max: offers.length - 1 });
const close = (a: number, b: number) => a <= b + 1e-9 * Math.max(1, Math.abs(b));

describe('every offer', () => {
  it('costs are finite and never negative; lines add up; free tiers never overshoot', () => {
    fc.assert(
      fc.property(scenarioArb, offerIdx, (s, i) => {
        const r = cost(s, i);
        if (!r.available) return;
        expect(Number.isFinite(r.monthlyUsd)).toBe(true);
        expect(r.monthlyUsd).toBeGreaterThanOrEqual(0);
        const sum = r.lines.reduce((a, l) => a + l.usd, 0);
        expect(Math.abs(sum - r.monthlyUsd)).toBeLessThanOrEqual(1e-9 * Math.max(1, r.monthlyUsd));
        for (const l of r.lines) {
          expect(Number.isFinite(l.usd)).toBe(true);
          if (l.kind !== 'free-tier') expect(l.usd).toBeGreaterThanOrEqual(0);
          else {
            // A credit never exceeds the line it offsets.
            const gross = r.lines.find((g) => `free-tier-${g.id}` === l.id)?.usd ?? Infinity;
            expect(-l.usd).toBeLessThanOrEqual(gross + 1e-9);
          }
        }
        expect(r.totals.month).toBeGreaterThanOrEqual(r.totals.week);
        expect(r.totals.week).toBeGreaterThanOrEqual(r.totals.day);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('never gets cheaper as requests, duration or memory grow', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        offerIdx,
        fc.double({ min: 1, max: 100, noNaN: true }),
        (s, i, k) => {
          const r0 = cost(s, i);
          if (!r0.available) return;
          const perMonth = Math.min(s.workload.requests * k, MAX_REQUESTS_PER_MONTH);
          const more = cost({ ...s, workload: { ...s.workload, requests: perMonth } }, i);
          expect(close(r0.monthlyUsd, more.monthlyUsd)).toBe(true);
          const longer = cost({ ...s, durationMs: Math.min(s.durationMs * k, 3_600_000) }, i);
          expect(close(r0.monthlyUsd, longer.monthlyUsd)).toBe(true);
          const bigger = cost({ ...s, memoryMb: Math.min(s.memoryMb * k, 32_768) }, i);
          expect(close(r0.monthlyUsd, bigger.monthlyUsd)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('stays finite at the extremes: 0 and 10^12 requests, 1 ms and 15 minutes, 10 GB', () => {
    for (const perMonth of [0, MAX_REQUESTS_PER_MONTH])
      for (const durationMs of [1, 900_000])
        for (const memoryMb of [128, 10_240]) {
          const s = scenarioSchema.parse({
            workload: { requests: perMonth, everyMinutes: MINUTES_PER_MONTH },
            durationMs,
            memoryMb,
          });
          offers.forEach((_, i) => {
            const r = cost(s, i);
            expect(Number.isFinite(r.monthlyUsd)).toBe(true);
            for (const w of r.warnings)
              for (const v of Object.values(w.params))
                if (typeof v === 'number') expect(Number.isNaN(v)).toBe(false);
            for (const l of r.lines) {
              expect(Number.isFinite(l.quantity)).toBe(true);
              expect(Number.isFinite(l.unitPriceUsd)).toBe(true);
            }
          });
        }
  }, 60_000);

  it('the cumulative month series ends at the monthly total and never decreases', () => {
    fc.assert(
      fc.property(scenarioArb, offerIdx, (s, i) => {
        const r = cost(s, i);
        if (!r.available) return;
        const ctx = makeContext(s, { platform });
        for (const h of ['day', 'week', 'month'] as const) {
          const pts = cumulativeSeries(r, h, ctx.profile);
          expect(pts[0]!.usd).toBeCloseTo(0, 9);
          // Relative: totals reach billions of dollars at 10^12 requests a month.
          const end = pts[pts.length - 1]!.usd;
          expect(Math.abs(end - r.totals[h])).toBeLessThanOrEqual(1e-9 * Math.max(1, r.totals[h]));
          for (let k = 1; k < pts.length; k++)
            expect(close(pts[k - 1]!.usd, pts[k]!.usd)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe('break-even', () => {
  const faasOffers = offers.filter((o) => o.kind === 'faas');
  const fixed = offers.filter((o) => o.kind === 'always-on' && o.currency === 'USD');
  it('FaaS is dearer at the reported volume and nowhere below it (when it starts cheaper)', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.integer({ min: 0, max: faasOffers.length - 1 }),
        fc.integer({ min: 0, max: fixed.length - 1 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 20, maxLength: 20 }),
        (s, fi, ai, us) => {
          const f = faasOffers[fi]!;
          const a = fixed[ai]!;
          const b = breakEven(f, a, s, all, { platform });
          const at = (r: number) => {
            const ctx = makeContext(s, { platform, requestsPerMonth: r, breakdown: false });
            return [
              priceOffer(f, ctx, all).monthlyUsd,
              priceOffer(a, ctx, all).monthlyUsd,
            ] as const;
          };
          const [f0, a0] = at(0);
          if (b.status !== 'crosses' || f0 > a0) return;
          const r = b.requestsPerMonth!;
          const [fr, ar] = at(r);
          expect(fr).toBeGreaterThan(ar);
          for (const u of us) {
            const [fu, au] = at(r * u * (1 - 1e-5));
            // Bills within a millionth of each other count as equal (float noise on flat stretches).
            expect(fu).toBeLessThanOrEqual(au * (1 + 1e-6) + 1e-9);
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
