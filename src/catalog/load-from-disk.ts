/**
 * Loads the rate catalog from pricing-data/ with fs, for the CLI, the scripts and the tests (Node
 * only: the page loads it with catalog-query.ts). Same parser as the
 * app: every file listed in index.json is validated offer by offer, and a bad file or offer costs
 * only itself. Problems are returned (the caller prints them); the valid offers are kept. fx.json
 * and platform.json (not offers, not in the index) are read on their own, as the page does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import {
  mergeCatalogs,
  parseCatalogFile,
  parsePlatformFile,
  platformNotLoaded,
  type Catalog,
  type CatalogProblem,
  type PlatformFile,
} from './parse.ts';
import { compactCatalog, type CompactCatalog } from './compact.ts';
import { parseFx } from './fx.ts';
import type { Fx } from './schema.ts';

/** pricing-data/ next to this checkout; BREAKEVEN_PRICING_DIR points elsewhere (tests, forks). */
export function defaultPricingDir(env: NodeJS.ProcessEnv = process.env): string {
  return (
    env.BREAKEVEN_PRICING_DIR ?? fileURLToPath(new URL('../../pricing-data/', import.meta.url))
  );
}

const indexSchema = z.object({
  files: z.array(z.string().check(z.regex(/^[\w.-]+\.json$/))).check(z.minLength(1)),
});

function readJson(path: string): { ok: true; json: unknown } | { ok: false; message: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      message: code === 'ENOENT' ? 'file not found' : `cannot read (${code ?? String(e)})`,
    };
  }
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, message: `not valid JSON: ${(e as Error).message}` };
  }
}

/** Read index.json and every file it lists. Never throws for bad data: see `problems`. */
export function loadCatalog(dir: string = defaultPricingDir()): Catalog {
  const index = readJson(join(dir, 'index.json'));
  if (!index.ok)
    return {
      offers: [],
      files: [],
      problems: [{ file: 'index.json', path: '(file)', message: index.message }],
    };
  const parsed = indexSchema.safeParse(index.json);
  if (!parsed.success)
    return {
      offers: [],
      files: [],
      problems: parsed.error.issues.map((i): CatalogProblem => ({
        file: 'index.json',
        path: i.path.join('.') || '(file)',
        message: i.message,
      })),
    };
  // Money is converted as each file is parsed, with fx.json's dated rates.
  const fx = loadFx(dir);
  const rates = fx.ok ? fx.rates : undefined;
  const parts = parsed.data.files.map((file): Catalog => {
    const r = readJson(join(dir, file));
    return r.ok
      ? parseCatalogFile(file, r.json, rates)
      : { offers: [], files: [], problems: [{ file, path: '(file)', message: r.message }] };
  });
  const catalog = mergeCatalogs(parts);
  if (!fx.ok) catalog.problems.push({ file: 'fx.json', path: '(file)', message: fx.message });
  return catalog;
}

/** pricing-data/fx.json's dated rates, or why they could not be read (the caller says so). */
export function loadFx(
  dir: string = defaultPricingDir(),
): { ok: true; rates: Fx['rates'] } | { ok: false; message: string } {
  const r = readJson(join(dir, 'fx.json'));
  if (!r.ok) return { ok: false, message: `fx.json: ${r.message}` };
  const fx = parseFx(r.json);
  return fx.ok ? { ok: true, rates: fx.fx.rates } : fx;
}

/**
 * pricing-data/platform.json for the engine (cold starts, limits, state stores, schedulers). Never
 * throws: when it cannot be read or validated, the empty platform and the problems (to print).
 */
export function loadPlatform(dir: string = defaultPricingDir()): PlatformFile {
  const r = readJson(join(dir, 'platform.json'));
  return r.ok ? parsePlatformFile(r.json) : platformNotLoaded(r.message);
}

/**
 * The runtime catalog (compact.ts) made from the files in `dir`: index.json, every file it lists,
 * fx.json and platform.json. A file that cannot be read is left out (the page then reports it as
 * missing); nothing is validated here, as the page validates each file when it loads.
 */
export function compactCatalogFrom(dir: string = defaultPricingDir()): CompactCatalog {
  const read = (file: string): unknown => {
    const r = readJson(join(dir, file));
    return r.ok ? r.json : undefined;
  };
  const index = read('index.json');
  const listed = indexSchema.safeParse(index);
  const names = [...(listed.success ? listed.data.files : []), 'fx.json', 'platform.json'];
  return compactCatalog({
    'index.json': index,
    ...Object.fromEntries(names.map((n) => [n, read(n)])),
  });
}
