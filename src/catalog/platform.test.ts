import { describe, expect, it } from 'vitest';
import { loadCatalog, loadPlatform } from './load-from-disk.ts';
import {
  coldStartAssumptionFor,
  isNotModelled,
  parsePlatform,
  scalingLimitFor,
} from './platform.ts';

describe('pricing-data/platform.json', () => {
  const loaded = loadPlatform();
  const p = loaded.platform;
  const offers = loadCatalog().offers;
  const offerById = (id: string) => {
    const o = offers.find((x) => x.id === id && x.area === 'us-east');
    if (!o) throw new Error(`test needs offer ${id} in us-east`);
    return o;
  };

  it('is valid', () => {
    expect(loaded.problems).toEqual([]);
  });

  it('reaches every FaaS offer through its provider and product (both Lambda architectures)', () => {
    // pricing:check proves every FaaS offer has each fact or a notModelled reason; this is the
    // lookup the engine uses.
    for (const id of ['aws-lambda-x86', 'aws-lambda-arm64']) {
      const o = offerById(id);
      expect(coldStartAssumptionFor(p, o)?.keepAliveMinutes, id).toBe(10);
      expect(scalingLimitFor(p, o), id).toBeDefined();
    }
    const vercel = offerById('vercel-functions');
    expect(coldStartAssumptionFor(p, vercel)).toBeUndefined();
    expect(isNotModelled(p, vercel, 'cold-start')).toBe(true);
  });

  it('gives every figure a source, and calls every keep-alive an estimate', () => {
    for (const c of p.coldStarts) {
      expect(c.provenance.length).toBeGreaterThan(0);
      // No provider publishes its idle keep-alive (PRICING-SOURCES, "Keep-alive").
      expect(c.keepAliveBasis).toBe('estimate');
    }
    for (const l of p.limits) expect(l.provenance.length).toBeGreaterThan(0);
    for (const s of [...p.stateStores, ...p.schedulers])
      expect(s.provenance.source).toMatch(/^https:\/\//);
  });

  it('bills Lambda INIT (since 2025-08-01, AWS Compute Blog) and Cloud Run startup', () => {
    const billed = offers
      .filter((o) => o.kind === 'faas' && coldStartAssumptionFor(p, o)?.initBilled)
      .map((o) => o.id);
    expect([...new Set(billed)].sort()).toEqual([
      'aws-lambda-arm64',
      'aws-lambda-x86',
      'gcp-cloud-run-functions',
    ]);
  });

  it('rejects bad data with the file, the field and the rule', () => {
    expect(() => parsePlatform({ ...p, checkedOn: 'yesterday' }, 'platform.json')).toThrow(
      /platform\.json: checkedOn: /,
    );
  });
});
