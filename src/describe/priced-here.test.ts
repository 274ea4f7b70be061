import { describe, expect, it } from 'vitest';
import type { Warning } from '../engine/types.ts';
import { leftOutText, pricedHere } from './priced-here.ts';

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

describe('leftOutText', () => {
  const b1s = (warnings: Warning[]) => ({
    label: 'Azure B1s',
    provider: 'Microsoft Azure',
    warnings,
  });
  const egress: Warning = {
    code: 'egress-unpriced',
    severity: 'warning',
    offerId: 'azure-vm-b1s',
    // 8,760,000 responses of 512 KB: 8,760,000 × 512 / 1,048,576 = 4,277.34 GB.
    params: { region: 'westus2', gb: 4277.34375 },
  };
  const ipv4: Warning = {
    code: 'server-extra-unpriced',
    severity: 'warning',
    offerId: 'azure-vm-b1s',
    params: { extra: 'public-ipv4', region: 'westus2' },
  };

  it('says what the price leaves out, where and why, in one sentence', () => {
    expect(leftOutText(b1s([egress]))).toBe(
      "Azure B1s's price leaves out the month's 4,277 GB of data sent out to the internet, which Microsoft Azure charges for in westus2 at a rate the catalog has not sourced: the comparison may favour it.",
    );
    expect(leftOutText(b1s([ipv4, egress]))).toBe(
      "Azure B1s's price leaves out each instance's public IPv4 address and the month's 4,277 GB of data sent out to the internet, which Microsoft Azure charges for in westus2 at a rate the catalog has not sourced: the comparison may favour it.",
    );
  });

  it('says nothing when the price leaves nothing out', () => {
    const info: Warning = { code: 'unverified-price', severity: 'info', offerId: 'x', params: {} };
    expect(leftOutText(b1s([]))).toBeNull();
    expect(leftOutText(b1s([info]))).toBeNull();
  });
});
