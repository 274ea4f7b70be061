/**
 * Loading the catalog in the browser (catalog-query.ts runs it as a TanStack Query): fetches the runtime catalog, pricing-data/catalog.json
 * (compact.ts: index.json, each provider file, fx.json and platform.json in one request, without
 * provenance notes; index.html preloads it), relative to the page (so the build works from any
 * sub-path), and zod parses each file in it. It is part of the lazy engine chunk (vite.config.ts),
 * which the parser needs anyway: the preload has the file on its way meanwhile. Where catalog.json is missing (a host
 * that published only the provider files), it fetches index.json and then each file. The parser
 * (and zod with it) is imported lazily, so it stays out of the first-load bundle.
 */
import { COMPACT_CATALOG_FILE, type CompactCatalog } from './compact.ts';
import type { Catalog, PlatformFile } from './parse.ts';
import type { Platform } from './platform.ts';
import type { Fx } from './schema.ts';

export interface LoadedCatalog {
  catalog: Catalog;
  /** The newest checkedOn date ("Prices as of …"), or null with no offers. */
  pricesAsOf: string | null;
  /** fx.json's dated rates with their sources, for showing figures in EUR or GBP; absent if it failed. */
  rates?: Fx['rates'];
  /**
   * pricing-data/platform.json (cold starts, limits, state stores, schedulers) for the engine; the
   * empty platform, with a catalog problem saying why, when it failed to load or validate.
   */
  platform: Platform;
}

export class CatalogLoadError extends Error {
  override name = 'CatalogLoadError';
}

function dataUrl(file: string): string {
  return new URL(`pricing-data/${file}`, document.baseURI).href;
}

type Read = (file: string, signal: AbortSignal) => Promise<unknown>;

async function fetchJson(file: string, signal: AbortSignal): Promise<unknown> {
  const res = await fetch(dataUrl(file), { signal });
  if (!res.ok) throw new CatalogLoadError(`${file}: HTTP ${res.status} ${res.statusText}`.trim());
  try {
    return (await res.json()) as unknown;
  } catch {
    throw new CatalogLoadError(`${file}: not valid JSON`);
  }
}

function fileList(index: unknown): string[] {
  const files = (index as { files?: unknown } | null)?.files;
  if (!Array.isArray(files) || !files.every((f): f is string => typeof f === 'string'))
    throw new CatalogLoadError('index.json: expected {"files": ["name.json", …]}');
  return files;
}

/**
 * The runtime catalog's files, read from its one document; null when it cannot be had (then each
 * file is fetched on its own). A file it lacks reads as missing, as a failed fetch would.
 */
async function compactReader(signal: AbortSignal): Promise<Read | null> {
  let json: unknown;
  try {
    json = await fetchJson(COMPACT_CATALOG_FILE, signal);
  } catch (e) {
    if (signal.aborted) throw e;
    return null;
  }
  const doc = (json as { version?: unknown; files?: unknown } | null) ?? {};
  if (doc.version !== 1 || typeof doc.files !== 'object' || doc.files === null) return null;
  return readerOf(doc.files as CompactCatalog['files']);
}

function readerOf(byName: CompactCatalog['files']): Read {
  return async (file) => {
    if (!Object.hasOwn(byName, file))
      throw new CatalogLoadError(`${file}: not in ${COMPACT_CATALOG_FILE}`);
    return byName[file];
  };
}

/**
 * The catalog from a runtime catalog already in hand, parsed exactly as the page parses what it
 * fetches (the build pre-renders the default verdict from it).
 */
export function parseCompactCatalog(
  compact: CompactCatalog,
  signal: AbortSignal = new AbortController().signal,
): Promise<LoadedCatalog> {
  return parseCatalog(readerOf(compact.files), signal);
}

let early: Promise<LoadedCatalog> | undefined;

/**
 * Starts loading the catalog before the app asks for it (boot.ts, as the page starts): this chunk
 * usually arrives before React's, so the parse runs while the main thread would otherwise wait
 * for the calculator's code. The app's first catalog query takes this load over
 * (`takeCatalogLoad`); a share link's early verdict waits for the same load.
 */
export function startCatalogLoad(): Promise<LoadedCatalog> {
  if (!early) {
    early = loadCatalog(new AbortController().signal);
    // Seen by the query that takes it over; unhandled until then.
    early.catch(() => undefined);
  }
  return early;
}

/** The load `startCatalogLoad` began, once (a retry loads afresh), or a new load. */
export function takeCatalogLoad(signal: AbortSignal): Promise<LoadedCatalog> {
  const started = early;
  early = undefined;
  return started ?? loadCatalog(signal);
}

/** Fetch and validate the whole catalog. One bad or missing file costs only its own offers. */
export async function loadCatalog(signal: AbortSignal): Promise<LoadedCatalog> {
  const read: Read = (await compactReader(signal)) ?? fetchJson;
  return parseCatalog(read, signal);
}

/** Lets the browser paint and handle input before the next piece of work. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function'
    ? scheduler.yield()
    : new Promise((resolve) => setTimeout(resolve, 0));
}

async function parseCatalog(read: Read, signal: AbortSignal): Promise<LoadedCatalog> {
  // Optional files: a failure is returned (and reported) rather than breaking the page.
  const optional = (file: string) =>
    read(file, signal).catch((e: unknown) =>
      signal.aborted ? Promise.reject(e) : e instanceof Error ? e : new Error(String(e)),
    );
  const [index, parse, fxModule, fxJson, platformJson] = await Promise.all([
    read('index.json', signal),
    import('./parse.ts'),
    import('./fx.ts'),
    // Without it, offers listed in EUR are left out (named in the catalog note).
    optional('fx.json'),
    // Without it, FaaS offers are priced without cold starts, state, schedulers or limits.
    optional('platform.json'),
  ]);
  const files = fileList(index);
  // fx.json first: every offer is converted to USD as its file is parsed.
  const fxProblems: Catalog['problems'] = [];
  let rates: Fx['rates'] | undefined;
  if (fxJson instanceof Error) {
    fxProblems.push({
      file: 'fx.json',
      path: '(file)',
      message: `could not be loaded: ${fxJson.message}`,
    });
  } else {
    const r = fxModule.parseFx(fxJson);
    if (r.ok) rates = r.fx.rates;
    else fxProblems.push({ file: 'fx.json', path: '(file)', message: r.message });
  }
  // Read in parallel, then validate one file a task: the whole catalog in one go kept a phone's
  // main thread busy for 200 ms under Lighthouse's 4× slowdown (docs/BENCHMARKS.md).
  const reads = await Promise.all(
    files.map((file) =>
      read(file, signal).then(
        (json) => ({ ok: true as const, json }),
        (error: unknown) => ({ ok: false as const, error }),
      ),
    ),
  );
  const parts: Catalog[] = [];
  for (const [i, file] of files.entries()) {
    if (i > 0) await nextTask();
    signal.throwIfAborted();
    try {
      const r = reads[i];
      if (!r?.ok) throw r?.error;
      parts.push(parse.parseCatalogFile(file, r.json, rates));
    } catch (e) {
      if (signal.aborted) throw e;
      const message =
        e instanceof CatalogLoadError ? e.message.replace(`${file}: `, '') : String(e);
      parts.push({
        offers: [],
        files: [],
        problems: [{ file, path: '(file)', message: `could not be loaded: ${message}` }],
      });
    }
  }
  const catalog = parse.mergeCatalogs(parts);
  catalog.problems.push(...fxProblems);
  const platform: PlatformFile =
    platformJson instanceof Error
      ? parse.platformNotLoaded(platformJson.message.replace('platform.json: ', ''))
      : parse.parsePlatformFile(platformJson);
  catalog.problems.push(...platform.problems);
  if (catalog.offers.length === 0)
    throw new CatalogLoadError(
      `no prices could be loaded (${catalog.problems.map(parse.formatProblem).slice(0, 3).join('; ')})`,
    );
  return {
    catalog,
    pricesAsOf: parse.pricesAsOf(catalog),
    ...(rates ? { rates } : {}),
    platform: platform.platform,
  };
}
