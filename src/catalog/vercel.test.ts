/**
 * pricing-data/vercel.json: validates against the catalog schema and carries the published rates.
 * Every expected number below is copied from the cited page, not from the JSON.
 */
import { describe, expect, it } from 'vitest';
import { catalogTestFile } from './catalog-test-file.ts';

const { catalog, meter, offer } = catalogTestFile('vercel.json');
const faas = (id: string, area = 'us-east') => offer(id, 'faas', area);

describe('pricing-data/vercel.json', () => {
  it('parses with zero problems', () => {
    expect(catalog.problems).toEqual([]);
    expect(catalog.offers.length).toBeGreaterThan(0);
  });

  it('has the required offer, in iad1', () => {
    const o = faas('vercel-functions');
    expect(o.region).toBe('iad1');
    expect(o.area).toBe('us-east');
  });

  it('is priced once per area, in the regions of the official table', () => {
    const keys = catalog.offers.map((o) => `${o.id}@${o.area}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(faas('vercel-functions', 'us-west').region).toBe('pdx1');
    expect(faas('vercel-functions', 'europe').region).toBe('fra1');
    expect(faas('vercel-functions', 'asia-pacific').region).toBe('sin1');
  });

  it('regional rates: Portland, Frankfurt, Singapore', () => {
    // Same regional table: "Portland, USA (pdx1) | $0.128 | $0.0106",
    // "Frankfurt, Germany (fra1) | $0.184 | $0.0152", "Singapore (sin1) | $0.160 | $0.0133".
    const expected: Record<string, [number, number]> = {
      'us-west': [0.128, 0.0106],
      europe: [0.184, 0.0152],
      'asia-pacific': [0.16, 0.0133],
    };
    for (const [area, [cpu, mem]] of Object.entries(expected)) {
      const o = faas('vercel-functions', area);
      expect(meter(o, 'cpu-hours').tiers).toEqual([{ upTo: null, usdPerUnit: cpu }]);
      expect(meter(o, 'memory-hours').tiers).toEqual([{ upTo: null, usdPerUnit: mem }]);
      expect(meter(o, 'requests').tiers[0]?.usdPerUnit).toBeCloseTo(0.6 / 1e6, 15);
      expect(o.baseFeeUsdPerMonth).toBe(20);
    }
  });

  it('fluid compute rates in Washington D.C. (iad1)', () => {
    // https://vercel.com/docs/functions/usage-and-pricing, regional pricing table:
    // "Washington D.C., USA (iad1) | $0.128 | $0.0106" (Active CPU per hour, provisioned memory per
    // GB-hr). Invocations: "$0.60 per million".
    const o = faas('vercel-functions');
    expect(meter(o, 'cpu-hours').tiers).toEqual([{ upTo: null, usdPerUnit: 0.128 }]);
    expect(meter(o, 'memory-hours').tiers).toEqual([{ upTo: null, usdPerUnit: 0.0106 }]);
    // $0.60 per 1,000,000 invocations = $0.0000006 per invocation
    expect(meter(o, 'requests').tiers[0]?.usdPerUnit).toBeCloseTo(0.6 / 1e6, 15);
    expect(o.granularity.durationRoundingMs).toBe(1);
  });

  it("reproduces Vercel's worked example with the São Paulo rates swapped for iad1", () => {
    // Same page, "Example": one request with 4 s of active CPU on a 4 GB instance alive 10 s.
    // CPU = (4 / 3600) x rate; memory = (4 GB x 10 / 3600) x rate. With the iad1 rates:
    // CPU = 4 / 3600 x 0.128 = 0.000142222...; memory = 40 / 3600 x 0.0106 = 0.000117777...
    const o = faas('vercel-functions');
    const cpu = (4 / 3600) * meter(o, 'cpu-hours').tiers[0]!.usdPerUnit;
    const mem = ((4 * 10) / 3600) * meter(o, 'memory-hours').tiers[0]!.usdPerUnit;
    expect(cpu).toBeCloseTo(0.000142222, 9);
    expect(mem).toBeCloseTo(0.000117778, 9);
  });

  it('Pro plan: $20 platform fee, no fixed allowances', () => {
    // https://vercel.com/docs/plans/pro-plan: "$20 in monthly credit" (the fee is $20/month per
    // deploying seat). The current usage-and-pricing table lists Pro Active CPU, provisioned
    // memory and invocations as "N/A": nothing is included on Pro.
    const o = faas('vercel-functions');
    expect(o.baseFeeUsdPerMonth).toBe(20);
    for (const m of o.meters) {
      expect(m.includedUnits).toBe(0);
      expect(m.freeTierUnits).toBe(0);
    }
  });

  it('limits: 4 GB memory and 800 s on Pro', () => {
    // https://vercel.com/docs/functions/limitations: "Maximum memory Hobby: 2 GB, Pro and Ent: 4 GB";
    // "Pro: 300s (default) - configurable up to 800s". 800 s = 800,000 ms.
    const o = faas('vercel-functions');
    expect(o.limits.memoryMb.max).toBe(4096);
    expect(o.limits.maxDurationMs).toBe(800_000);
  });

  it('every offer cites a source, a date and a verification level', () => {
    for (const o of catalog.offers) {
      expect(o.source).toMatch(/^https:\/\//);
      expect(o.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['official', 'secondary', 'unverified']).toContain(o.verification);
    }
  });
});
