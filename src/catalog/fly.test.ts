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
    // https://fly.io/docs/about/pricing/ (iad): shared-cpu-1x 1 GB $6.70, shared-cpu-2x 2 GB $13.39,
    // performance-1x 2 GB $33.00 (quoted from the official page by public documents, Oct 2026);
    // shared-cpu-1x 256 MB $2.19 and 512 MB $3.69 (PRICING-SOURCES.md, not re-confirmed: unverified).
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

  it('the two unconfirmed presets are flagged, the quoted ones are secondary', () => {
    expect(machine('fly-shared-cpu-1x-256mb').verification).toBe('unverified');
    expect(machine('fly-shared-cpu-1x-512mb').verification).toBe('unverified');
    expect(machine('fly-shared-cpu-1x-1gb').verification).toBe('secondary');
    expect(machine('fly-shared-cpu-2x-2gb').verification).toBe('secondary');
    expect(machine('fly-performance-1x-2gb').verification).toBe('secondary');
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
