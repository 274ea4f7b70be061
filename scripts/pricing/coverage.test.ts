import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-from-disk.ts';
import { PRICING_DOC, coverageTable, renderPricingDoc } from './coverage.ts';

describe('the coverage table of docs/PRICING.md', () => {
  it('is up to date with pricing-data/', async () => {
    const stale =
      'docs/PRICING.md: the coverage table is stale: run `npm run docs:pricing` and commit the result';
    expect(
      readFileSync(PRICING_DOC, 'utf8') === (await renderPricingDoc(loadCatalog().offers)),
      stale,
    ).toBe(true);
  });

  it('names the region, verification and date of each entry and links its source', () => {
    const offers = loadCatalog().offers.filter((o) => o.id === 'cloudflare-workers-standard');
    const table = coverageTable(offers);
    // Cloudflare Workers is one global offer, listed once per area (four entries, four links).
    expect(table).toContain('[global][cloudflare-workers-standard/europe], off, ');
    expect(table.match(/^\[cloudflare-workers-standard\/[a-z-]+\]: https:/gm)).toHaveLength(4);
    expect(table).toContain('| **offers priced** | 1 | 1 | 1 | 1 |');
  });
});
