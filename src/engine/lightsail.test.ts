/**
 * AWS Lightsail in pricing-data/aws.json: three Linux/Unix bundles with their data transfer
 * allowance, added with docs/ADDING-AN-OFFER.md. Every expected number is read from the cited
 * source (the Lightsail user guide's plan table and data-transfer FAQ, the AWS CLI's get-bundles
 * example) or worked out by hand in the comment, never copied from the JSON.
 */
import { describe, expect, it } from 'vitest';
import { makeContext } from './context.ts';
import { priceOffer } from './price-offer.ts';
import { catalogPlatform, monthly } from './test-catalog.ts';
import { catalogTestFile } from '../catalog/catalog-test-file.ts';

const { catalog, offer } = catalogTestFile('aws.json');
const bundle = (id: string) => offer(id, 'always-on');

describe('AWS Lightsail bundles', () => {
  it('lists three Linux bundles: $5, $7 and $12 a month, 2 vCPU, 512 MB / 1 GB / 2 GB', () => {
    // User guide, baseline CPU table: "Linux or Unix $5 ... 2 ... 512 MB ... 5%",
    // "$7 ... 2 ... 1 GB ... 10%", "$12 ... 2 ... 2 GB ... 20%".
    const rows = ['aws-lightsail-512mb', 'aws-lightsail-1gb', 'aws-lightsail-2gb'].map((id) => {
      const o = bundle(id);
      return [o.usdPerMonth, o.vcpu, o.memoryMb, o.baselineCpuFraction];
    });
    expect(rows).toEqual([
      [5, 2, 512, 0.05],
      [7, 2, 1024, 0.1],
      [12, 2, 2048, 0.2],
    ]);
  });

  it('includes 1, 2 and 3 TB of transfer, then $0.09 a GB out (us-east-1)', () => {
    // get-bundles example: transferPerMonthInGb 1024 / 2048 / 3072; FAQ: "$0.09 USD/GB".
    const allowances = ['aws-lightsail-512mb', 'aws-lightsail-1gb', 'aws-lightsail-2gb'].map(
      (id) => bundle(id).egress?.freeGbPerMonth,
    );
    expect(allowances).toEqual([1024, 2048, 3072]);
    expect(bundle('aws-lightsail-512mb').egress?.tiers).toEqual([{ upTo: null, usdPerUnit: 0.09 }]);
  });

  it('is a curated AWS product, found by its fields', () => {
    const lightsail = catalog.offers.filter(
      (o) => o.productId === 'lightsail' && o.area === 'us-east',
    );
    expect(lightsail.map((o) => o.id).sort()).toEqual([
      'aws-lightsail-16gb',
      'aws-lightsail-1gb',
      'aws-lightsail-2gb',
      'aws-lightsail-4gb',
      'aws-lightsail-512mb',
      'aws-lightsail-8gb',
    ]);
    for (const o of catalog.offers.filter((x) => x.productId === 'lightsail')) {
      expect(o.providerId).toBe('aws');
      expect(o.refreshedBy).toBe('curated');
      expect(o.kind === 'always-on' && o.family).toEqual({
        id: 'aws-lightsail',
        name: 'Lightsail',
      });
    }
  });

  it('prices the $5 bundle at $5.00 for a month within its allowance', () => {
    // 1,000 requests a month of 4 KB responses = 0.0038 GB, far inside 1,024 GB: the plan only.
    const o = bundle('aws-lightsail-512mb');
    const r = priceOffer(
      o,
      makeContext(monthly(1000, { responseKb: 4 }), { platform: catalogPlatform() }),
      [o],
    );
    expect(r.status).toBe('priced');
    expect(r.monthlyUsd).toBeCloseTo(5, 10);
  });

  it('bills transfer above the allowance: 1,100 GB on the $5 bundle = $5 + 76 × $0.09 = $11.84', () => {
    // 1,126,400 responses of 1,024 KB = 1,126,400 / 1,024 GB = 1,100 GB; 1,100 − 1,024 = 76 GB
    // over, × $0.09 = $6.84; with the $5 plan, $11.84.
    const o = bundle('aws-lightsail-512mb');
    const s = monthly(1_126_400, { responseKb: 1024 });
    const r = priceOffer(o, makeContext(s, { platform: catalogPlatform() }), [o]);
    expect(r.monthlyUsd).toBeCloseTo(11.84, 9);
  });

  it('Singapore: the 4 GB bundle at $24 with 4 TB, then $0.12 a GB out (ap-southeast-1)', () => {
    // A VPS comparison of 2026-09-18 that read the provider's page: "AWS Lightsail | 4 GB bundle |
    // 80 GB SSD | 4 TB | $24.00 | ap-southeast-1". User guide, "Data transfer in Lightsail": "Asia
    // Pacific (Singapore) (ap-southeast-1): $0.12 USD/GB". 4 TB = 4 x 1,024 = 4,096 GB.
    const o = offer('aws-lightsail-4gb', 'always-on', 'asia-pacific');
    expect([o.region, o.usdPerMonth, o.memoryMb]).toEqual(['ap-southeast-1', 24, 4096]);
    expect(o.egress).toMatchObject({
      freeGbPerMonth: 4096,
      tiers: [{ upTo: null, usdPerUnit: 0.12 }],
    });
    // 4,196 GB out a month: 100 GB over the allowance x $0.12 = $12, with the plan $36.
    // 4,296,704 responses of 1,024 KB = 4,196 GB.
    const r = priceOffer(
      o,
      makeContext(monthly(4_296_704, { responseKb: 1024 }), { platform: catalogPlatform() }),
      [o],
    );
    expect(r.monthlyUsd).toBeCloseTo(36, 9);
  });
});
