/**
 * npm run pricing:check — validate every file in pricing-data/index.json (and fx.json, and
 * platform.json) against their zod schemas and the rules in rules.ts. Errors exit 1; stale dates only
 * warn, except exchange rates more than 90 days older than the newest price, which fail.
 *
 *   tsx scripts/pricing/check.ts [--dir pricing-data] [--today YYYY-MM-DD]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  checkCatalogFile,
  checkDuplicates,
  checkFamilies,
  checkDataFile,
  checkFxAgainstCatalog,
  checkFxFile,
  formatFinding,
  newestCheckedOn,
  type Finding,
} from './rules.ts';
import type { Json } from './canonical.ts';
import { checkIdentity } from './identity-rules.ts';
import { platformSchema } from '../../src/catalog/platform.ts';

export const FX_FILE = 'fx.json';
/** Data files outside index.json that hold sourced prices (the FaaS platform facts). */
export const PLATFORM_FILE = 'platform.json';

export interface CheckResult {
  findings: Finding[];
  errors: number;
  warnings: number;
  files: string[];
}

function readJson(dir: string, file: string, findings: Finding[]): Json | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, file), 'utf8')) as Json;
  } catch (e) {
    findings.push({
      level: 'error',
      file,
      path: '(file)',
      rule: 'json',
      message: `cannot read or parse: ${(e as Error).message}`,
    });
    return undefined;
  }
}

/** The catalog files index.json lists, in order (fx.json excluded: it is not a catalog file). */
export function listedFiles(dir: string): string[] {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { files?: unknown };
  if (!Array.isArray(index.files) || !index.files.every((f) => typeof f === 'string'))
    throw new Error(`${join(dir, 'index.json')}: expected { "files": ["aws.json", ...] }`);
  return (index.files as string[]).filter((f) => f !== FX_FILE);
}

export function runCheck(dir: string, today: string): CheckResult {
  const findings: Finding[] = [];
  let files: string[] = [];
  try {
    files = listedFiles(dir);
  } catch (e) {
    findings.push({
      level: 'error',
      file: 'index.json',
      path: '(file)',
      rule: 'index',
      message: (e as Error).message,
    });
  }
  const loaded: { file: string; json: Json }[] = [];
  for (const file of files) {
    if (!existsSync(join(dir, file))) {
      findings.push({
        level: 'error',
        file,
        path: '(file)',
        rule: 'index',
        message: 'listed in index.json but missing',
      });
      continue;
    }
    const json = readJson(dir, file, findings);
    if (json === undefined) continue;
    loaded.push({ file, json });
    findings.push(...checkCatalogFile(file, json, today));
  }
  findings.push(...checkDuplicates(loaded));
  findings.push(...checkFamilies(loaded));
  if (existsSync(join(dir, FX_FILE))) {
    const json = readJson(dir, FX_FILE, findings);
    if (json !== undefined)
      findings.push(
        ...checkFxFile(FX_FILE, json, today),
        ...checkFxAgainstCatalog(FX_FILE, json, newestCheckedOn(loaded)),
      );
  }
  let platformJson: Json | undefined;
  if (existsSync(join(dir, PLATFORM_FILE))) {
    platformJson = readJson(dir, PLATFORM_FILE, findings);
    if (platformJson !== undefined)
      findings.push(...checkDataFile(PLATFORM_FILE, platformJson, platformSchema, today));
  }
  findings.push(...checkIdentity(loaded, PLATFORM_FILE, platformJson));
  const errors = findings.filter((f) => f.level === 'error').length;
  return { findings, errors, warnings: findings.length - errors, files: loaded.map((l) => l.file) };
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

function main(argv: string[]): number {
  let dir = 'pricing-data';
  let today = todayUtc();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--dir' && v) {
      dir = v;
      i++;
    } else if (a === '--today' && v && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
      today = v;
      i++;
    } else {
      console.error(
        `pricing:check: unknown or incomplete flag ${a ?? ''}; expected --dir DIR or --today YYYY-MM-DD`,
      );
      return 2;
    }
  }
  const r = runCheck(dir, today);
  for (const f of r.findings)
    (f.level === 'error' ? console.error : console.warn)(formatFinding(f));
  const summary = `pricing:check: ${r.files.length} catalog files, ${r.errors} errors, ${r.warnings} warnings (today ${today})`;
  if (r.errors > 0) {
    console.error(summary);
    return 1;
  }
  console.log(summary);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exit(main(process.argv.slice(2)));
