import { describe, expect, it } from 'vitest';
import { loadCatalog, loadPlatform } from './load-from-disk.ts';
import { parsePlatform } from './platform.ts';

describe('pricing-data/platform.json', () => {
  const loaded = loadPlatform();
  const p = loaded.platform;
  const ids = new Set(loadCatalog().offers.map((o) => o.id));

  it('is valid', () => {
    expect(loaded.problems).toEqual([]);
  });

  it('names only offers that exist, at most once per section', () => {
    for (const section of [p.coldStarts, p.limits]) {
      const seen = new Set<string>();
      for (const entry of section)
        for (const id of entry.offerIds) {
          expect(ids.has(id), id).toBe(true);
          expect(seen.has(id), `${id} twice`).toBe(false);
          seen.add(id);
        }
    }
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
    const billed = p.coldStarts.filter((c) => c.initBilled).flatMap((c) => c.offerIds);
    expect(billed.sort()).toEqual([
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
