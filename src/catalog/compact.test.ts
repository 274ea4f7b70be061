import { describe, expect, it } from 'vitest';
import { compactCatalog, compactFile } from './compact.ts';

describe('the runtime catalog', () => {
  it('drops what only people read and keeps every price', () => {
    const file = {
      $schema: './schema.json',
      family: 'x',
      description: 'words',
      egress: {
        tiers: [{ upTo: null, pricePerUnit: 0.09 }],
        provenance: { source: 'https://a.test/', checkedOn: '2026-01-01', note: 'long' },
      },
      offers: [
        {
          id: 'a',
          pricePerHour: 0.0104,
          provenance: [{ covers: 'x', source: 'https://b.test/' }],
          notes: ['n'],
          meters: [{ id: 'm', provenance: { source: 'https://c.test/', note: 'long' } }],
        },
      ],
    };
    expect(compactFile(file)).toEqual({
      family: 'x',
      egress: {
        tiers: [{ upTo: null, pricePerUnit: 0.09 }],
        provenance: { source: 'https://a.test/', checkedOn: '2026-01-01' },
      },
      offers: [
        {
          id: 'a',
          pricePerHour: 0.0104,
          meters: [{ id: 'm', provenance: { source: 'https://c.test/' } }],
        },
      ],
    });
    // A file that could not be read is left out (the page reports it as missing).
    expect(compactCatalog({ 'index.json': { files: [] }, 'fly.json': undefined }).files).toEqual({
      'index.json': { files: [] },
    });
  });
});
