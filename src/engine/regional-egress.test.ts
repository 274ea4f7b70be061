/**
 * Internet egress region by region (`regionalEgress` in pricing-data/aws.json, azure.json and
 * gcp.json): each region's offers take that region's own sourced table (their product's, where the
 * provider bills products apart), never another region's, or a warning where no price is sourced. Every expected number is read from the cited source or worked out by hand
 * in the comment, never copied from the JSON.
 */
import { describe, expect, it } from 'vitest';
import { makeContext } from './context.ts';
import { priceOffer } from './price-offer.ts';
import { catalogPlatform, monthly } from './test-catalog.ts';
import { catalogTestFile } from '../catalog/catalog-test-file.ts';

const { catalog, offer } = catalogTestFile('aws.json');
const azure = catalogTestFile('azure.json');
const gcp = catalogTestFile('gcp.json');

/** Responses of 1,024 KB: GB = requests × 1,024 / (1,024 × 1,024) = requests / 1,024. */
const gbOut = (gb: number) => monthly(gb * 1024, { responseKb: 1024 });

/** The egress line of Lambda (x86) in an area, for `gb` GB out in a month. */
function lambdaEgressUsd(area: string, gb: number): number | undefined {
  const o = offer('aws-lambda-x86', 'faas', area);
  const r = priceOffer(o, makeContext(gbOut(gb), { platform: catalogPlatform() }), [o]);
  return r.lines.find((l) => l.kind === 'egress')?.usd;
}

// Tier boundaries in GB: 10 TB = 10 × 1,024 = 10,240; 50 TB = 51,200; 150 TB = 153,600.
const TIERS_09_085_07_05 = [
  { upTo: 10_240, usdPerUnit: 0.09 },
  { upTo: 51_200, usdPerUnit: 0.085 },
  { upTo: 153_600, usdPerUnit: 0.07 },
  { upTo: null, usdPerUnit: 0.05 },
];

describe('AWS egress by region', () => {
  it('us-west-2: $0.09, $0.085, $0.07, $0.05 per GB (Infracost golden, 2024-09-25), 100 GB free', () => {
    // Infracost's aws_data_transfer golden, region us-west-2: first 10TB 10,240 GB $921.60
    // (= $0.09/GB), next 40TB 40,960 GB $3,481.60 (= $0.085), next 100TB 102,400 GB $7,168.00
    // (= $0.07), over 150TB 3,400 GB $170.00 (= $0.05). The 100 GB free is global (S3 pricing).
    const o = offer('aws-ec2-t4g-small', 'always-on', 'us-west');
    expect(o.region).toBe('us-west-2');
    expect(o.egress?.freeGbPerMonth).toBe(100);
    expect(o.egress?.tiers).toEqual(TIERS_09_085_07_05);
    expect(o.egress?.provenance.source).toContain('infracost');
  });

  it('eu-central-1: the full four-tier table, not the first tier applied to all volume', () => {
    // AWS Price List AWSDataTransfer eu-central-1 (publication 2026-08-31), EUC1-DataTransfer-Out-
    // Bytes: $0.090 first 10 TB, $0.085 next 40 TB, $0.070 next 100 TB, $0.050 over 150 TB.
    expect(offer('aws-lambda-x86', 'faas', 'europe').egress?.tiers).toEqual(TIERS_09_085_07_05);
  });

  it('every priced AWS offer in the four regions takes its own region table (Lightsail its allowance)', () => {
    const firstRate: Record<string, number> = {
      // us-east-1, us-west-2 and eu-central-1 $0.09; ap-southeast-1 $0.12 (APS1, 2026-08-12).
      'us-east-1': 0.09,
      'us-west-2': 0.09,
      'eu-central-1': 0.09,
      'ap-southeast-1': 0.12,
    };
    const priced = catalog.offers.filter(
      (o) => o.kind !== 'front-door' && o.productId !== 'lightsail',
    );
    expect(new Set(priced.map((o) => o.region))).toEqual(new Set(Object.keys(firstRate)));
    for (const o of priced) {
      expect(o.egress?.freeGbPerMonth, `${o.id} in ${o.region}`).toBe(100);
      expect(o.egress?.tiers[0]?.usdPerUnit, `${o.id} in ${o.region}`).toBe(firstRate[o.region]);
    }
  });

  it('prices 60,000 GB out of us-west-2 at $5,010.20', () => {
    // 100 GB free; (10,240 − 100) × 0.09 = 912.60; 40,960 × 0.085 = 3,481.60;
    // (60,000 − 51,200) = 8,800 × 0.07 = 616.00. Total 912.60 + 3,481.60 + 616.00 = 5,010.20.
    expect(lambdaEgressUsd('us-west', 60_000)).toBeCloseTo(5010.2, 6);
  });

  it('prices 60,000 GB out of eu-central-1 at $5,010.20 (it was $5,391.00 at a flat $0.09)', () => {
    // The same four tiers as us-west-2, so the same 5,010.20; the old flat table gave
    // (60,000 − 100) × 0.09 = 5,391.00.
    expect(lambdaEgressUsd('europe', 60_000)).toBeCloseTo(5010.2, 6);
  });

  it('prices 200,000 GB out of us-west-2 at $13,882.20 and of ap-southeast-1 at $16,807.20', () => {
    // us-west-2: 912.60 + 3,481.60 + 102,400 × 0.07 (7,168.00) + (200,000 − 153,600) = 46,400 ×
    // 0.05 (2,320.00) = 13,882.20.
    expect(lambdaEgressUsd('us-west', 200_000)).toBeCloseTo(13_882.2, 6);
    // ap-southeast-1: (10,240 − 100) × 0.12 = 1,216.80; 40,960 × 0.085 = 3,481.60; 102,400 ×
    // 0.082 = 8,396.80; 46,400 × 0.08 = 3,712.00. Total 16,807.20.
    expect(lambdaEgressUsd('asia-pacific', 200_000)).toBeCloseTo(16_807.2, 6);
  });
});

describe('Azure egress by region', () => {
  const price = (area: string, gb: number) => {
    const o = azure.offer('azure-vm-b1s', 'always-on', area);
    return priceOffer(o, makeContext(gbOut(gb), { platform: catalogPlatform() }), [o]);
  };

  it('East US: 100 GB free, then $0.087 per GB: 1,100 GB out costs $87.00', () => {
    // Retail Prices API (2026-09-24), eastus "Standard Data Transfer Out": 0 from 0 GB, 0.087 from
    // 100 GB. (1,100 − 100) × 0.087 = 87.00.
    const r = price('us-east', 1100);
    expect(r.lines.find((l) => l.kind === 'egress')?.usd).toBeCloseTo(87, 9);
    expect(r.warnings.map((w) => w.code)).not.toContain('egress-unpriced');
  });

  it('West US 2 and West Europe: no sourced price, so no egress line and a warning naming the region', () => {
    for (const [area, region] of [
      ['us-west', 'westus2'],
      ['europe', 'westeurope'],
    ] as const) {
      const r = price(area, 1100);
      expect(
        r.lines.some((l) => l.kind === 'egress'),
        area,
      ).toBe(false);
      // 1,100 GB a month left out: 1,100 × 1,024 requests of 1,024 KB each.
      expect(r.warnings.find((w) => w.code === 'egress-unpriced')?.params, area).toEqual({
        region,
        gb: 1100,
      });
    }
  });

  it('says nothing is left out when nothing is sent out', () => {
    expect(price('us-west', 0).warnings.map((w) => w.code)).not.toContain('egress-unpriced');
  });
});

describe('Google Cloud egress by region and product', () => {
  /** The egress line and warnings of a GCP offer in an area, for `gb` GiB out in a month. */
  const price = (
    id: string,
    kind: 'faas' | 'always-on' | 'autoscaled-container',
    area: string,
    gb: number,
  ) => {
    const o = gcp.offer(id, kind, area);
    const r = priceOffer(o, makeContext(gbOut(gb), { platform: catalogPlatform() }), [o]);
    return {
      usd: r.lines.find((l) => l.kind === 'egress')?.usd,
      warnings: r.warnings.map((w) => w.code),
    };
  };

  it('Cloud Run functions in us-east1: 1 GiB free, then $0.105 (not $0.12): 1,100 GiB costs $115.395', () => {
    // SKU "Cloud Run Network Internet Data Transfer Out North America to North America" (Infracost
    // Cloud Pricing API, 2026-09-24): $0 to 1 GiB, $0.105 to 10,240, $0.08 to 153,600, $0.06 over.
    // (1,100 − 1) × 0.105 = 115.395; the old flat table gave (1,100 − 1) × 0.12 = 131.88.
    const r = price('gcp-cloud-run-functions', 'faas', 'us-east', 1100);
    expect(r.usd).toBeCloseTo(115.395, 9);
    expect(r.warnings).not.toContain('egress-unpriced');
  });

  it('Cloud Run functions in us-west1: 20,000 GiB costs $1,855.895 (two tiers)', () => {
    // (10,240 − 1) × 0.105 = 1,075.095; (20,000 − 10,240) = 9,760 × 0.08 = 780.80.
    // 1,075.095 + 780.80 = 1,855.895.
    expect(price('gcp-cloud-run-functions', 'faas', 'us-west', 20_000).usd).toBeCloseTo(
      1855.895,
      9,
    );
  });

  it('Cloud Run functions in europe-west1: $0.105 from the first GiB (Europe to Europe, nothing free)', () => {
    // SKU "... Europe to Europe" (2026-09-24): $0.105 to 10,240 GiB. 1,100 × 0.105 = 115.50.
    expect(price('gcp-cloud-run-functions', 'faas', 'europe', 1100).usd).toBeCloseTo(115.5, 9);
  });

  it('Cloud Run functions in asia-northeast1: 20,000 GiB costs $2,058.40 (AsiaPacific to AsiaPacific)', () => {
    // $0.12 to 10,240 GiB, $0.085 to 153,600: 10,240 × 0.12 = 1,228.80; 9,760 × 0.085 = 829.60.
    expect(price('gcp-cloud-run-functions', 'faas', 'asia-pacific', 20_000).usd).toBeCloseTo(
      2058.4,
      9,
    );
  });

  it('Cloud Run instance-based takes the Cloud Run table, not Compute Engine: both in us-east1', () => {
    // The same 1,100 GiB: Cloud Run (1,100 − 1) × 0.105 = 115.395; an E2 VM, nothing free,
    // 1,024 × 0.12 = 122.88 and (1,100 − 1,024) = 76 × 0.11 = 8.36: 131.24.
    expect(
      price('gcp-cloud-run-instance', 'autoscaled-container', 'us-east', 1100).usd,
    ).toBeCloseTo(115.395, 9);
    expect(price('gcp-e2-small', 'always-on', 'us-east', 1100).usd).toBeCloseTo(131.24, 9);
  });

  it('E2 in us-east1: $0.12 to 1 TiB, $0.11 to 10 TiB, $0.08 beyond: 20,000 GiB costs $1,917.44', () => {
    // Cyclenerd pricing.yml (2026-07-30) us-east1: 0-1 TiB 0.12, 1-10 TiB 0.11, 10+ TiB 0.08.
    // 1,024 × 0.12 = 122.88; 9,216 × 0.11 = 1,013.76; 9,760 × 0.08 = 780.80. Total 1,917.44.
    expect(price('gcp-e2-micro', 'always-on', 'us-east', 20_000).usd).toBeCloseTo(1917.44, 9);
  });

  it('E2 in europe-west1 and asia-southeast1: $0.085 beyond 10 TiB: 200,000 GiB costs $17,266.24', () => {
    // 122.88 + 1,013.76 + (200,000 − 10,240) = 189,760 × 0.085 = 16,129.60. Total 17,266.24.
    for (const area of ['europe', 'asia-pacific'])
      expect(price('gcp-e2-medium', 'always-on', area, 200_000).usd, area).toBeCloseTo(
        17_266.24,
        9,
      );
  });

  it('Cloud Functions 1st gen: $0.12 flat in every region it is priced in', () => {
    // Infracost golden: 100 GB of outbound data transfer $12.00. 1,100 × 0.12 = 132.00.
    for (const area of ['us-east', 'us-west', 'europe', 'asia-pacific'])
      expect(price('gcp-cloud-functions-gen1', 'faas', area, 1100).usd, area).toBeCloseTo(132, 9);
  });

  it('every GCP offer that pays egress has a sourced table for its product and region', () => {
    const priced = gcp.catalog.offers.filter((o) => o.kind !== 'front-door');
    for (const o of priced) {
      expect(o.egress?.provenance.source, `${o.id} in ${o.region}`).toMatch(/^https:\/\//);
      expect(o.egressUnpriced, `${o.id} in ${o.region}`).toBeUndefined();
    }
  });
});
