/**
 * Flags → scenario for the CLI. Starts from DEFAULT_SCENARIO (or a --scenario file), lays the flags
 * over it, and validates the result with the engine's own schema. Every failure is a `UsageError`
 * naming the flag and what was expected; the CLI turns it into exit code 2.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { areaSchema, type Offer } from '../../src/catalog/schema.ts';
import {
  DEFAULT_SCENARIO,
  parseScenario,
  workloadFromRate,
  type Scenario,
} from '../../src/engine/scenario.ts';
import { decodeScenario } from '../../src/url/codec.ts';
import { parseChoice, parseNumber, UsageError } from './cli-values.ts';
import {
  applyIssue6Flags,
  applyPresetFlags,
  ISSUE6_FLAG_OF_PATH,
  ISSUE6_OPTIONS,
} from './issue6-flags.ts';

export { parseChoice, parseNumber, UsageError };

export const FORMATS = ['table', 'json'] as const;
export const HORIZONS = ['day', 'week', 'month'] as const;
export const AREAS = areaSchema.options;
export const ARCHS = ['x86_64', 'arm64'] as const;
export const PATTERNS = ['constant', 'business-hours', 'diurnal', 'spiky'] as const;
export const CURRENCIES = ['USD', 'EUR', 'GBP'] as const;

const options = {
  requests: { type: 'string' },
  'every-minutes': { type: 'string' },
  'requests-per-month': { type: 'string' },
  'duration-ms': { type: 'string' },
  'cpu-ms': { type: 'string' },
  'memory-mb': { type: 'string' },
  'ephemeral-storage-mb': { type: 'string' },
  offers: { type: 'string' },
  'front-door': { type: 'string' },
  'no-free-tier': { type: 'boolean' },
  horizon: { type: 'string' },
  region: { type: 'string' },
  currency: { type: 'string' },
  arch: { type: 'string' },
  pattern: { type: 'string' },
  scenario: { type: 'string' },
  url: { type: 'string' },
  format: { type: 'string' },
  'list-offers': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  ...ISSUE6_OPTIONS,
} as const;

export type Flags = ReturnType<typeof parseFlags>;

/** Strict flag parsing; node's messages already name the flag, we only make them shorter. */
export function parseFlags(argv: string[]) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    const err = e as Error & { code?: string };
    const flag = /'(-[^' ]+)/.exec(err.message)?.[1];
    switch (err.code) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
        throw new UsageError(`${flag ?? 'flag'}: unknown flag (see --help)`);
      case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
        throw new UsageError(
          `unexpected argument ${/'([^']*)'/.exec(err.message)?.[1] ?? ''}: every value follows its flag, e.g. --memory-mb 512 (see --help)`,
        );
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
        if (/argument missing/.test(err.message))
          throw new UsageError(`${flag ?? 'flag'}: expected a value after the flag`);
        if (/ambiguous/.test(err.message))
          throw new UsageError(
            `${flag ?? 'flag'}: the value starts with "-"; write ${flag ?? '--flag'}=VALUE if you mean it`,
          );
        if (/does not take an argument/.test(err.message))
          throw new UsageError(`${flag ?? 'flag'}: takes no value`);
        throw new UsageError(err.message);
      default:
        throw new UsageError(err.message);
    }
  }
}

/** Read a --scenario file: a JSON object in the shape of the engine's Scenario. */
export function readScenarioFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      `--scenario: cannot read ${JSON.stringify(path)}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(e))}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(
      `--scenario: ${JSON.stringify(path)} is not valid JSON (${(e as Error).message})`,
    );
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw new UsageError(
      `--scenario: ${JSON.stringify(path)} must hold a JSON object (a scenario)`,
    );
  return json as Record<string, unknown>;
}

/**
 * Read a --url: a share link from the page (or just its query string). Decoding is the page's own
 * restore, so the CLI prices exactly what the page shows; a parameter the page would drop with a
 * notice is dropped here too, and its notice is returned for stderr.
 */
export function readShareUrl(
  raw: string,
  offerIds: ReadonlySet<string>,
): { scenario: Scenario; notices: string[] } {
  let search: string;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw.trim())) {
    try {
      search = new URL(raw.trim()).search;
    } catch {
      throw new UsageError(`--url: ${JSON.stringify(raw)} is not a valid URL`);
    }
  } else if (raw.trim().startsWith('?') || raw.includes('=')) {
    search = raw.trim();
  } else {
    throw new UsageError(
      `--url: ${JSON.stringify(raw)} is not a share link; expected a URL like "https://…/?v=1&n=1000&m=5" or its query string`,
    );
  }
  const decoded = decodeScenario(search, { offerIds });
  return {
    scenario: decoded.scenario,
    notices: decoded.notices.map(
      (n) => `--url: ${n.param} (${n.field}): ${n.reason} (ignored, as on the page)`,
    ),
  };
}

/** Which flag sets which scenario field, to name the flag in validation errors. */
const FLAG_OF_PATH: Record<string, string> = {
  'workload.requests': 'requests',
  'workload.everyMinutes': 'every-minutes',
  durationMs: 'duration-ms',
  cpuMs: 'cpu-ms',
  memoryMb: 'memory-mb',
  ephemeralStorageMb: 'ephemeral-storage-mb',
  area: 'region',
  'faas.architecture': 'arch',
  'faas.frontDoor': 'front-door',
  'faas.freeTier': 'no-free-tier',
  pattern: 'pattern',
  horizon: 'horizon',
  currency: 'currency',
  offers: 'offers',
};

function asObject(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : {};
}

/**
 * Build and validate the scenario. Flags override the file, the share URL or DEFAULT_SCENARIO; nested option
 * groups (faas, alwaysOn) are merged key by key, the workload and the pattern are replaced whole.
 */
export function scenarioFromFlags(
  flags: Flags,
  offers: readonly Offer[],
): { scenario: Scenario; notices: string[] } {
  if (flags.scenario !== undefined && flags.url !== undefined)
    throw new UsageError('--url: use either --url or --scenario, not both');
  const file = flags.scenario !== undefined ? readScenarioFile(flags.scenario) : undefined;
  const shared =
    flags.url !== undefined ? readShareUrl(flags.url, new Set(offers.map((o) => o.id))) : undefined;
  const base: Record<string, unknown> =
    file ?? structuredClone(shared?.scenario ?? DEFAULT_SCENARIO);
  const fromFlag = new Set<string>();
  const flagOf: Record<string, string> = { ...FLAG_OF_PATH, ...ISSUE6_FLAG_OF_PATH };
  // --preset timer turns the base into a scheduled job; the other flags still apply on top.
  applyPresetFlags(flags, base).forEach((p) => fromFlag.add(p));
  const s: Record<string, unknown> = {
    ...base,
    faas: { ...asObject(base.faas) },
    alwaysOn: { ...asObject(base.alwaysOn) },
  };
  const faas = s.faas as Record<string, unknown>;
  const set = (path: string, apply: () => void) => {
    apply();
    fromFlag.add(path);
  };

  if (flags['requests-per-month'] !== undefined) {
    if (flags.requests !== undefined || flags['every-minutes'] !== undefined)
      throw new UsageError(
        '--requests-per-month: use either --requests-per-month or --requests/--every-minutes, not both',
      );
    const n = parseNumber('requests-per-month', flags['requests-per-month']);
    s.workload = workloadFromRate(n, 'month');
    flagOf['workload.requests'] = flagOf['workload.everyMinutes'] = 'requests-per-month';
    fromFlag.add('workload.requests').add('workload.everyMinutes');
  } else if (flags.requests !== undefined || flags['every-minutes'] !== undefined) {
    const w = { ...asObject(base.workload) };
    if (flags.requests !== undefined)
      set('workload.requests', () => (w.requests = parseNumber('requests', flags.requests!)));
    if (flags['every-minutes'] !== undefined)
      set(
        'workload.everyMinutes',
        () => (w.everyMinutes = parseNumber('every-minutes', flags['every-minutes']!)),
      );
    s.workload = w;
  }
  const numeric = [
    ['duration-ms', 'durationMs'],
    ['cpu-ms', 'cpuMs'],
    ['memory-mb', 'memoryMb'],
    ['ephemeral-storage-mb', 'ephemeralStorageMb'],
  ] as const;
  for (const [flag, key] of numeric) {
    const raw = flags[flag];
    if (raw !== undefined) set(key, () => (s[key] = parseNumber(flag, raw)));
  }
  // A new duration shorter than the base's CPU time caps it: CPU time never exceeds wall time.
  if (
    flags['duration-ms'] !== undefined &&
    flags['cpu-ms'] === undefined &&
    typeof s.cpuMs === 'number' &&
    typeof s.durationMs === 'number' &&
    s.cpuMs > s.durationMs
  )
    s.cpuMs = s.durationMs;

  if (flags.region !== undefined)
    set('area', () => (s.area = parseChoice('region', flags.region!, AREAS)));
  if (flags.arch !== undefined)
    set('faas.architecture', () => (faas.architecture = parseChoice('arch', flags.arch!, ARCHS)));
  if (flags.pattern !== undefined)
    set('pattern', () => (s.pattern = { kind: parseChoice('pattern', flags.pattern!, PATTERNS) }));
  if (flags.horizon !== undefined)
    set('horizon', () => (s.horizon = parseChoice('horizon', flags.horizon!, HORIZONS)));
  if (flags.currency !== undefined)
    set('currency', () => (s.currency = parseChoice('currency', flags.currency!, CURRENCIES)));
  if (flags['no-free-tier']) set('faas.freeTier', () => (faas.freeTier = false));

  const ids = new Map(offers.map((o) => [o.id, o.kind] as const));
  if (flags['front-door'] !== undefined) {
    const id = flags['front-door'].trim();
    const fronts = [...ids].filter(([, k]) => k === 'front-door').map(([i]) => i);
    if (id !== 'none' && ids.get(id) !== 'front-door')
      throw new UsageError(
        `--front-door: ${JSON.stringify(id)} is not a front-door offer; expected "none" or one of ${fronts.join(', ') || '(none in the catalog)'}`,
      );
    set('faas.frontDoor', () => (faas.frontDoor = id === 'none' ? null : id));
  }
  if (flags.offers !== undefined) {
    const list = flags.offers
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    if (list.length === 0)
      throw new UsageError(
        '--offers: expected a comma-separated list of offer ids (see --list-offers)',
      );
    for (const id of list) {
      const kind = ids.get(id);
      if (kind === undefined)
        throw new UsageError(`--offers: unknown offer ${JSON.stringify(id)} (see --list-offers)`);
      if (kind === 'front-door')
        throw new UsageError(
          `--offers: ${JSON.stringify(id)} is a front door; use --front-door ${id}`,
        );
    }
    set('offers', () => (s.offers = [...new Set(list)]));
  }

  applyIssue6Flags(flags, s).forEach((p) => fromFlag.add(p));

  const r = parseScenario(s);
  if (r.ok) return { scenario: r.scenario, notices: shared?.notices ?? [] };
  const messages = r.errors.map((line) => {
    const path = line.slice(0, line.indexOf(':'));
    const top = path.split('.')[0] ?? path;
    const flag = fromFlag.has(path) ? flagOf[path] : fromFlag.has(top) ? flagOf[top] : undefined;
    if (flag) return `--${flag}${line.slice(path.length)}`;
    return flags.scenario !== undefined ? `--scenario ${flags.scenario}: ${line}` : line;
  });
  throw new UsageError(messages.join('\n'));
}
