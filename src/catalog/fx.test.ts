/**
 * pricing-data/fx.json and fxSchema: the reference rates that convert non-USD offers.
 * Expected numbers are copied from the cited ECB file, not from the JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fxSchema } from './schema.ts';

const json: unknown = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../pricing-data/fx.json'), 'utf8'),
);

describe('pricing-data/fx.json', () => {
  it('validates against fxSchema', () => {
    const r = fxSchema.safeParse(json);
    expect(r.success ? [] : r.error.issues).toEqual([]);
  });

  it('EUR and GBP from the ECB reference rates of 2026-10-08', () => {
    // https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml, Cube time='2026-10-08':
    // USD rate='1.1186', GBP rate='0.84698' (units per euro), as recorded in
    // docs/pricing-notes/regional-prices-2026-12.md.
    const fx = fxSchema.parse(json);
    const eur = fx.rates.find((r) => r.currency === 'EUR');
    const gbp = fx.rates.find((r) => r.currency === 'GBP');
    expect(eur?.usdPerUnit).toBe(1.1186);
    expect(eur?.asOf).toBe('2026-10-08');
    // USD per GBP = 1.1186 / 0.84698 = 1.320692...
    expect(gbp?.usdPerUnit).toBeCloseTo(1.1186 / 0.84698, 12);
    expect(gbp?.usdPerUnit).toBeCloseTo(1.32069, 5);
    // A Hetzner CX23 cap of EUR 5.49 is 5.49 x 1.1186 = USD 6.141114.
    expect(5.49 * (eur?.usdPerUnit ?? 0)).toBeCloseTo(6.141114, 6);
  });
});

describe('fxSchema', () => {
  const rate = {
    currency: 'EUR',
    usdPerUnit: 1.1,
    asOf: '2026-01-02',
    source: 'https://example.org/rates',
    verification: 'official',
  };

  it('accepts a minimal file', () => {
    expect(fxSchema.safeParse({ base: 'USD', rates: [rate] }).success).toBe(true);
  });

  it('rejects a base other than USD, a zero rate, a bad date, a repeated or USD currency', () => {
    expect(fxSchema.safeParse({ base: 'EUR', rates: [rate] }).success).toBe(false);
    expect(fxSchema.safeParse({ base: 'USD', rates: [{ ...rate, usdPerUnit: 0 }] }).success).toBe(
      false,
    );
    expect(
      fxSchema.safeParse({ base: 'USD', rates: [{ ...rate, asOf: '2026-13-01' }] }).success,
    ).toBe(false);
    expect(fxSchema.safeParse({ base: 'USD', rates: [rate, rate] }).success).toBe(false);
    expect(fxSchema.safeParse({ base: 'USD', rates: [{ ...rate, currency: 'USD' }] }).success).toBe(
      false,
    );
    expect(fxSchema.safeParse({ base: 'USD', rates: [{ ...rate, currency: 'eur' }] }).success).toBe(
      false,
    );
    expect(fxSchema.safeParse({ base: 'USD', rates: [] }).success).toBe(false);
  });
});
