import { describe, expect, it } from 'vitest';
import { makeContext } from './context.ts';
import { priceOffer } from './price-offer.ts';
import type { ScenarioInput } from './scenario.ts';
import { catalogOffers, catalogPlatform, monthly, offerById } from './test-catalog.ts';

/** pricing-data/platform.json, as the page and the CLI pass it. */
const platform = catalogPlatform();

const all = catalogOffers();
const price = (id: string, rest: Partial<ScenarioInput>) =>
  priceOffer(offerById(id), makeContext(monthly(1_000_000, rest), { platform }), all);
const stateLine = (r: ReturnType<typeof price>) => r.lines.find((l) => l.id === 'state');

describe('external state per request', () => {
  it('two DynamoDB reads and one write per request', () => {
    // 1,000,000 requests: 2,000,000 reads × $0.125/M = $0.25; 1,000,000 writes × $0.625/M
    // = $0.625. Total $0.875, on its own line.
    const with_ = price('aws-lambda-arm64', {
      state: { store: 'dynamodb', readsPerRequest: 2, writesPerRequest: 1 },
    });
    const without = price('aws-lambda-arm64', {});
    expect(stateLine(with_)?.usd).toBeCloseTo(0.875, 12);
    expect(with_.monthlyUsd - without.monthlyUsd).toBeCloseTo(0.875, 12);
    expect(with_.lines.reduce((a, l) => a + l.usd, 0)).toBeCloseTo(with_.monthlyUsd, 12);
  });

  it('counts DynamoDB request units by item size (4 KB reads, 1 KB writes)', () => {
    // 6 KB items: each read is ⌈6/4⌉ = 2 units, each write ⌈6/1⌉ = 6 units.
    // 2M reads × 2 × $0.125/M = $0.50; 1M writes × 6 × $0.625/M = $3.75; total $4.25.
    const r = price('aws-lambda-arm64', {
      state: { store: 'dynamodb', readsPerRequest: 2, writesPerRequest: 1, itemKb: 6 },
    });
    expect(stateLine(r)?.usd).toBeCloseTo(4.25, 12);
  });

  it('S3 GET and PUT', () => {
    // 1M GETs × $0.0004/1,000 = $0.40; 1M PUTs × $0.005/1,000 = $5.00.
    const r = price('aws-lambda-arm64', {
      state: { store: 's3', readsPerRequest: 1, writesPerRequest: 1 },
    });
    expect(stateLine(r)?.usd).toBeCloseTo(5.4, 12);
  });

  it('Firestore after its daily free quota', () => {
    // Free 50,000 reads and 20,000 writes a day × 730/24 = 1,520,833.33 and 608,333.33 a month.
    // 2M reads: (2,000,000 − 1,520,833.33) × $0.03/100k = $0.14375;
    // 1M writes: (1,000,000 − 608,333.33) × $0.09/100k = $0.3525. Total $0.49625.
    const r = price('gcp-cloud-run-functions', {
      state: { store: 'firestore', readsPerRequest: 2, writesPerRequest: 1 },
    });
    expect(stateLine(r)?.usd).toBeCloseTo(0.49625, 9);
    // With the free tier off: 2M × $0.0000003 + 1M × $0.0000009 = $0.60 + $0.90 = $1.50.
    const paid = price('gcp-cloud-run-functions', {
      faas: { freeTier: false },
      state: { store: 'firestore', readsPerRequest: 2, writesPerRequest: 1 },
    });
    expect(stateLine(paid)?.usd).toBeCloseTo(1.5, 12);
  });

  it('a managed Redis node by the hour, whatever the traffic', () => {
    // 730 h × $0.016 = $11.68, flagged unverified.
    const r = price('aws-lambda-arm64', { state: { store: 'redis', readsPerRequest: 3 } });
    expect(stateLine(r)?.usd).toBeCloseTo(11.68, 12);
    expect(
      r.warnings.some((w) => w.code === 'unverified-state-price' && w.params.storeId === 'redis'),
    ).toBe(true);
  });

  it('is off by default and never charged to servers', () => {
    expect(stateLine(price('aws-lambda-arm64', {}))).toBeUndefined();
    const vm = price('aws-ec2-t4g-small', {
      state: { store: 'dynamodb', readsPerRequest: 2, writesPerRequest: 1 },
    });
    expect(stateLine(vm)).toBeUndefined();
  });
});
