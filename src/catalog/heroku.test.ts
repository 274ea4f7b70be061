/**
 * pricing-data/heroku.json: validates against the catalog schema and carries the published rates.
 * Every expected number below is copied from the cited page, not from the JSON.
 */
import { describe, expect, it } from 'vitest';
import { catalogTestFile } from './catalog-test-file.ts';

const { catalog, offer } = catalogTestFile('heroku.json');
const dyno = (id: string) => offer(id, 'always-on');

const REQUIRED = ['heroku-basic', 'heroku-standard-1x', 'heroku-standard-2x'];

describe('pricing-data/heroku.json', () => {
  it('parses with zero problems', () => {
    expect(catalog.problems).toEqual([]);
    expect(catalog.offers.length).toBeGreaterThan(0);
  });

  it('has every required offer, and no Eco', () => {
    for (const id of REQUIRED) expect(dyno(id).region).toBe('us');
    expect(catalog.offers.some((o) => o.id.includes('eco'))).toBe(false);
  });

  it('flat monthly prices: Basic $7, Standard-1X $25, Standard-2X $50', () => {
    // https://devcenter.heroku.com/articles/usage-and-billing: "Basic | $7", "Standard-1X | $25",
    // "Standard-2X | $50" per dyno/month; "Heroku prorates all costs to the second"; the price is
    // "the maximum you are charged if you run the dyno 24 hours a day, 7 days a week".
    expect(dyno('heroku-basic').usdPerMonth).toBe(7);
    expect(dyno('heroku-standard-1x').usdPerMonth).toBe(25);
    expect(dyno('heroku-standard-2x').usdPerMonth).toBe(50);
    for (const id of REQUIRED) {
      const o = dyno(id);
      expect(o.usdPerHour).toBeUndefined();
      expect(o.billingIncrementSeconds).toBe(1);
      expect(o.minimumBilledSeconds).toBe(0);
      expect(o.verification).toBe('official');
    }
  });

  it('memory per dyno type', () => {
    // https://devcenter.heroku.com/articles/dyno-types: Basic 512 MB, Standard-1X 512 MB,
    // Standard-2X 1 GB (CPU share 1x, 1x, 2x).
    expect(dyno('heroku-basic').memoryMb).toBe(512);
    expect(dyno('heroku-standard-1x').memoryMb).toBe(512);
    expect(dyno('heroku-standard-2x').memoryMb).toBe(1024);
    // vCPU is an estimate (Heroku publishes CPU share, not vCPUs): 2x share = twice 1x.
    expect(dyno('heroku-standard-2x').vcpu).toBe(2 * dyno('heroku-standard-1x').vcpu);
  });

  it('Basic cannot scale out', () => {
    // https://devcenter.heroku.com/articles/scaling: "You can't run more than one Eco or one Basic
    // dyno per process type."
    expect(dyno('heroku-basic').limits.maxInstances).toBe(1);
  });

  it('every offer cites a source, a date and a verification level', () => {
    for (const o of catalog.offers) {
      expect(o.source).toMatch(/^https:\/\//);
      expect(o.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['official', 'secondary', 'unverified']).toContain(o.verification);
    }
  });
});
