/**
 * The one URL codec: a scenario ⇄ a query string with short readable keys and a version key `v`.
 *
 * Decoding is a restore (the excalidraw way): start from the defaults and keep each field that
 * validates. A bad, out-of-range, malformed or repeated value costs only that field, which keeps
 * its default and yields a notice naming the parameter and why. Unknown keys are ignored.
 *
 * Keys, bounds, enums and defaults come from the scenario spec (src/scenario/spec.ts), which imports
 * nothing, so this module (loaded before first render) pulls in no zod; codec.test.ts proves every
 * decoded scenario passes the schema. Changing a default changes what an old link means: bump
 * CURRENT_VERSION and add a migration.
 */
import {
  DEFAULT_COLD_START_OPTIONS,
  DEFAULT_GROWTH_OPTIONS,
  DEFAULT_PAGE_SCENARIO,
  DEFAULT_STATE_OPTIONS,
  PATTERN_DEFAULTS,
} from '../engine/default-scenario.ts';
import type { Pattern, Scenario } from '../engine/scenario.ts';
import { decodeProfile, encodeProfile } from './profile-codec.ts';
import {
  FIELD_SPECS,
  FIELDS,
  labelOf,
  MAX_REQUESTS_PER_MONTH,
  MINUTES_PER_MONTH,
  numberProblem,
  OPTIONAL_GROUPS,
  patternFields,
  type FieldSpec,
  type NumberBounds,
} from '../scenario/spec.ts';

export const CURRENT_VERSION = 1;

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

/** A decimal number within the bounds (a spec field's, or the version key's). */
function num(f: NumberBounds): Check<number> {
  return (raw) => {
    const t = raw.trim();
    // Number('') is 0 and Number('0x10') is 16: accept only plain decimal notation.
    if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t))
      return { ok: false, reason: `"${raw}" is not a number` };
    const value = Number(t);
    if (!Number.isFinite(value)) return { ok: false, reason: `"${raw}" is too large` };
    const problem = numberProblem(f, value, t);
    return problem === null ? { ok: true, value } : { ok: false, reason: problem };
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

/** A field's value in a link: its own spelling of null ("auto", "none") and of absent ("d"). */
function checkOf(f: FieldSpec): Check<unknown> {
  switch (f.type) {
    case 'number': {
      const n = num(f);
      return (raw) =>
        f.nullText !== undefined && raw === f.nullText
          ? { ok: true, value: null }
          : f.absentText !== undefined && raw === f.absentText
            ? { ok: true, value: undefined }
            : n(raw);
    }
    case 'enum': {
      const tokens = f.values.map((v) => urlToken(f, v));
      const check = oneOf(tokens);
      return (raw) => {
        const r = check(raw);
        return r.ok ? { ok: true, value: f.values[tokens.indexOf(r.value)] } : r;
      };
    }
    case 'boolean':
      return bool;
    case 'offer-id':
      return (raw) =>
        raw === f.nullText
          ? { ok: true, value: null }
          : ID.test(raw)
            ? { ok: true, value: raw }
            : { ok: false, reason: `"${raw}" is not an offer id` };
    case 'offer-ids':
      return offerList;
    case 'profile':
      return (raw) => decodeProfile(raw, f.length);
  }
}

function urlToken(f: FieldSpec, value: string): string {
  return (f.type === 'enum' && f.urlValues?.[value]) || value;
}

/** A field's value as written in a link. */
function textOf(f: FieldSpec, v: unknown): string {
  if (v === null && 'nullText' in f && f.nullText !== undefined) return f.nullText;
  if (v === undefined && f.type === 'number' && f.absentText !== undefined) return f.absentText;
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (f.type === 'profile') return encodeProfile(v as number[]);
  if (Array.isArray(v)) return v.join(',');
  if (typeof v === 'string') return urlToken(f, v);
  return numberText(v);
}

type Group = (typeof OPTIONAL_GROUPS)[number];
const GROUP_DEFAULTS: Record<Group, object> = {
  coldStart: DEFAULT_COLD_START_OPTIONS,
  state: DEFAULT_STATE_OPTIONS,
  growth: DEFAULT_GROWTH_OPTIONS,
};

function groupOf(f: FieldSpec): Group | undefined {
  const top = f.path.split('.')[0];
  return OPTIONAL_GROUPS.find((g) => g === top);
}

type Loose = Record<string, unknown>;

/** The value at a field's path; an absent optional group reads as its defaults. */
function getAt(s: Scenario, path: string): unknown {
  const [top = '', sub] = path.split('.');
  const v = (s as unknown as Loose)[top];
  if (sub === undefined) return v;
  const group = OPTIONAL_GROUPS.find((g) => g === top);
  const obj = v ?? (group ? GROUP_DEFAULTS[group] : undefined);
  return (obj as Loose | undefined)?.[sub];
}

/** The scenario with one field replaced; undefined removes an optional field. */
function setAt(s: Scenario, path: string, value: unknown): Scenario {
  const [top = '', sub] = path.split('.');
  const loose = s as unknown as Loose;
  if (sub === undefined) {
    if (value !== undefined) return { ...loose, [top]: value } as unknown as Scenario;
    const { [top]: _old, ...rest } = loose;
    void _old;
    return rest as unknown as Scenario;
  }
  const group = OPTIONAL_GROUPS.find((g) => g === top);
  const parent = (loose[top] ?? (group ? GROUP_DEFAULTS[group] : {})) as Loose;
  return { ...loose, [top]: { ...parent, [sub]: value } } as unknown as Scenario;
}

/** Every parameter but the pattern's, in the link's order. */
const FIELDS_IN_LINK = FIELD_SPECS.filter((f) => !f.path.startsWith('pattern.'));
/** String(-0) is "0"; keep the sign so a decoded scenario equals the encoded one exactly. */
function numberText(v: unknown): string {
  return Object.is(v, -0) ? '-0' : String(v);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Scenario → query string (without "?"). Defaults are left out except the always-written fields;
 * `every` writes every field a scenario has at its value, defaults too (for comparing two
 * scenarios key by key, src/url/compare.ts).
 */
export function encodeScenario(s: Scenario, every = false): string {
  const q = new URLSearchParams();
  q.set('v', String(CURRENT_VERSION));
  const written = new Set<Group>();
  for (const f of FIELDS_IN_LINK) {
    const group = groupOf(f);
    if (group && s[group] === undefined && !every) continue;
    const value = getAt(s, f.path);
    // An optional field is written when the scenario has it (so `cur=USD` also round-trips).
    const write = f.optional
      ? f.urlAlways || value !== undefined
      : every || f.urlAlways || !same(value, getAt(DEFAULT_PAGE_SCENARIO, f.path));
    if (!write) continue;
    q.set(f.url, textOf(f, value));
    if (group) written.add(group);
  }
  // A group present at all its defaults still shows, so the link restores exactly the same scenario.
  for (const group of OPTIONAL_GROUPS) {
    if (s[group] === undefined || written.has(group)) continue;
    const first = FIELDS_IN_LINK.find((f) => groupOf(f) === group);
    if (first) q.set(first.url, textOf(first, getAt(s, first.path)));
  }
  const p = s.pattern;
  if (every || p.kind !== FIELDS.patternKind.default) {
    q.set(FIELDS.patternKind.url, textOf(FIELDS.patternKind, p.kind));
    for (const f of patternFields(p.kind)) q.set(f.url, textOf(f, getAt(s, f.path)));
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
export function migrate(q: URLSearchParams, version: number): URLSearchParams {
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
  const v = read(input, 'v', 'version', num({ min: 0, max: 1e6, integer: true }), notices);
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
  for (const f of FIELDS_IN_LINK) {
    const r = read(q, f.url, labelOf(f), checkOf(f), notices);
    if (r.found) s = setAt(s, f.path, r.value);
    // Growth is shown only when the link names it: a bad rate still shows it, at the default rate.
    if (groupOf(f) === 'growth' && !s.growth && q.has(f.url))
      s = { ...s, growth: DEFAULT_GROWTH_OPTIONS };
  }
  s = decodePattern(q, s, notices);
  s = checkAcrossFields(s, notices, q.has(FIELDS.cpuMs.url));
  if (opts.offerIds) s = restrictOffers(s, opts.offerIds, notices);
  return { scenario: s, notices };
}

function decodePattern(q: URLSearchParams, s: Scenario, notices: CodecNotice[]): Scenario {
  const kindField = FIELDS.patternKind;
  const kind = read(q, kindField.url, labelOf(kindField), checkOf(kindField), notices);
  if (!kind.found) return s;
  const k = kind.value as Pattern['kind'];
  let pattern: Pattern = PATTERN_DEFAULTS[k];
  for (const f of patternFields(k)) {
    const r = read(q, f.url, labelOf(f), checkOf(f), notices);
    if (r.found) pattern = setAt({ ...s, pattern }, f.path, r.value).pattern;
  }
  return { ...s, pattern: { ...pattern } };
}

/**
 * The schema's cross-field rules: at most 10^12 requests a month; CPU time ≤ duration. A link
 * without `c` (by hand, or from before CPU time) whose duration is under the default CPU time gets
 * the whole duration, as the page and the CLI cap it, with no notice: it asked for nothing refused.
 */
function checkAcrossFields(s: Scenario, notices: CodecNotice[], cpuInLink: boolean): Scenario {
  let out = s;
  const perMonth = (out.workload.requests / out.workload.everyMinutes) * MINUTES_PER_MONTH;
  if (perMonth > MAX_REQUESTS_PER_MONTH) {
    notices.push({
      param: FIELDS.requests.url,
      field: labelOf(FIELDS.requests),
      reason: `${out.workload.requests} every ${out.workload.everyMinutes} minutes is more than 10^12 requests a month`,
    });
    out = { ...out, workload: { ...DEFAULT_PAGE_SCENARIO.workload } };
  }
  if (out.cpuMs !== undefined && out.cpuMs > out.durationMs) {
    if (cpuInLink)
      notices.push({
        param: FIELDS.cpuMs.url,
        field: labelOf(FIELDS.cpuMs),
        reason: `${out.cpuMs} ms of CPU cannot exceed the ${out.durationMs} ms duration`,
      });
    const fallback = DEFAULT_PAGE_SCENARIO.cpuMs;
    out = setAt(
      out,
      FIELDS.cpuMs.path,
      fallback !== undefined && fallback <= out.durationMs ? fallback : undefined,
    );
  }
  return out;
}

/**
 * Drop offer ids the catalog does not know (offers, families, pinned sizes), naming them; an
 * emptied offer list falls back to the defaults.
 */
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
  const unknownPins = out.pins.filter((id) => !known.has(id));
  if (unknownPins.length > 0) {
    notices.push({
      param: 'pin',
      field: 'pinned sizes',
      reason: `no size is called ${unknownPins.map((id) => `"${id}"`).join(', ')}`,
    });
    out = { ...out, pins: out.pins.filter((id) => known.has(id)) };
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
