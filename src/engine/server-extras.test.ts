/**
 * A real server's fixed costs: public IPv4 and root disk, per instance, from the catalog's sourced
 * prices (pricing-data/*.json `serverExtras`). Every expected figure is worked out in the comment.
 */
import { describe, expect, it } from 'vitest';
import { makeContext } from './context.ts';
import { priceOffer } from './price-offer.ts';
import type { ScenarioInput } from './scenario.ts';
import { catalogOffers, catalogPlatform, monthly, offerById, testVm } from './test-catalog.ts';

const platform = catalogPlatform();
const all = catalogOffers();

function price(id: string, area: string, rest: Partial<ScenarioInput> = {}, perMonth = 1_000_000) {
  const s = monthly(perMonth, { area: area as ScenarioInput['area'], ...rest });
  return priceOffer(offerById(id, area), makeContext(s, { platform }), all);
}

const line = (r: ReturnType<typeof price>, id: string) => r.lines.find((l) => l.id === id);

describe('public IPv4 and root disk', () => {
  it('t4g.small with IPv4 and an 8 GB gp3 volume: $12.264 + $3.65 + $0.64 = $16.554 a month', () => {
    // Instance 730 h × $0.0168 = $12.264; IPv4 730 h × $0.005 = $3.65 (AWS, since 2024-02-01);
    // root volume 8 GB × $0.08 per GB-month (gp3, us-east-1) = $0.64.
    const r = price('aws-ec2-t4g-small', 'us-east');
    expect(r.fleet?.peakInstances).toBe(1);
    expect(line(r, 'public-ipv4')?.usd).toBeCloseTo(3.65, 12);
    expect(line(r, 'root-disk')?.usd).toBeCloseTo(0.64, 12);
    expect(line(r, 'root-disk')?.basis).toEqual({
      type: 'root-disk',
      sizeGb: 8,
      volumeType: 'gp3',
      usdPerGbMonth: 0.08,
    });
    expect(r.monthlyUsd).toBeCloseTo(16.554, 9);
    // The sum of the lines is the total; the extras accrue evenly, as fixed costs.
    expect(r.lines.reduce((a, l) => a + l.usd, 0)).toBeCloseTo(r.monthlyUsd, 9);
    expect(r.fixedMonthlyUsd).toBeCloseTo(16.554, 9);
  });

  it('switched off (--no-server-extras): the instance alone, $12.264', () => {
    const r = price('aws-ec2-t4g-small', 'us-east', { alwaysOn: { serverExtras: false } });
    expect(line(r, 'public-ipv4')).toBeUndefined();
    expect(line(r, 'root-disk')).toBeUndefined();
    expect(r.monthlyUsd).toBeCloseTo(12.264, 9);
  });

  it('every instance of a fleet has its own address and volume', () => {
    // 100 M requests a month at 100 ms CPU: 38.05 req/s × 0.1 s = 3.805 vCPUs; at 70 % of 2 vCPUs
    // each, ⌈3.805 / 1.4⌉ = 3 instances: 3 × ($12.264 + $3.65 + $0.64) = $49.662. They run far
    // above their 20 % baseline: 10⁸ × 0.1 s = 2,777.78 vCPU-hours of CPU, of which the baseline
    // covers 3 × 2 × 0.2 × 730 = 876; the other 1,901.78 are surplus credits at $0.04 = $76.0711.
    const r = price('aws-ec2-t4g-small', 'us-east', {}, 100_000_000);
    expect(r.fleet?.peakInstances).toBe(3);
    expect(line(r, 'public-ipv4')?.quantity).toBe(3);
    expect(line(r, 'surplus-credits')?.usd).toBeCloseTo(76.0711111, 6);
    expect(r.monthlyUsd).toBeCloseTo(49.662 + 76.0711111, 6);
  });

  it('a region without a sourced disk price leaves the disk out and says so', () => {
    // eu-central-1: $0.0192 × 730 = $14.016 + IPv4 $3.65 = $17.666; no sourced gp3 price there.
    const r = price('aws-ec2-t4g-small', 'europe');
    expect(line(r, 'root-disk')).toBeUndefined();
    expect(r.monthlyUsd).toBeCloseTo(17.666, 9);
    expect(r.warnings).toContainEqual({
      code: 'server-extra-unpriced',
      severity: 'warning',
      offerId: 'aws-ec2-t4g-small',
      params: { extra: 'root-disk', region: 'eu-central-1' },
    });
    expect(r.status).toBe('priced');
  });

  it('plans that include the address and disk get no line (Lightsail, droplets)', () => {
    expect(price('aws-lightsail-1gb', 'us-east').monthlyUsd).toBeCloseTo(7, 12);
    // $0.00893 an hour, capped at $6 a month.
    const d = price('do-basic-1gb', 'us-east');
    expect(d.lines.map((l) => l.id)).toEqual(['instances']);
  });

  it('Compute Engine: an external IPv4 and a 10 GB balanced boot disk', () => {
    // e2-micro us-east1: 730 × $0.0083764275 = $6.114792075; IPv4 $3.65; 10 GB × $0.10 = $1.00.
    const r = price('gcp-e2-micro', 'us-east');
    expect(line(r, 'root-disk')?.usd).toBeCloseTo(1, 12);
    expect(r.monthlyUsd).toBeCloseTo(10.764792075, 9);
    // asia-southeast1's pd-balanced is $0.11: 10 × $0.11 = $1.10.
    expect(line(price('gcp-e2-micro', 'asia-pacific'), 'root-disk')?.usd).toBeCloseTo(1.1, 12);
  });

  it('Hetzner charges its Primary IPv4 a month, in euros converted at load', () => {
    // €0.50 a month × 1.1186 USD/EUR (fx.json, 2026-10-08) = $0.5593.
    const r = price('hetzner-cx23', 'europe');
    expect(line(r, 'public-ipv4')?.usd).toBeCloseTo(0.5593, 9);
    expect(line(r, 'public-ipv4')?.basis).toEqual({ type: 'public-ipv4', hourlyUsd: null });
    expect(line(r, 'root-disk')).toBeUndefined();
  });

  it('an offer the catalog lists no extras for is priced as before, and says so', () => {
    const vm = testVm();
    const r = priceOffer(vm, makeContext(monthly(1000), { platform }), [vm]);
    expect(r.monthlyUsd).toBeCloseTo(7.3, 12);
    expect(r.warnings.map((w) => w.code)).toContain('server-extras-unknown');
  });
});
