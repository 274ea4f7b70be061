/**
 * The CLI's flags, built from the scenario spec: one flag per scenario field (its `cli` name), plus
 * the CLI's own inputs (a monthly volume, the timer preset, files, links, output). The parseArgs
 * options, each value's check, the `--help` text and the README's flag table all come from here.
 */
import { FIELD_DOCS, SECTION_TITLES, type Section } from '../../src/scenario/field-docs.ts';
import {
  FIELD_SPECS,
  FIELDS,
  MAX_REQUESTS_PER_MONTH,
  numberProblem,
  rangeText,
  TIMER_EVERY_MINUTES,
  TIMER_RUN_SECONDS,
  type FieldSpec,
  type NumberBounds,
  type NumberSpec,
} from '../../src/scenario/spec.ts';
import { parseChoice, parseNumber, UsageError } from './cli-values.ts';
import { TRAFFIC_FORMATS } from '../../src/traffic/formats.ts';

/** Where a flag is listed: a scenario section, or the CLI's own input and output. */
export type FlagSection = Section | 'io';

/** One flag as the help and the README list it. */
export interface FlagDoc {
  flag: string;
  /** The value's placeholder, e.g. "MS"; none for a switch. */
  arg?: string;
  short?: string;
  section: FlagSection;
  /** What it does, with its values, bounds and default. */
  text: string;
}

/** `--requests-per-month`: a monthly volume, up to the spec's ceiling. */
export const REQUESTS_PER_MONTH: NumberBounds = { min: 0, max: MAX_REQUESTS_PER_MONTH };
export const FORMATS = ['table', 'json'] as const;
export const PRESETS = ['timer'] as const;

const n = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 6 });

/** The CLI's own flags: inputs that are not one scenario field each. */
const OWN_FLAGS: readonly FlagDoc[] = [
  {
    flag: 'requests-per-month',
    arg: 'N',
    section: 'workload',
    text: `or a monthly volume (730-hour month): ${rangeText(REQUESTS_PER_MONTH)}; not with --requests or --every-minutes`,
  },
  {
    flag: 'preset',
    arg: 'timer',
    section: 'workload',
    text: `a scheduled job: one run every --every-minutes M (${rangeText(TIMER_EVERY_MINUTES)}, default 60) for --run-seconds D, fired by the provider's scheduler (EventBridge Scheduler, Cloud Scheduler), cold every run; its verdict follows the table`,
  },
  {
    flag: 'run-seconds',
    arg: 'D',
    section: 'workload',
    text: `with --preset timer: how long each run takes, ${rangeText(TIMER_RUN_SECONDS)} (default 30)`,
  },
  {
    flag: 'traffic',
    arg: 'FILE',
    section: 'workload',
    text: `derive the workload from a metrics export or access log (${TRAFFIC_FORMATS.join(', ')}; detected from the first lines): requests a month (total ÷ hours covered × 730), the request-weighted mean duration and the week's shape as a custom pattern; read in chunks, malformed lines skipped and named on stderr; other workload flags still apply on top`,
  },
  {
    flag: 'traffic-format',
    arg: 'F',
    section: 'workload',
    text: `with --traffic: the file's format when detection is wrong: ${TRAFFIC_FORMATS.join(', ')}`,
  },
  {
    flag: 'scenario',
    arg: 'FILE.json',
    section: 'io',
    text: "start from a saved scenario: the engine's Scenario JSON (src/engine/scenario.ts)",
  },
  {
    flag: 'url',
    arg: 'URL',
    section: 'io',
    text: 'start from a share link of the page (or its query string): the same scenario, offers and numbers the page shows; a parameter the page would drop is dropped with a notice on stderr',
  },
  {
    flag: 'compare',
    arg: 'URL',
    section: 'ranges',
    text: "scenario B: this scenario with the link's parameters on top (the flags and offers here hold unless it changes them); adds compare to the JSON, and to the table both answers and each offer's month in A and B with the difference. A --url link's b. parameters do the same",
  },
  { flag: 'format', arg: 'F', section: 'io', text: `${FORMATS.join(' or ')} (default table)` },
  {
    flag: 'list-offers',
    section: 'io',
    text: 'list the offers priced in the region, with sources',
  },
  { flag: 'help', short: 'h', section: 'io', text: 'this text' },
];

/** The placeholder of a field's value: its unit ("MS", "MB") or what it names ("REGION"). */
function argOf(f: FieldSpec, flag: string): string | undefined {
  switch (f.type) {
    case 'number':
      return f.unit === 'minutes' ? 'M' : f.unit === '%' ? 'PCT' : (f.unit?.toUpperCase() ?? 'N');
    case 'enum':
      return (flag.split('-').pop() ?? flag).toUpperCase();
    case 'boolean':
      return undefined;
    case 'offer-id':
      return 'ID';
    case 'offer-ids':
      return 'ID,ID,…';
    case 'profile':
      return undefined;
  }
}

/** "default 512", "default auto", "default the whole duration". */
function defaultText(f: FieldSpec, name: keyof typeof FIELDS): string {
  const doc = FIELD_DOCS[name] as { absentMeans?: string; withoutFlag?: string };
  if (doc.withoutFlag !== undefined) return ` (default ${doc.withoutFlag})`;
  const absent = doc.absentMeans;
  if (f.default === undefined) return absent !== undefined ? ` (default ${absent})` : '';
  if (f.default === null) return 'nullText' in f ? ` (default ${f.nullText})` : '';
  if (typeof f.default === 'number') return ` (default ${n(f.default)})`;
  if (typeof f.default === 'string') return ` (default ${f.default})`;
  return '';
}

function valuesText(f: FieldSpec): string {
  switch (f.type) {
    case 'number':
      return `: ${rangeText(f)}${f.nullText !== undefined ? `, or "${f.nullText}"` : ''}`;
    case 'enum':
      return `: ${f.values.join(', ')}`;
    default:
      return '';
  }
}

const NAMES = Object.keys(FIELDS) as (keyof typeof FIELDS)[];

/** The fields a flag sets (several for `--state` and `--peak-to-average`). */
export function fieldsOfFlag(flag: string): FieldSpec[] {
  return FIELD_SPECS.filter((f) => f.cli === flag);
}

/** One entry per scenario flag, in the spec's order within each section. */
function fieldFlags(): FlagDoc[] {
  const out: FlagDoc[] = [];
  const seen = new Set<string>();
  for (const name of NAMES) {
    const f: FieldSpec = FIELDS[name];
    if (f.cli === undefined || seen.has(f.cli)) continue;
    seen.add(f.cli);
    const { section, doc } = FIELD_DOCS[name];
    const all = fieldsOfFlag(f.cli);
    if (f.cliKey !== undefined) {
      out.push({
        flag: f.cli,
        ...(f.cli === 'spread' ? spreadDoc(all) : compositeDoc(all)),
        section,
      });
      continue;
    }
    const arg = argOf(f, f.cli);
    const text =
      f.type === 'boolean' && f.cliSets === false
        ? `do not ${doc}`
        : all.length > 1
          ? `${doc}, with --pattern ${all
              .map((v) => `${v.variant}: ${rangeText(v as NumberSpec)}${defaultText(v, nameOf(v))}`)
              .join('; ')}`
          : `${doc}${valuesText(f)}${defaultText(f, name)}`;
    out.push({ flag: f.cli, ...(arg !== undefined ? { arg } : {}), section, text });
  }
  return out;
}

function nameOf(f: FieldSpec): keyof typeof FIELDS {
  return NAMES.find((k) => FIELDS[k] === f) ?? NAMES[0]!;
}

/** `--state [STORE:]reads=R,writes=W[,item-kb=K]`: the external-state fields in one flag. */
function compositeDoc(fields: FieldSpec[]): { arg: string; text: string } {
  const store = fields.find((f) => f.type === 'enum');
  const nums = fields.filter((f): f is NumberSpec => f.type === 'number');
  const arg = `[STORE:]${nums.map((f, i) => `${i >= 2 ? '[,' : i > 0 ? ',' : ''}${f.cliKey}=${(f.cliKey ?? '').split('-').pop()?.charAt(0).toUpperCase()}${i >= 2 ? ']' : ''}`).join('')}`;
  const stores = store?.type === 'enum' ? store.values.filter((v) => v !== 'none') : [];
  const text = `external state per request on FaaS offers. STORE: ${stores.join(', ')} (default ${stores[0] ?? ''}), or "none" to turn it off; ${nums
    .map((f) => `${f.cliKey} ${rangeText(f)}${defaultText(f, nameOf(f))}`)
    .join('; ')}`;
  return { arg, text };
}

/** `--spread traffic=T[,duration=D][,cpu=C]`: the cost ranges' spreads in one flag. */
function spreadDoc(fields: FieldSpec[]): { arg: string; text: string } {
  const nums = fields.filter((f): f is NumberSpec => f.type === 'number');
  return {
    arg: nums.map((f) => `${f.cliKey}=PCT`).join('[,') + ']'.repeat(Math.max(0, nums.length - 1)),
    text: `± percent each estimate may be off (${nums.map((f) => `${f.cliKey} ${n(f.min)}–${n(f.max)}`).join(', ')}): adds results[].range and robustness. Inputs left out have none; without it only a --url link's spreads apply (page defaults ${nums.map((f) => `${f.cliKey} ${n(f.default ?? 0)}`).join(', ')})`,
  };
}

/** Every flag of the CLI, scenario fields first, in help order. */
export const FLAG_DOCS: readonly FlagDoc[] = (() => {
  const all = [...fieldFlags(), ...OWN_FLAGS];
  const order: FlagSection[] = [...(Object.keys(SECTION_TITLES) as Section[]), 'io'];
  return order.flatMap((s) => all.filter((d) => d.section === s));
})();

/** parseArgs options: a switch for booleans and --list-offers/--help, a string for the rest. */
export const PARSE_OPTIONS: Record<
  string,
  { type: 'string' | 'boolean'; short?: string; multiple?: boolean }
> = Object.fromEntries(
  FLAG_DOCS.map((d) => [
    d.flag,
    {
      type: d.arg === undefined ? 'boolean' : 'string',
      ...(d.short ? { short: d.short } : {}),
      // --pin may be given more than once (its values join as one comma-separated list).
      ...(d.flag === FIELDS.pins.cli ? { multiple: true } : {}),
    },
  ]),
);

const SECTION_NAMES: Readonly<Record<FlagSection, string>> = {
  ...SECTION_TITLES,
  io: 'Input and output',
};

/** `--flag ARG`. */
export function flagUsage(d: FlagDoc): string {
  return `${d.short ? `-${d.short}, ` : ''}--${d.flag}${d.arg !== undefined ? ` ${d.arg}` : ''}`;
}

/** Text wrapped to `width` columns. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The help's flag list: one section after another, each flag with its text wrapped at 100 columns. */
export function flagHelp(): string {
  const col = 34;
  const out: string[] = [];
  let section: FlagSection | undefined;
  for (const d of FLAG_DOCS) {
    if (d.section !== section) {
      section = d.section;
      out.push(SECTION_NAMES[section]);
    }
    const usage = `  ${flagUsage(d)}`;
    const [first = '', ...rest] = wrap(d.text, 100 - col);
    if (usage.length < col - 1) out.push(`${usage.padEnd(col)}${first}`);
    else out.push(usage, `${' '.repeat(col)}${first}`);
    for (const l of rest) out.push(`${' '.repeat(col)}${l}`);
  }
  return out.join('\n');
}

/** The README's flag table (Markdown). */
export function flagTable(): string {
  const esc = (t: string) => t.replace(/\|/g, '\\|');
  const rows = FLAG_DOCS.map((d) => `| \`${esc(flagUsage(d))}\` | ${esc(d.text)} |`);
  return ['| Flag | Meaning |', '| --- | --- |', ...rows].join('\n');
}

/** A number flag's value, checked against its bounds: "--every-minutes: 0 must be more than 0 …". */
export function parseBounded(flag: string, raw: string, bounds: NumberBounds): number {
  const value = parseNumber(flag, raw);
  const problem = numberProblem(bounds, value, raw.trim());
  if (problem !== null)
    throw new UsageError(`--${flag}: ${problem}; expected ${rangeText(bounds)}`);
  return value;
}

/** A scenario field's value from its flag, checked against the spec (offer ids: by the caller). */
export function parseFieldValue(f: FieldSpec, flag: string, raw: string | boolean): unknown {
  switch (f.type) {
    case 'number':
      if (typeof raw !== 'string') return undefined;
      if (f.nullText !== undefined && raw.trim() === f.nullText) return null;
      return parseBounded(flag, raw, f);
    case 'enum':
      return typeof raw === 'string' ? parseChoice(flag, raw.trim(), f.values) : undefined;
    case 'boolean':
      return f.cliSets ?? true;
    default:
      return raw;
  }
}
