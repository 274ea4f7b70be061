/**
 * `npm run schema`: writes pricing-data/schema.json from the zod catalog schema, the only source of
 * truth. Editors use it to check pricing-data/*.json as you type; a unit test fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { catalogFileSchema } from '../src/catalog/schema.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('../pricing-data/schema.json', import.meta.url));

/** The JSON Schema text, as committed: input shape (defaults optional), 2-space indent, final newline. */
export function renderSchema(): string {
  const schema = z.toJSONSchema(catalogFileSchema, { io: 'input', target: 'draft-2020-12' });
  const doc = {
    ...schema,
    title: 'Breakeven rate catalog file',
    description:
      'One pricing-data/*.json file. Generated from src/catalog/schema.ts by `npm run schema`; do not edit by hand.',
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_PATH, renderSchema());
  console.log(`wrote ${SCHEMA_PATH}`);
}
