import { describe, expect, it } from 'vitest';
import { pricedHere } from './priced-here.ts';

describe('pricedHere', () => {
  it('counts the priced offers among the chosen ones and names their regions once each', () => {
    const results = [
      { available: true, region: 'europe-west1' },
      { available: true, region: 'eu-central-1' },
      { available: true, region: 'global' },
      { available: true, region: 'eu-central-1' },
      { available: false, region: '' },
      { available: true, region: 'fra1' },
    ];
    // 5 priced of 6 chosen; eu-central-1 listed once, "global" (Cloudflare) left out; sorted.
    expect(pricedHere(results, 'Europe')).toBe(
      '5 of 6 offers priced here (Europe: eu-central-1 / europe-west1 / fra1)',
    );
  });

  it('one offer, none priced', () => {
    expect(pricedHere([{ available: false, region: '' }], 'US West')).toBe(
      '0 of 1 offer priced here (US West)',
    );
  });
});
