/**
 * pricing-data/azure.json: validates against the catalog schema and carries the published rates.
 * Every expected number below is copied from the cited page, not from the JSON.
 */
import { describe, expect, it } from 'vitest';
import { catalogTestFile } from './catalog-test-file.ts';

const { catalog, offer, meter } = catalogTestFile('azure.json');

describe('pricing-data/azure.json', () => {
  it('parses with zero problems', () => {
    expect(catalog.problems).toEqual([]);
    expect(catalog.offers.length).toBeGreaterThan(0);
  });

  it('has every required offer in us-east (eastus)', () => {
    const ids = [
      'azure-functions-consumption',
      'azure-functions-flex',
      'azure-vm-b1s',
      'azure-vm-b2s',
    ];
    for (const id of ids) {
      const o = catalog.offers.find((x) => x.id === id && x.area === 'us-east');
      expect(o?.region).toBe('eastus');
    }
  });

  it('has no repeated (id, area) pair', () => {
    const keys = catalog.offers.map((o) => `${o.id}@${o.area}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('Functions Consumption: rates, free grant and billing granularity', () => {
    const o = offer('azure-functions-consumption', 'faas');
    // Infracost golden test (azurerm_function_app): "$0.000016 per GB-seconds",
    // "$0.20 per 1M requests" -> $0.0000002 per execution.
    expect(meter(o, 'memory-seconds').tiers).toEqual([{ upTo: null, usdPerUnit: 0.000016 }]);
    expect(meter(o, 'requests').tiers[0]?.usdPerUnit).toBeCloseTo(0.2 / 1e6, 15);
    // https://azure.microsoft.com/pricing/details/functions/: "a monthly free grant of 1 million
    // requests and 400,000 GB-s of resource consumption per month per subscription".
    expect(meter(o, 'requests').freeTierUnits).toBe(1_000_000);
    expect(meter(o, 'memory-seconds').freeTierUnits).toBe(400_000);
    // "rounding up to the nearest 128 MB, up to the maximum memory size of 1,536 MB, with execution
    // time calculated by rounding up to the nearest 1 ms. The minimum execution time and memory for
    // a single function execution is 100 ms and 128 mb respectively."
    expect(o.granularity).toMatchObject({
      durationRoundingMs: 1,
      minBilledDurationMs: 100,
      memoryRoundingMb: 128,
      minBilledMemoryMb: 128,
    });
    expect(o.limits.memoryMb.max).toBe(1536);
    // Consumption plan timeout: 5 minutes default, 10 minutes maximum.
    expect(o.limits.maxDurationMs).toBe(10 * 60 * 1000);
  });

  it('Functions Flex Consumption (on demand)', () => {
    const o = offer('azure-functions-flex', 'faas');
    // modal.com/blog/azure-function-pricing-guide (2025-05-22): "Execution Time: $0.000026 per GB-second".
    expect(meter(o, 'memory-seconds').tiers[0]?.usdPerUnit).toBe(0.000026);
    // Team notes (PRICING-SOURCES, Infracost 2026-09-24), not re-read: $0.40 per million executions,
    // free 100,000 GB-s and 250,000 executions. Shipped as unverified.
    expect(meter(o, 'requests').tiers[0]?.usdPerUnit).toBeCloseTo(0.4 / 1e6, 15);
    expect(meter(o, 'memory-seconds').freeTierUnits).toBe(100_000);
    expect(meter(o, 'requests').freeTierUnits).toBe(250_000);
    expect(o.verification).toBe('unverified');
    // learn.microsoft.com flex-consumption-plan: "The minimum billable execution period for both
    // execution modes is 1,000 ms. Past that, the billable activity period is rounded up to the
    // nearest 100 ms." Instance memory (MB): 512, 2048, 4096.
    expect(o.granularity.minBilledDurationMs).toBe(1000);
    expect(o.granularity.durationRoundingMs).toBe(100);
    expect(o.granularity.memorySizesMb).toEqual([512, 2048, 4096]);
    // Always ready: baseline $0.000004 / GB-s, execution $0.000016 / GB-s (team notes, unverified).
    expect(o.provisioned?.usdPerGbSecondConfigured).toBe(0.000004);
    expect(o.provisioned?.usdPerGbSecondDuration).toBe(0.000016);
  });

  it('B-series VMs, East US Linux', () => {
    // Infracost golden test (azurerm_linux_virtual_machine, eastus, Standard_B1s):
    // 730 h = $7.59 and 100 h = $1.04, i.e. $0.0104 per hour.
    const b1s = offer('azure-vm-b1s', 'always-on');
    expect(b1s.usdPerHour).toBe(0.0104);
    expect(b1s.usdPerHour! * 730).toBeCloseTo(7.59, 2);
    expect(b1s.usdPerHour! * 100).toBeCloseTo(1.04, 2);
    // Retail Prices API, eastus, Standard_B2s $0.0416/h, as read on 2026-10-09 in a public
    // research file: secondary.
    const b2s = offer('azure-vm-b2s', 'always-on');
    expect(b2s.usdPerHour).toBe(0.0416);
    expect(b2s.verification).toBe('secondary');
    // learn.microsoft.com sizes-b-series-burstable: B1s 1 vCPU 1 GiB, base CPU 10%;
    // B2s 2 vCPU 4 GiB, base 20% of the VM (40% of one vCPU) -> 0.2 per vCPU.
    expect([b1s.vcpu, b1s.memoryMb, b1s.baselineCpuFraction]).toEqual([1, 1024, 0.1]);
    expect([b2s.vcpu, b2s.memoryMb, b2s.baselineCpuFraction]).toEqual([2, 4096, 0.2]);
  });

  it('B-series VMs, West US 2 Linux, at their own regional price', () => {
    // SkyPilot's Azure catalog (catalogs/v6/azure/vms.csv @ 098741e, from the Retail Prices API):
    // "Standard_B1s,,,1.0,1,,0.0104,,westus2" and "Standard_B2s,,,2.0,4,,0.0416,,westus2"; the same
    // file's westus rows (0.0124 and 0.0496) differ, so West US 2 is its own reading.
    const b1s = offer('azure-vm-b1s', 'always-on', 'us-west');
    const b2s = offer('azure-vm-b2s', 'always-on', 'us-west');
    expect([b1s.region, b1s.usdPerHour, b1s.verification]).toEqual([
      'westus2',
      0.0104,
      'secondary',
    ]);
    expect([b2s.region, b2s.usdPerHour, b2s.verification]).toEqual([
      'westus2',
      0.0416,
      'secondary',
    ]);
    // A month of B1s: 730 h x $0.0104 = $7.592.
    expect(b1s.usdPerHour! * 730).toBeCloseTo(7.592, 6);
    // No sourced West US 2 egress rate: East US's tiers are not copied.
    expect(b1s.egress).toBeUndefined();
    expect(b2s.egress).toBeUndefined();
  });

  it('B2s in Southeast Asia: egress at its own region’s tiers', () => {
    // Azure Retail Prices API, 2026-09-24, as a public test fixture records it: southeastasia
    // "Standard Data Transfer Out" tierMinimumUnits 0 → $0, 100 → $0.12, 10335 → $0.085,
    // 51295 → $0.082, 153695 → $0.08 (East US starts at $0.087).
    const b2s = offer('azure-vm-b2s', 'always-on', 'asia-pacific');
    expect(b2s.egress?.freeGbPerMonth).toBe(100);
    expect(b2s.egress?.tiers).toEqual([
      { upTo: 10_335, usdPerUnit: 0.12 },
      { upTo: 51_295, usdPerUnit: 0.085 },
      { upTo: 153_695, usdPerUnit: 0.082 },
      { upTo: null, usdPerUnit: 0.08 },
    ]);
  });

  it('Load Balancer: one Global meter, so the same price in every area', () => {
    // Azure Retail Prices API read 2026-10-01: regional pages return no rows; the Global page has
    // "Standard Included LB Rules and Outbound Rules" $0.025 per hour and "Standard Data Processed"
    // $0.005 per GB.
    const regions: Record<string, string> = {
      'us-east': 'eastus',
      'us-west': 'westus2',
      europe: 'westeurope',
      'asia-pacific': 'southeastasia',
    };
    for (const [area, region] of Object.entries(regions)) {
      const lb = offer('azure-load-balancer', 'front-door', area);
      expect([lb.region, lb.usdPerHour, lb.usdPerGbProcessed], area).toEqual([
        region,
        0.025,
        0.005,
      ]);
    }
  });

  it('every offer names a source, a date and a verification level', () => {
    for (const o of catalog.offers) {
      expect(o.source).toMatch(/^https:\/\//);
      expect(o.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['official', 'secondary', 'unverified']).toContain(o.verification);
    }
  });
});

describe('B-series past its baseline', () => {
  it('is throttled to its baseline once its banked credits are spent (no paid surplus)', () => {
    const { catalog } = catalogTestFile('azure.json');
    const b = catalog.offers.filter(
      (o) => o.kind === 'always-on' && o.baselineCpuFraction !== undefined,
    );
    expect(b.length).toBeGreaterThanOrEqual(2);
    for (const o of b)
      expect(o.kind === 'always-on' && o.burstCredits).toMatchObject({
        mode: 'throttled',
        sustainedOver: 'day',
      });
  });
});
