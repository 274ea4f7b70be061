/**
 * Money is converted once, when the catalog loads: an offer listed in EUR prices exactly like its
 * twin listed in USD at the converted prices, whatever the kind, and the engine refuses an offer
 * that was never converted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  containerOfferSchema,
  faasOfferSchema,
  instanceOfferSchema,
  type Fx,
  type ListedOffer,
} from '../catalog/schema.ts';
import { makeContext } from './context.ts';
import { priceOffer } from './price-offer.ts';
import { inUsd, monthly, TEST_OFFER_BASE } from './test-catalog.ts';

const ratesAt = (usdPerUnit: number): Fx['rates'] => [
  {
    currency: 'EUR',
    usdPerUnit,
    asOf: '2026-10-08',
    source: 'https://example.com/fx',
    verification: 'official',
  },
];

/** Hand-made listed offers of each kind with prices `p` (each a list of positive numbers). */
function faas(currency: 'USD' | 'EUR', [req, gbs, base]: number[]): ListedOffer {
  return faasOfferSchema.parse({
    ...TEST_OFFER_BASE,
    currency,
    id: 'test-faas',
    product: 'Test FaaS',
    kind: 'faas',
    granularity: { durationRoundingMs: 1 },
    baseFeePerMonth: base,
    meters: [
      {
        id: 'requests',
        label: 'Requests',
        basis: 'requests',
        unit: 'request',
        tiers: [
          { upTo: 1e6, pricePerUnit: 0 },
          { upTo: null, pricePerUnit: req },
        ],
      },
      {
        id: 'compute',
        label: 'Compute',
        basis: 'memory-seconds',
        unit: 'GB-s',
        tiers: [{ upTo: null, pricePerUnit: gbs }],
      },
    ],
    limits: { memoryMb: { min: 128, max: 10240 } },
  });
}
function container(currency: 'USD' | 'EUR', [vcpuH, gbH, perM]: number[]): ListedOffer {
  return containerOfferSchema.parse({
    ...TEST_OFFER_BASE,
    currency,
    id: 'test-ctr',
    product: 'Test container',
    kind: 'autoscaled-container',
    pricePerVcpuHour: vcpuH,
    pricePerGbHour: gbH,
    pricePerMillionRequests: perM,
    sizes: [{ vcpu: 0.25, memoryMb: 512 }],
    defaultSize: { vcpu: 0.25, memoryMb: 512 },
  });
}
function instance(currency: 'USD' | 'EUR', [perH, cap, perGb]: number[]): ListedOffer {
  return instanceOfferSchema.parse({
    ...TEST_OFFER_BASE,
    currency,
    id: 'test-vm',
    product: 'Test VM',
    kind: 'always-on',
    instanceType: 'test.small',
    vcpu: 2,
    memoryMb: 1024,
    pricePerHour: perH,
    monthlyCap: cap,
    egress: {
      tiers: [{ upTo: null, pricePerUnit: perGb }],
      provenance: {
        source: 'https://example.com/',
        checkedOn: '2026-11-01',
        verification: 'official',
      },
    },
  });
}

const price = fc.double({ min: 1e-9, max: 100, noNaN: true });
const prices = fc.array(price, { minLength: 3, maxLength: 3 });
const rate = fc.double({ min: 0.5, max: 2, noNaN: true });
const volume = fc.integer({ min: 0, max: 5e8 });

describe('money converted at catalog load', () => {
  it('an EUR offer of each kind prices exactly like its USD twin at the converted prices', () => {
    fc.assert(
      fc.property(prices, rate, volume, (p, r, n) => {
        const s = monthly(n, { durationMs: 120, responseKb: 10 });
        const ctx = makeContext(s);
        for (const make of [faas, container, instance]) {
          const eur = inUsd(make('EUR', p), ratesAt(r));
          // The twin is listed in USD at the same prices × the rate (the only multiplication).
          const twin = inUsd(
            make(
              'USD',
              p.map((x) => x * r),
            ),
          );
          const a = priceOffer(eur, ctx, [eur]);
          const b = priceOffer(twin, ctx, [twin]);
          expect(a.status).toBe('priced');
          expect(a.monthlyUsd).toBe(b.monthlyUsd);
          expect(a.lines.map((l) => l.usd)).toEqual(b.lines.map((l) => l.usd));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the listing currency and its dated rate for display', () => {
    // €5.49 a month cap at 1.1186 USD/EUR = $6.141114 (hand-worked: 5.49 × 1.1186).
    const o = inUsd(instance('EUR', [0.0088, 5.49, 0.01]), ratesAt(1.1186));
    expect(o.currency).toBe('USD');
    expect(o.listedIn).toEqual({ currency: 'EUR', usdPerUnit: 1.1186, asOf: '2026-10-08' });
    if (o.kind !== 'always-on') throw new Error('kind');
    expect(o.monthlyCapUsd).toBeCloseTo(6.141114, 12);
  });

  it('the engine refuses an offer that was never converted to USD', () => {
    const o = inUsd(instance('EUR', [0.0088, 5.49, 0.01]), ratesAt(1.1186));
    const unconverted = { ...o, currency: 'EUR' as const };
    const r = priceOffer(unconverted, makeContext(monthly(1000)), [unconverted]);
    expect(r.status).toBe('unavailable');
    expect(r.reason).toEqual({ code: 'no-fx-rate', params: { currency: 'EUR' } });
  });

  it('a currency without a rate is not converted', () => {
    expect(() => inUsd(instance('EUR', [0.0088, 5.49, 0.01]))).toThrow(/no EUR→USD rate/);
  });
});
