/**
 * The one URL codec: a scenario ⇄ a query string with short readable keys and a version key `v`.
 *
 * Decoding is a restore (the excalidraw way): start from the defaults and keep each field that
 * validates. A bad, out-of-range, malformed or repeated value costs only that field, which keeps
 * its default and yields a notice naming the parameter and why. Unknown keys are ignored.
 *
 * The checks mirror `scenarioSchema` in src/engine/scenario.ts by hand so that this module (loaded
 * before first render) pulls in no zod; codec.test.ts proves every decoded scenario passes the schema.
 * Changing a default changes what an old link means: bump CURRENT_VERSION and add a migration.
 */
import type { ColdStartOptions, Pattern, Scenario, StateOptions } from '../engine/scenario.ts';

export const CURRENT_VERSION = 1;

/** Ceilings copied from scenario.ts (MAX_REQUESTS_PER_MONTH, MINUTES_PER_MONTH). */
const MAX_REQUESTS_PER_MONTH = 1e12;
const MINUTES_PER_MONTH = 730 * 60;

/** The offers a first-time visitor compares: a small API on four FaaS against three servers. */
export const DEFAULT_OFFER_IDS: readonly string[] = [
  'aws-lambda-arm64',
  'gcp-cloud-run-functions',
  'azure-functions-consumption',
  'cloudflare-workers-standard',
  'aws-ec2-t4g-small',
  'aws-fargate-arm64',
  'do-basic-1gb',
];

/** The page's default scenario: the engine's DEFAULT_SCENARIO with the default offers chosen. */
export const DEFAULT_PAGE_SCENARIO: Scenario = {
  workload: { requests: 1000, everyMinutes: 5 },
  pattern: { kind: 'constant' },
  durationMs: 200,
  cpuMs: 20,
  memoryMb: 512,
  ephemeralStorageMb: 512,
  responseKb: 4,
  requestKb: 1,
  area: 'us-east',
  faas: {
    architecture: 'arm64',
    freeTier: true,
    frontDoor: null,
    newCustomerFreeTier: false,
    provisionedConcurrency: 0,
  },
  alwaysOn: {
    minInstances: 1,
    targetUtilization: 0.7,
    requestsInFlightPerInstance: 50,
    loadBalancer: false,
    containerVcpu: 0.25,
    containerMemoryMb: 512,
  },
  offers: [...DEFAULT_OFFER_IDS],
  horizon: 'month',
};

/**
 * Issue 6's optional groups, copied from scenario.ts (DEFAULT_COLD_START_OPTIONS,
 * DEFAULT_STATE_OPTIONS). A scenario without the group means these defaults to the engine.
 */
export const COLD_START_DEFAULTS: ColdStartOptions = {
  arrivals: 'random',
  runtime: 'nodejs',
  initMs: null,
  keepAliveMinutes: null,
  includeCost: false,
};
export const STATE_DEFAULTS: StateOptions = {
  store: 'none',
  readsPerRequest: 0,
  writesPerRequest: 0,
  itemKb: 1,
};
export const RUNTIMES = ['nodejs', 'python', 'go', 'java', 'dotnet', 'ruby'] as const;
export const STATE_STORES = ['none', 'dynamodb', 's3', 'firestore', 'redis'] as const;
/** Display currencies (src/lib/format.ts DISPLAY_CURRENCIES); absent means USD. */
export const CURRENCIES = ['USD', 'EUR', 'GBP'] as const;

export const PATTERN_DEFAULTS = {
  'business-hours': { kind: 'business-hours', offHoursRatio: 0.05 },
  diurnal: { kind: 'diurnal', peakToAverage: 2 },
  spiky: { kind: 'spiky', peakToAverage: 6, burstsPerDay: 2 },
  constant: { kind: 'constant' },
} as const satisfies Record<Pattern['kind'], Pattern>;

export interface CodecNotice {
  /** The query parameter, e.g. "n". */
  param: string;
  /** What the parameter means, e.g. "requests". */
  field: string;
  /** Why it was not used, e.g. '"banana" is not a number'. */
  reason: string;
}

export interface Decoded {
  scenario: Scenario;
  notices: CodecNotice[];
}

/** One parameter's check: the value, or why it cannot be used. Also used by the widget's own keys. */
export type Check<T> = (raw: string) => { ok: true; value: T } | { ok: false; reason: string };

interface NumberRule {
  min?: number;
  /** Exclusive minimum. */
  gt?: number;
  max: number;
  int?: boolean;
}

function num(rule: NumberRule): Check<number> {
  return (raw) => {
    const t = raw.trim();
    // Number('') is 0 and Number('0x10') is 16: accept only plain decimal notation.
    if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t))
      return { ok: false, reason: `"${raw}" is not a number` };
    const value = Number(t);
    if (!Number.isFinite(value)) return { ok: false, reason: `"${raw}" is too large` };
    if (rule.int && !Number.isInteger(value))
      return { ok: false, reason: `${t} is not a whole number` };
    if (rule.min !== undefined && value < rule.min)
      return { ok: false, reason: `${t} is below the minimum of ${rule.min}` };
    if (rule.gt !== undefined && value <= rule.gt)
      return { ok: false, reason: `${t} must be more than ${rule.gt}` };
    if (value > rule.max) return { ok: false, reason: `${t} is above the maximum of ${rule.max}` };
    return { ok: true, value };
  };
}

export function oneOf<T extends string>(values: readonly T[]): Check<T> {
  return (raw) =>
    (values as readonly string[]).includes(raw)
      ? { ok: true, value: raw as T }
      : { ok: false, reason: `"${raw}" is not one of ${values.join(', ')}` };
}

export const bool: Check<boolean> = (raw) =>
  raw === '1' || raw === '0'
    ? { ok: true, value: raw === '1' }
    : { ok: false, reason: `"${raw}" is not 1 or 0` };

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const offerList: Check<string[]> = (raw) => {
  if (raw === '') return { ok: true, value: [] };
  const ids = raw.split(',');
  const bad = ids.find((id) => !ID.test(id));
  if (bad !== undefined) return { ok: false, reason: `"${bad}" is not an offer id` };
  return { ok: true, value: [...new Set(ids)] };
};

const frontDoor: Check<string | null> = (raw) =>
  raw === 'none'
    ? { ok: true, value: null }
    : ID.test(raw)
      ? { ok: true, value: raw }
      : { ok: false, reason: `"${raw}" is not an offer id` };

/** A number, or "auto" for null (the runtime's or the provider's default). */
function orAuto(rule: NumberRule): Check<number | null> {
  return (raw) => (raw === 'auto' ? { ok: true, value: null } : num(rule)(raw));
}

/** cpuMs is optional: "d" means "same as the duration" (the engine's default). */
const cpu: Check<number | undefined> = (raw) =>
  raw === 'd' ? { ok: true, value: undefined } : num({ gt: 0, max: 3_600_000 })(raw);

const PATTERN_KEYS: Record<string, Pattern['kind']> = {
  constant: 'constant',
  business: 'business-hours',
  diurnal: 'diurnal',
  spiky: 'spiky',
};
const PATTERN_PARAM: Record<Pattern['kind'], string> = {
  constant: 'constant',
  'business-hours': 'business',
  diurnal: 'diurnal',
  spiky: 'spiky',
};

/** Every parameter: key, what it means, how to read it, and where it lives in the scenario. */
interface Field<T> {
  key: string;
  label: string;
  check: Check<T>;
  get: (s: Scenario) => T;
  set: (s: Scenario, v: T) => Scenario;
  /** Always written, even at its default (the workload and the offers define the question). */
  always?: boolean;
  /** Written whenever this says so (instead of "when it differs from the default"). */
  present?: (s: Scenario) => boolean;
  /** An optional group of issue 6: written only when the scenario has the group. */
  group?: 'coldStart' | 'state';
  encode?: (v: T) => string;
}

function field<T>(f: Field<T>): Field<unknown> {
  return f as unknown as Field<unknown>;
}

const coldStartOf = (s: Scenario): ColdStartOptions => s.coldStart ?? COLD_START_DEFAULTS;
const stateOf = (s: Scenario): StateOptions => s.state ?? STATE_DEFAULTS;

function coldStartField<K extends keyof ColdStartOptions>(
  key: string,
  label: string,
  prop: K,
  check: Check<ColdStartOptions[K]>,
  encode?: (v: ColdStartOptions[K]) => string,
): Field<unknown> {
  return field<ColdStartOptions[K]>({
    key,
    label,
    check,
    group: 'coldStart',
    get: (s) => coldStartOf(s)[prop],
    set: (s, v) => ({ ...s, coldStart: { ...coldStartOf(s), [prop]: v } }),
    ...(encode ? { encode } : {}),
  });
}

function stateField<K extends keyof StateOptions>(
  key: string,
  label: string,
  prop: K,
  check: Check<StateOptions[K]>,
): Field<unknown> {
  return field<StateOptions[K]>({
    key,
    label,
    check,
    group: 'state',
    get: (s) => stateOf(s)[prop],
    set: (s, v) => ({ ...s, state: { ...stateOf(s), [prop]: v } }),
  });
}

const autoText = (v: number | null) => (v === null ? 'auto' : numberText(v));

const FIELDS: Field<unknown>[] = [
  field({
    key: 'n',
    label: 'requests',
    check: num({ min: 0, max: MAX_REQUESTS_PER_MONTH }),
    get: (s) => s.workload.requests,
    set: (s, requests) => ({ ...s, workload: { ...s.workload, requests } }),
    always: true,
  }),
  field({
    key: 'm',
    label: 'every … minutes',
    check: num({ gt: 0, max: MINUTES_PER_MONTH }),
    get: (s) => s.workload.everyMinutes,
    set: (s, everyMinutes) => ({ ...s, workload: { ...s.workload, everyMinutes } }),
    always: true,
  }),
  field({
    key: 'd',
    label: 'duration (ms)',
    check: num({ gt: 0, max: 3_600_000 }),
    get: (s) => s.durationMs,
    set: (s, durationMs) => ({ ...s, durationMs }),
    always: true,
  }),
  field<number | undefined>({
    key: 'c',
    label: 'CPU time (ms)',
    check: cpu,
    get: (s) => s.cpuMs,
    set: (s, cpuMs) => withCpu(s, cpuMs),
    always: true,
    encode: (v) => (v === undefined ? 'd' : numberText(v)),
  }),
  field({
    key: 'mem',
    label: 'memory (MB)',
    check: num({ min: 64, max: 32_768 }),
    get: (s) => s.memoryMb,
    set: (s, memoryMb) => ({ ...s, memoryMb }),
    always: true,
  }),
  field({
    key: 'st',
    label: 'ephemeral storage (MB)',
    check: num({ min: 0, max: 10_240 }),
    get: (s) => s.ephemeralStorageMb,
    set: (s, ephemeralStorageMb) => ({ ...s, ephemeralStorageMb }),
  }),
  field({
    key: 'rs',
    label: 'response size (KB)',
    check: num({ min: 0, max: 1_048_576 }),
    get: (s) => s.responseKb,
    set: (s, responseKb) => ({ ...s, responseKb }),
  }),
  field({
    key: 'rq',
    label: 'request size (KB)',
    check: num({ min: 0, max: 1_048_576 }),
    get: (s) => s.requestKb,
    set: (s, requestKb) => ({ ...s, requestKb }),
  }),
  field({
    key: 'a',
    label: 'area',
    check: oneOf(['us-east', 'us-west', 'europe', 'asia-pacific'] as const),
    get: (s) => s.area,
    set: (s, area) => ({ ...s, area }),
  }),
  field({
    key: 'arch',
    label: 'FaaS architecture',
    check: oneOf(['arm64', 'x86_64'] as const),
    get: (s) => s.faas.architecture,
    set: (s, architecture) => ({ ...s, faas: { ...s.faas, architecture } }),
  }),
  field({
    key: 'ft',
    label: 'free tier',
    check: bool,
    get: (s) => s.faas.freeTier,
    set: (s, freeTier) => ({ ...s, faas: { ...s.faas, freeTier } }),
    encode: (v) => (v ? '1' : '0'),
  }),
  field({
    key: 'fd',
    label: 'front door',
    check: frontDoor,
    get: (s) => s.faas.frontDoor,
    set: (s, fd) => ({ ...s, faas: { ...s.faas, frontDoor: fd } }),
    encode: (v) => v ?? 'none',
  }),
  field({
    key: 'nft',
    label: 'front door new-customer free tier',
    check: bool,
    get: (s) => s.faas.newCustomerFreeTier,
    set: (s, newCustomerFreeTier) => ({ ...s, faas: { ...s.faas, newCustomerFreeTier } }),
    encode: (v) => (v ? '1' : '0'),
  }),
  field({
    key: 'pc',
    label: 'FaaS minimum instances',
    check: num({ min: 0, max: 10_000, int: true }),
    get: (s) => s.faas.provisionedConcurrency,
    set: (s, provisionedConcurrency) => ({ ...s, faas: { ...s.faas, provisionedConcurrency } }),
  }),
  field({
    key: 'min',
    label: 'server minimum instances',
    check: num({ min: 1, max: 10_000, int: true }),
    get: (s) => s.alwaysOn.minInstances,
    set: (s, minInstances) => ({ ...s, alwaysOn: { ...s.alwaysOn, minInstances } }),
  }),
  field({
    key: 'u',
    label: 'target CPU utilisation',
    check: num({ gt: 0, max: 1 }),
    get: (s) => s.alwaysOn.targetUtilization,
    set: (s, targetUtilization) => ({ ...s, alwaysOn: { ...s.alwaysOn, targetUtilization } }),
  }),
  field({
    key: 'inf',
    label: 'requests in flight per instance',
    check: num({ min: 1, max: 100_000, int: true }),
    get: (s) => s.alwaysOn.requestsInFlightPerInstance,
    set: (s, requestsInFlightPerInstance) => ({
      ...s,
      alwaysOn: { ...s.alwaysOn, requestsInFlightPerInstance },
    }),
  }),
  field({
    key: 'lb',
    label: 'load balancer',
    check: bool,
    get: (s) => s.alwaysOn.loadBalancer,
    set: (s, loadBalancer) => ({ ...s, alwaysOn: { ...s.alwaysOn, loadBalancer } }),
    encode: (v) => (v ? '1' : '0'),
  }),
  field({
    key: 'cv',
    label: 'container vCPU',
    check: num({ gt: 0, max: 192 }),
    get: (s) => s.alwaysOn.containerVcpu,
    set: (s, containerVcpu) => ({ ...s, alwaysOn: { ...s.alwaysOn, containerVcpu } }),
  }),
  field({
    key: 'cm',
    label: 'container memory (MB)',
    check: num({ min: 128, max: 786_432 }),
    get: (s) => s.alwaysOn.containerMemoryMb,
    set: (s, containerMemoryMb) => ({ ...s, alwaysOn: { ...s.alwaysOn, containerMemoryMb } }),
  }),
  // Issue 6: cold starts, external state, the trigger. Old links without them keep the defaults.
  coldStartField(
    'arr',
    'request arrivals',
    'arrivals',
    oneOf(['random', 'even', 'bursts'] as const),
  ),
  coldStartField('rt', 'runtime', 'runtime', oneOf(RUNTIMES)),
  coldStartField(
    'init',
    'cold-start init (ms)',
    'initMs',
    orAuto({ min: 0, max: 120_000 }),
    autoText,
  ),
  coldStartField(
    'ka',
    'keep-alive (minutes)',
    'keepAliveMinutes',
    orAuto({ gt: 0, max: 1440 }),
    autoText,
  ),
  coldStartField('csc', 'cold-start cost in totals', 'includeCost', bool, (v) => (v ? '1' : '0')),
  stateField('xs', 'external state store', 'store', oneOf(STATE_STORES)),
  stateField('xr', 'state reads per request', 'readsPerRequest', num({ min: 0, max: 10_000 })),
  stateField('xw', 'state writes per request', 'writesPerRequest', num({ min: 0, max: 10_000 })),
  stateField('xkb', 'state item size (KB)', 'itemKb', num({ gt: 0, max: 400 })),
  field({
    key: 'trig',
    label: 'trigger',
    check: oneOf(['http', 'schedule'] as const),
    get: (s) => s.trigger,
    set: (s, trigger) => ({ ...s, trigger }),
    present: (s) => s.trigger !== undefined,
  }),
  field({
    key: 'p',
    label: 'offers',
    check: offerList,
    get: (s) => s.offers,
    set: (s, offers) => ({ ...s, offers }),
    always: true,
    encode: (v) => v.join(','),
  }),
  field({
    key: 'h',
    label: 'horizon',
    check: oneOf(['day', 'week', 'month'] as const),
    get: (s) => s.horizon,
    set: (s, horizon) => ({ ...s, horizon }),
  }),
  // Display currency: written when the scenario names one, so `cur=USD` also round-trips.
  field({
    key: 'cur',
    label: 'display currency',
    check: oneOf(CURRENCIES),
    get: (s) => s.currency,
    set: (s, currency) => ({ ...s, currency }),
    present: (s) => s.currency !== undefined,
  }),
];

function withCpu(s: Scenario, cpuMs: number | undefined): Scenario {
  const { cpuMs: _drop, ...rest } = s;
  void _drop;
  return cpuMs === undefined ? rest : { ...rest, cpuMs };
}

/** Pattern parameters: `pat` picks the shape, `pk`, `off` and `b` tune it. */
const PATTERN_FIELDS = {
  pk: { label: 'peak-to-average ratio' },
  off: { label: 'off-hours share', check: num({ min: 0, max: 1 }) },
  b: { label: 'bursts per day', check: num({ min: 1, max: 12, int: true }) },
} as const;

/** String(-0) is "0"; keep the sign so a decoded scenario equals the encoded one exactly. */
function numberText(v: unknown): string {
  return Object.is(v, -0) ? '-0' : String(v);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Scenario → query string (without "?"). Defaults are left out except the always-written fields. */
export function encodeScenario(s: Scenario): string {
  const q = new URLSearchParams();
  q.set('v', String(CURRENT_VERSION));
  const written = new Set<string>();
  for (const f of FIELDS) {
    if (f.group && s[f.group] === undefined) continue;
    const value = f.get(s);
    const write = f.present ? f.present(s) : f.always || !same(value, f.get(DEFAULT_PAGE_SCENARIO));
    if (!write) continue;
    q.set(f.key, f.encode ? f.encode(value) : numberText(value));
    if (f.group) written.add(f.group);
  }
  // A group present at all its defaults still shows, so the link restores exactly the same scenario.
  for (const group of ['coldStart', 'state'] as const) {
    if (s[group] === undefined || written.has(group)) continue;
    const first = FIELDS.find((f) => f.group === group);
    if (first)
      q.set(first.key, first.encode ? first.encode(first.get(s)) : numberText(first.get(s)));
  }
  const p = s.pattern;
  if (p.kind !== 'constant') {
    q.set('pat', PATTERN_PARAM[p.kind]);
    if (p.kind === 'business-hours') q.set('off', numberText(p.offHoursRatio));
    else {
      q.set('pk', numberText(p.peakToAverage));
      if (p.kind === 'spiky') q.set('b', numberText(p.burstsPerDay));
    }
  }
  return q.toString();
}

/** Read one parameter: missing → undefined; repeated or invalid → a notice. */
export function read<T>(
  q: URLSearchParams,
  key: string,
  label: string,
  check: Check<T>,
  notices: CodecNotice[],
): { found: true; value: T } | { found: false } {
  const all = q.getAll(key);
  if (all.length === 0) return { found: false };
  if (all.length > 1) {
    notices.push({
      param: key,
      field: label,
      reason: `it appears ${all.length} times, so none was used`,
    });
    return { found: false };
  }
  const r = check(all[0] ?? '');
  if (!r.ok) {
    notices.push({ param: key, field: label, reason: r.reason });
    return { found: false };
  }
  return { found: true, value: r.value };
}

/** Links written before `v` existed (v0) spelled memory `mb` and the pattern `pattern`. */
function migrate(q: URLSearchParams, version: number): URLSearchParams {
  const out = new URLSearchParams(q);
  if (version < 1) {
    for (const [from, to] of [
      ['mb', 'mem'],
      ['pattern', 'pat'],
    ] as const) {
      if (out.has(from) && !out.has(to)) for (const v of out.getAll(from)) out.append(to, v);
      out.delete(from);
    }
  }
  return out;
}

export interface DecodeOptions {
  /** Known offer ids (the catalog's). When given, unknown ids in `p` and `fd` are dropped with a notice. */
  offerIds?: ReadonlySet<string>;
}

/** Query string (with or without "?") → scenario restored field by field onto the defaults. */
export function decodeScenario(
  search: string | URLSearchParams,
  opts: DecodeOptions = {},
): Decoded {
  const notices: CodecNotice[] = [];
  const input = typeof search === 'string' ? new URLSearchParams(search) : search;
  let version = CURRENT_VERSION;
  const v = read(input, 'v', 'version', num({ min: 0, max: 1e6, int: true }), notices);
  if (v.found) {
    if (v.value > CURRENT_VERSION)
      notices.push({
        param: 'v',
        field: 'version',
        reason: `version ${v.value} is newer than this page (${CURRENT_VERSION}); values were read as version ${CURRENT_VERSION}`,
      });
    else version = v.value;
  } else if ([...input.keys()].length > 0 && !input.has('v')) version = 0;
  const q = migrate(input, version);

  let s: Scenario = structuredClone(DEFAULT_PAGE_SCENARIO);
  for (const f of FIELDS) {
    const r = read(q, f.key, f.label, f.check, notices);
    if (r.found) s = f.set(s, r.value);
  }
  s = decodePattern(q, s, notices);
  s = checkAcrossFields(s, notices);
  if (opts.offerIds) s = restrictOffers(s, opts.offerIds, notices);
  return { scenario: s, notices };
}

function decodePattern(q: URLSearchParams, s: Scenario, notices: CodecNotice[]): Scenario {
  const kindKeys = Object.keys(PATTERN_KEYS);
  const kind = read(q, 'pat', 'traffic pattern', oneOf(kindKeys), notices);
  if (!kind.found) return s;
  const k = PATTERN_KEYS[kind.value] ?? 'constant';
  if (k === 'constant') return { ...s, pattern: { kind: 'constant' } };
  if (k === 'business-hours') {
    const off = read(q, 'off', PATTERN_FIELDS.off.label, PATTERN_FIELDS.off.check, notices);
    return {
      ...s,
      pattern: {
        ...PATTERN_DEFAULTS['business-hours'],
        ...(off.found ? { offHoursRatio: off.value } : {}),
      },
    };
  }
  const maxPeak = k === 'diurnal' ? 20 : 24;
  const pk = read(q, 'pk', PATTERN_FIELDS.pk.label, num({ min: 1, max: maxPeak }), notices);
  if (k === 'diurnal')
    return {
      ...s,
      pattern: { ...PATTERN_DEFAULTS.diurnal, ...(pk.found ? { peakToAverage: pk.value } : {}) },
    };
  const b = read(q, 'b', PATTERN_FIELDS.b.label, PATTERN_FIELDS.b.check, notices);
  return {
    ...s,
    pattern: {
      ...PATTERN_DEFAULTS.spiky,
      ...(pk.found ? { peakToAverage: pk.value } : {}),
      ...(b.found ? { burstsPerDay: b.value } : {}),
    },
  };
}

/** The schema's cross-field rules: at most 10^12 requests a month; CPU time ≤ duration. */
function checkAcrossFields(s: Scenario, notices: CodecNotice[]): Scenario {
  let out = s;
  const perMonth = (out.workload.requests / out.workload.everyMinutes) * MINUTES_PER_MONTH;
  if (perMonth > MAX_REQUESTS_PER_MONTH) {
    notices.push({
      param: 'n',
      field: 'requests',
      reason: `${out.workload.requests} every ${out.workload.everyMinutes} minutes is more than 10^12 requests a month`,
    });
    out = { ...out, workload: { ...DEFAULT_PAGE_SCENARIO.workload } };
  }
  if (out.cpuMs !== undefined && out.cpuMs > out.durationMs) {
    notices.push({
      param: 'c',
      field: 'CPU time (ms)',
      reason: `${out.cpuMs} ms of CPU cannot exceed the ${out.durationMs} ms duration`,
    });
    const fallback = DEFAULT_PAGE_SCENARIO.cpuMs;
    out = withCpu(out, fallback !== undefined && fallback <= out.durationMs ? fallback : undefined);
  }
  return out;
}

/** Drop offer ids the catalog does not know, naming them; an emptied list falls back to the defaults. */
export function restrictOffers(
  s: Scenario,
  known: ReadonlySet<string>,
  notices: CodecNotice[],
): Scenario {
  let out = s;
  const unknown = s.offers.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const kept = s.offers.filter((id) => known.has(id));
    notices.push({
      param: 'p',
      field: 'offers',
      reason: `no offer is called ${unknown.map((id) => `"${id}"`).join(', ')}${kept.length === 0 ? '; the default offers are shown' : ''}`,
    });
    out = {
      ...out,
      offers: kept.length > 0 ? kept : DEFAULT_PAGE_SCENARIO.offers.filter((id) => known.has(id)),
    };
  }
  if (out.faas.frontDoor !== null && !known.has(out.faas.frontDoor)) {
    notices.push({
      param: 'fd',
      field: 'front door',
      reason: `no front door is called "${out.faas.frontDoor}"`,
    });
    out = { ...out, faas: { ...out.faas, frontDoor: null } };
  }
  return out;
}

/** One line for people: 'n: "banana" is not a number; requests keeps its default.' */
export function describeNotice(n: CodecNotice): string {
  return `${n.param} (${n.field}): ${n.reason}.`;
}
