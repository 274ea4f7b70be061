import { describe, expect, it } from 'vitest';
import { applyRates } from './apply.ts';
import { importAzure, meterTiers, unitMultiplier, type AzureItem } from './azure.ts';
import { fixtureFetcher } from './fetch.ts';
import type { RawFile } from './types.ts';

const fetcher = () => fixtureFetcher('scripts/pricing/fixtures/azure');
const noWait = { sleep: async () => {}, tries: 4 };

/** The product each test offer is (the importer dispatches on it, not on the id). */
const PRODUCT: Record<string, string> = {
  'azure-functions-consumption': 'functions-consumption',
  'azure-functions-flex': 'functions-flex',
  'azure-vm-b1s': 'virtual-machines',
};
const base = (id: string, region = 'eastus') => ({
  id,
  providerId: 'azure',
  productId: PRODUCT[id] ?? id,
  refreshedBy: 'azure',
  provider: 'Microsoft Azure',
  product: id,
  region,
  area: 'us-east',
  currency: 'USD',
  source: 'https://azure.microsoft.com/pricing/details/functions/',
  checkedOn: '2026-11-01',
  verification: 'secondary',
});

const meter = (basis: string, price: number, free?: number) => ({
  id: basis,
  label: basis,
  basis,
  unit: basis,
  tiers: [{ upTo: null, pricePerUnit: price }],
  ...(free === undefined ? {} : { freeTierUnits: free }),
});

function catalog(region = 'eastus'): RawFile {
  return {
    family: 'azure',
    offers: [
      {
        ...base('azure-functions-consumption', region),
        kind: 'faas',
        meters: [meter('requests', 0.0000002, 1000000), meter('memory-seconds', 0.000016, 400000)],
      },
      {
        ...base('azure-functions-flex', region),
        kind: 'faas',
        meters: [meter('requests', 0.0000004, 250000), meter('memory-seconds', 0.000026, 100000)],
        provisioned: { pricePerGbSecondConfigured: 0.000004, pricePerGbSecondDuration: 0.000016 },
      },
      {
        ...base('azure-vm-b1s', region),
        kind: 'always-on',
        instanceType: 'Standard_B1s',
        vcpu: 1,
        memoryMb: 1024,
        pricePerHour: 0.0104,
      },
    ],
  };
}

/** The file with only the Consumption offer, in another region. */
function consumptionOnly(region: string): RawFile {
  const offers = catalog(region).offers as RawFile[];
  return { family: 'azure', offers: offers.slice(0, 1) };
}

const item = (over: Partial<AzureItem>): AzureItem => ({
  currencyCode: 'USD',
  tierMinimumUnits: 0,
  retailPrice: 0,
  unitPrice: 0,
  armRegionName: 'eastus',
  meterName: 'm',
  productName: 'p',
  skuName: 's',
  serviceName: 'Functions',
  unitOfMeasure: '1 GB Second',
  type: 'Consumption',
  ...over,
});

describe('Azure units and tiers', () => {
  it('reads the unit of measure as a multiplier', () => {
    expect(unitMultiplier('10')).toBe(10);
    expect(unitMultiplier('1 GB Second')).toBe(1);
    expect(unitMultiplier('1 Hour')).toBe(1);
    expect(unitMultiplier('1M')).toBe(1_000_000);
    expect(unitMultiplier('100K')).toBe(100_000);
    expect(() => unitMultiplier('per GB')).toThrow(/unknown unitOfMeasure/);
  });

  it('turns a zero-priced first tier into a free grant and divides by the unit', () => {
    // $0.000002 per 10 executions = $0.0000002 each; 100,000 units of 10 = 1,000,000 free.
    const t = meterTiers(
      [
        item({ unitOfMeasure: '10', tierMinimumUnits: 100000, unitPrice: 0.000002 }),
        item({ unitOfMeasure: '10' }),
      ],
      'x',
    );
    expect(t).toEqual({ free: 1_000_000, tiers: [{ upTo: null, pricePerUnit: 0.0000002 }] });
  });
});

describe('importAzure against recorded pages', () => {
  it('follows NextPageLink through a 429 and a 500, and reads every rate', async () => {
    const slept: number[] = [];
    const r = await importAzure(catalog(), {
      fetcher: fetcher(),
      retry: { tries: 4, baseDelayMs: 50, sleep: async (ms) => void slept.push(ms) },
    });
    expect(slept).toEqual([50, 100]); // page 2: 429, then 500, then the page
    expect(r.warnings).toEqual([
      expect.stringMatching(/1 items without the documented fields were ignored/),
    ]);
    const got = Object.fromEntries(
      r.rates.map((x) => [`${x.offerId} ${x.path.join('.')}`, x.value]),
    );
    expect(got).toEqual({
      'azure-functions-consumption meters.basis=memory-seconds.tiers': [
        { upTo: null, pricePerUnit: 0.000016 },
      ],
      'azure-functions-consumption meters.basis=memory-seconds.freeTierUnits': 400000,
      'azure-functions-consumption meters.basis=requests.tiers': [
        { upTo: null, pricePerUnit: 0.0000002 },
      ],
      'azure-functions-consumption meters.basis=requests.freeTierUnits': 1000000,
      'azure-functions-flex meters.basis=memory-seconds.tiers': [
        { upTo: null, pricePerUnit: 0.000026 },
      ],
      'azure-functions-flex meters.basis=memory-seconds.freeTierUnits': 100000,
      'azure-functions-flex meters.basis=requests.tiers': [{ upTo: null, pricePerUnit: 0.0000004 }],
      // 25,000 units of 10 executions = 250,000 free executions.
      'azure-functions-flex meters.basis=requests.freeTierUnits': 250000,
      'azure-functions-flex provisioned.pricePerGbSecondConfigured': 0.000004,
      'azure-functions-flex provisioned.pricePerGbSecondDuration': 0.000016,
      // Linux pay-as-you-go, not Windows 0.0146, Spot 0.0031, DevTest 0.0084 or a reservation.
      'azure-vm-b1s pricePerHour': 0.0104,
    });
    const files = new Map([['azure.json', catalog()]]);
    const applied = applyRates(files, r.rates, { thresholdPct: 20 });
    expect(applied.changes).toEqual([]);
    expect(applied.unchanged).toBe(11);
  });

  it('never reads EUR items as USD: the rate stays and a warning says why', async () => {
    const file = consumptionOnly('westeurope');
    const r = await importAzure(file, { fetcher: fetcher(), retry: noWait });
    expect(r.rates).toEqual([]);
    expect(r.warnings.join('\n')).toMatch(/2 items in another currency than USD ignored/);
  });

  it('stops with a clear error on a malformed page and on a 503 that never clears', async () => {
    await expect(
      importAzure(consumptionOnly('northeurope'), { fetcher: fetcher(), retry: noWait }),
    ).rejects.toThrow(/page 2 .* is not JSON/);
    await expect(
      importAzure(consumptionOnly('westus2'), { fetcher: fetcher(), retry: noWait }),
    ).rejects.toThrow(/failed after 4 tries: HTTP 503/);
  });
});
