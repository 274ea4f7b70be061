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
import { priceContainers, priceInstances } from './fleet.ts';

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
  it('is sized by concurrency (Little’s law) when requests wait on I/O', () => {
    // 100 req/s × 2 s = 200 in flight ÷ 50 per instance = 4; CPU 100 × 10 ms = 1 vCPU → 1.
    const s = monthly(100 * 730 * 3600, { durationMs: 2000, cpuMs: 10 });
    const r = priceInstances(vm, makeContext(s));
    expect(r.fleet.peakInstances).toBe(4);
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
