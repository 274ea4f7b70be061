import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSchema, SCHEMA_PATH } from './gen-schema.ts';

describe('pricing-data/schema.json', () => {
  it('is up to date with src/catalog/schema.ts', () => {
    const stale = 'pricing-data/schema.json is stale: run `npm run schema` and commit the result';
    expect(existsSync(SCHEMA_PATH), stale).toBe(true);
    // Compare parsed documents first for a readable diff, then the exact text (formatting, newline).
    const committed = readFileSync(SCHEMA_PATH, 'utf8');
    const fresh = renderSchema();
    expect(JSON.parse(committed), stale).toEqual(JSON.parse(fresh));
    expect(committed === fresh, stale).toBe(true);
  });

  it('accepts input without defaulted fields and describes the offer kinds', () => {
    const schema = JSON.parse(renderSchema()) as { required?: string[]; properties: object };
    // io: 'input' — `egress` and `$schema` have no default and are optional; only family and offers are required.
    expect(schema.required?.sort()).toEqual(['family', 'offers']);
    expect(JSON.stringify(schema)).toContain('"autoscaled-container"');
  });
});
