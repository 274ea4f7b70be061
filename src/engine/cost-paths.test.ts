/**
 * The cost-only path (monthlyCost, with no breakdown: what sweeps, break-even searches, ranges and
 * growth call) against the detailed one (priceOffer: lines, meters, fleet, warnings), over random
 * scenarios of every area and every compared offer and family (fast-check). The two must name the
 * same monthly figure to the last bit: the fast path takes shortcuts in how it works the figure out,
 * never in what it is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sweep } from './breakeven.ts';
import { makeContext } from './context.ts';
import { monthlyCost, priceOffer, runnableMonthlyCost, selectOffers } from './price-offer.ts';
import {
  MAX_REQUESTS_PER_MONTH,
  MINUTES_PER_MONTH,
  scenarioSchema,
  type Scenario,
} from './scenario.ts';
import { AREAS } from '../scenario/spec.ts';
import { fixedFleetInstances, instancesFor } from './sizing.ts';
import { catalogOffers, catalogPlatform } from './test-catalog.ts';

const platform = catalogPlatform();
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
);

/** Volumes spread over every decade the page shows (10^0 … 10^12 a month), and 0. */
const volumeArb = fc.oneof(
  fc.constant(0),
  fc
    .double({ min: 0, max: 12, noNaN: true })
    .map((e) => Math.min(10 ** e, MAX_REQUESTS_PER_MONTH * 0.999)),
);

const scenarioArb = fc
  .record({
    perMonth: volumeArb,
    everyMinutes: fc.constantFrom(1, 5, 60, 43_800),
    durationMs: fc.double({ min: 1, max: 120_000, noNaN: true }),
    cpuShare: fc.double({ min: 0.01, max: 1, noNaN: true }),
    memoryMb: fc.integer({ min: 128, max: 4_096 }),
    responseKb: fc.double({ min: 0, max: 2_000, noNaN: true }),
    area: fc.constantFrom(...AREAS),
    pattern: patternArb,
    lb: fc.boolean(),
    frontDoor: fc.constantFrom(null, 'aws-api-gateway-http'),
    freeTier: fc.boolean(),
    provisionedConcurrency: fc.constantFrom(0, 0, 3),
    arrivals: fc.constantFrom('random', 'even', 'bursts' as const),
    availability: fc.constantFrom('single', 'multi-zone' as const),
    serverExtras: fc.boolean(),
    commitment: fc.constantFrom('none', '1y', '3y' as const),
    workingSetMb: fc.constantFrom(1, 16, 256, 2_048, 16_384),
    baseMemoryMb: fc.constantFrom(0, 128, 1_024),
    minInstances: fc.integer({ min: 1, max: 3 }),
    targetUtilization: fc.double({ min: 0.1, max: 1, noNaN: true }),
    inFlight: fc.constantFrom(1, 50, 1_000),
  })
  .map((v): Scenario =>
    scenarioSchema.parse({
      // requests each `everyMinutes`, so that the month carries perMonth.
      workload: {
        requests: (v.perMonth * v.everyMinutes) / MINUTES_PER_MONTH,
        everyMinutes: v.everyMinutes,
      },
      durationMs: v.durationMs,
      cpuMs: Math.max(v.durationMs * v.cpuShare, 1e-3),
      memoryMb: v.memoryMb,
      responseKb: v.responseKb,
      area: v.area,
      pattern: v.pattern,
      faas: {
        frontDoor: v.frontDoor,
        freeTier: v.freeTier,
        provisionedConcurrency: v.provisionedConcurrency,
      },
      coldStart: { arrivals: v.arrivals },
      alwaysOn: {
        loadBalancer: v.lb,
        availability: v.availability,
        serverExtras: v.serverExtras,
        commitment: v.commitment,
        workingSetMb: v.workingSetMb,
        baseMemoryMb: v.baseMemoryMb,
        minInstances: v.minInstances,
        targetUtilization: v.targetUtilization,
        requestsInFlightPerInstance: v.inFlight,
      },
    }),
  );

describe('the cost-only path', () => {
  it('names the detailed monthly figure of every offer and family, to the last bit', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const full = makeContext(s, { platform });
        const lean = makeContext(s, { platform, breakdown: false });
        for (const sel of selectOffers(s, all)) {
          if (!sel.offer) continue;
          const r = priceOffer(sel.offer, full, all);
          expect([sel.id, monthlyCost(sel.offer, lean, all)]).toEqual([sel.id, r.monthlyUsd]);
          // What ranges and growth read: the same figure, or NaN when a hard limit stops it.
          const runnable = runnableMonthlyCost(sel.offer, lean, all);
          expect([sel.id, runnable]).toEqual([
            sel.id,
            r.status === 'cannot-run' ? NaN : r.monthlyUsd,
          ]);
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it("sizes a family's every size as the detailed sizing does (−1 where it does not fit)", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const ctx = makeContext(s, { platform, breakdown: false });
        for (const o of all)
          if (o.kind === 'always-on' && o.area === s.area) {
            const z = instancesFor(o, ctx);
            expect([o.id, fixedFleetInstances(o, ctx)]).toEqual([o.id, z.fits ? z.instances : -1]);
          }
      }),
      { numRuns: 150 },
    );
  });

  it("gives the sweep each volume's detailed monthly figure, to the last bit", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const points = sweep(s, all, { platform, points: 9 });
        const chosen = selectOffers(s, all).flatMap((x) => (x.offer ? [x.offer] : []));
        for (const p of points) {
          const ctx = makeContext(s, { platform, requestsPerMonth: p.requestsPerMonth });
          for (const o of chosen) {
            const r = priceOffer(o, ctx, all);
            if (Number.isFinite(r.monthlyUsd) && r.available)
              expect([o.id, p.usd[o.id]]).toEqual([o.id, r.monthlyUsd]);
          }
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  /**
   * The chart's whole sweep (241 volumes, 10^2 … 10^12 a month) in every area, for the default
   * scenario and scenarios that switch on each priced option at once: every offer and family the
   * area compares gets, at every volume, the figure a detailed evaluation gives it there, and an
   * offer with no figure there (not priced in the area) has no key.
   */
  it("gives every offer in every area its detailed figure at each of the chart's volumes", () => {
    const variants: Record<string, unknown>[] = [
      {},
      {
        // Servers: two zones behind a load balancer, a commitment, a busy week, bursts.
        pattern: { kind: 'diurnal', peakToAverage: 4 },
        coldStart: { arrivals: 'bursts' },
        alwaysOn: { availability: 'multi-zone', loadBalancer: true, commitment: '1y' },
      },
      {
        // Functions: a front door, provisioned concurrency, a 3-year plan, a business-hours week,
        // no free tier.
        pattern: { kind: 'business-hours', offHoursRatio: 0.1 },
        faas: { frontDoor: 'aws-api-gateway-http', provisionedConcurrency: 2, freeTier: false },
        alwaysOn: { commitment: '3y', serverExtras: false, workingSetMb: 256 },
        responseKb: 300,
      },
      {
        // What priceFaasExtras adds: billed cold starts, external state, a timer's scheduler.
        trigger: 'schedule',
        faas: { frontDoor: 'aws-api-gateway-http' },
        coldStart: { includeCost: true, keepAliveMinutes: 5 },
        state: { store: 'dynamodb', readsPerRequest: 2, writesPerRequest: 1 },
        alwaysOn: { commitment: '1y' },
      },
    ];
    for (const area of AREAS)
      for (const v of variants) {
        const s = scenarioSchema.parse({
          workload: { requests: 1000, everyMinutes: 5 },
          durationMs: 200,
          cpuMs: 20,
          memoryMb: 512,
          area,
          ...v,
        });
        const chosen = selectOffers(s, all).flatMap((x) => (x.offer ? [x.offer] : []));
        const points = sweep(s, all, { platform });
        expect(points).toHaveLength(241);
        for (const p of points) {
          const ctx = makeContext(s, { platform, requestsPerMonth: p.requestsPerMonth });
          const expected: Record<string, number> = {};
          for (const o of chosen) {
            const r = priceOffer(o, ctx, all);
            if (r.available && Number.isFinite(r.monthlyUsd)) expected[o.id] = r.monthlyUsd;
          }
          expect([area, p.requestsPerMonth, p.usd]).toStrictEqual([
            area,
            p.requestsPerMonth,
            expected,
          ]);
        }
      }
  }, 120_000);
});
