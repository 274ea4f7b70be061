import { describe, expect, it } from 'vitest';
import { AREAS, DEFAULT_OFFER_IDS, defaultOfferIds } from '../scenario/spec.ts';
import { loadCatalog } from './load-from-disk.ts';

const catalog = loadCatalog();

describe("every area's default comparison", () => {
  it('loads the catalog without problems', () => {
    expect(catalog.problems).toEqual([]);
  });

  it("us-east is the page's default comparison; elsewhere stand-ins replace offers unpriced there", () => {
    expect(defaultOfferIds('us-east')).toEqual([...DEFAULT_OFFER_IDS]);
    expect(defaultOfferIds('europe')).toContain('aws-fargate-x86');
    expect(defaultOfferIds('us-west')).not.toContain('azure-functions-consumption');
    // EC2 t4g.small has a sourced us-west-2 price, so US West compares the same server as us-east.
    expect(defaultOfferIds('us-west')).toContain('aws-ec2-t4g-small');
  });

  for (const area of AREAS)
    it(`${area}: four FaaS against three servers, each priced there and none unverified`, () => {
      const offers = defaultOfferIds(area).map((id) => {
        const o = catalog.offers.find((x) => x.id === id && x.area === area);
        if (!o) throw new Error(`${id} has no price in ${area}`);
        return o;
      });
      expect(offers.filter((o) => o.verification === 'unverified').map((o) => o.id)).toEqual([]);
      expect(offers.filter((o) => o.kind === 'faas')).toHaveLength(4);
      expect(offers.filter((o) => o.kind !== 'faas')).toHaveLength(3);
    });
});
