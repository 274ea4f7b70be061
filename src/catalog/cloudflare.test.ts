/**
 * pricing-data/cloudflare.json: validates against the catalog schema and carries the published rates.
 * Every expected number below is copied from the cited page, not from the JSON.
 */
import { describe, expect, it } from 'vitest';
import { catalogTestFile } from './catalog-test-file.ts';
import type { Offer } from './schema.ts';

const { catalog, meter, offer } = catalogTestFile('cloudflare.json');
const faas = (id: string, area = 'us-east') => offer(id, 'faas', area);

/** Single-tier price of a meter (the Workers meters have one tier each). */
function rate(o: Extract<Offer, { kind: 'faas' }>, basis: string): number {
  const t = meter(o, basis).tiers;
  expect(t).toHaveLength(1);
  return t[0]!.usdPerUnit;
}

describe('pricing-data/cloudflare.json', () => {
  it('parses with zero problems', () => {
    expect(catalog.problems).toEqual([]);
    expect(catalog.offers.length).toBeGreaterThan(0);
  });

  it('has the required offer', () => {
    expect(catalog.offers.map((o) => o.id)).toContain('cloudflare-workers-standard');
  });

  it('one global price, listed once per area', () => {
    // The pricing page has no regional prices: Workers run at every location at the same rates.
    const keys = catalog.offers.map((o) => `${o.id}@${o.area}`);
    expect(new Set(keys).size).toBe(keys.length);
    const areas = ['us-east', 'us-west', 'europe', 'asia-pacific'];
    const east = faas('cloudflare-workers-standard');
    for (const area of areas) {
      const o = faas('cloudflare-workers-standard', area);
      expect(o.region).toBe('global');
      expect(o.meters).toEqual(east.meters);
      expect(o.baseFeeUsdPerMonth).toBe(east.baseFeeUsdPerMonth);
    }
  });

  it('Workers Standard: $5 base including 10M requests and 30M CPU-ms', () => {
    // https://developers.cloudflare.com/workers/platform/pricing/ (Standard usage model):
    // "minimum charge of $5 USD per month"; requests "10 million included per month
    // +$0.30 per additional million"; CPU time "30 million CPU milliseconds included per month
    // +$0.02 per additional million CPU milliseconds"; duration "No charge or limit".
    const o = faas('cloudflare-workers-standard');
    expect(o.baseFeeUsdPerMonth).toBe(5);
    expect(meter(o, 'requests').includedUnits).toBe(10_000_000);
    expect(meter(o, 'cpu-ms').includedUnits).toBe(30_000_000);
    // $0.30 per 1,000,000 requests = $0.0000003 per request
    expect(rate(o, 'requests')).toBeCloseTo(0.3 / 1e6, 15);
    // $0.02 per 1,000,000 CPU-ms = $0.00000002 per CPU-ms
    expect(rate(o, 'cpu-ms')).toBeCloseTo(0.02 / 1e6, 15);
    // The allowance is bought by the base fee, so it is not a switchable free tier.
    expect(meter(o, 'requests').freeTierUnits).toBe(0);
    expect(meter(o, 'cpu-ms').freeTierUnits).toBe(0);
    // No wall-clock (duration) meter: Workers bill CPU time only.
    expect(o.meters.map((m) => m.basis).sort()).toEqual(['cpu-ms', 'requests']);
    expect(o.granularity.durationRoundingMs).toBe(1);
  });

  it("reproduces Cloudflare's own Example 1 ($8.00 a month)", () => {
    // Same page, "Example 1": 15,000,000 requests a month at 7 ms CPU each.
    // Subscription $5.00; Requests $1.50 = (15,000,000 - 10,000,000) / 1,000,000 * $0.30;
    // CPU time $1.50 = ((7 * 15,000,000) - 30,000,000) / 1,000,000 * $0.02; Total $8.00.
    const o = faas('cloudflare-workers-standard');
    const requests = 15_000_000;
    const cpuMs = 7 * requests;
    const requestsUsd = (requests - meter(o, 'requests').includedUnits) * rate(o, 'requests');
    const cpuUsd = (cpuMs - meter(o, 'cpu-ms').includedUnits) * rate(o, 'cpu-ms');
    expect(requestsUsd).toBeCloseTo(1.5, 9);
    expect(cpuUsd).toBeCloseTo(1.5, 9);
    expect(o.baseFeeUsdPerMonth + requestsUsd + cpuUsd).toBeCloseTo(8.0, 9);
  });

  it('limits: 128 MB memory, 5 minutes of CPU per request', () => {
    // https://developers.cloudflare.com/workers/platform/limits/ (account plan limits):
    // Workers Paid "CPU time 5 min", "Memory 128 MB". 5 min = 300,000 ms.
    const o = faas('cloudflare-workers-standard');
    expect(o.limits.memoryMb.max).toBe(128);
    expect(o.limits.maxCpuMsPerRequest).toBe(300_000);
  });

  it('every offer cites a source, a date and a verification level', () => {
    for (const o of catalog.offers) {
      expect(o.source).toMatch(/^https:\/\//);
      expect(o.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['official', 'secondary', 'unverified']).toContain(o.verification);
    }
  });
});
