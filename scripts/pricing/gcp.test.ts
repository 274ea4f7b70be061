import { describe, expect, it } from 'vitest';
import { fixtureFetcher } from './fetch.ts';
import { importGcp, moneyToNumber } from './gcp.ts';
import type { RawFile } from './types.ts';

const DIR = 'scripts/pricing/fixtures/gcp';
const noWait = { sleep: async () => {}, tries: 3 };

/** The product each test offer is (the importer dispatches on it, not on the id). */
const productOf = (id: string) =>
  id === 'gcp-cloud-run-functions' || id === 'gcp-cloud-run-instance'
    ? id.slice('gcp-'.length)
    : 'compute-engine';
const base = (id: string, region = 'us-east1') => ({
  id,
  providerId: 'gcp',
  productId: productOf(id),
  refreshedBy: 'gcp',
  provider: 'Google Cloud',
  product: id,
  region,
  area: 'us-east',
  currency: 'USD',
  source: 'https://cloud.google.com/run/pricing',
  checkedOn: '2026-11-01',
  verification: 'official',
});
const meter = (basis: string) => ({
  id: basis,
  label: basis,
  basis,
  unit: basis,
  tiers: [{ upTo: null, pricePerUnit: 1 }],
});
const e2 = (type: string, region = 'us-east1') => ({
  ...base(`gcp-${type}`, region),
  kind: 'always-on',
  instanceType: type,
  vcpu: 2,
  memoryMb: 1024,
  pricePerHour: 1,
});

function catalog(): RawFile {
  return {
    family: 'gcp',
    offers: [
      {
        ...base('gcp-cloud-run-functions'),
        kind: 'faas',
        meters: [meter('requests'), meter('vcpu-seconds'), meter('memory-seconds')],
      },
      {
        ...base('gcp-cloud-run-instance'),
        kind: 'autoscaled-container',
        pricePerVcpuHour: 1,
        pricePerGbHour: 1,
        freeTier: { vcpuSeconds: 1, gbSeconds: 1 },
      },
      e2('e2-micro'),
      e2('e2-small'),
      e2('e2-medium'),
      e2('e2-micro', 'europe-west1'),
      e2('e2-micro', 'asia-southeast1'),
    ],
  };
}

describe('GCP money', () => {
  it('reads units and nanos exactly', () => {
    expect(moneyToNumber({ currencyCode: 'USD', units: '0', nanos: 24000 })).toBe(0.000024);
    expect(moneyToNumber({ currencyCode: 'USD', units: '1', nanos: 500000000 })).toBe(1.5);
    expect(moneyToNumber({ currencyCode: 'USD', nanos: 21811590 })).toBe(0.02181159);
    expect(() => moneyToNumber({ currencyCode: 'USD', units: '0', nanos: 1e9 })).toThrow(
      /malformed money/,
    );
  });
});

describe('importGcp against recorded pages', () => {
  it('skips with a clear message when there is no API key', async () => {
    const r = await importGcp(catalog(), { fetcher: fixtureFetcher(DIR), apiKey: undefined });
    expect(r.rates).toEqual([]);
    expect(r.skipped).toMatch(/no GCP_BILLING_API_KEY in the environment/);
  });

  it('follows nextPageToken, reads tiers and free tiers, and prices E2 machines', async () => {
    const seen: string[] = [];
    const fixtures = fixtureFetcher(DIR);
    const r = await importGcp(catalog(), {
      fetcher: (url) => (seen.push(url), fixtures(url)),
      apiKey: 'k-123',
      retry: noWait,
    });
    // The key travels in the query string; page 2 was retried once after a 500.
    expect(seen.every((u) => u.endsWith('&key=k-123'))).toBe(true);
    expect(seen.filter((u) => u.includes('pageToken=p2'))).toHaveLength(2);
    const got = Object.fromEntries(
      r.rates.map((x) => [`${x.offerId}@${x.region} ${x.path.join('.')}`, x.value]),
    );
    expect(got).toEqual({
      // Cloud Run tier 1: $0.40/M requests after 2M free; $0.000024/vCPU-s after 180,000; $0.0000025/GiB-s after 360,000.
      'gcp-cloud-run-functions@us-east1 meters.basis=requests.tiers': [
        { upTo: null, pricePerUnit: 0.0000004 },
      ],
      'gcp-cloud-run-functions@us-east1 meters.basis=requests.freeTierUnits': 2000000,
      'gcp-cloud-run-functions@us-east1 meters.basis=vcpu-seconds.tiers': [
        { upTo: null, pricePerUnit: 0.000024 },
      ],
      'gcp-cloud-run-functions@us-east1 meters.basis=vcpu-seconds.freeTierUnits': 180000,
      'gcp-cloud-run-functions@us-east1 meters.basis=memory-seconds.tiers': [
        { upTo: null, pricePerUnit: 0.0000025 },
      ],
      'gcp-cloud-run-functions@us-east1 meters.basis=memory-seconds.freeTierUnits': 360000,
      // Instance-based: $0.000018/vCPU-s × 3600 = $0.0648/h; $0.000002/GiB-s × 3600 = $0.0072/h.
      'gcp-cloud-run-instance@us-east1 pricePerVcpuHour': 0.0648,
      'gcp-cloud-run-instance@us-east1 pricePerGbHour': 0.0072,
      // Instance-based free tier: 240,000 vCPU-s and 450,000 GiB-s a month.
      'gcp-cloud-run-instance@us-east1 freeTier.vcpuSeconds': 240000,
      'gcp-cloud-run-instance@us-east1 freeTier.gbSeconds': 450000,
      // e2-micro: 0.25 × 0.02181159 + 1 × 0.00292353 = 0.0054528975 + 0.00292353 = 0.0083764275
      'gcp-e2-micro@us-east1 pricePerHour': 0.0083764275,
      // e2-small: 0.5 × 0.02181159 + 2 × 0.00292353 = 0.010905795 + 0.00584706 = 0.016752855
      'gcp-e2-small@us-east1 pricePerHour': 0.016752855,
      // e2-medium: 1 × 0.02181159 + 4 × 0.00292353 = 0.02181159 + 0.01169412 = 0.03350571
      'gcp-e2-medium@us-east1 pricePerHour': 0.03350571,
      // Belgium: 0.25 × 0.02399277 + 1 × 0.00321624 = 0.0059981925 + 0.00321624 = 0.0092144325
      'gcp-e2-micro@europe-west1 pricePerHour': 0.0092144325,
    });
    // No SKU for asia-southeast1 in the fixture: a warning, never another region's price.
    expect(r.warnings).toContain(
      'E2 core in asia-southeast1: no SKU matches; the rate is left as it is',
    );
    expect(r.warnings.join('\n')).toMatch(/1 SKUs without the documented fields were ignored/);
  });

  it('refuses prices in a currency it did not ask for', async () => {
    const r = importGcp(
      { family: 'gcp', offers: [e2('e2-micro')] },
      { fetcher: fixtureFetcher(DIR, 'routes-eur.json'), apiKey: 'k', retry: noWait },
    );
    await expect(r).rejects.toThrow(/price in EUR, expected USD/);
  });

  it('stops on a malformed page and on an invalid key, without printing the key', async () => {
    const run: RawFile = { family: 'gcp', offers: (catalog().offers as RawFile[]).slice(0, 1) };
    await expect(
      importGcp(run, {
        fetcher: fixtureFetcher(DIR, 'routes-malformed.json'),
        apiKey: 'k',
        retry: noWait,
      }),
    ).rejects.toThrow(/page 2 has no skus array/);
    const denied = importGcp(
      { family: 'gcp', offers: [e2('e2-micro')] },
      { fetcher: fixtureFetcher(DIR, 'routes-403.json'), apiKey: 'secret-key', retry: noWait },
    );
    await expect(denied).rejects.toThrow(/key=REDACTED failed after 1 try: HTTP 403/);
    await expect(denied).rejects.not.toThrow(/secret-key/);
  });
});
