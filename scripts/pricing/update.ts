/**
 * npm run pricing:update — refresh the catalog from the providers' price APIs.
 *
 *   npm run pricing:update -- --fixtures [DIR]   replay recorded responses (default: the catalog
 *                                                fixtures, which rebuild pricing-data/ byte for byte)
 *   npm run pricing:update -- --live             ask the real APIs (network; GCP needs GCP_BILLING_API_KEY)
 *
 * Other flags: --only aws,azure,gcp · --threshold PCT (default 20) · --dry-run (print, write
 * nothing) · --check (write nothing, exit 1 when a file would change) · --dir DIR (default
 * pricing-data) · --out DIR (write there instead).
 *
 * Every catalog file is rewritten in canonical form (canonical.ts). Providers without a price API
 * (Cloudflare, Vercel, Fly.io, Heroku, DigitalOcean, Hetzner) are kept as curated. Any importer error
 * (an HTTP error after the retries, a malformed page) stops the run before anything is written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyRates, formatSummary, type ApplyResult } from './apply.ts';
import { importAws } from './aws.ts';
import { importAzure } from './azure.ts';
import { canonicalCatalogFile } from './canonical.ts';
import { FX_FILE, listedFiles, todayUtc } from './check.ts';
import { fixtureFetcher, liveFetcher, type Fetcher, type RetryOptions } from './fetch.ts';
import { GCP_KEY_ENV, importGcp } from './gcp.ts';
import type { ImportResult, ImportedRate, RawFile } from './types.ts';
import { IMPORTER_NAMES, type ImporterName } from '../../src/catalog/schema.ts';
import { FILE_OF } from './importers.ts';

export const DEFAULT_FIXTURES = 'scripts/pricing/fixtures/catalog';
/** The importers, by the name an offer's `refreshedBy` gives (the catalog schema's list). */
export const IMPORTERS = IMPORTER_NAMES;
export type { ImporterName };

const API_NAME: Record<ImporterName, string> = {
  aws: 'AWS Price List Bulk API',
  azure: 'Azure Retail Prices API',
  gcp: 'GCP Cloud Billing Catalog API',
};

export interface UpdateOptions {
  dir: string;
  fetcher: Fetcher;
  live: boolean;
  only?: readonly ImporterName[];
  thresholdPct?: number;
  gcpApiKey?: string | undefined;
  today?: string;
  retry?: RetryOptions;
}

export interface UpdateResult {
  imports: ImportResult[];
  applied: ApplyResult;
  /** Canonical text of every file, by file name. */
  outputs: Map<string, string>;
  /** Files whose canonical text differs from what is on disk. */
  changedFiles: string[];
  summary: string;
}

export async function runUpdate(opts: UpdateOptions): Promise<UpdateResult> {
  const threshold = opts.thresholdPct ?? 20;
  const names = [...listedFiles(opts.dir)];
  if (existsSync(join(opts.dir, FX_FILE))) names.push(FX_FILE);
  const originals = new Map<string, string>();
  const files = new Map<string, RawFile>();
  for (const name of names) {
    const text = readFileSync(join(opts.dir, name), 'utf8');
    originals.set(name, text);
    files.set(name, JSON.parse(text) as RawFile);
  }
  const imports: ImportResult[] = [];
  for (const imp of opts.only ?? IMPORTERS) {
    const file = files.get(FILE_OF[imp]);
    if (!file) continue;
    const common = { fetcher: opts.fetcher, ...(opts.retry ? { retry: opts.retry } : {}) };
    if (imp === 'aws') imports.push(await importAws(file, common));
    else if (imp === 'azure') imports.push(await importAzure(file, common));
    else imports.push(await importGcp(file, { ...common, apiKey: opts.gcpApiKey }));
  }
  const rates = imports.flatMap((i) => i.rates);
  const importerOf = new Map<ImportedRate, ImporterName>();
  for (const i of imports) for (const r of i.rates) importerOf.set(r, i.importer as ImporterName);
  const applied = applyRates(files, rates, {
    thresholdPct: threshold,
    ...(opts.live
      ? {
          live: {
            today: opts.today ?? todayUtc(),
            apiName: (r: ImportedRate) => API_NAME[importerOf.get(r) ?? 'aws'],
          },
        }
      : {}),
  });
  const outputs = new Map<string, string>();
  const changedFiles: string[] = [];
  for (const [name, json] of files) {
    const text = await canonicalCatalogFile(name, json);
    outputs.set(name, text);
    if (text !== originals.get(name)) changedFiles.push(name);
  }
  const lines: string[] = [];
  for (const i of imports) {
    if (i.skipped) lines.push(`${i.importer}: skipped: ${i.skipped}`);
    else lines.push(`${i.importer}: ${i.rates.length} rates read`);
    for (const w of i.warnings) lines.push(`${i.importer}: warning: ${w}`);
  }
  lines.push(formatSummary(applied, threshold));
  lines.push(
    changedFiles.length
      ? `files that change: ${changedFiles.join(', ')}`
      : 'no file changes: pricing-data/ is already canonical and current',
  );
  return { imports, applied, outputs, changedFiles, summary: lines.join('\n') };
}

function usage(msg: string): never {
  console.error(`pricing:update: ${msg}`);
  console.error(
    'usage: npm run pricing:update -- (--fixtures [DIR] | --live) [--only aws,azure,gcp] [--threshold PCT] [--dry-run | --check] [--dir DIR] [--out DIR]',
  );
  process.exit(2);
}

async function main(argv: string[]): Promise<number> {
  let mode: 'live' | 'fixtures' | undefined;
  let fixtures = DEFAULT_FIXTURES;
  let dir = 'pricing-data';
  let out: string | undefined;
  let only: ImporterName[] | undefined;
  let threshold = 20;
  let dryRun = false;
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const next = argv[i + 1];
    const value = () => {
      if (next === undefined || next.startsWith('--')) usage(`${a} needs a value`);
      i++;
      return next;
    };
    if (a === '--live') mode = 'live';
    else if (a === '--fixtures') {
      mode = 'fixtures';
      if (next !== undefined && !next.startsWith('--')) fixtures = value();
    } else if (a === '--dir') dir = value();
    else if (a === '--out') out = value();
    else if (a === '--threshold') {
      threshold = Number(value());
      if (!(threshold > 0)) usage('--threshold expects a positive percentage, e.g. 20');
    } else if (a === '--only') {
      const list = value().split(',');
      const bad = list.filter((x) => !(IMPORTERS as readonly string[]).includes(x));
      if (bad.length)
        usage(`--only expects a list of ${IMPORTERS.join(', ')}; got ${bad.join(', ')}`);
      only = list as ImporterName[];
    } else if (a === '--dry-run') dryRun = true;
    else if (a === '--check') check = true;
    else usage(`unknown flag ${a}`);
  }
  if (!mode)
    usage('choose --fixtures (recorded responses, no network) or --live (the real price APIs)');
  const fetcher = mode === 'live' ? liveFetcher : fixtureFetcher(fixtures);
  const gcpApiKey =
    mode === 'live' ? process.env[GCP_KEY_ENV] : (process.env[GCP_KEY_ENV] ?? 'fixture');
  let r: UpdateResult;
  try {
    r = await runUpdate({
      dir,
      fetcher,
      live: mode === 'live',
      gcpApiKey,
      thresholdPct: threshold,
      ...(only ? { only } : {}),
    });
  } catch (e) {
    console.error(`pricing:update: ${(e as Error).message}`);
    console.error('pricing:update: nothing was written.');
    return 1;
  }
  console.log(r.summary);
  if (check) return r.changedFiles.length ? 1 : 0;
  if (dryRun) return 0;
  const target = out ?? dir;
  mkdirSync(target, { recursive: true });
  for (const [name, text] of r.outputs)
    if (out !== undefined || r.changedFiles.includes(name)) writeFileSync(join(target, name), text);
  if (r.changedFiles.length)
    console.log(`written to ${target}/. Review with: git diff -- ${target}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  main(process.argv.slice(2)).then((code) => process.exit(code));
