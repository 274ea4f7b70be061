/**
 * The canonical serializer of pricing-data files: keys in the order the zod schema declares them
 * (after a few lead keys, see LEAD_KEYS), numbers in plain decimal notation (0.0000000309, never
 * 3.09e-8), objects of plain values on one line when they fit, then Prettier with the project's
 * config, so `prettier --check .` agrees with it and a diff of two runs shows only what changed.
 *
 * The serializer works on the raw JSON, never on the parsed catalog: zod fills in defaults, and a
 * curated file that leaves a default out must stay that way. Keys the schema does not know are kept
 * after the known ones, in their original order (`pricing:check` reports them).
 */
import * as prettier from 'prettier';
import type * as z from 'zod/mini';
import { catalogFileSchema, fxSchema } from '../../src/catalog/schema.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The bits of zod 4's internal definition this module reads. */
interface ZodDefLike {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  in?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  discriminator?: string;
}

function defOf(schema: z.ZodMiniType): ZodDefLike {
  return (schema as unknown as { _zod: { def: ZodDefLike } })._zod.def;
}

/** Strip optional/nullable/default/pipe wrappers down to the schema that describes the value. */
function unwrap(schema: z.ZodMiniType): z.ZodMiniType {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    const d = defOf(s);
    if (d.innerType) s = d.innerType;
    else if (d.type === 'pipe' && d.in) s = d.in;
    else break;
  }
  return s;
}

/** The object schema among a union's options that fits this value (by discriminator, else by key overlap). */
function pickOption(
  options: z.ZodMiniType[],
  value: { [key: string]: Json },
  discriminator?: string,
) {
  if (discriminator !== undefined) {
    const hit = options.find((o) => {
      const shape = defOf(unwrap(o)).shape;
      const lit = shape?.[discriminator];
      if (!lit) return false;
      const values = (lit as unknown as { _zod: { def: { values?: unknown[] } } })._zod.def.values;
      return values?.includes(value[discriminator]) ?? false;
    });
    if (hit) return hit;
  }
  return options.find((o) => o.safeParse(value).success) ?? options[0];
}

/**
 * Keys that come first wherever the schema has them, so that what a record is reads before its
 * details: an offer's `id` and `kind` (the schema declares `kind` after the shared base fields,
 * because each kind extends the base), and a provenance record's `covers`. All else: schema order.
 */
export const LEAD_KEYS: readonly string[] = ['id', 'kind', 'covers'];

/** Reorder keys recursively to follow `schema`; values are never changed. */
export function orderBySchema(value: Json, schema: z.ZodMiniType | undefined): Json {
  if (value === null || typeof value !== 'object') return value;
  const s = schema ? unwrap(schema) : undefined;
  const d = s ? defOf(s) : undefined;
  if (Array.isArray(value)) {
    const element = d?.type === 'array' ? d.element : undefined;
    return value.map((v) => orderBySchema(v, element));
  }
  if (d && d.type === 'union' && d.options) {
    return orderBySchema(value, pickOption(d.options, value, d.discriminator));
  }
  const shape = d?.type === 'object' ? (d.shape ?? {}) : {};
  const out: { [key: string]: Json } = {};
  const keys = Object.keys(shape);
  for (const key of [...LEAD_KEYS.filter((k) => keys.includes(k)), ...keys]) {
    if (key in out) continue;
    const v = value[key];
    if (v !== undefined) out[key] = orderBySchema(v, shape[key]);
  }
  for (const [key, v] of Object.entries(value))
    if (!(key in out)) out[key] = orderBySchema(v, undefined);
  return out;
}

/** Dotted paths of keys the schema does not declare (zod would drop them silently: often a typo). */
export function unknownKeys(value: Json, schema: z.ZodMiniType | undefined, path = ''): string[] {
  if (value === null || typeof value !== 'object' || !schema) return [];
  const d = defOf(unwrap(schema));
  if (Array.isArray(value))
    return d.type === 'array'
      ? value.flatMap((v, i) => unknownKeys(v, d.element, `${path}[${i}]`))
      : [];
  if (d.type === 'union' && d.options) {
    const option = pickOption(d.options, value, d.discriminator);
    return unknownKeys(value, option, path);
  }
  if (d.type !== 'object') return [];
  const shape = d.shape ?? {};
  return Object.entries(value).flatMap(([k, v]) => {
    const p = path ? `${path}.${k}` : k;
    return k in shape ? unknownKeys(v, shape[k], p) : [p];
  });
}

/** A number as JSON, in decimal notation (JSON.stringify writes 3.09e-8 for 0.0000000309). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`cannot write ${n} to JSON`);
  const plain = String(n);
  if (!/e/i.test(plain)) return plain;
  if (Math.abs(n) >= 1) return BigInt(n).toString(); // 1e21 and up: integers
  for (let digits = 1; digits <= 100; digits++) {
    const fixed = n.toFixed(digits);
    if (Number(fixed) === n) return fixed;
  }
  return plain;
}

function isLeafObject(v: Json): boolean {
  return (
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    Object.values(v).every((x) => x === null || typeof x !== 'object')
  );
}

function write(v: Json, indent: string): string {
  if (v === null || typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'string') return JSON.stringify(v);
  const inner = indent + '  ';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[\n${v.map((x) => inner + write(x, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(v);
  if (entries.length === 0) return '{}';
  // Prettier keeps an object on one line only when it was written that way and fits.
  if (isLeafObject(v))
    return `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${write(x, inner)}`).join(', ')} }`;
  return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${write(x, inner)}`).join(',\n')}\n${indent}}`;
}

/** Serialize any JSON value in canonical form, ordered by `schema` when given. */
export async function canonicalJson(value: unknown, schema?: z.ZodMiniType): Promise<string> {
  const ordered = orderBySchema(value as Json, schema);
  const text = write(ordered, '') + '\n';
  const config = (await prettier.resolveConfig('pricing-data/x.json')) ?? {};
  return prettier.format(text, { ...config, parser: 'json' });
}

/** Canonical text of a pricing-data file; `fx.json` follows the exchange-rate schema. */
export function canonicalCatalogFile(fileName: string, value: unknown): Promise<string> {
  return canonicalJson(value, fileName === 'fx.json' ? fxSchema : catalogFileSchema);
}
