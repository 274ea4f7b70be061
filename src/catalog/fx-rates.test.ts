import { describe, expect, it } from 'vitest';
import { fxRatesFrom, parseFx } from './fx.ts';

describe('fxRatesFrom', () => {
  it('maps each currency to USD per unit and keeps the oldest date', () => {
    const fx = parseFx({
      base: 'USD',
      rates: [
        {
          currency: 'EUR',
          usdPerUnit: 1.2,
          asOf: '2026-05-08',
          source: 'https://example.com/a',
          verification: 'official',
        },
        {
          currency: 'GBP',
          usdPerUnit: 1.35,
          asOf: '2026-05-01',
          source: 'https://example.com/b',
          verification: 'official',
        },
      ],
    });
    expect(fx.ok).toBe(true);
    if (!fx.ok) return;
    expect(fxRatesFrom(fx.fx)).toEqual({ usdPerUnit: { EUR: 1.2, GBP: 1.35 }, asOf: '2026-05-01' });
  });
  it('names the bad field', () => {
    const r = parseFx({ base: 'USD', rates: [{ currency: 'EUR', usdPerUnit: -1 }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/rates\.0\./);
  });
});
