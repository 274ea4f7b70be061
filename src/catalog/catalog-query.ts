/**
 * The catalog is server state: TanStack Query fetches pricing-data/index.json and then each file,
 * relative to the page (so the build works from any sub-path), and zod parses them inside queryFn.
 * The parser (and zod with it) is imported lazily, so it stays out of the first-load bundle.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Catalog } from './parse.ts';

export interface LoadedCatalog {
  catalog: Catalog;
  /** The newest checkedOn date ("Prices as of …"), or null with no offers. */
  pricesAsOf: string | null;
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
  const [index, parse] = await Promise.all([fetchJson('index.json', signal), import('./parse.ts')]);
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
  if (catalog.offers.length === 0)
    throw new CatalogLoadError(
      `no prices could be loaded (${catalog.problems.map(parse.formatProblem).slice(0, 3).join('; ')})`,
    );
  return { catalog, pricesAsOf: parse.pricesAsOf(catalog) };
}

export function getCatalogQueryOptions() {
  return queryOptions({
    queryKey: ['catalog'],
    queryFn: ({ signal }) => loadCatalog(signal),
    staleTime: Infinity,
    retry: 1,
  });
}
