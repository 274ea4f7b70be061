import { describe, expect, it } from 'vitest';
import { evaluateScenario } from './evaluate.ts';
import {
  catalogOffers,
  catalogPlatform,
  inUsd,
  monthly,
  TEST_OFFER_BASE,
  testVm,
} from './test-catalog.ts';
import { containerOfferSchema, instanceOfferSchema } from '../catalog/schema.ts';
import { makeContext } from './context.ts';
import fc from 'fast-check';
import { priceContainers, priceInstances } from './fleet.ts';
import { fleetSteps, instancesFor } from './sizing.ts';
import type { Scenario } from './scenario.ts';

/** pricing-data/platform.json, as the page and the CLI pass it. */
const platform = catalogPlatform();

const base = { ...TEST_OFFER_BASE, product: 'Test VM' } as const;
// A 2-vCPU, 1 GB machine at $0.01 an hour.
const vm = testVm();

describe('fixed fleets', () => {
  it('one instance costs 730 h × the hourly price', () => {
    // 730 × $0.01 = $7.30
    const r = priceInstances(vm, makeContext(monthly(1000)));
    expect(r.fixedMonthlyUsd).toBeCloseTo(7.3, 10);
    expect(r.fleet.peakInstances).toBe(1);
  });
  it('is sized by CPU at the target utilisation', () => {
    // 100 req/s × 50 ms CPU = 5 vCPUs busy; each instance gives 2 × 0.7 = 1.4 → ⌈3.57⌉ = 4.
    // Average utilisation 5 / (4 × 2) = 62.5%.
    const s = monthly(100 * 730 * 3600, { durationMs: 50 });
    const r = priceInstances(vm, makeContext(s));
    expect(r.fleet.peakInstances).toBe(4);
    expect(r.fleet.sizedBy).toBe('cpu');
    expect(r.fleet.averageCpuUtilization).toBeCloseTo(0.625, 10);
    expect(r.fixedMonthlyUsd).toBeCloseTo(4 * 7.3, 10);
  });
  it('is sized by requests in flight when requests wait on I/O', () => {
    // 100 req/s × 2 s = 200 in flight on average (Little's law); at random, the 99th percentile of
    // Poisson(200) is 234 (P(X ≤ 233) = 0.98979, P(X ≤ 234) = 0.99147). Memory holds
    // ⌊(1,024 − 128) ÷ 16⌋ = 56 a server, more than the 50 allowed: ⌈234 ÷ 50⌉ = 5.
    // CPU 100 × 10 ms = 1 vCPU → 1.
    const s = monthly(100 * 730 * 3600, { durationMs: 2000, cpuMs: 10 });
    const r = priceInstances(vm, makeContext(s));
    expect(r.fleet.peakInFlight).toBe(234);
    expect(r.fleet.peakInstances).toBe(5);
    expect(r.fleet.sizedBy).toBe('concurrency');
  });
  it('is sized for the peak hour: business hours put the whole day’s load in 40 h a week', () => {
    // Business hours with no off-hours traffic: 40 open hours a week carry it all, so the peak rate
    // is 168/40 = 4.2 × the average. 10 req/s average × 4.2 × 100 ms CPU = 4.2 vCPUs ÷ 1.4 = ⌈3⌉ = 3.
    const s = monthly(10 * 730 * 3600, {
      durationMs: 100,
      pattern: { kind: 'business-hours', offHoursRatio: 0 },
    });
    const ctx = makeContext(s);
    expect(ctx.peakFactor).toBeCloseTo(4.2, 10);
    expect(priceInstances(vm, ctx).fleet.peakInstances).toBe(3);
  });
  it('prices an EUR offer converted at load with its dated rate, cap included', () => {
    // €0.01/h × 730 = €7.30, capped at €5 → €5 × 1.1 USD/EUR = $5.50
    const rates = [
      {
        currency: 'EUR',
        usdPerUnit: 1.1,
        asOf: '2026-11-01',
        source: 'https://example.com/fx',
        verification: 'official',
      },
    ] as const;
    const listed = instanceOfferSchema.parse({
      ...base,
      id: 'eur-vm',
      kind: 'always-on',
      currency: 'EUR',
      instanceType: 'cx',
      vcpu: 2,
      memoryMb: 4096,
      pricePerHour: 0.01,
      monthlyCap: 5,
    });
    const eur = inUsd(listed, [...rates]);
    expect(eur.listedIn).toEqual({ currency: 'EUR', usdPerUnit: 1.1, asOf: '2026-11-01' });
    expect(priceInstances(eur, makeContext(monthly(1))).fixedMonthlyUsd).toBeCloseTo(5.5, 10);
  });
  it('the seed’s argument: a small API keeps a t3.micro at a few percent CPU', () => {
    // 1,000 requests every 5 minutes = 3.33 req/s × 20 ms CPU = 0.0667 vCPU of 2 → 3.33%.
    const s = evaluateScenario(
      {
        ...monthly(1),
        workload: { requests: 1000, everyMinutes: 5 },
        durationMs: 200,
        cpuMs: 20,
        offers: ['aws-ec2-t3-micro'],
      },
      catalogOffers(),
      { platform },
    );
    expect(s.results[0]?.fleet?.averageCpuUtilization).toBeCloseTo(1 / 30, 10);
  });
});

describe('autoscaled containers', () => {
  // $0.04/vCPU-h and $0.004/GB-h (round numbers, not a real price); sizes 0.25/512 and 1/2048.
  const c = inUsd(
    containerOfferSchema.parse({
      ...base,
      id: 'test-ctr',
      kind: 'autoscaled-container',
      pricePerVcpuHour: 0.04,
      pricePerGbHour: 0.004,
      sizes: [
        { vcpu: 0.25, memoryMb: 512 },
        { vcpu: 1, memoryMb: 2048 },
      ],
      defaultSize: { vcpu: 0.25, memoryMb: 512 },
    }),
  );
  it('one small task all month: 730 × (0.25 × 0.04 + 0.5 × 0.004) = $8.76', () => {
    const r = priceContainers(c, makeContext(monthly(1000)));
    expect(r.fixedMonthlyUsd).toBeCloseTo(8.76, 10);
  });
  it('follows the profile hour by hour', () => {
    // Business hours, no off-hours traffic, 1 task minimum. Peak 4.2 × 2 req/s × 500 ms CPU
    // = 4.2 vCPU ÷ (0.25 × 0.7) = 24 tasks in each of 40 open hours, 1 in the other 128.
    // Instance-hours a week 40 × 24 + 128 = 1,088; a month 1,088 × 730/168 = 4,727.62
    // × $0.012 = $56.7314.
    const s = monthly(2 * 730 * 3600, {
      durationMs: 500,
      pattern: { kind: 'business-hours', offHoursRatio: 0 },
    });
    const r = priceContainers(c, makeContext(s));
    expect(r.fleet.peakInstances).toBe(24);
    expect(r.fixedMonthlyUsd).toBeCloseTo(((1088 * 730) / 168) * 0.012, 8);
  });
  it('adjusts to the smallest size that fits and says so', () => {
    const s = monthly(1000, { alwaysOn: { containerVcpu: 0.5, containerMemoryMb: 1024 } as never });
    const r = priceContainers(c, makeContext(s));
    expect(r.fleet.vcpuPerInstance).toBe(1);
    expect(r.warnings[0]?.code).toBe('size-adjusted');
  });
});

describe('Fargate against AWS’s published rates', () => {
  it('0.25 vCPU / 0.5 GB x86 for 730 h', () => {
    // https://aws.amazon.com/fargate/pricing/: $0.04048 per vCPU-hour, $0.004445 per GB-hour.
    // 730 × (0.25 × 0.04048 + 0.5 × 0.004445) = 730 × 0.0123425 = $9.01
    const r = evaluateScenario({ ...monthly(1000), offers: ['aws-fargate-x86'] }, catalogOffers(), {
      platform,
    });
    expect(r.results[0]?.monthlyUsd).toBeCloseTo(9.01, 2);
  });
});

describe('fleet line data', () => {
  it('one instance at its hourly price, 730 hours', () => {
    // $2.22 a month ÷ 730 h = $0.00304109589… an hour; one instance costs $2.22 a month.
    const r = priceInstances(testVm({ pricePerHour: 2.22 / 730 }), makeContext(monthly(1000)));
    expect(r.lines[0]).toMatchObject({ quantity: 1, unit: 'instance' });
    expect(r.lines[0]?.unitPriceUsd).toBeCloseTo(2.22, 12);
    expect(r.lines[0]?.basis).toMatchObject({ type: 'instances', monthlyCapUsd: null });
    expect((r.lines[0]?.basis as { hourlyUsd: number }).hourlyUsd).toBeCloseTo(2.22 / 730, 15);
  });
});

describe('sizing by memory and arrivals', () => {
  const all = catalogOffers();
  /** 50M requests a month, 120 ms each (CPU the whole time), each holding 1,024 MB on a server. */
  const api = (extra: Partial<Scenario> = {}): Scenario => ({
    ...monthly(50e6, { durationMs: 120, memoryMb: 1024, alwaysOn: { workingSetMb: 1024 } }),
    ...extra,
  });

  it('50M requests a month, 120 ms, 1,024 MB working set: 6 in flight at the 99th percentile', () => {
    // 50,000,000 ÷ 2,628,000 s = 19.026 req/s × 0.12 s = 2.2831 in flight on average; the 99th
    // percentile of Poisson(2.2831) is 6 (P(X ≤ 5) = 0.97092, P(X ≤ 6) = 0.99098).
    // DigitalOcean 1 GB: 1,024 − 128 MB base = 896 MB < 1,024 MB: one request does not fit.
    // DigitalOcean 2 GB: ⌊(2,048 − 128) ÷ 1,024⌋ = 1 a droplet → ⌈6 ÷ 1⌉ = 6 droplets
    //   (CPU: 19.026 × 0.12 = 2.283 vCPU ÷ (1 × 0.7) → ⌈3.26⌉ = 4, fewer).
    // DigitalOcean 4 GB: ⌊3,968 ÷ 1,024⌋ = 3 a droplet → ⌈6 ÷ 3⌉ = 2 (CPU ÷ (2 × 0.7) → 2).
    const r = evaluateScenario(
      { ...api(), offers: ['do-basic-1gb', 'do-basic-2gb', 'do-basic-4gb'] },
      all,
      { platform },
    );
    const [one, two, four] = ['do-basic-1gb', 'do-basic-2gb', 'do-basic-4gb'].map((id) =>
      r.results.find((x) => x.offerId === id)!,
    );
    expect(one?.status).toBe('cannot-run');
    expect(one?.reason).toMatchObject({
      code: 'instance-memory',
      params: { workingSetMb: 1024, baseMemoryMb: 128, instanceMemoryMb: 1024 },
    });
    expect(two?.fleet).toMatchObject({ peakInFlight: 6, peakInstances: 6, sizedBy: 'memory' });
    expect(four?.fleet).toMatchObject({
      peakInFlight: 6,
      peakInstances: 2,
      requestsPerInstance: 3,
    });
    // The fleet's memory covers the peak: 2 × (4,096 − 128) = 7,936 MB ≥ 6 × 1,024 = 6,144 MB.
    expect(2 * (4096 - 128)).toBeGreaterThanOrEqual(6 * 1024);
  });

  it('an instance whose memory is all base cannot run, with a reason and a finite figure', () => {
    // 256 MB of memory, 256 MB base: nothing left for requests.
    const small = testVm({ memoryMb: 256 });
    const s = monthly(1e6, { alwaysOn: { baseMemoryMb: 256 } });
    const r = priceInstances(small, makeContext(s));
    expect(r.warnings.find((w) => w.code === 'instance-memory')?.params).toEqual({
      workingSetMb: 16,
      baseMemoryMb: 256,
      instanceMemoryMb: 256,
    });
    expect(r.fleet.peakInstances).toBe(1);
    expect(Number.isFinite(r.fixedMonthlyUsd)).toBe(true);
  });

  it('bursts of 200 every 10 minutes, 2 s each, 256 MB working set: sized for 200 in flight', () => {
    // A burst is 200 requests arriving together, each in flight 2 s (< 10 min, no overlap): 200 at
    // once. The test VM holds ⌊(1,024 − 128) ÷ 256⌋ = 3 → ⌈200 ÷ 3⌉ = 67 instances.
    // CPU: 200 × 20 ms ÷ 2 s = 2 vCPUs at once ÷ (2 × 0.7) → 2, fewer.
    const s: Scenario = {
      ...monthly(1, { durationMs: 2000, cpuMs: 20, alwaysOn: { workingSetMb: 256 } }),
      workload: { requests: 200, everyMinutes: 10 },
      coldStart: {
        arrivals: 'bursts',
        runtime: 'nodejs',
        initMs: null,
        keepAliveMinutes: null,
        includeCost: false,
      },
    };
    const r = priceInstances(vm, makeContext(s));
    expect(r.fleet.peakInFlight).toBeCloseTo(200, 9);
    expect(r.fleet.peakInstances).toBe(67);
    expect(r.fleet.sizedBy).toBe('memory');
    // At random, the same volume (1/3 req/s × 2 s = 0.667 in flight) has 3 at the 99th
    // percentile (P(X ≤ 2) = 0.9698, P(X ≤ 3) = 0.9951): ⌈3 ÷ 3⌉ = 1 instance.
    const random = priceInstances(vm, makeContext({ ...s, coldStart: undefined }));
    expect(random.fleet.peakInFlight).toBe(3);
    expect(random.fleet.peakInstances).toBe(1);
  });

  it('a burst needs its CPU at once: 200 × 200 ms CPU in 2 s = 20 vCPUs', () => {
    // 20 vCPUs ÷ (2 × 0.7) = 14.3 → 15 instances, more than memory's ⌈200 ÷ 56⌉ = 4.
    const s: Scenario = {
      ...monthly(1, { durationMs: 2000, cpuMs: 200 }),
      workload: { requests: 200, everyMinutes: 10 },
      coldStart: {
        arrivals: 'bursts',
        runtime: 'nodejs',
        initMs: null,
        keepAliveMinutes: null,
        includeCost: false,
      },
    };
    const r = priceInstances(vm, makeContext(s));
    expect(r.fleet.peakInstances).toBe(15);
    expect(r.fleet.sizedBy).toBe('cpu');
  });

  it('across two zones: 2 × t4g.small plus an ALB (730 h × $0.0225 + LCUs)', () => {
    // 1,000 requests every 5 minutes = 3.333 req/s, 200 ms, 20 ms CPU, 1 KB in, 4 KB out.
    // One t4g.small carries it (0.667 in flight on average, 3 at the 99th percentile; 0.067 vCPU);
    // across two zones N + 1 = 2: 2 × 730 h × $0.0168 = $24.528.
    // ALB hours: 730 × $0.0225 = $16.425.
    // LCUs: the highest of new connections 3.333 ÷ 25 = 0.1333, active 0.667 ÷ (3,000/60) = 0.0133,
    // bytes 3.333 × 3,600 × 5 KB ÷ 1,048,576 = 0.0572 GB/h ÷ 1 → 0.1333 LCU × 730 h = 97.333
    // LCU-hours × $0.008 = $0.77867.
    const s: Scenario = {
      ...monthly(1, {
        durationMs: 200,
        cpuMs: 20,
        requestKb: 1,
        responseKb: 4,
        alwaysOn: { availability: 'multi-zone' },
      }),
      workload: { requests: 1000, everyMinutes: 5 },
      offers: ['aws-ec2-t4g-small'],
    };
    const [r] = evaluateScenario(s, all, { platform }).results;
    expect(r?.fleet).toMatchObject({ peakInstances: 2, availability: 'multi-zone' });
    const line = (id: string) => r?.lines.find((l) => l.id === id)?.usd;
    expect(line('instances')).toBeCloseTo(24.528, 9);
    expect(line('load-balancer-hours')).toBeCloseTo(16.425, 9);
    expect(line('load-balancer-lcu')).toBeCloseTo(0.778667, 6);
    // One zone: 1 instance, no load balancer.
    const [single] = evaluateScenario(
      { ...s, alwaysOn: { ...s.alwaysOn, availability: 'single' } },
      all,
      { platform },
    ).results;
    expect(single?.fleet?.peakInstances).toBe(1);
    expect(single?.lines.some((l) => l.kind === 'load-balancer')).toBe(false);
  });

  it('across two zones on Google Cloud: forwarding rule hours plus data processed', () => {
    // 1,000 requests every 5 minutes = 8,760,000 a month, 1 KB in + 4 KB out each.
    // Cloud Load Balancing: 730 h × $0.025 = $18.25; data processed 8,760,000 × 5 KB ÷ 1,048,576
    // = 41.7709 GB × $0.008 = $0.334167. Two e2-small: 2 × the one-instance line.
    const s: Scenario = {
      ...monthly(1, {
        durationMs: 200,
        cpuMs: 20,
        requestKb: 1,
        responseKb: 4,
        alwaysOn: { availability: 'multi-zone' },
      }),
      workload: { requests: 1000, everyMinutes: 5 },
      offers: ['gcp-e2-small', 'fly-shared-cpu-1x-512mb', 'heroku-basic'],
    };
    const r = evaluateScenario(s, all, { platform }).results;
    const gcp = r.find((x) => x.offerId === 'gcp-e2-small')!;
    const line = (id: string) => gcp.lines.find((l) => l.id === id)?.usd;
    expect(gcp.fleet?.peakInstances).toBe(2);
    expect(line('load-balancer-hours')).toBeCloseTo(18.25, 9);
    expect(line('load-balancer-data')).toBeCloseTo(0.334167, 6);
    // Fly.io's proxy comes with the Machines: a zero line, not a missing one.
    const fly = r.find((x) => x.offerId === 'fly-shared-cpu-1x-512mb')!;
    expect(fly.lines.find((l) => l.id === 'load-balancer-included')?.usd).toBe(0);
    expect(fly.warnings.some((w) => w.code === 'no-load-balancer')).toBe(false);
    // Heroku Basic runs one dyno at most: two zones cannot run on it.
    const heroku = r.find((x) => x.offerId === 'heroku-basic')!;
    expect(heroku.status).toBe('cannot-run');
    expect(heroku.reason).toMatchObject({ code: 'fleet-limit', params: { limit: 1, needed: 2 } });
  });

  /** Any always-on scenario within the spec's bounds, with one instance size. */
  const sized = fc.record({
    requestsPerMonth: fc.double({ min: 0, max: 1e11, noNaN: true }),
    durationMs: fc.double({ min: 1, max: 60_000, noNaN: true }),
    cpuShare: fc.double({ min: 0.01, max: 1, noNaN: true }),
    workingSetMb: fc.double({ min: 1, max: 4096, noNaN: true }),
    baseMemoryMb: fc.double({ min: 0, max: 1024, noNaN: true }),
    memoryMb: fc.integer({ min: 128, max: 65_536 }),
    vcpu: fc.constantFrom(0.25, 1, 2, 8),
    everyMinutes: fc.double({ min: 0.5, max: 1440, noNaN: true }),
    arrivals: fc.constantFrom('random', 'even', 'bursts' as const),
    minInstances: fc.integer({ min: 1, max: 5 }),
  });
  type Sized = typeof sized extends fc.Arbitrary<infer T> ? T : never;
  const scenarioOf = (x: Sized, availability: 'single' | 'multi-zone') =>
    makeContext(
      {
        ...monthly(1, {
          durationMs: x.durationMs,
          cpuMs: x.durationMs * x.cpuShare,
          alwaysOn: {
            workingSetMb: x.workingSetMb,
            baseMemoryMb: x.baseMemoryMb,
            minInstances: x.minInstances,
            availability,
          },
        }),
        workload: { requests: 1, everyMinutes: x.everyMinutes },
        coldStart: {
          arrivals: x.arrivals,
          runtime: 'nodejs',
          initMs: null,
          keepAliveMinutes: null,
          includeCost: false,
        },
      },
      { requestsPerMonth: x.requestsPerMonth },
    );

  it('the fleet’s memory always holds the peak in flight, each request on one instance', () => {
    fc.assert(
      fc.property(sized, (x) => {
        const ctx = scenarioOf(x, 'single');
        const z = instancesFor(x, ctx);
        const usable = x.memoryMb - x.baseMemoryMb;
        if (!z.fits) {
          expect(usable).toBeLessThan(x.workingSetMb);
          return;
        }
        const peak = priceInstances(testVm(x), ctx).fleet.peakInFlight;
        // Each instance holds perInstance working sets within its usable memory …
        expect(z.perInstance * x.workingSetMb).toBeLessThanOrEqual(usable + 1e-6);
        // … and together they hold the peak.
        expect(z.instances * z.perInstance).toBeGreaterThanOrEqual(peak - 1e-6);
        expect(z.instances).toBeGreaterThanOrEqual(x.minInstances);
      }),
      { numRuns: 300 },
    );
  });

  it('across two zones: at least 2 instances, and one more than in one zone', () => {
    fc.assert(
      fc.property(sized, (x) => {
        const one = instancesFor(x, scenarioOf(x, 'single'));
        const two = instancesFor(x, scenarioOf(x, 'multi-zone'));
        expect(two.instances).toBeGreaterThanOrEqual(2);
        expect(two.instances).toBe(one.instances + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('the break-even staircase: j instances carry up to top(j), and just above it need more', () => {
    let checked = 0;
    fc.assert(
      fc.property(sized, fc.constantFrom('single', 'multi-zone' as const), (x, av) => {
        const size = {
          vcpu: x.vcpu,
          memoryMb: Math.max(x.memoryMb, x.baseMemoryMb + x.workingSetMb),
        };
        const { top, minInstances } = fleetSteps(size, scenarioOf(x, av));
        for (const j of [minInstances, minInstances + 1, minInstances + 7]) {
          const v = top(j);
          if (!(v > 0 && v < 1e11)) continue;
          const at = (r: number) =>
            instancesFor(size, scenarioOf({ ...x, requestsPerMonth: r }, av));
          checked++;
          expect(at(v * (1 - 1e-9)).instances).toBeLessThanOrEqual(j);
          expect(at(v * (1 + 1e-6)).instances).toBeGreaterThan(j);
        }
      }),
      { numRuns: 200 },
    );
    expect(checked).toBeGreaterThan(100);
  });
});
