import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffPrices, percentChange, prBody, readSnapshot } from './pr-body.ts';

const fixture = (side: string) =>
  fileURLToPath(new URL(`./fixtures/pr-body/${side}/`, import.meta.url));

describe('the pricing pull request body', () => {
  const changes = diffPrices(readSnapshot(fixture('base')), readSnapshot(fixture('head')));

  it('lists every changed price, with the source that covers it, and offers added or removed', () => {
    expect(changes.map((c) => [c.offerId, c.area, c.path, c.old, c.new])).toEqual([
      // EC2: the hourly price moved; vCPU (not a price) changed too and is not listed.
      ['aws-ec2-t4g-small', 'us-east', 'pricePerHour', 0.0168, 0.0189],
      // Lambda Arm: compute tier 2 and egress moved; tier 1 and requests did not.
      ['aws-lambda-arm64', 'us-east', 'meters[1].tiers[1].pricePerUnit', 0.0000120001, 0.0000108],
      ['aws-lambda-arm64', 'us-east', 'egress.tiers[0].pricePerUnit', 0.09, 0.085],
      // A new entry (Europe) and a removed one (the ALB in us-west).
      ['aws-lambda-arm64', 'europe', 'meters[0].tiers[0].pricePerUnit', null, 0.0000002],
      ['aws-alb', 'us-west', 'pricePerHour', 0.0225, null],
    ]);
    expect(changes[0]?.source).toBe(
      'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/us-east-1/index.json',
    );
    // Egress has its own provenance; meters fall back to the offer's source.
    expect(changes[2]?.source).toContain('AWSDataTransfer');
    expect(changes[1]?.source).toBe('https://aws.amazon.com/lambda/pricing/');
  });

  it('writes old → new with the change in percent', () => {
    // (0.0189 - 0.0168) / 0.0168 = 0.125 → +12.5%; (0.085 - 0.09) / 0.09 = -5.555…% → -5.6%;
    // (0.0000108 - 0.0000120001) / 0.0000120001 = -10.0008…% → -10%.
    expect(percentChange(0.0168, 0.0189)).toBe('+12.5%');
    expect(percentChange(0.09, 0.085)).toBe('-5.6%');
    expect(percentChange(0.0000120001, 0.0000108)).toBe('-10%');
    expect(percentChange(null, 1)).toBe('new');
    expect(percentChange(1, null)).toBe('removed');
    const body = prBody(changes);
    expect(body).toContain('changed 5 prices in 4 offer entries');
    expect(body).toContain(
      '| `aws-ec2-t4g-small` | us-east | `pricePerHour` | 0.0168 | 0.0189 | +12.5% | [source](https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/us-east-1/index.json) |',
    );
    expect(body).toContain('| `aws-alb` | us-west | `pricePerHour` | 0.0225 | — | removed |');
    // Small prices stay in plain decimals, as in pricing-data/.
    expect(body).toContain('| — | 0.0000002 | new |');
  });

  it('says so when nothing changed', () => {
    const same = diffPrices(readSnapshot(fixture('head')), readSnapshot(fixture('head')));
    expect(same).toEqual([]);
    expect(prBody(same)).toBe(
      'The weekly price refresh found no changed price in `pricing-data/`.\n',
    );
  });
});
