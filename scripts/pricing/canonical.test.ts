import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import {
  canonicalCatalogFile,
  canonicalJson,
  formatNumber,
  orderBySchema,
  unknownKeys,
} from './canonical.ts';
import { catalogFileSchema } from '../../src/catalog/schema.ts';

const offer = {
  notes: ['n'],
  verification: 'official',
  checkedOn: '2026-11-27',
  source: 'https://x.example/',
  pricePerHour: 0.0000000309,
  memoryMb: 1024,
  vcpu: 2,
  instanceType: 't',
  kind: 'always-on',
  currency: 'USD',
  area: 'us-east',
  region: 'r',
  product: 'P',
  provider: 'X',
  id: 'x-t',
  extra: true,
};

describe('formatNumber', () => {
  it('writes decimals, never exponents', () => {
    expect(formatNumber(3.09e-8)).toBe('0.0000000309');
    expect(formatNumber(2e-7)).toBe('0.0000002');
    expect(formatNumber(0.0000166667)).toBe('0.0000166667');
    expect(formatNumber(20_000_000_000)).toBe('20000000000');
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
    expect(formatNumber(0.0030416666666666665)).toBe('0.0030416666666666665');
    expect(Number(formatNumber(1.2345678901234e-9))).toBe(1.2345678901234e-9);
    expect(() => formatNumber(Infinity)).toThrow();
  });
});

describe('canonical order', () => {
  it('puts id and kind first, then the schema order, then unknown keys', () => {
    const ordered = orderBySchema({ family: 'x', offers: [offer] }, catalogFileSchema) as {
      offers: object[];
    };
    expect(Object.keys(ordered.offers[0] as object)).toEqual([
      'id',
      'kind',
      'provider',
      'product',
      'region',
      'area',
      'currency',
      'source',
      'checkedOn',
      'verification',
      'notes',
      'instanceType',
      'vcpu',
      'memoryMb',
      'pricePerHour',
      'extra',
    ]);
    expect(unknownKeys({ family: 'x', offers: [offer] }, catalogFileSchema)).toEqual([
      'offers[0].extra',
    ]);
  });

  it('changes no value, is idempotent and is what Prettier would write', async () => {
    const doc = { offers: [offer], family: 'x' };
    const text = await canonicalCatalogFile('x.json', doc);
    expect(JSON.parse(text)).toEqual(doc);
    expect(text).toContain('"pricePerHour": 0.0000000309');
    expect(text.endsWith('}\n')).toBe(true);
    expect(await canonicalCatalogFile('x.json', JSON.parse(text))).toBe(text);
    const config = (await prettier.resolveConfig('pricing-data/x.json')) ?? {};
    expect(await prettier.check(text, { ...config, parser: 'json' })).toBe(true);
  });

  it('keeps a tier on one line and a long record expanded', async () => {
    const text = await canonicalJson({
      tiers: [{ upTo: null, pricePerUnit: 0.000001 }],
      note: { source: 'x'.repeat(120), checkedOn: '2026-11-27' },
    });
    expect(text).toBe(
      [
        '{',
        '  "tiers": [{ "upTo": null, "pricePerUnit": 0.000001 }],',
        '  "note": {',
        `    "source": "${'x'.repeat(120)}",`,
        '    "checkedOn": "2026-11-27"',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });
});
