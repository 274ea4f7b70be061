/**
 * pricing-data/hetzner.json: validates against the catalog schema and carries the published rates.
 * Every expected number below is copied from the cited source, not from the JSON.
 */
import { describe, expect, it } from 'vitest';
import { catalogTestFile } from './catalog-test-file.ts';

const { catalog, offer, listed, rates } = catalogTestFile('hetzner.json');
/** As the file lists it: euros, in currency-neutral price fields. */
const server = (id: string) => listed(id, 'always-on', 'europe');

describe('pricing-data/hetzner.json', () => {
  it('parses with zero problems', () => {
    expect(catalog.problems).toEqual([]);
    expect(catalog.offers.length).toBeGreaterThan(0);
  });

  it('has at least two shared-vCPU plans, all in fsn1 (europe), listed in EUR', () => {
    const ids = catalog.offers.map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining(['hetzner-cx23', 'hetzner-cx33']));
    for (const o of catalog.offers) {
      expect(o.id).toMatch(/^hetzner-/);
      expect(o.region).toBe('fsn1');
      expect(o.area).toBe('europe');
      // Converted to USD when loaded, with the euro rate kept for display.
      expect(o.currency).toBe('USD');
      expect(o.listedIn?.currency).toBe('EUR');
    }
  });

  it('loads CX23 in US dollars at fx.json’s dated EUR rate', () => {
    const eur = rates?.find((r) => r.currency === 'EUR');
    if (!eur) throw new Error('fx.json needs an EUR rate');
    const o = offer('hetzner-cx23', 'always-on', 'europe');
    // EUR 5.49 × the rate, e.g. 5.49 × 1.1186 = $6.141114 at the 2026-10-08 ECB rate.
    expect(o.monthlyCapUsd).toBeCloseTo(5.49 * eur.usdPerUnit, 12);
    expect(o.usdPerHour).toBeCloseTo(0.0088 * eur.usdPerUnit, 12);
    expect(o.listedIn).toEqual({ currency: 'EUR', usdPerUnit: eur.usdPerUnit, asOf: eur.asOf });
  });

  it('CX23: EUR 0.0088 an hour, capped at EUR 5.49 a month (tariff from 2026-06-15)', () => {
    // Hetzner API output as copied by public fixtures: "0.0088000000000000" / "5.4900000000000000"
    // net; a 2026 research note: "Post-15-June-2026 EU pricing ... CX23 ... Was EUR 3.99, Now
    // EUR 5.49". Third-party copies only, hence "unverified".
    const o = server('hetzner-cx23');
    expect(o.pricePerHour).toBe(0.0088);
    expect(o.monthlyCap).toBe(5.49);
    expect([o.vcpu, o.memoryMb]).toEqual([2, 4096]);
    expect(o.verification).toBe('unverified');
    // Always on for a 730-hour month: 730 x 0.0088 = 6.424 > 5.49, so the cap applies.
    expect(Math.min(730 * 0.0088, 5.49)).toBe(5.49);
  });

  it('CX33: EUR 8.49 a month for new orders; the April tariff is kept as provenance', () => {
    // Research note: "CX33 ... Was EUR 6.49, Now EUR 8.49"; Hetzner /v1/pricing output of
    // 2026-05-27 (secondary): "CX33 cap = EUR 6.49 / server / month (hourly EUR 0.0104)".
    const o = server('hetzner-cx33');
    expect(o.pricePerMonth).toBe(8.49);
    expect(o.pricePerHour).toBeUndefined();
    expect([o.vcpu, o.memoryMb]).toEqual([4, 8192]);
    const april = o.provenance.find((p) => p.verification === 'secondary');
    expect(april?.note).toContain('6.49');
    expect(april?.note).toContain('0.0104');
  });

  it('CAX11 (Arm): EUR 0.0096 an hour, capped at EUR 5.99', () => {
    // Research note: "CAX11 (Arm) ... Was EUR 4.49, Now EUR 5.99"; API fixture: cax11 fsn1
    // price_hourly net "0.0096". 0.0096 x 624 h = 5.9904, the same 624-hour ratio as CX23
    // (0.0088 x 624 = 5.4912).
    const o = server('hetzner-cax11');
    expect(o.pricePerHour).toBe(0.0096);
    expect(o.monthlyCap).toBe(5.99);
  });

  it('billing: every started hour, never above the monthly price', () => {
    // https://docs.hetzner.com/de/general/billing-and-account-management/billing-at-hetzner/billing-system-hetzner:
    // "Jede angebrochene Stunde wird aufgerundet." "Die Gesamtkosten übersteigen dabei nie den
    // jeweiligen Monatspreis."
    for (const o of catalog.offers) {
      if (o.kind !== 'always-on') continue;
      expect(o.billingIncrementSeconds).toBe(3600);
      expect(o.minimumBilledSeconds).toBe(3600);
    }
  });

  it('every offer cites a source, a date and a verification level', () => {
    for (const o of catalog.offers) {
      expect(o.source).toMatch(/^https:\/\//);
      expect(o.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['official', 'secondary', 'unverified']).toContain(o.verification);
    }
  });
});
