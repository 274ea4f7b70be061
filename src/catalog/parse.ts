/**
 * Turns raw pricing-data JSON into a catalog. Each offer is validated on its own, so one bad offer
 * (or one bad file) costs only itself: the rest keep working, and every problem names the file, the
 * field and what was expected.
 */
import * as z from 'zod/mini';
import { EMPTY_PLATFORM, platformSchema, type Platform } from './platform.ts';
import {
  catalogFileSchema,
  egressSchema,
  fileBurstCreditsSchema,
  fileCommitmentSchema,
  fileRegionalEgressSchema,
  fileServerExtrasSchema,
  offerSchema,
  type Fx,
  type ListedOffer,
  type Offer,
} from './schema.ts';
import { toUsdOffer } from './to-usd.ts';

export interface CatalogProblem {
  file: string;
  /** Offer id when known. */
  offerId?: string;
  /** Dotted path inside the file, e.g. "offers[3].meters[0].tiers[1].upTo". */
  path: string;
  message: string;
}

export interface Catalog {
  offers: Offer[];
  problems: CatalogProblem[];
  /** Files that loaded, with their family. */
  files: string[];
}

export const EMPTY_CATALOG: Catalog = { offers: [], problems: [], files: [] };

const envelopeSchema = z.extend(catalogFileSchema, {
  offers: z.array(z.unknown()).check(z.minLength(1)),
});

function pathOf(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : out ? `.${String(k)}` : String(k);
  return out || '(file)';
}

/** Offers as a file lists them (prices in their own currency), with the file's problems. */
export interface ListedFile {
  offers: ListedOffer[];
  problems: CatalogProblem[];
}

/**
 * Validate one file's JSON and convert every offer to US dollars with `rates` (fx.json's dated
 * rates): money is converted here, once. Offers that fail, or whose currency has no rate, are
 * reported and skipped.
 */
export function parseCatalogFile(
  file: string,
  json: unknown,
  rates: Fx['rates'] | undefined,
): Catalog {
  const listed = parseListedFile(file, json);
  const problems = [...listed.problems];
  const offers: Offer[] = [];
  for (const l of listed.offers) {
    const r = toUsdOffer(l, rates);
    if (r.ok) offers.push(r.offer);
    else problems.push({ file, offerId: l.id, path: 'currency', message: r.message });
  }
  return { offers, problems, files: offers.length > 0 ? [file] : [] };
}

/** Validate one file's JSON, without converting money. Offers that fail are reported and skipped. */
export function parseListedFile(file: string, json: unknown): ListedFile {
  const problems: CatalogProblem[] = [];
  const env = envelopeSchema.safeParse(json);
  if (!env.success) {
    // Report envelope problems, but still try the offers if there is an array of them.
    for (const i of env.error.issues) {
      if (i.path[0] === 'offers' && i.path.length > 1) continue;
      problems.push({ file, path: pathOf('', i.path), message: i.message });
    }
  }
  const raw = json as {
    offers?: unknown;
    egress?: unknown;
    regionalEgress?: unknown;
    serverExtras?: unknown;
    commitments?: unknown;
    burstCredits?: unknown;
  } | null;
  const rawOffers = raw && typeof raw === 'object' && Array.isArray(raw.offers) ? raw.offers : [];
  const fileEgress = env.success ? env.data.egress : egressSchema.safeParse(raw?.egress).data;
  const regionalEgress = env.success
    ? env.data.regionalEgress
    : z.array(fileRegionalEgressSchema).safeParse(raw?.regionalEgress).data;
  const fileExtras = env.success
    ? env.data.serverExtras
    : z.array(fileServerExtrasSchema).safeParse(raw?.serverExtras).data;
  const fileCommitments = env.success
    ? env.data.commitments
    : z.array(fileCommitmentSchema).safeParse(raw?.commitments).data;
  const fileBurst = env.success
    ? env.data.burstCredits
    : z.array(fileBurstCreditsSchema).safeParse(raw?.burstCredits).data;
  const offers: ListedOffer[] = [];
  rawOffers.forEach((o, idx) => {
    const r = offerSchema.safeParse(o);
    const id =
      o && typeof o === 'object' && typeof (o as { id?: unknown }).id === 'string'
        ? (o as { id: string }).id
        : undefined;
    if (r.success) {
      const o = withEgress(r.data, regionalEgress, fileEgress);
      offers.push(
        withBurstCredits(
          withCommitment(withServerExtras(o, fileExtras), fileCommitments),
          fileBurst,
        ),
      );
    } else {
      for (const i of r.error.issues)
        problems.push({
          file,
          ...(id ? { offerId: id } : {}),
          path: pathOf(`offers[${idx}]`, i.path),
          message: i.message,
        });
    }
  });
  return { offers, problems };
}

/** Where a `regionalEgress` entry applies: a region, products, or both. */
export interface RegionalEgressScope {
  readonly region?: unknown;
  readonly productIds?: unknown;
}

/**
 * The `regionalEgress` entry an offer takes: its product's in its region, else its product's for
 * every region, else its region's for every product. An entry with neither a region nor products
 * applies to nothing (pricing:check says so).
 */
export function regionalEgressEntry<E extends RegionalEgressScope>(
  entries: readonly E[] | undefined,
  offer: { readonly region: string; readonly productId: string },
): E | undefined {
  if (!entries) return undefined;
  const forProduct = (e: E) =>
    Array.isArray(e.productIds) && e.productIds.includes(offer.productId);
  return (
    entries.find((e) => e.region === offer.region && forProduct(e)) ??
    entries.find((e) => e.region === undefined && forProduct(e)) ??
    entries.find((e) => e.region === offer.region && e.productIds === undefined)
  );
}

type FileRegionalEgress = z.infer<typeof fileRegionalEgressSchema>[] | undefined;
type FileExtras = z.infer<typeof fileServerExtrasSchema>[] | undefined;

/**
 * An offer with its egress: its own, else its `regionalEgress` entry (a table or unpriced; by
 * product and region), else the file-wide one.
 */
function withEgress(
  o: ListedOffer,
  regional: FileRegionalEgress,
  fileWide: ListedOffer['egress'],
): ListedOffer {
  if (o.egress || o.egressUnpriced) return o;
  const e = regionalEgressEntry(regional, o);
  if (e && 'unpriced' in e) return { ...o, egressUnpriced: e.unpriced };
  if (e)
    return {
      ...o,
      egress: { tiers: e.tiers, freeGbPerMonth: e.freeGbPerMonth, provenance: e.provenance },
    };
  return fileWide ? { ...o, egress: fileWide } : o;
}
type FileCommitments = z.infer<typeof fileCommitmentSchema>[] | undefined;
type FileBurst = z.infer<typeof fileBurstCreditsSchema>[] | undefined;

/**
 * A burstable size with what it does past its baseline: its product's entry for its family (or
 * every family) in its region, else in every region; unless it lists its own.
 */
function withBurstCredits(o: ListedOffer, file: FileBurst): ListedOffer {
  if (o.kind !== 'always-on' || o.baselineCpuFraction === undefined || o.burstCredits || !file)
    return o;
  const fits = file.filter(
    (x) =>
      x.productId === o.productId &&
      (x.family === undefined || x.family === o.family?.id) &&
      (x.region === undefined || x.region === o.region),
  );
  const e = fits.find((x) => x.region !== undefined) ?? fits[0];
  return e ? { ...o, burstCredits: e.credits } : o;
}

/** An always-on offer with its product's public IPv4 and root disk in its region, unless it lists its own. */
function withServerExtras(o: ListedOffer, file: FileExtras): ListedOffer {
  if (o.kind !== 'always-on' || o.serverExtras || !file) return o;
  const e = file.find((x) => x.productId === o.productId && x.region === o.region);
  return e ? { ...o, serverExtras: { publicIpv4: e.publicIpv4, rootDisk: e.rootDisk } } : o;
}

/**
 * An offer with its product's commitment plan and the plan's rates for this offer: its region, and
 * its instance type and architecture where a rate names them.
 */
function withCommitment(o: ListedOffer, file: FileCommitments): ListedOffer {
  if (o.kind === 'front-door' || o.commitment || !file) return o;
  const c = file.find((x) => x.productId === o.productId);
  if (!c) return o;
  const instanceType = o.kind === 'always-on' ? o.instanceType : undefined;
  const rates = c.rates
    .filter(
      (r) =>
        r.region === o.region &&
        (r.instanceType === undefined || r.instanceType === instanceType) &&
        (r.architecture === undefined || r.architecture === o.architecture),
    )
    .map(({ region: _r, instanceType: _i, architecture: _a, ...rate }) => rate);
  return { ...o, commitment: { plan: c.plan, terms: c.terms, provenance: c.provenance, rates } };
}

/** Merge several parsed files; a repeated (id, area) pair is a problem and the later one is dropped. */
export function mergeCatalogs(parts: Catalog[]): Catalog {
  const seen = new Set<string>();
  const out: Catalog = { offers: [], problems: [], files: [] };
  for (const p of parts) {
    out.files.push(...p.files);
    out.problems.push(...p.problems);
    for (const o of p.offers) {
      const key = `${o.id}@${o.area}`;
      if (seen.has(key)) {
        out.problems.push({
          file: p.files[0] ?? '(unknown)',
          offerId: o.id,
          path: 'id',
          message: `duplicate offer id "${o.id}" in area ${o.area}; the first one is kept`,
        });
        continue;
      }
      seen.add(key);
      out.offers.push(o);
    }
  }
  return out;
}

/** What a bad or missing platform.json costs, said once (after its first problem). */
const PLATFORM_UNUSED =
  ' — platform.json is not used, so cold starts, external state, schedulers and scaling limits are left out';

export interface PlatformFile {
  /** The parsed platform.json, or the empty platform when it could not be used. */
  platform: Platform;
  problems: CatalogProblem[];
}

/**
 * Validate pricing-data/platform.json (cold-start assumptions, limits, state stores, schedulers).
 * All or nothing: with any bad field the engine gets the empty platform, and every bad field is
 * reported; offers are still priced.
 */
export function parsePlatformFile(json: unknown, file = 'platform.json'): PlatformFile {
  const r = platformSchema.safeParse(json);
  if (r.success) return { platform: r.data, problems: [] };
  return {
    platform: EMPTY_PLATFORM,
    problems: r.error.issues.map((i, n) => ({
      file,
      path: pathOf('', i.path),
      message: n === 0 ? `${i.message}${PLATFORM_UNUSED}` : i.message,
    })),
  };
}

/** platform.json could not be read (`why`: e.g. "HTTP 404 Not Found"): the empty platform. */
export function platformNotLoaded(why: string, file = 'platform.json'): PlatformFile {
  return {
    platform: EMPTY_PLATFORM,
    problems: [{ file, path: '(file)', message: `could not be loaded: ${why}${PLATFORM_UNUSED}` }],
  };
}

export function formatProblem(p: CatalogProblem): string {
  return `${p.file}${p.offerId ? ` (offer ${p.offerId})` : ''}: ${p.path}: ${p.message}`;
}

/** The most recent checkedOn date across the catalog ("Prices as of …"). */
export function pricesAsOf(c: Catalog): string | null {
  let best: string | null = null;
  for (const o of c.offers) if (best === null || o.checkedOn > best) best = o.checkedOn;
  return best;
}
