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

  it('lists CX and CAX in fsn1 (europe) and CPX at its own locations, all in EUR', () => {
    const where = (id: string) =>
      catalog.offers
        .filter((o) => o.id === id)
        .map((o) => `${o.region}/${o.area}`)
        .sort();
    // CX and CAX are sold only in Germany and Finland.
    for (const id of ['hetzner-cx23', 'hetzner-cx33', 'hetzner-cax11'])
      expect(where(id)).toEqual(['fsn1/europe']);
    // The US locations sell the older CPX21/31/41; Singapore the CPX22/32/42.
    for (const id of ['hetzner-cpx21', 'hetzner-cpx31', 'hetzner-cpx41'])
      expect(where(id)).toEqual(['ash/us-east', 'hil/us-west']);
    for (const id of ['hetzner-cpx22', 'hetzner-cpx32', 'hetzner-cpx42'])
      expect(where(id)).toEqual(['fsn1/europe', 'sin/asia-pacific']);
    for (const o of catalog.offers) {
      expect(o.id).toMatch(/^hetzner-/);
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
    // Hetzner's price-adjustment page as read on 2026-10-09 in a public research file (two reads
    // agree): "CX23 0.0088 /h, 5.49 /month" (EUR, excluding VAT and IPv4): secondary.
    const o = server('hetzner-cx23');
    expect(o.pricePerHour).toBe(0.0088);
    expect(o.monthlyCap).toBe(5.49);
    expect([o.vcpu, o.memoryMb]).toEqual([2, 4096]);
    expect(o.verification).toBe('secondary');
    // Always on for a 730-hour month: 730 x 0.0088 = 6.424 > 5.49, so the cap applies.
    expect(Math.min(730 * 0.0088, 5.49)).toBe(5.49);
  });

  it('CX33: EUR 0.0136 an hour, capped at EUR 8.49; the April tariff is kept as provenance', () => {
    // Price-adjustment page (research file, 2026-10-09): "CX33 0.0136 /h, 8.49 /month";
    // 0.0136 x 624 h = 8.4864, the 624-hour ratio. Hetzner /v1/pricing output of 2026-05-27
    // (secondary): "CX33 cap = EUR 6.49 / server / month (hourly EUR 0.0104)".
    const o = server('hetzner-cx33');
    expect(o.pricePerHour).toBe(0.0136);
    expect(o.monthlyCap).toBe(8.49);
    expect(o.verification).toBe('secondary');
    expect([o.vcpu, o.memoryMb]).toEqual([4, 8192]);
    const april = o.provenance.find((p) => p.checkedOn === '2026-05-27');
    expect(april?.note).toContain('6.49');
    expect(april?.note).toContain('0.0104');
  });

  it('CPX in Germany, the US and Singapore, each at its own price', () => {
    // Price-adjustment page (research file, 2026-10-09, one read of these tables), EUR excluding
    // VAT and IPv4. USA (ASH/HIL): "CPX21 (3 vCPU, 4 GB) 0.0513 /h, 31.99 /month; CPX31 (4 vCPU,
    // 8 GB) 0.1001 /h, 62.49 /month; CPX41 (8 vCPU, 16 GB) 0.1931 /h, 120.49 /month".
    // Singapore (SIN): "CPX22 0.0425 /h, 26.49 /month; CPX32 0.0785 /h, 48.99 /month; CPX42
    // 0.1498 /h, 93.49 /month".
    const cpx = (id: string, area: string) => listed(id, 'always-on', area);
    for (const area of ['us-east', 'us-west']) {
      const c21 = cpx('hetzner-cpx21', area);
      expect([c21.vcpu, c21.memoryMb, c21.pricePerHour, c21.monthlyCap]).toEqual([
        3, 4096, 0.0513, 31.99,
      ]);
      const c31 = cpx('hetzner-cpx31', area);
      expect([c31.vcpu, c31.memoryMb, c31.pricePerHour, c31.monthlyCap]).toEqual([
        4, 8192, 0.1001, 62.49,
      ]);
      const c41 = cpx('hetzner-cpx41', area);
      expect([c41.vcpu, c41.memoryMb, c41.pricePerHour, c41.monthlyCap]).toEqual([
        8, 16384, 0.1931, 120.49,
      ]);
    }
    const c22 = cpx('hetzner-cpx22', 'asia-pacific');
    expect([c22.vcpu, c22.memoryMb, c22.pricePerHour, c22.monthlyCap]).toEqual([
      2, 4096, 0.0425, 26.49,
    ]);
    const c32 = cpx('hetzner-cpx32', 'asia-pacific');
    expect([c32.pricePerHour, c32.monthlyCap]).toEqual([0.0785, 48.99]);
    const c42 = cpx('hetzner-cpx42', 'asia-pacific');
    expect([c42.pricePerHour, c42.monthlyCap]).toEqual([0.1498, 93.49]);
    // Germany/Finland (the page's EU table, two reads): "CPX22 0.0312 /h, 19.49 /month; CPX32
    // 0.0569 /h, 35.49 /month; CPX42 0.1114 /h, 69.49 /month", below Singapore's.
    const eu = ['hetzner-cpx22', 'hetzner-cpx32', 'hetzner-cpx42'].map((id) => cpx(id, 'europe'));
    expect(eu.map((o) => [o.pricePerHour, o.monthlyCap])).toEqual([
      [0.0312, 19.49],
      [0.0569, 35.49],
      [0.1114, 69.49],
    ]);
    expect(eu.map((o) => [o.vcpu, o.memoryMb])).toEqual([
      [2, 4096],
      [4, 8192],
      [8, 16384],
    ]);
    // Always on for a 730-hour month the cap binds: 730 x 0.0425 = 31.025 > 26.49.
    expect(Math.min(730 * 0.0425, 26.49)).toBe(26.49);
    // Each hourly price is its cap over 624 hours, rounded to 4 places (31.99 / 624 = 0.05127).
    for (const o of catalog.offers)
      if (o.kind === 'always-on' && o.listedIn && o.usdPerHour && o.monthlyCapUsd)
        expect(o.usdPerHour * 624).toBeCloseTo(o.monthlyCapUsd, 0);
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
