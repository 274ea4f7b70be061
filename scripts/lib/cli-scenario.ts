/**
 * Flags → scenario for the CLI. Starts from DEFAULT_SCENARIO (or a --scenario file), lays the flags
 * over it, and validates the result with the engine's own schema. Every failure is a `UsageError`
 * naming the flag and what was expected; the CLI turns it into exit code 2.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Offer } from '../../src/catalog/schema.ts';
import {
  DEFAULT_SCENARIO,
  parseScenario,
  workloadFromRate,
  type Scenario,
} from '../../src/engine/scenario.ts';
import {
  FIELD_SPECS,
  FIELDS,
  PATTERN_KINDS,
  type FieldSpec,
  type NumberSpec,
} from '../../src/scenario/spec.ts';
import { decodeScenario } from '../../src/url/codec.ts';
import { comparableIds } from '../../src/catalog/comparable-ids.ts';
import { compareChangesOf } from '../../src/url/compare-link.ts';
import { parseBounded, parseFieldValue, PARSE_OPTIONS, REQUESTS_PER_MONTH } from './cli-flags.ts';
import { parseChoice, parseNumber, UsageError } from './cli-values.ts';
import { parseSpreadFlag } from './range-flags.ts';
import { applyPresetFlags, parseStateFlag } from './state-timer-flags.ts';
import { importFile, importNotices, parseTrafficFormat } from './traffic-flag.ts';
import { importedWorkload } from '../../src/traffic/levels.ts';
import type { ImportResult } from '../../src/traffic/importer.ts';

export { parseChoice, parseNumber, UsageError };

/** Parsed flags: a string for a flag with a value, true for a switch. */
export interface Flags {
  readonly [flag: string]: string | boolean | undefined;
  readonly help?: boolean;
  readonly format?: string;
  readonly 'list-offers'?: boolean;
  readonly preset?: string;
  readonly scenario?: string;
  readonly url?: string;
  readonly spread?: string;
  readonly compare?: string;
  readonly growth?: string;
  readonly months?: string;
}

/** Strict flag parsing; node's messages already name the flag, we only make them shorter. */
export function parseFlags(argv: string[]): Flags {
  try {
    // The options' types make each value a string or a boolean as Flags says.
    const { values } = parseArgs({
      args: argv,
      options: PARSE_OPTIONS,
      strict: true,
      allowPositionals: false,
    });
    // A repeatable flag's values join as one comma-separated list, as if given once.
    const joined = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]),
    );
    return joined as Flags;
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
  flag = 'url',
): { scenario: Scenario; notices: string[]; search: string; compareChanges: string | null } {
  let search: string;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw.trim())) {
    try {
      search = new URL(raw.trim()).search;
    } catch {
      throw new UsageError(`--${flag}: ${JSON.stringify(raw)} is not a valid URL`);
    }
  } else if (raw.trim().startsWith('?') || raw.includes('=')) {
    search = raw.trim();
  } else {
    throw new UsageError(
      `--${flag}: ${JSON.stringify(raw)} is not a share link; expected a URL like "https://…/?v=1&n=1000&m=5" or its query string`,
    );
  }
  const decoded = decodeScenario(search, { offerIds });
  return {
    scenario: decoded.scenario,
    notices: decoded.notices.map(
      (n) => `--${flag}: ${n.param} (${n.field}): ${n.reason} (ignored, as on the page)`,
    ),
    search,
    compareChanges: compareChangesOf(search),
  };
}

function asObject(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : {};
}

type Loose = Record<string, unknown>;

/** Set a field on the raw scenario; an absent group (coldStart, state, faas…) starts empty. */
function setPath(s: Loose, path: string, value: unknown): void {
  const [top = '', sub] = path.split('.');
  if (sub === undefined) s[top] = value;
  else s[top] = { ...asObject(s[top]), [sub]: value };
}

/** The flags that set whole fields, in the spec's order (not --state's parts, not the pattern's). */
const PLAIN_FIELDS = FIELD_SPECS.filter(
  (f) =>
    f.cli !== undefined &&
    f.cliKey === undefined &&
    f.variant === undefined &&
    f !== FIELDS.patternKind &&
    f.type !== 'offer-id' &&
    f.type !== 'offer-ids' &&
    !f.path.startsWith('workload.'),
);

/** The pattern's own flags (--off-hours-ratio, --peak-to-average, --bursts-per-day). */
const PATTERN_FLAGS = [
  ...new Set(FIELD_SPECS.flatMap((f) => (f.variant && f.cli !== undefined ? [f.cli] : []))),
];

/**
 * Build and validate the scenario. Flags override the file, the share URL or DEFAULT_SCENARIO; nested
 * option groups (faas, alwaysOn, coldStart, state) are merged key by key, the workload is merged,
 * and --pattern replaces the pattern whole. Every value is checked against the scenario spec as it
 * is read, so a message names the flag and its bounds; the schema then checks the whole.
 */
export function scenarioFromFlags(
  flags: Flags,
  offers: readonly Offer[],
): {
  scenario: Scenario;
  notices: string[];
  /**
   * Whether the scenario's spreads apply (cost ranges): set by --spread, or carried by a --url link
   * (the page's defaults where it writes none) or a --scenario file with a `spread`.
   */
  spreadsApply: boolean;
  /** Scenario B's changes from a --url link's `b.` parameters, if it has any. */
  compareChanges: string | null;
  traffic?: Extract<ImportResult, { ok: true }>;
} {
  if (flags.scenario !== undefined && flags.url !== undefined)
    throw new UsageError('--url: use either --url or --scenario, not both');
  const file = flags.scenario !== undefined ? readScenarioFile(flags.scenario) : undefined;
  const shared =
    flags.url !== undefined ? readShareUrl(flags.url, comparableIds(offers)) : undefined;
  const base: Loose = file ?? structuredClone(shared?.scenario ?? DEFAULT_SCENARIO);
  /** Scenario path → the flag that set it, to name the flag in the schema's messages. */
  const flagOf = new Map<string, string>();
  const str = (flag: string) =>
    typeof flags[flag] === 'string' ? (flags[flag] as string) : undefined;
  // --preset timer turns the base into a scheduled job; the other flags still apply on top.
  for (const path of applyPresetFlags(flags, base)) flagOf.set(path, 'preset');
  const s: Loose = { ...base };
  const set = (path: string, flag: string, value: unknown) => {
    setPath(s, path, value);
    flagOf.set(path, flag);
  };

  const traffic = applyTrafficFlag(flags, s, set);

  const perMonth = str('requests-per-month');
  const requests = str(FIELDS.requests.cli);
  const every = str(FIELDS.everyMinutes.cli);
  if (perMonth !== undefined) {
    if (requests !== undefined || every !== undefined)
      throw new UsageError(
        `--requests-per-month: use either --requests-per-month or --${FIELDS.requests.cli}/--${FIELDS.everyMinutes.cli}, not both`,
      );
    const w = workloadFromRate(
      parseBounded('requests-per-month', perMonth, REQUESTS_PER_MONTH),
      'month',
    );
    set(FIELDS.requests.path, 'requests-per-month', w.requests);
    set(FIELDS.everyMinutes.path, 'requests-per-month', w.everyMinutes);
  } else {
    for (const f of [FIELDS.requests, FIELDS.everyMinutes]) {
      const raw = str(f.cli);
      if (raw !== undefined) set(f.path, f.cli, parseFieldValue(f, f.cli, raw));
    }
  }

  // --months alone would show growth at a rate nobody chose.
  if (
    flags[FIELDS.growthMonths.cli] !== undefined &&
    flags[FIELDS.growthPct.cli] === undefined &&
    base.growth === undefined
  )
    throw new UsageError(`--${FIELDS.growthMonths.cli}: only with --${FIELDS.growthPct.cli} PCT`);
  for (const f of PLAIN_FIELDS) {
    const raw = flags[f.cli!];
    if (raw === undefined || raw === false) continue;
    set(f.path, f.cli!, parseFieldValue(f, f.cli!, raw));
  }
  // A new duration shorter than the base's CPU time caps it: CPU time never exceeds wall time.
  if (
    flagOf.has('durationMs') &&
    !flagOf.has('cpuMs') &&
    typeof s.cpuMs === 'number' &&
    typeof s.durationMs === 'number' &&
    s.cpuMs > s.durationMs
  )
    s.cpuMs = s.durationMs;

  applyPatternFlags(flags, s, flagOf);

  const ids = new Map(offers.map((o) => [o.id, o.kind] as const));
  const frontDoor = str(FIELDS.frontDoor.cli);
  if (frontDoor !== undefined) {
    const id = frontDoor.trim();
    const fronts = [...ids].filter(([, k]) => k === 'front-door').map(([i]) => i);
    if (id !== FIELDS.frontDoor.nullText && ids.get(id) !== 'front-door')
      throw new UsageError(
        `--front-door: ${JSON.stringify(id)} is not a front-door offer; expected "${FIELDS.frontDoor.nullText}" or one of ${fronts.join(', ') || '(none in the catalog)'}`,
      );
    set(FIELDS.frontDoor.path, 'front-door', id === FIELDS.frontDoor.nullText ? null : id);
  }
  const offerList = str(FIELDS.offers.cli);
  if (offerList !== undefined) {
    const list = offerList
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    if (list.length === 0)
      throw new UsageError(
        '--offers: expected a comma-separated list of offer ids (see --list-offers)',
      );
    const families = new Set<string>();
    for (const o of offers) if (o.kind === 'always-on' && o.family) families.add(o.family.id);
    for (const id of list) {
      const kind = ids.get(id);
      if (kind === undefined && families.has(id)) continue;
      if (kind === undefined)
        throw new UsageError(`--offers: unknown offer ${JSON.stringify(id)} (see --list-offers)`);
      if (kind === 'front-door')
        throw new UsageError(
          `--offers: ${JSON.stringify(id)} is a front door; use --front-door ${id}`,
        );
    }
    set(FIELDS.offers.path, 'offers', [...new Set(list)]);
  }
  const pinList = str(FIELDS.pins.cli);
  if (pinList !== undefined) {
    const list = pinList
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    if (list.length === 0)
      throw new UsageError(`--pin: expected the id of a server size, e.g. aws-ec2-t4g-medium`);
    const familyOf = new Map<string, string>();
    for (const o of offers) if (o.kind === 'always-on' && o.family) familyOf.set(o.id, o.family.id);
    const pinned = new Map<string, string>();
    for (const id of list) {
      const family = familyOf.get(id);
      if (family === undefined)
        throw new UsageError(
          ids.has(id)
            ? `--pin: ${JSON.stringify(id)} is not a server size of a family (see --list-offers)`
            : `--pin: unknown offer ${JSON.stringify(id)} (see --list-offers)`,
        );
      const other = pinned.get(family);
      if (other !== undefined && other !== id)
        throw new UsageError(
          `--pin: ${JSON.stringify(other)} and ${JSON.stringify(id)} are sizes of the same family; pin one`,
        );
      pinned.set(family, id);
    }
    set(FIELDS.pins.path, 'pin', [...new Set(list)]);
  }

  const state = str(FIELDS.stateStore.cli);
  if (state !== undefined) {
    s.state = parseStateFlag(state);
    flagOf.set('state', FIELDS.stateStore.cli);
  }

  const spread = str(FIELDS.spreadTrafficPct.cli);
  if (spread !== undefined) {
    s.spread = parseSpreadFlag(spread);
    flagOf.set('spread', FIELDS.spreadTrafficPct.cli);
  }

  const r = parseScenario(s);
  if (r.ok)
    return {
      scenario: r.scenario,
      notices: [...(shared?.notices ?? []), ...(traffic ? importNotices(traffic) : [])],
      ...(traffic ? { traffic } : {}),
      spreadsApply:
        spread !== undefined || shared !== undefined || (file !== undefined && 'spread' in file),
      compareChanges: shared?.compareChanges ?? null,
    };
  const messages = r.errors.map((line) => {
    const path = line.slice(0, line.indexOf(':'));
    const top = path.split('.')[0] ?? path;
    const flag = flagOf.get(path) ?? flagOf.get(top);
    if (flag) return `--${flag}${line.slice(path.length)}`;
    return flags.scenario !== undefined ? `--scenario ${flags.scenario}: ${line}` : line;
  });
  throw new UsageError(messages.join('\n'));
}

/**
 * `--traffic FILE`: requests a month, the mean duration (when the file has durations) and the
 * week's shape from the file; flags given beside it still override each of them.
 */
function applyTrafficFlag(
  flags: Flags,
  s: Loose,
  set: (path: string, flag: string, value: unknown) => void,
): Extract<ImportResult, { ok: true }> | undefined {
  const path = typeof flags.traffic === 'string' ? flags.traffic : undefined;
  const formatText = flags['traffic-format'];
  if (path === undefined) {
    if (typeof formatText === 'string')
      throw new UsageError('--traffic-format: only with --traffic FILE');
    return undefined;
  }
  const memoryText = flags[FIELDS.memoryMb.cli];
  const memoryMb =
    typeof memoryText === 'string'
      ? (parseFieldValue(FIELDS.memoryMb, FIELDS.memoryMb.cli, memoryText) as number)
      : typeof s.memoryMb === 'number'
        ? s.memoryMb
        : FIELDS.memoryMb.default;
  const r = importFile(
    path,
    parseTrafficFormat(typeof formatText === 'string' ? formatText : undefined),
    memoryMb,
  );
  if (!r.ok) throw new UsageError([...importNotices(r), `--traffic: ${r.message}`].join('\n'));
  const w = importedWorkload(r.derived);
  set(FIELDS.requests.path, 'traffic', w.requests);
  set(FIELDS.everyMinutes.path, 'traffic', w.everyMinutes);
  if (w.durationMs !== null) {
    set(FIELDS.durationMs.path, 'traffic', w.durationMs);
    if (typeof s.cpuMs === 'number' && s.cpuMs > w.durationMs) s.cpuMs = w.durationMs;
  }
  set('pattern', 'traffic', { kind: 'custom', weights: w.weights });
  return r;
}

/**
 * `--pattern KIND` replaces the pattern; its parameters (`--peak-to-average` …) apply to the kind
 * chosen, or the base's, with that kind's bounds.
 */
function applyPatternFlags(flags: Flags, s: Loose, flagOf: Map<string, string>): void {
  const kindField = FIELDS.patternKind;
  const kindText = flags[kindField.cli];
  if (typeof kindText === 'string') {
    s.pattern = { kind: parseChoice(kindField.cli, kindText.trim(), kindField.values) };
    flagOf.set('pattern', kindField.cli);
  }
  const pattern = asObject(s.pattern);
  const kind = PATTERN_KINDS.find((k) => k === pattern.kind) ?? kindField.default;
  for (const flag of PATTERN_FLAGS) {
    const raw = flags[flag];
    if (typeof raw !== 'string') continue;
    const f = FIELD_SPECS.find((x): x is NumberSpec => x.cli === flag && x.variant === kind);
    if (f === undefined) {
      const kinds = FIELD_SPECS.filter((x: FieldSpec) => x.cli === flag).map((x) => x.variant);
      throw new UsageError(
        `--${flag}: only with --pattern ${kinds.join(' or ')} (the pattern is ${kind})`,
      );
    }
    pattern[f.path.split('.')[1] ?? f.path] = parseFieldValue(f, flag, raw);
    flagOf.set(f.path, flag);
  }
  if (PATTERN_FLAGS.some((flag) => typeof flags[flag] === 'string')) s.pattern = pattern;
}
