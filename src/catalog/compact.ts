/**
 * The runtime catalog: every file the page loads (index.json, each provider file, fx.json,
 * platform.json) in one JSON document, with what only people read taken out (file descriptions,
 * provenance notes, offers' further sources and notes). The per-provider files in pricing-data/
 * stay the source of truth and the CLI reads them; this file is generated from them (the Vite
 * plugin in dev and at build, `npm run pricing:compact` for a data-only deploy) so the page needs
 * one request instead of a dozen, and about a fifth of the bytes. The page parses each entry with
 * the same per-file parser, so a bad file still costs only its own offers.
 */

/** The runtime catalog's file name, beside the files it is made from. */
export const COMPACT_CATALOG_FILE = 'catalog.json';

/** `{ "files": { "index.json": …, "aws.json": …, "fx.json": …, "platform.json": … } }` */
export interface CompactCatalog {
  /** Bumped when the shape changes; the page falls back to the separate files on any other. */
  version: 1;
  files: Record<string, unknown>;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A copy of `o` without the named keys. */
function omit(o: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
}

/** A provenance entry without its note (the source, date and verification stay: warnings cite them). */
function withoutNote(p: unknown): unknown {
  return isObject(p) ? omit(p, ['note']) : p;
}

function strip(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(strip);
  if (!isObject(x)) return x;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) {
    if (k === 'provenance') out[k] = Array.isArray(v) ? v.map(withoutNote) : withoutNote(v);
    else out[k] = strip(v);
  }
  return out;
}

/** One file as the page needs it. Anything that is not a catalog file's shape passes through. */
export function compactFile(json: unknown): unknown {
  if (!isObject(json)) return json;
  const out = strip(omit(json, ['$schema', 'description']));
  if (isObject(out) && Array.isArray(out.offers))
    // An offer's further sources and notes default to [] in the schema; no page shows them.
    out.offers = out.offers.map((o) => (isObject(o) ? omit(o, ['provenance', 'notes']) : o));
  return out;
}

/**
 * The runtime catalog from the files it bundles, each given as parsed JSON (or undefined when it
 * could not be read: then it is left out, and the page reports it as missing like a failed fetch).
 */
export function compactCatalog(files: Record<string, unknown>): CompactCatalog {
  const out: Record<string, unknown> = {};
  for (const [name, json] of Object.entries(files))
    if (json !== undefined) out[name] = compactFile(json);
  return { version: 1, files: out };
}
