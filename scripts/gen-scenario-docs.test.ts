import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED, renderDoc } from './gen-scenario-docs.ts';

describe('tables generated from the scenario spec', () => {
  for (const doc of GENERATED)
    it(`the ${doc.marker} table in ${doc.path.split('/').slice(-2).join('/')} is up to date`, async () => {
      const stale = `${doc.path}: the ${doc.marker} table is stale: run \`npm run docs:scenario\` and commit the result`;
      expect(readFileSync(doc.path, 'utf8') === (await renderDoc(doc)), stale).toBe(true);
    });
});
