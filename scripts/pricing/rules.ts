/**
 * The rules `npm run pricing:check` applies to pricing-data/ on top of the zod schema. Each finding
 * names the file, the offer (when there is one), the path inside the file and the rule.
 *
 * Zero prices: a price must be positive, except where zero is a real price and the field says so:
 * - a surcharge the provider does not levy: `pricePerMillionRequests` (Fargate has no request fee),
 *   a front door's `pricePerHour` (API Gateway has no hourly fee), `baseFeePerMonth` (no plan fee),
 *   `idlePricePerVcpuHour` / `idlePricePerGbHour` (App Runner does not bill vCPU while idle);
 * - a free band at the start of a tier table that has paid tiers after it (e.g. 100 GB of egress).
 * Anywhere else a zero is an error: a rate that is really free belongs in `freeTierUnits` or
 * `includedUnits`, and a zero that stands for "unknown" would silently make an offer look free.
 */
import {
  catalogFileSchema,
  fxSchema,
  USD_NAME_OF,
  type ListedOffer,
} from '../../src/catalog/schema.ts';
import { parseListedFile, regionalEgressEntry } from '../../src/catalog/parse.ts';
import type * as z from 'zod/mini';
import { unknownKeys, type Json } from './canonical.ts';

export type Level = 'error' | 'warning';

export type Rule =
  | 'json'
  | 'schema'
  | 'unknown-key'
  | 'provenance'
  | 'checked-on-future'
  | 'stale'
  | 'verification'
  | 'tiers'
  | 'price'
  | 'duplicate-id'
  | 'fx-stale'
  | 'unit'
  | 'index'
  | 'provider'
  | 'platform-facts'
  | 'importer'
  | 'family'
  | 'burst'
  | 'egress-region';

export interface Finding {
  level: Level;
  file: string;
  offerId?: string;
  /** Dotted path inside the file, e.g. offers[2].meters[0].tiers[1].pricePerUnit */
  path: string;
  rule: Rule;
  message: string;
}

export const STALE_AFTER_DAYS = 90;

/** Price fields where zero is a real price (see the header). */
export const ZERO_ALLOWED_KEYS: ReadonlySet<string> = new Set([
  'pricePerMillionRequests',
  'baseFeePerMonth',
  'idlePricePerVcpuHour',
  'idlePricePerGbHour',
]);

const VERIFICATION_RANK: Record<string, number> = { unverified: 0, secondary: 1, official: 2 };

export function formatFinding(f: Finding): string {
  const offer = f.offerId ? ` offer ${f.offerId}` : '';
  return `${f.level === 'error' ? 'ERROR' : 'warning'} ${f.file}${offer} [${f.rule}] ${f.path}: ${f.message}`;
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round(
    (Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000,
  );
}

type Obj = { [key: string]: Json };
const isObj = (v: Json | undefined): v is Obj =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Depth-first walk over every value with its dotted path and the key it sits under. */
function walk(
  v: Json,
  path: string,
  visit: (
    v: Json,
    path: string,
    key: string | number | undefined,
    parent: Json | undefined,
  ) => void,
  key?: string | number,
  parent?: Json,
): void {
  visit(v, path, key, parent);
  if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`, visit, i, v));
  else if (isObj(v))
    for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k, visit, k, v);
}

/** Which offer a path belongs to: offers[3]... → the id of offers[3]. */
function offerIdAt(json: Json, path: string): string | undefined {
  const m = /^offers\[(\d+)\]/.exec(path);
  if (!m || !isObj(json) || !Array.isArray(json.offers)) return undefined;
  const o = json.offers[Number(m[1])];
  return isObj(o) && typeof o.id === 'string' ? o.id : undefined;
}

/** Rules that apply to any dated, sourced, priced JSON (catalog files and fx.json). */
function checkDatesAndNumbers(file: string, json: Json, today: string, out: Finding[]): void {
  walk(json, '', (v, path, key) => {
    const offerId = offerIdAt(json, path);
    const base = { file, ...(offerId ? { offerId } : {}), path };
    if (typeof v === 'number' && !Number.isFinite(v))
      out.push({ ...base, level: 'error', rule: 'price', message: `${v} is not a finite number` });
    if (
      (key === 'checkedOn' || key === 'asOf') &&
      typeof v === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(v)
    ) {
      const age = daysBetween(v, today);
      if (age < 0)
        out.push({
          ...base,
          level: 'error',
          rule: 'checked-on-future',
          message: `${v} is after today (${today})`,
        });
      else if (age > STALE_AFTER_DAYS)
        out.push({
          ...base,
          level: 'warning',
          rule: 'stale',
          message: `checked ${age} days ago (${v}), more than ${STALE_AFTER_DAYS}: re-check the source`,
        });
    }
  });
}

/** A tier table: ordered, contiguous (only the last is open), prices positive but a leading free band. */
function checkTiers(
  tiers: Json,
  path: string,
  base: Omit<Finding, 'path' | 'rule' | 'message' | 'level'>,
  out: Finding[],
): void {
  if (!Array.isArray(tiers)) return;
  let prev = 0;
  tiers.forEach((t, i) => {
    if (!isObj(t)) return;
    const last = i === tiers.length - 1;
    const p = `${path}[${i}]`;
    if (t.upTo === null && !last)
      out.push({
        ...base,
        path: `${p}.upTo`,
        level: 'error',
        rule: 'tiers',
        message:
          'only the last tier may be open-ended (upTo: null); the tiers after it are unreachable',
      });
    if (last && t.upTo !== null)
      out.push({
        ...base,
        path: `${p}.upTo`,
        level: 'error',
        rule: 'tiers',
        message: `the last tier must be open-ended (upTo: null), not ${String(t.upTo)}: usage above it would have no price`,
      });
    if (typeof t.upTo === 'number') {
      if (t.upTo <= prev)
        out.push({
          ...base,
          path: `${p}.upTo`,
          level: 'error',
          rule: 'tiers',
          message: `tiers must be in increasing order and contiguous: upTo ${t.upTo} does not follow ${prev}`,
        });
      prev = t.upTo;
    }
    const price = t.pricePerUnit;
    if (typeof price === 'number') {
      const freeBand = price === 0 && i === 0 && tiers.length > 1;
      if (!(price > 0) && !freeBand)
        out.push({
          ...base,
          path: `${p}.pricePerUnit`,
          level: 'error',
          rule: 'price',
          message: `price ${price} must be positive (zero only as a leading free band before paid tiers)`,
        });
    }
  });
}

/** All rules for one catalog file (everything but duplicates across files). */
export function checkCatalogFile(file: string, json: Json, today: string): Finding[] {
  const out: Finding[] = [];
  const parsed = parseListedFile(file, json);
  for (const p of parsed.problems)
    out.push({
      level: 'error',
      file,
      ...(p.offerId ? { offerId: p.offerId } : {}),
      path: p.path,
      rule: 'schema',
      message: p.message,
    });
  for (const path of unknownKeys(json, catalogFileSchema)) {
    const offerId = offerIdAt(json, path);
    out.push({
      level: 'error',
      file,
      ...(offerId ? { offerId } : {}),
      path,
      rule: 'unknown-key',
      message: 'the schema has no such field (zod would drop it silently): a typo?',
    });
  }
  checkDatesAndNumbers(file, json, today, out);
  // A burstable size needs what it does past its baseline (surplus credits billed, or throttled),
  // or the engine would let it run above its baseline for free.
  for (const o of parsed.offers)
    if (o.kind === 'always-on' && o.baselineCpuFraction !== undefined && !o.burstCredits)
      out.push({
        level: 'error',
        file,
        offerId: o.id,
        path: 'burstCredits',
        rule: 'burst',
        message: `a burstable size (baselineCpuFraction) needs a burstCredits entry for product "${o.productId}"${o.family ? `, family "${o.family.id}"` : ''} in ${o.region}: surplus-billed with a rate, or throttled`,
      });
  if (!isObj(json)) return out;
  const offers = Array.isArray(json.offers) ? json.offers : [];
  const regionalEgress = Array.isArray(json.regionalEgress) ? json.regionalEgress : [];
  checkRegionalEgress(file, json, parsed.offers, out);

  walk(json, '', (v, path, key, parent) => {
    const offerId = offerIdAt(json, path);
    const base = { file, ...(offerId ? { offerId } : {}) };
    if (key === 'tiers' || key === 'requestTiers') checkTiers(v, path, base, out);
    // Prices outside tier tables: every listed price field (the schema's one list of them).
    if (
      typeof v === 'number' &&
      typeof key === 'string' &&
      Object.hasOwn(USD_NAME_OF, key) &&
      key !== 'pricePerUnit'
    ) {
      const frontDoorHour = key === 'pricePerHour' && isObj(parent) && parent.kind === 'front-door';
      const zeroOk = ZERO_ALLOWED_KEYS.has(key) || frontDoorHour;
      if (v < 0 || (v === 0 && !zeroOk))
        out.push({
          ...base,
          path,
          level: 'error',
          rule: 'price',
          message: `price ${v} must be positive${zeroOk ? ' or zero' : ''}`,
        });
    }
    // A meter's unit is the single unit its prices and allowances count: "1M requests" beside a
    // price per request would tell a reader (and the line items) a price a million times too low.
    if (
      key === 'unit' &&
      typeof v === 'string' &&
      /\.meters\[\d+\]\.unit$/.test(path) &&
      /^\s*\d/.test(v)
    )
      out.push({
        ...base,
        path,
        level: 'error',
        rule: 'unit',
        message: `"${v}" names a multiple, but pricePerUnit, freeTierUnits and includedUnits count single units: write the single unit (e.g. "request")`,
      });
    // Every provenance record carries a source and a date.
    if (key === 'provenance' && (isObj(v) || Array.isArray(v)))
      for (const [i, p] of Array.isArray(v)
        ? v.map((x, j) => [j, x] as const)
        : [[-1, v] as const]) {
        const pp = i < 0 ? path : `${path}[${i}]`;
        if (!isObj(p) || typeof p.source !== 'string' || typeof p.checkedOn !== 'string')
          out.push({
            ...base,
            path: pp,
            level: 'error',
            rule: 'provenance',
            message: 'every rate needs a source URL and a checkedOn date',
          });
      }
  });

  offers.forEach((o, idx) => {
    if (!isObj(o)) return;
    const offerId = typeof o.id === 'string' ? o.id : undefined;
    const base = { file, ...(offerId ? { offerId } : {}) };
    const path = `offers[${idx}]`;
    if (typeof o.source !== 'string' || typeof o.checkedOn !== 'string')
      out.push({
        ...base,
        path,
        level: 'error',
        rule: 'provenance',
        message: 'every offer needs a source URL and a checkedOn date',
      });
    // The offer's verification is the weakest among its own rates, so the UI never shows a rate as
    // better sourced than it is.
    const claimed = VERIFICATION_RANK[String(o.verification)];
    if (claimed === undefined) return;
    const records: [string, Json][] = [];
    if (Array.isArray(o.provenance))
      o.provenance.forEach((p, i) => records.push([`${path}.provenance[${i}]`, p]));
    if (Array.isArray(o.meters))
      o.meters.forEach(
        (m, i) =>
          isObj(m) &&
          m.provenance !== undefined &&
          records.push([`${path}.meters[${i}].provenance`, m.provenance]),
      );
    if (isObj(o.provisioned) && o.provisioned.provenance !== undefined)
      records.push([`${path}.provisioned.provenance`, o.provisioned.provenance]);
    if (isObj(o.egress) && o.egress.provenance !== undefined)
      records.push([`${path}.egress.provenance`, o.egress.provenance]);
    else if (o.kind !== 'front-door') {
      // An offer without its own egress takes its region's table: that rate is the offer's too.
      // (A file-wide table is not counted yet: Fly's official offers take its secondary one.)
      const entries = regionalEgress.filter(isObj);
      const e =
        typeof o.region === 'string' && typeof o.productId === 'string'
          ? regionalEgressEntry(entries, { region: o.region, productId: o.productId })
          : undefined;
      const i = e ? regionalEgress.indexOf(e) : -1;
      if (isObj(e) && e.provenance !== undefined)
        records.push([`regionalEgress[${i}].provenance`, e.provenance]);
    }
    for (const [p, rec] of records) {
      if (!isObj(rec)) continue;
      const rank = VERIFICATION_RANK[String(rec.verification)];
      if (rank !== undefined && rank < claimed)
        out.push({
          ...base,
          path: `${p}.verification`,
          level: 'error',
          rule: 'verification',
          message: `"${String(rec.verification)}" is weaker than the offer's "${String(o.verification)}": the offer's verification must be the weakest of its rates`,
        });
    }
  });
  return out;
}

/**
 * Regional egress tables: one per region, never beside a file-wide table, and one for every region
 * where the file has an offer that egress is priced for (all but front doors) and that lists none of
 * its own. Without this an offer elsewhere would get no egress line, or another region's rates.
 */
function checkRegionalEgress(
  file: string,
  json: Obj,
  offers: readonly ListedOffer[],
  out: Finding[],
): void {
  if (!Array.isArray(json.regionalEgress)) return;
  const at = { level: 'error' as const, file, rule: 'egress-region' as const };
  if (json.egress !== undefined)
    out.push({
      ...at,
      path: 'egress',
      message:
        'a file with regionalEgress has no file-wide egress: it would price every other region at its rates',
    });
  const scopes = new Set<string>();
  json.regionalEgress.forEach((e, i) => {
    if (!isObj(e)) return;
    const region = typeof e.region === 'string' ? e.region : undefined;
    const products = Array.isArray(e.productIds) ? e.productIds.map(String) : undefined;
    if (region === undefined && products === undefined) {
      out.push({
        ...at,
        path: `regionalEgress[${i}]`,
        message: 'an egress entry names a region, products (productIds), or both',
      });
      return;
    }
    for (const product of products ?? [undefined]) {
      const scope = `${region ?? 'every region'}${product ? ` for ${product}` : ''}`;
      if (scopes.has(scope))
        out.push({
          ...at,
          path: `regionalEgress[${i}]`,
          message: `${scope} has two egress tables`,
        });
      scopes.add(scope);
    }
  });
  for (const o of offers)
    if (o.kind !== 'front-door' && !o.egress && !o.egressUnpriced)
      out.push({
        ...at,
        offerId: o.id,
        path: 'regionalEgress',
        message: `no egress table for ${o.productId} in ${o.region}: add one with its own source (never another region's or product's), or say it is unpriced there, or give the offer its own egress`,
      });
}

/** No (id, area) pair twice, within a file or across files. */
export function checkDuplicates(files: { file: string; json: Json }[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, string>();
  for (const { file, json } of files) {
    if (!isObj(json) || !Array.isArray(json.offers)) continue;
    json.offers.forEach((o, idx) => {
      if (!isObj(o) || typeof o.id !== 'string') return;
      const key = `${o.id} in area ${String(o.area)}`;
      const first = seen.get(key);
      if (first)
        out.push({
          level: 'error',
          file,
          offerId: o.id,
          path: `offers[${idx}].id`,
          rule: 'duplicate-id',
          message: `duplicate offer ${key}; first defined in ${first}`,
        });
      else seen.set(key, `${file} offers[${idx}]`);
    });
  }
  return out;
}

/**
 * Instance families, across files: every size of a family names it the same way and belongs to the
 * same provider and product, and no offer id is also a family id (share links and `--offers` name
 * both).
 */
export function checkFamilies(files: { file: string; json: Json }[]): Finding[] {
  const out: Finding[] = [];
  const ids = new Set<string>();
  const families = new Map<string, { name: string; owner: string; where: string }>();
  for (const { json } of files)
    if (isObj(json) && Array.isArray(json.offers))
      for (const o of json.offers) if (isObj(o) && typeof o.id === 'string') ids.add(o.id);
  for (const { file, json } of files) {
    if (!isObj(json) || !Array.isArray(json.offers)) continue;
    json.offers.forEach((o, idx) => {
      if (!isObj(o) || typeof o.id !== 'string') return;
      if (o.kind === 'always-on' && !isObj(o.family))
        out.push({
          level: 'error',
          file,
          offerId: o.id,
          path: `offers[${idx}].family`,
          rule: 'family',
          message:
            'an always-on offer needs its family ({ id, name }): the engine picks among its sizes',
        });
      if (!isObj(o.family)) return;
      const { id, name } = o.family;
      if (typeof id !== 'string' || typeof name !== 'string') return;
      const owner = `${String(o.providerId)}/${String(o.productId)}`;
      const at = { level: 'error' as const, file, offerId: o.id, rule: 'family' as const };
      if (ids.has(id))
        out.push({
          ...at,
          path: `offers[${idx}].family.id`,
          message: `family id "${id}" is also an offer id`,
        });
      const first = families.get(id);
      if (!first) families.set(id, { name, owner, where: `${file} offers[${idx}]` });
      else if (first.name !== name || first.owner !== owner)
        out.push({
          ...at,
          path: `offers[${idx}].family`,
          message: `family "${id}" is "${name}" of ${owner} here but "${first.name}" of ${first.owner} in ${first.where}`,
        });
    });
  }
  return out;
}

/**
 * Another dated, sourced data file with its own schema (pricing-data/platform.json): the schema,
 * unknown keys, finite numbers, and the same date rules (future dates fail, old ones warn).
 */
export function checkDataFile(
  file: string,
  json: Json,
  schema: z.ZodMiniType,
  today: string,
): Finding[] {
  const out: Finding[] = [];
  const r = schema.safeParse(json);
  if (!r.success)
    for (const i of r.error.issues)
      out.push({
        level: 'error',
        file,
        path: issuePath(i.path),
        rule: 'schema',
        message: i.message,
      });
  for (const path of unknownKeys(json, schema))
    out.push({
      level: 'error',
      file,
      path,
      rule: 'unknown-key',
      message: 'the schema has no such field (zod would drop it silently): a typo?',
    });
  checkDatesAndNumbers(file, json, today, out);
  return out;
}

function issuePath(path: readonly PropertyKey[]): string {
  return (
    path
      .map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`))
      .join('')
      .replace(/^\./, '') || '(file)'
  );
}

/**
 * pricing-data/fx.json: the dated exchange rates the UI uses for EUR and GBP, validated by the
 * app's own `fxSchema`, plus: a rate for EUR and for GBP, and the 90-day reminder on `asOf`.
 */
export function checkFxFile(file: string, json: Json, today: string): Finding[] {
  const out: Finding[] = [];
  const r = fxSchema.safeParse(json);
  if (!r.success)
    for (const i of r.error.issues)
      out.push({
        level: 'error',
        file,
        path:
          i.path
            .map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`))
            .join('')
            .replace(/^\./, '') || '(file)',
        rule: i.path.includes('usdPerUnit')
          ? 'price'
          : i.path.includes('source') || i.path.includes('asOf')
            ? 'provenance'
            : 'schema',
        message: i.message,
      });
  for (const path of unknownKeys(json, fxSchema))
    out.push({
      level: 'error',
      file,
      path,
      rule: 'unknown-key',
      message: 'the schema has no such field (zod would drop it silently): a typo?',
    });
  checkDatesAndNumbers(file, json, today, out);
  const rates = isObj(json) && Array.isArray(json.rates) ? json.rates : [];
  const currencies = new Set(rates.map((x) => (isObj(x) ? x.currency : undefined)));
  for (const c of ['EUR', 'GBP'])
    if (!currencies.has(c))
      out.push({
        level: 'error',
        file,
        path: 'rates',
        rule: 'schema',
        message: `no rate for ${c}`,
      });
  return out;
}

/** The newest `checkedOn` anywhere in the catalog files (offers and their provenance records). */
export function newestCheckedOn(files: { json: Json }[]): string | undefined {
  let newest: string | undefined;
  for (const { json } of files)
    walk(json, '', (v, _path, key) => {
      if (
        key === 'checkedOn' &&
        typeof v === 'string' &&
        /^\d{4}-\d{2}-\d{2}$/.test(v) &&
        (newest === undefined || v > newest)
      )
        newest = v;
    });
  return newest;
}

/**
 * An exchange rate more than 90 days older than the newest price in the catalog fails: a EUR price
 * read today converted at a rate from half a year ago would be a new price at an old rate. (The
 * `stale` warning compares with today; this compares with the prices the rate converts.)
 */
export function checkFxAgainstCatalog(
  file: string,
  json: Json,
  newestPrice: string | undefined,
): Finding[] {
  if (newestPrice === undefined || !isObj(json) || !Array.isArray(json.rates)) return [];
  const out: Finding[] = [];
  json.rates.forEach((r, i) => {
    if (!isObj(r) || typeof r.asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(r.asOf)) return;
    const lag = daysBetween(r.asOf, newestPrice);
    if (lag > STALE_AFTER_DAYS)
      out.push({
        level: 'error',
        file,
        path: `rates[${i}].asOf`,
        rule: 'fx-stale',
        message: `the ${String(r.currency)} rate of ${r.asOf} is ${lag} days older than the newest price in the catalog (${newestPrice}), more than ${STALE_AFTER_DAYS}: refresh it from the ECB`,
      });
  });
  return out;
}
