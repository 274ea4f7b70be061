/**
 * pricing-data/gcp.json: validates against the catalog schema and carries the published rates.
 * Every expected number below is copied from the cited page, not from the JSON.
 */
import { describe, expect, it } from 'vitest';
import { catalogTestFile } from './catalog-test-file.ts';

const { catalog, offer, meter } = catalogTestFile('gcp.json');

describe('pricing-data/gcp.json', () => {
  it('parses with zero problems', () => {
    expect(catalog.problems).toEqual([]);
    expect(catalog.offers.length).toBeGreaterThan(0);
  });

  it('has every required offer in us-east', () => {
    const ids = [
      'gcp-cloud-run-functions',
      'gcp-cloud-functions-gen1',
      'gcp-cloud-run-instance',
      'gcp-e2-micro',
      'gcp-e2-small',
      'gcp-e2-medium',
    ];
    for (const id of ids)
      expect(catalog.offers.some((o) => o.id === id && o.area === 'us-east')).toBe(true);
  });

  it('has no repeated (id, area) pair', () => {
    const keys = catalog.offers.map((o) => `${o.id}@${o.area}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('Cloud Run functions: request-based billing, Tier 1', () => {
    // https://cloud.google.com/run/pricing (request-based billing, Tier 1):
    // CPU $0.00002400 / vCPU-second, memory $0.00000250 / GiB-second, $0.40 per million requests;
    // free per month: 180,000 vCPU-seconds, 360,000 GiB-seconds, 2 million requests;
    // "rounded up to the nearest 100 millisecond".
    const o = offer('gcp-cloud-run-functions', 'faas');
    expect(o.region).toBe('us-east1');
    expect(meter(o, 'vcpu-seconds').tiers).toEqual([{ upTo: null, usdPerUnit: 0.000024 }]);
    expect(meter(o, 'vcpu-seconds').freeTierUnits).toBe(180_000);
    expect(meter(o, 'memory-seconds').tiers).toEqual([{ upTo: null, usdPerUnit: 0.0000025 }]);
    expect(meter(o, 'memory-seconds').freeTierUnits).toBe(360_000);
    // $0.40 per 1,000,000 requests = $0.0000004 per request
    expect(meter(o, 'requests').tiers[0]?.usdPerUnit).toBeCloseTo(0.4 / 1e6, 15);
    expect(meter(o, 'requests').freeTierUnits).toBe(2_000_000);
    expect(o.granularity.durationRoundingMs).toBe(100);
    // https://cloud.google.com/functions/docs/configuring/memory: 256 MiB -> .167 vCPU,
    // 1 GiB -> .583 vCPU, 2 GiB -> 1 vCPU, 32 GiB -> 8 vCPU.
    const cpu = new Map(o.cpuForMemory?.map((r) => [r.memoryMb, r.vcpu]));
    expect(cpu.get(256)).toBe(0.167);
    expect(cpu.get(1024)).toBe(0.583);
    expect(cpu.get(2048)).toBe(1);
    expect(cpu.get(32768)).toBe(8);
  });

  it('Cloud Functions 1st gen: GB-s + GHz-s, memory tiers', () => {
    // Invocations: first 2 million free, then $0.40 per million (official pricing page);
    // $0.0000025 per GB-second and $0.00001 per GHz-second (Infracost golden test, secondary).
    const o = offer('gcp-cloud-functions-gen1', 'faas');
    expect(meter(o, 'memory-seconds').tiers[0]?.usdPerUnit).toBe(0.0000025);
    expect(meter(o, 'ghz-seconds').tiers[0]?.usdPerUnit).toBe(0.00001);
    expect(meter(o, 'requests').tiers[0]?.usdPerUnit).toBeCloseTo(0.4 / 1e6, 15);
    expect(meter(o, 'requests').freeTierUnits).toBe(2_000_000);
    expect(meter(o, 'memory-seconds').freeTierUnits).toBe(400_000);
    expect(meter(o, 'ghz-seconds').freeTierUnits).toBe(200_000);
    // "Compute time is measured in 100ms increments, rounded up to the nearest increment."
    expect(o.granularity.durationRoundingMs).toBe(100);
    // https://docs.cloud.google.com/functions/1stgendocs/configuring/memory
    expect(o.granularity.memorySizesMb).toEqual([128, 256, 512, 1024, 2048, 4096, 8192]);
    // "1 vCPU is equal to 2.4GHz": 2048 MB -> 1 vCPU -> 2.4 GHz; 128 MB -> 200 MHz.
    const rows = new Map(o.cpuForMemory?.map((r) => [r.memoryMb, r]));
    expect(rows.get(2048)?.ghz).toBe(2.4);
    expect(rows.get(128)?.ghz).toBe(0.2);
    // The compute free tier (400,000 GB-s + 200,000 GHz-s) is in Google's firebase-tools pricing
    // module (V1_FREE_TIER), a secondary source; the official page no longer states it.
    expect(o.verification).toBe('secondary');
  });

  it('Tier 1 regions carry the same serverless prices', () => {
    // cloud.google.com/run/docs/locations: us-east1, us-west1, europe-west1 and asia-northeast1
    // are "Tier 1 pricing" regions; 1st gen locations list us-west1, europe-west1, asia-northeast1 too.
    const regions = {
      'us-west': 'us-west1',
      europe: 'europe-west1',
      'asia-pacific': 'asia-northeast1',
    };
    for (const [area, region] of Object.entries(regions)) {
      const fn = offer('gcp-cloud-run-functions', 'faas', area);
      expect(fn.region).toBe(region);
      expect(meter(fn, 'vcpu-seconds').tiers[0]?.usdPerUnit).toBe(0.000024);
      const run = offer('gcp-cloud-run-instance', 'autoscaled-container', area);
      expect(run.usdPerVcpuHour).toBeCloseTo(0.000018 * 3600, 12);
      expect(offer('gcp-cloud-functions-gen1', 'faas', area).region).toBe(region);
    }
  });

  it('Cloud Run instance-based billing', () => {
    // https://cloud.google.com/run/pricing: $0.00001800 / vCPU-second (instance-based, Tier 1),
    // i.e. 0.000018 × 3600 = $0.0648 per vCPU-hour.
    const o = offer('gcp-cloud-run-instance', 'autoscaled-container');
    expect(o.usdPerVcpuHour).toBeCloseTo(0.000018 * 3600, 12);
    // Memory $0.000002 / GiB-s (secondary: Infracost Tier 2 golden $0.0000024 = 1.2 × Tier 1)
    // i.e. 0.000002 × 3600 = $0.0072 per GiB-hour.
    expect(o.usdPerGbHour).toBeCloseTo(0.000002 * 3600, 12);
    // https://unanswered.io/guide/google-cloud-run-pricing-free-tier-limits-billing:
    // "First 240,000 vCPU-seconds and 450,000 GiB-seconds per month are free."
    expect(o.freeTier?.vcpuSeconds).toBe(240_000);
    expect(o.freeTier?.gbSeconds).toBe(450_000);
    // Default 1 vCPU (docs.cloud.google.com/run/docs/configuring/services/cpu).
    expect(o.defaultSize.vcpu).toBe(1);
    expect(o.usdPerMillionRequests).toBe(0);
    expect(o.minimumBilledSeconds).toBe(60);
  });

  it('Compute Engine E2 shared-core prices (us-east1)', () => {
    // Cyclenerd/google-cloud-pricing-cost-calculator pricing.yml (generated 2025-03-06), us-east1 hour:
    // e2-micro 0.0083764275, e2-small 0.016752855, e2-medium 0.03350571.
    expect(offer('gcp-e2-micro', 'always-on').usdPerHour).toBe(0.0083764275);
    expect(offer('gcp-e2-small', 'always-on').usdPerHour).toBe(0.016752855);
    expect(offer('gcp-e2-medium', 'always-on').usdPerHour).toBe(0.03350571);
    // Same file, cpu: 0.25 / 0.5 / 1 (sustained vCPU) of 2 burstable vCPUs: 0.125 / 0.25 / 0.5 per vCPU.
    expect(offer('gcp-e2-micro', 'always-on').baselineCpuFraction).toBe(0.125);
    expect(offer('gcp-e2-small', 'always-on').baselineCpuFraction).toBe(0.25);
    expect(offer('gcp-e2-medium', 'always-on').baselineCpuFraction).toBe(0.5);
  });

  it('E2 prices in other regions come from the same transcription', () => {
    // Cyclenerd pricing.yml (2025-03-06): us-west1 equals us-east1; europe-west1 e2-micro
    // 0.0092144325, asia-southeast1 e2-medium 0.04133307.
    expect(offer('gcp-e2-micro', 'always-on', 'us-west').usdPerHour).toBe(0.0083764275);
    expect(offer('gcp-e2-micro', 'always-on', 'europe').usdPerHour).toBe(0.0092144325);
    expect(offer('gcp-e2-medium', 'always-on', 'asia-pacific').usdPerHour).toBe(0.04133307);
  });

  it('E2 standard sizes: whole vCPUs, per region, with their committed months', () => {
    // Cyclenerd pricing.yml (generated 2026-07-30), compute.instance.e2-standard-2 / -4: cpu 2 / 4,
    // ram 8 / 16; hour us-east1 0.06701142 / 0.13402284, europe-west1 0.07371546,
    // asia-southeast1 0.16533228 (e2-standard-4). e2-standard-2 is 2 cores + 8 GiB at the
    // Americas split (core $0.02181159, RAM $0.00292353): 0.04362318 + 0.02338824 = 0.06701142.
    const e2s2 = offer('gcp-e2-standard-2', 'always-on');
    expect([e2s2.usdPerHour, e2s2.vcpu, e2s2.memoryMb, e2s2.baselineCpuFraction]).toEqual([
      0.06701142,
      2,
      8192,
      undefined,
    ]);
    expect(offer('gcp-e2-standard-4', 'always-on').usdPerHour).toBe(0.13402284);
    expect(offer('gcp-e2-standard-2', 'always-on', 'europe').usdPerHour).toBe(0.07371546);
    expect(offer('gcp-e2-standard-4', 'always-on', 'asia-pacific').usdPerHour).toBe(0.16533228);
    expect(e2s2.family?.id).toBe('gcp-e2');
    // month_1y 30.81854578 and month_3y 22.01324782 in us-east1 (37 % and 55 % off 730 × 0.06701142
    // = 48.9183366).
    const rates = e2s2.commitment?.rates.map((r) => [r.term, r.usdPerMonth]);
    expect(rates).toEqual([
      ['1y', 30.81854578],
      ['3y', 22.01324782],
    ]);
  });

  it('every offer names a source, a date and a verification level', () => {
    for (const o of catalog.offers) {
      expect(o.source).toMatch(/^https:\/\//);
      expect(o.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['official', 'secondary', 'unverified']).toContain(o.verification);
    }
  });
});
