/**
 * Walks every field of the scenario spec (src/scenario/spec.ts) through everything built from it
 * and proves they agree: the zod schema, the share-link codec, the CLI and the page's number inputs
 * (`boundsOf`, which every number input of a scenario field takes its bounds from).
 * For a number: the bounds pass everywhere, the nearest doubles just outside fail everywhere (and an
 * integer field refuses a half); for an enum: each value passes everywhere, an unknown one fails;
 * the default round-trips. Lives in scripts/ because only scripts may import the CLI.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COLD_START_OPTIONS,
  DEFAULT_GROWTH_OPTIONS,
  DEFAULT_PAGE_SCENARIO,
  DEFAULT_SCENARIO,
  DEFAULT_STATE_OPTIONS,
  PATTERN_DEFAULTS,
} from '../src/engine/default-scenario.ts';
import {
  coldStartOptionsSchema,
  growthOptionsSchema,
  parseScenario,
  patternSchema,
  scenarioSchema,
  stateOptionsSchema,
} from '../src/engine/scenario.ts';
import { FIELD_DOCS } from '../src/scenario/field-docs.ts';
import {
  FIELD_SPECS,
  FIELDS,
  labelOf,
  MINUTES_PER_MONTH,
  PATTERN_KINDS,
  type FieldSpec,
  type NumberSpec,
} from '../src/scenario/spec.ts';
import { loadCatalog } from '../src/catalog/load-from-disk.ts';
import { boundsOf, numberInputProblem } from '../src/lib/number-input.ts';
import { decodeScenario, encodeScenario } from '../src/url/codec.ts';
import { parseFlags, scenarioFromFlags, UsageError } from './lib/cli-scenario.ts';
import { runCost } from './lib/cost-cli.ts';

/** The next double above / below x: the nearest value just outside an inclusive bound. */
function nextDouble(x: number, dir: 1 | -1): number {
  if (x === 0) return dir * Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  view.setBigInt64(0, bits + BigInt((x > 0 ? 1 : -1) * dir));
  return view.getFloat64(0);
}

type Loose = Record<string, unknown>;

/** A scenario with one field set, in a context where the cross-field rules cannot interfere. */
function withValue(f: FieldSpec, value: unknown): Loose {
  const s = structuredClone(DEFAULT_PAGE_SCENARIO) as unknown as Loose;
  // Cross-field rules: requests a month ≤ 10^12, CPU time ≤ duration. Keep both out of the way.
  if (f === FIELDS.requests) s.workload = { requests: 0, everyMinutes: MINUTES_PER_MONTH };
  if (f === FIELDS.everyMinutes) s.workload = { requests: 0, everyMinutes: 5 };
  if (f === FIELDS.cpuMs) s.durationMs = FIELDS.durationMs.max;
  if (f === FIELDS.durationMs) delete s.cpuMs;
  if (f.variant) s.pattern = { ...PATTERN_DEFAULTS[f.variant] };
  const [top = '', sub] = f.path.split('.');
  if (sub === undefined) {
    if (value === undefined) delete s[top];
    else s[top] = value;
  } else s[top] = { ...((s[top] as Loose | undefined) ?? {}), [sub]: value };
  return s;
}

function valueAt(s: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Loose | undefined)?.[k], s);
}

/** The link of `withValue(f, …)` with the field's own parameter replaced by `raw`. */
function linkWith(f: FieldSpec, raw: string): string {
  const base = withValue(f, valueAt(DEFAULT_PAGE_SCENARIO, f.path) ?? f.default);
  const q = new URLSearchParams(encodeScenario(scenarioSchema.parse(base)));
  if (f.variant) q.set(FIELDS.patternKind.url, variantToken(f.variant));
  q.set(f.url, raw);
  return q.toString();
}

function variantToken(kind: (typeof PATTERN_KINDS)[number]): string {
  return (FIELDS.patternKind.urlValues as Partial<Record<string, string>>)[kind] ?? kind;
}

const offers = loadCatalog().offers;

/** The command line that sets the field to `raw`, in the same context as `withValue`. */
function argvFor(f: FieldSpec, raw: string): string[] {
  const flag = `--${f.cli}`;
  if (f.cliKey !== undefined) {
    if (f.cli === 'spread') return [`${flag}=${f.cliKey}=${raw}`];
    if (f.type === 'enum') return [`${flag}=${raw === 'none' ? raw : `${raw}:reads=1`}`];
    return [`${flag}=${f.cliKey === 'reads' ? `reads=${raw}` : `reads=1,${f.cliKey}=${raw}`}`];
  }
  const context: string[] =
    f === FIELDS.requests
      ? ['--every-minutes', String(MINUTES_PER_MONTH)]
      : f === FIELDS.everyMinutes
        ? ['--requests', '0']
        : f === FIELDS.cpuMs
          ? ['--duration-ms', String(FIELDS.durationMs.max)]
          : f === FIELDS.growthMonths
            ? [`--${FIELDS.growthPct.cli}`, '10']
            : f.variant
              ? ['--pattern', f.variant]
              : [];
  // FLAG=VALUE, so a negative value is not read as a flag.
  return f.type === 'boolean' ? [...context, flag] : [...context, `${flag}=${raw}`];
}

/** The CLI's scenario for these flags, or its usage message. */
function cli(argv: string[]): { scenario?: unknown; message?: string } {
  try {
    return { scenario: scenarioFromFlags(parseFlags(argv), offers).scenario };
  } catch (e) {
    if (e instanceof UsageError) return { message: e.message };
    throw e;
  }
}

const name = (f: FieldSpec) => `${f.path}${f.variant ? ` (${f.variant})` : ''}`;

/** In-range values to try: both bounds (or just inside an exclusive one) and the default. */
function inRange(f: NumberSpec): number[] {
  const low = f.minExclusive ? (f.integer ? f.min + 1 : nextDouble(f.min, 1)) : f.min;
  return [low, f.max];
}

/** The nearest values just outside the bounds (and a half for whole numbers). */
function outOfRange(f: NumberSpec): number[] {
  const step = f.integer ? 1 : 0;
  const below = f.minExclusive ? f.min : step ? f.min - 1 : nextDouble(f.min, -1);
  const above = step ? f.max + 1 : nextDouble(f.max, 1);
  return f.integer ? [below, above, f.min + 0.5] : [below, above];
}

describe('the scenario spec', () => {
  it('every field has a CLI flag, and a bad value exits 2 with one line naming it', () => {
    // The imported week has no flag of its own: --traffic FILE sets it (with the volume and duration).
    expect(FIELD_SPECS.filter((f) => f.cli === undefined).map((f) => f.path)).toEqual([
      FIELDS.customProfile.path,
    ]);
    const out = runCost(['--every-minutes', '0']);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      'cost: --every-minutes: 0 must be more than 0; expected more than 0 and at most 43,800 minutes\n',
    );
  });

  it('names each field once: unique share-link keys per pattern kind, a doc for every field', () => {
    const keys = FIELD_SPECS.filter((f) => !f.variant).map((f) => f.url);
    expect(new Set(keys).size).toBe(keys.length);
    for (const kind of PATTERN_KINDS) {
      const own = FIELD_SPECS.filter((f) => f.variant === kind).map((f) => f.url);
      expect(own.every((k) => !keys.includes(k))).toBe(true);
    }
    expect(Object.keys(FIELD_DOCS).sort()).toEqual(Object.keys(FIELDS).sort());
  });

  it('the zod-free defaults are what the schema makes of an empty input', () => {
    expect(scenarioSchema.parse(DEFAULT_SCENARIO)).toStrictEqual(DEFAULT_SCENARIO);
    expect(scenarioSchema.parse(DEFAULT_PAGE_SCENARIO)).toStrictEqual(DEFAULT_PAGE_SCENARIO);
    expect(
      scenarioSchema.parse({
        workload: DEFAULT_SCENARIO.workload,
        durationMs: DEFAULT_SCENARIO.durationMs,
        cpuMs: DEFAULT_SCENARIO.cpuMs,
        memoryMb: DEFAULT_SCENARIO.memoryMb,
      }),
    ).toStrictEqual(DEFAULT_SCENARIO);
    expect(coldStartOptionsSchema.parse({})).toStrictEqual(DEFAULT_COLD_START_OPTIONS);
    expect(stateOptionsSchema.parse({})).toStrictEqual(DEFAULT_STATE_OPTIONS);
    expect(growthOptionsSchema.parse({})).toStrictEqual(DEFAULT_GROWTH_OPTIONS);
    for (const kind of PATTERN_KINDS)
      expect(patternSchema.parse({ kind })).toStrictEqual(PATTERN_DEFAULTS[kind]);
  });

  for (const f of FIELD_SPECS) {
    describe(name(f), () => {
      it('its default is the default scenario’s, and round-trips through a share link', () => {
        const groups: Loose = {
          ...DEFAULT_SCENARIO,
          coldStart: DEFAULT_COLD_START_OPTIONS,
          state: DEFAULT_STATE_OPTIONS,
          growth: DEFAULT_GROWTH_OPTIONS,
          pattern: f.variant ? PATTERN_DEFAULTS[f.variant] : DEFAULT_SCENARIO.pattern,
        };
        if (f !== FIELDS.offers) expect(valueAt(groups, f.path)).toEqual(f.default);
        const s = scenarioSchema.parse(withValue(f, f.default));
        expect(decodeScenario(encodeScenario(s))).toEqual({ scenario: s, notices: [] });
      });

      if (f.type === 'number') {
        it(`accepts ${f.minExclusive ? 'just above' : ''} its minimum and its maximum`, () => {
          for (const v of inRange(f)) {
            const r = parseScenario(withValue(f, v));
            expect(r.ok, `${v}: ${r.ok ? '' : r.errors.join('; ')}`).toBe(true);
            if (!r.ok) continue;
            expect(valueAt(r.scenario, f.path)).toBe(v);
            const decoded = decodeScenario(encodeScenario(r.scenario));
            expect(decoded.notices).toEqual([]);
            expect(valueAt(decoded.scenario, f.path)).toBe(v);
            expect(decodeScenario(linkWith(f, String(v))).notices).toEqual([]);
            const fromCli = cli(argvFor(f, String(v)));
            expect(fromCli.message).toBeUndefined();
            expect(valueAt(fromCli.scenario, f.path)).toBe(v);
            expect(numberInputProblem(String(v), { label: f.label, ...boundsOf(f) })).toBeNull();
          }
        });

        it('refuses the nearest values outside its bounds', () => {
          for (const v of outOfRange(f)) {
            const r = parseScenario(withValue(f, v));
            expect(r.ok, String(v)).toBe(false);
            if (!r.ok) expect(r.errors.join('\n')).toMatch(new RegExp(`^${f.path}: `, 'm'));
            const decoded = decodeScenario(linkWith(f, String(v)));
            expect(decoded.notices, String(v)).toEqual([
              expect.objectContaining({ param: f.url, field: labelOf(f) }),
            ]);
            expect(valueAt(decoded.scenario, f.path)).toEqual(f.default);
            const flag = f.cliKey !== undefined ? `--${f.cli}: ${f.cliKey}: ` : `--${f.cli}: `;
            expect(cli(argvFor(f, String(v))).message, String(v)).toMatch(
              new RegExp(`^${flag}${String(v).replace(/[.+]/g, '\\$&')} .*; expected `),
            );
            expect(numberInputProblem(String(v), { label: f.label, ...boundsOf(f) })).toMatch(
              new RegExp(`^${f.label}: use a`),
            );
          }
        });
      }

      if (f.type === 'enum') {
        it('accepts each of its values and refuses an unknown one', () => {
          for (const v of f.values) {
            const r = parseScenario(withValue(f, v));
            expect(r.ok, v).toBe(true);
            if (!r.ok) continue;
            const decoded = decodeScenario(encodeScenario(r.scenario));
            expect(decoded.notices).toEqual([]);
            expect(valueAt(decoded.scenario, f.path)).toBe(v);
            expect(valueAt(cli(argvFor(f, v)).scenario, f.path)).toBe(v);
          }
          expect(parseScenario(withValue(f, 'bogus')).ok).toBe(false);
          expect(cli(argvFor(f, 'bogus')).message).toMatch(
            new RegExp(`^--${f.cli}: "bogus" is not one of`),
          );
          const decoded = decodeScenario(linkWith(f, 'bogus'));
          expect(decoded.notices).toEqual([
            expect.objectContaining({ param: f.url, field: labelOf(f) }),
          ]);
        });
      }

      if (f.type === 'boolean') {
        it('round-trips both values and refuses anything else', () => {
          for (const v of [true, false]) {
            const s = scenarioSchema.parse(withValue(f, v));
            expect(valueAt(decodeScenario(encodeScenario(s)).scenario, f.path)).toBe(v);
          }
          expect(parseScenario(withValue(f, 'yes')).ok).toBe(false);
          // The flag is a switch: it sets the one value the default is not.
          expect(valueAt(cli(argvFor(f, '')).scenario, f.path)).toBe(!f.default);
          expect(f.cliSets ?? true).toBe(!f.default);
          expect(decodeScenario(linkWith(f, 'yes')).notices).toEqual([
            expect.objectContaining({ param: f.url }),
          ]);
        });
      }

      if (f.type === 'profile') {
        it('round-trips an imported week and refuses a damaged one', () => {
          const week = Array.from({ length: f.length }, (_, h) =>
            h % 24 >= 9 && h % 24 < 17 ? f.max : 3,
          );
          const s = scenarioSchema.parse(withValue(f, week));
          expect(decodeScenario(encodeScenario(s))).toEqual({ scenario: s, notices: [] });
          expect(parseScenario(withValue(f, week.slice(1))).ok).toBe(false);
          expect(
            parseScenario(
              withValue(
                f,
                week.map(() => 0),
              ),
            ).ok,
          ).toBe(false);
          expect(
            parseScenario(
              withValue(
                f,
                week.map(() => f.max + 1),
              ),
            ).ok,
          ).toBe(false);
          const decoded = decodeScenario(linkWith(f, '1AAA'));
          expect(decoded.notices).toEqual([
            expect.objectContaining({ param: f.url, field: labelOf(f) }),
          ]);
          expect(valueAt(decoded.scenario, f.path)).toEqual(f.default);
        });
      }

      if (f.type === 'offer-id' || f.type === 'offer-ids') {
        it('round-trips an offer id and refuses what cannot be one', () => {
          const v =
            f.type === 'offer-id'
              ? 'aws-api-gateway-http'
              : f === FIELDS.pins
                ? ['aws-ec2-t4g-medium']
                : ['aws-lambda-arm64'];
          const s = scenarioSchema.parse(withValue(f, v));
          expect(valueAt(decodeScenario(encodeScenario(s)).scenario, f.path)).toEqual(v);
          const text = Array.isArray(v) ? v.join(',') : v;
          expect(valueAt(cli(argvFor(f, text)).scenario, f.path)).toEqual(v);
          expect(cli(argvFor(f, 'no-such-offer')).message).toMatch(new RegExp(`^--${f.cli}: `));
          expect(decodeScenario(linkWith(f, 'Not an id!')).notices).toEqual([
            expect.objectContaining({ param: f.url }),
          ]);
        });
      }
    });
  }
});
