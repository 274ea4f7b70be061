/**
 * Burstable sizes past their CPU baseline: EC2 T3/T4g bill surplus CPU credits per vCPU-hour
 * (unlimited mode), throttled sizes (Azure B-series, EC2 standard mode, Lightsail, shared-core)
 * are sized to average within their baseline, and a family's cheapest size that fits counts both.
 * Prices are the catalog's sourced rates (pricing-data/, docs/PRICING.md); every total is worked
 * out by hand in the comment beside it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayMeans } from './burst-credits.ts';
import { makeContext } from './context.ts';
import { evaluateScenario } from './evaluate.ts';
import { monthlyCost, selectOffers } from './price-offer.ts';
import type { ScenarioInput } from './scenario.ts';
import { catalogOffers, catalogPlatform, monthly } from './test-catalog.ts';

const all = catalogOffers();
const platform = catalogPlatform();

/**
 * 6 requests a second all month (15,768,000 a month), 100 ms each, all of it CPU, at an even rate
 * (constant pattern): 6 × 0.1 = 0.6 vCPUs busy on average. On a 2-vCPU size that is 30 %.
 * No public IPv4 or root disk, so each total is the instances and their credits.
 */
function busy(offers: string[], rest: Partial<ScenarioInput> = {}) {
  const s = monthly(6 * 2_628_000, {
    durationMs: 100,
    cpuMs: 100,
    pattern: { kind: 'constant' },
    alwaysOn: { serverExtras: false },
    offers,
    ...rest,
  });
  return evaluateScenario(s, all, { platform, breakEven: false });
}

const line = (r: { lines: { id: string; usd: number; quantity: number }[] }, id: string) =>
  r.lines.find((l) => l.id === id);

describe('surplus credits (EC2 unlimited mode)', () => {
  it('one t3.micro at 30 % for a month: (0.30 − 0.10) × 2 vCPU × 730 h × $0.05 = $14.60', () => {
    // One instance: 0.6 vCPU at 70 % of 2 vCPUs needs ⌈0.6 ÷ 1.4⌉ = 1. Instance 730 × $0.0104 =
    // $7.592; credits 292 vCPU-hours × $0.05 = $14.60; $22.192 in all.
    const r = busy(['aws-ec2-t3-micro']).results[0]!;
    expect(r.fleet?.peakInstances).toBe(1);
    expect(line(r, 'surplus-credits')?.quantity).toBeCloseTo(292, 9);
    expect(line(r, 'surplus-credits')?.usd).toBeCloseTo(14.6, 9);
    expect(r.monthlyUsd).toBeCloseTo(22.192, 9);
    expect(r.warnings).toContainEqual({
      code: 'burst-surplus',
      severity: 'info',
      offerId: 'aws-ec2-t3-micro',
      params: {
        baseline: 0.1,
        averageUtilization: expect.closeTo(0.3, 9),
        surplusUsd: expect.closeTo(14.6, 9),
      },
    });
  });

  it('within the baseline there is no line (t3.small at 15 % of its 20 %)', () => {
    // 0.6 vCPU on 2 × t3.small? One instance: 0.6 ÷ 2 = 30 % > 20 %: surplus. At 3 a second
    // instead, 0.3 vCPU = 15 %: none, and the total is the instance, 730 × $0.0208 = $15.184.
    const r = busy(['aws-ec2-t3-small'], {
      workload: { requests: 3 * 2_628_000, everyMinutes: 43_800 },
    }).results[0]!;
    expect(line(r, 'surplus-credits')).toBeUndefined();
    expect(r.monthlyUsd).toBeCloseTo(15.184, 9);
  });

  it('a busy day is not paid for by a quiet one: business hours, day by day', () => {
    // Business hours with nothing off hours: 8 busy hours on each of 5 weekdays, so a weekday's
    // mean rate is (8 ÷ 24) ÷ (40 ÷ 168) = 1.4 × the average and a weekend day's 0. At 3 a second
    // (0.3 vCPU on average) a weekday averages 0.42 vCPU against the t3.micro's 0.2: 0.22 × 5 days
    // × 730 ÷ 7 h = 114.714 vCPU-hours × $0.05 = $5.7357 (over the month's average, 0.3 − 0.2,
    // it would be only $3.65).
    const r = busy(['aws-ec2-t3-micro'], {
      workload: { requests: 3 * 2_628_000, everyMinutes: 43_800 },
      pattern: { kind: 'business-hours', offHoursRatio: 0 },
    }).results[0]!;
    expect(r.fleet?.peakInstances).toBe(1);
    expect(line(r, 'surplus-credits')?.usd).toBeCloseTo((0.22 * 5 * 730 * 0.05) / 7, 9);
  });

  it("the family's cheapest size that fits counts the credits: 1 × t3.nano at $22.046", () => {
    // Each size needs one instance at 0.6 vCPU. Instances + credits at $0.05 per vCPU-hour:
    //   nano   730 × $0.0052 = $3.796  + (0.6 − 0.1) × 730 × $0.05 = $18.25 → $22.046
    //   micro  $7.592  + (0.6 − 0.2) × 36.5 = $14.60 → $22.192
    //   small  $15.184 + (0.6 − 0.4) × 36.5 = $7.30  → $22.484
    //   medium $30.368 + $7.30 → $37.668;  large $60.736 (0.6 baseline: none);  xlarge $121.472
    // Without credits the nano would have looked $18.25 cheaper than it is.
    const r = busy(['aws-ec2-t3']).results[0]!;
    expect([r.pick?.sizeName, r.pick?.instances]).toEqual(['t3.nano', 1]);
    expect(r.monthlyUsd).toBeCloseTo(22.046, 9);
  });
});

describe('throttled sizes are sized to average within their baseline', () => {
  it('Azure B1s at 0.6 vCPU: ⌈0.6 ÷ (1 × 10 %)⌉ = 6 instances, not 1', () => {
    // By CPU alone one B1s (1 vCPU at 70 %) carries 0.6 vCPU; held to 10 % it carries 0.1.
    // 6 × 730 × $0.0104 = $45.552.
    const r = busy(['azure-vm-b1s']).results[0]!;
    expect(r.fleet?.peakInstances).toBe(6);
    expect(r.fleet?.sizedBy).toBe('baseline');
    expect(r.monthlyUsd).toBeCloseTo(45.552, 9);
    expect(r.warnings).toContainEqual({
      code: 'burst-throttled',
      severity: 'info',
      offerId: 'azure-vm-b1s',
      params: { baseline: 0.1, window: 'day', unlimitedUnpriced: false, region: 'eastus' },
    });
  });

  it('EC2 where no unlimited rate is sourced runs as standard mode (t3.nano in Frankfurt)', () => {
    // 0.6 vCPU ÷ (2 × 5 %) = 6 instances × 730 × $0.006 = $26.28.
    const r = busy(['aws-ec2-t3-nano'], { area: 'europe' }).results[0]!;
    expect([r.fleet?.peakInstances, r.fleet?.sizedBy]).toEqual([6, 'baseline']);
    expect(r.monthlyUsd).toBeCloseTo(26.28, 9);
    expect(line(r, 'surplus-credits')).toBeUndefined();
  });

  it('the busiest day decides, not the week (business hours)', () => {
    // Weekdays at 1.4 × the average (see above): 0.3 vCPU on average is 0.42 on a weekday, so
    // ⌈0.42 ÷ 0.1⌉ = 5 B1s, where the week's average would ask for 3.
    const r = busy(['azure-vm-b1s'], {
      workload: { requests: 3 * 2_628_000, everyMinutes: 43_800 },
      pattern: { kind: 'business-hours', offHoursRatio: 0 },
    }).results[0]!;
    expect(r.fleet?.peakInstances).toBe(5);
  });

  it('the day means of a weekly profile', () => {
    const d = dayMeans([...Array<number>(120).fill(1.2), ...Array<number>(48).fill(0.5)]);
    [1.2, 1.2, 1.2, 1.2, 1.2, 0.5, 0.5].forEach((m, i) => expect(d.means[i]).toBeCloseTo(m, 12));
    expect(d.max).toBeCloseTo(1.2, 12);
  });
});

describe('the always-on side never gets cheaper as requests need more CPU', () => {
  it('holds for burstable families and sizes, in every area (property)', () => {
    const ids = [
      'aws-ec2-t3',
      'aws-ec2-t4g',
      'aws-lightsail',
      'azure-vm-b',
      'gcp-e2',
      'fly-shared',
    ];
    const areas = ['us-east', 'europe', 'asia-pacific', 'us-west'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...areas),
        fc.double({ min: 1e4, max: 5e8, noNaN: true }),
        fc.double({ min: 1, max: 400, noNaN: true }),
        fc.double({ min: 1, max: 3, noNaN: true }),
        (area, perMonth, cpuMs, more) => {
          const at = (cpu: number) => {
            const s = monthly(perMonth, { durationMs: 2000, cpuMs: cpu, area, offers: ids });
            const ctx = makeContext(s, { platform, breakdown: false });
            return selectOffers(s, all).map((x) => (x.offer ? monthlyCost(x.offer, ctx, all) : 0));
          };
          const lo = at(cpuMs);
          const hi = at(cpuMs * more);
          lo.forEach((usd, i) => {
            if (Number.isFinite(usd)) expect(hi[i]!).toBeGreaterThanOrEqual(usd - 1e-9 * usd);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
