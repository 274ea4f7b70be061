/**
 * The catalog is server state: TanStack Query fetches pricing-data/index.json and then each file,
 * relative to the page (so the build works from any sub-path), and zod parses them inside queryFn.
 * The parser (and zod with it) is imported lazily, so it stays out of the first-load bundle.
 */
import { queryOptions } from '@tanstack/react-query';
import type { FxRates } from '../engine/context.ts';
import type { Catalog } from './parse.ts';
import type { Fx } from './schema.ts';

export interface LoadedCatalog {
  catalog: Catalog;
  /** The newest checkedOn date ("Prices as of …"), or null with no offers. */
  pricesAsOf: string | null;
  /** Exchange rates for offers priced in EUR or GBP (pricing-data/fx.json), when it loaded. */
  fx: FxRates | undefined;
  /** fx.json's dated rates with their sources, for showing figures in EUR or GBP; absent if it failed. */
  rates?: Fx['rates'];
}

export class CatalogLoadError extends Error {
  override name = 'CatalogLoadError';
}

function dataUrl(file: string): string {
  return new URL(`pricing-data/${file}`, document.baseURI).href;
}

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

/** Fetch and validate the whole catalog. One bad or missing file costs only its own offers. */
export async function loadCatalog(signal: AbortSignal): Promise<LoadedCatalog> {
  const [index, parse, fxModule, fxJson] = await Promise.all([
    fetchJson('index.json', signal),
    import('./parse.ts'),
    import('./fx.ts'),
    // Optional: without it, EUR-priced offers show as unavailable rather than breaking the page.
    fetchJson('fx.json', signal).catch((e: unknown) =>
      signal.aborted ? Promise.reject(e) : e instanceof Error ? e : new Error(String(e)),
    ),
  ]);
  const files = fileList(index);
  const parts = await Promise.all(
    files.map(async (file): Promise<Catalog> => {
      try {
        return parse.parseCatalogFile(file, await fetchJson(file, signal));
      } catch (e) {
        if (signal.aborted) throw e;
        const message =
          e instanceof CatalogLoadError ? e.message.replace(`${file}: `, '') : String(e);
        return {
          offers: [],
          files: [],
          problems: [{ file, path: '(file)', message: `could not be loaded: ${message}` }],
        };
      }
    }),
  );
  const catalog = parse.mergeCatalogs(parts);
  let fx: FxRates | undefined;
  let rates: Fx['rates'] | undefined;
  if (fxJson instanceof Error) {
    catalog.problems.push({
      file: 'fx.json',
      path: '(file)',
      message: `could not be loaded: ${fxJson.message}`,
    });
  } else {
    const r = fxModule.parseFx(fxJson);
    if (r.ok) {
      fx = fxModule.fxRatesFrom(r.fx);
      rates = r.fx.rates;
    } else catalog.problems.push({ file: 'fx.json', path: '(file)', message: r.message });
  }
  if (catalog.offers.length === 0)
    throw new CatalogLoadError(
      `no prices could be loaded (${catalog.problems.map(parse.formatProblem).slice(0, 3).join('; ')})`,
    );
  return { catalog, pricesAsOf: parse.pricesAsOf(catalog), fx, ...(rates ? { rates } : {}) };
}

export function getCatalogQueryOptions() {
  return queryOptions({
    queryKey: ['catalog'],
    queryFn: ({ signal }) => loadCatalog(signal),
    staleTime: Infinity,
    retry: 1,
  });
}
