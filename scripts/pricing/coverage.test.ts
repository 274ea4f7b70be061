import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-from-disk.ts';
import { PRICING_DOC, coverageTable, egressTable, renderPricingDoc } from './coverage.ts';

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

  it("names each area's egress tables by region, or says when it is unpriced or shared", () => {
    const offers = loadCatalog().offers;
    const row = (provider: string) =>
      egressTable(offers)
        .split('\n')
        .find((l) => l.startsWith(`| ${provider} `))
        ?.split('|')
        .map((c) => c.trim());
    // Columns: '', provider, us-east, us-west, europe, asia-pacific, ''.
    expect(row('AWS')?.[3]).toBe('[us-west-2][egress/aws/us-west/1], sec, 2024-09-25');
    expect(row('Microsoft Azure')?.slice(3, 5)).toEqual([
      'unpriced in westus2',
      'unpriced in westeurope',
    ]);
    // Cloudflare charges no egress: its one offer per area has no egress line.
    expect(row('Cloudflare')?.[2]).toBe('no egress line (1)');
    // Google Cloud bills Cloud Run's egress apart from Compute Engine's: each of Europe's tables
    // names its products; 1st gen's one flat table is shared by the four regions it is sold in.
    const europe = row('Google Cloud')?.[4] ?? '';
    expect(europe).toContain('[europe-west1][egress/gcp/europe/1] (compute-engine), sec, ');
    expect(europe).toContain('(cloud-run-functions, cloud-run-instance), sec, ');
    expect(europe).toContain(
      '[one table for 4 regions][egress/gcp/europe/3] (cloud-functions-gen1)',
    );
    // DigitalOcean's two tables are both its droplets': no product names.
    expect(row('DigitalOcean')?.[4]).not.toContain('(droplets)');
  });
});
