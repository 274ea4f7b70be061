/**
 * pricing-data/fly.json: validates against the catalog schema and carries the published rates.
 * Every expected number below is copied from the cited page, not from the JSON.
 */
import { describe, expect, it } from 'vitest';
import { catalogTestFile } from './catalog-test-file.ts';

const { catalog, offer } = catalogTestFile('fly.json');
const machine = (id: string) => offer(id, 'always-on');

const REQUIRED = [
  'fly-shared-cpu-1x-256mb',
  'fly-shared-cpu-1x-512mb',
  'fly-shared-cpu-1x-1gb',
  'fly-shared-cpu-2x-2gb',
  'fly-performance-1x-2gb',
];

describe('pricing-data/fly.json', () => {
  it('parses with zero problems', () => {
    expect(catalog.problems).toEqual([]);
    expect(catalog.offers.length).toBeGreaterThan(0);
  });

  it('has every required offer, in iad (us-east)', () => {
    for (const id of REQUIRED) {
      const o = machine(id);
      expect(o.region).toBe('iad');
      expect(o.area).toBe('us-east');
    }
  });

  it('iad preset prices per 30-day month', () => {
    // Fly.io's pricing page source (superfly/docs about/pricing.mdx, "Everything we bill for", prices
    // "for Ashburn, Virginia (`iad`)"): shared-cpu-1x 256MB $2.19, 512MB $3.69, 1GB $6.70,
    // shared-cpu-2x 2GB $13.39, performance-1x 2GB $33.00 a month of 30 days.
    const expected: Record<string, [number, number, number]> = {
      // id: [$/month, vCPU, MB]
      'fly-shared-cpu-1x-256mb': [2.19, 1, 256],
      'fly-shared-cpu-1x-512mb': [3.69, 1, 512],
      'fly-shared-cpu-1x-1gb': [6.7, 1, 1024],
      'fly-shared-cpu-2x-2gb': [13.39, 2, 2048],
      'fly-performance-1x-2gb': [33.0, 1, 2048],
    };
    for (const [id, [monthly, vcpu, mem]] of Object.entries(expected)) {
      const o = machine(id);
      expect(o.usdPerMonth).toBe(monthly);
      expect(o.vcpu).toBe(vcpu);
      expect(o.memoryMb).toBe(mem);
      // Monthly prices assume 30 days = 720 hours; billed per second with no monthly cap.
      expect(o.hoursPerMonthConvention).toBe(720);
      expect(o.usdPerHour).toBeCloseTo(monthly / 720, 12);
      expect(o.monthlyCapUsd).toBeUndefined();
      expect(o.billingIncrementSeconds).toBe(1);
    }
    // 730 h of shared-cpu-1x 1 GB: 6.70 x 730 / 720 = 6.7930555...
    expect(730 * (machine('fly-shared-cpu-1x-1gb').usdPerHour ?? 0)).toBeCloseTo(6.793056, 6);
  });

  it("the iad presets are official: the provider's own pricing page lists each of them", () => {
    for (const id of REQUIRED) expect(machine(id).verification, id).toBe('official');
  });

  it('other regions: the iad price times the region markup of the pricing page', () => {
    // Fly.io's pricing page: "Machine prices vary by region"; its region table gives each region's
    // price "relative to Ashburn (iad), as billed": sjc 1.192307692, fra 1.153846154,
    // sin 1.269230769. Its own example: "One `shared-cpu-1x` 1GB Machine in Frankfurt (`fra`) |
    // $7.73" and "... in Singapore (`sin`) | $8.50" (= $6.70 x 1.153846154 = 7.7308 and
    // $6.70 x 1.269230769 = 8.5038, as displayed to the cent).
    const at = (id: string, area: string) => offer(id, 'always-on', area);
    expect(at('fly-shared-cpu-1x-1gb', 'europe').usdPerMonth).toBe(7.73);
    expect(at('fly-shared-cpu-1x-1gb', 'asia-pacific').usdPerMonth).toBe(8.5);
    expect(at('fly-shared-cpu-1x-1gb', 'europe').verification).toBe('official');
    // sjc, worked by hand: $6.70 x 1.192307692 = $7.98846; $33.00 x 1.192307692 = $39.34615.
    expect(at('fly-shared-cpu-1x-1gb', 'us-west').region).toBe('sjc');
    expect(at('fly-shared-cpu-1x-1gb', 'us-west').usdPerMonth).toBeCloseTo(7.98846, 4);
    expect(at('fly-performance-1x-2gb', 'us-west').usdPerMonth).toBeCloseTo(39.34615, 4);
    // Derived sizes are secondary (the product is ours), kept to a millionth of a dollar a month;
    // still 720 h a month, billed per second: $2.19 x 1.269230769 = $2.779615 a month in sin.
    expect(at('fly-shared-cpu-1x-256mb', 'us-west').verification).toBe('secondary');
    expect(at('fly-shared-cpu-1x-256mb', 'asia-pacific').usdPerMonth).toBe(2.779615);
    expect(at('fly-shared-cpu-1x-256mb', 'asia-pacific').usdPerHour).toBeCloseTo(
      2.779615 / 720,
      12,
    );
    // Outbound data: $0.04/GB from Asia Pacific, $0.02/GB from North America and Europe.
    expect(at('fly-shared-cpu-1x-1gb', 'asia-pacific').egress?.tiers).toEqual([
      { upTo: null, usdPerUnit: 0.04 },
    ]);
    expect(at('fly-shared-cpu-1x-1gb', 'us-west').egress?.tiers).toEqual([
      { upTo: null, usdPerUnit: 0.02 },
    ]);
    expect(offer('fly-proxy', 'front-door', 'europe').region).toBe('fra');
  });

  it('CPU baseline quota: 1/16 shared, 10/16 performance', () => {
    // https://fly.io/docs/machines/cpu-performance/: per 80 ms period, shared 5 ms (1/16th),
    // performance 50 ms (10/16th).
    for (const id of REQUIRED.filter((x) => x.includes('shared')))
      expect(machine(id).baselineCpuFraction).toBe(1 / 16);
    expect(machine('fly-performance-1x-2gb').baselineCpuFraction).toBe(10 / 16);
  });

  it('egress: $0.02 per GB from North America, no free allowance on Pay As You Go', () => {
    // https://fly.io/docs/about/pricing/: outbound transfer $0.02/GB in North America & Europe;
    // "There are no free allowances on the Pay As You Go plan".
    for (const id of REQUIRED) {
      const e = machine(id).egress;
      expect(e?.tiers).toEqual([{ upTo: null, usdPerUnit: 0.02 }]);
      expect(e?.freeGbPerMonth).toBe(0);
    }
  });

  it('every offer cites a source, a date and a verification level', () => {
    for (const o of catalog.offers) {
      expect(o.source).toMatch(/^https:\/\//);
      expect(o.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['official', 'secondary', 'unverified']).toContain(o.verification);
    }
  });
});
