/**
 * npm run pricing:compact -- --out DIR [--dir pricing-data]
 *
 * Writes the runtime catalog the page loads (DIR/catalog.json: every file of the catalog in one,
 * without provenance notes; src/catalog/compact.ts) from the per-provider files. `vite build` does
 * this itself; run this after publishing changed pricing-data files to an existing build (a
 * data-only deploy), e.g. `npm run pricing:compact -- --out dist/pricing-data`, or the page keeps
 * the prices of the last build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { COMPACT_CATALOG_FILE } from '../../src/catalog/compact.ts';
import { compactCatalogFrom, defaultPricingDir } from '../../src/catalog/load-from-disk.ts';

const { values } = parseArgs({
  options: { out: { type: 'string' }, dir: { type: 'string' } },
  strict: true,
});
if (!values.out) {
  console.error('pricing:compact: --out DIR is required (e.g. --out dist/pricing-data)');
  process.exit(2);
}
const dir = values.dir ? resolve(values.dir) : defaultPricingDir();
const compact = compactCatalogFrom(dir);
mkdirSync(values.out, { recursive: true });
const file = join(values.out, COMPACT_CATALOG_FILE);
writeFileSync(file, JSON.stringify(compact));
console.log(
  `pricing:compact: wrote ${file} (${Object.keys(compact.files).length} files from ${dir})`,
);
