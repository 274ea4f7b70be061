/**
 * The catalog is server state: TanStack Query runs load-catalog.ts (the runtime catalog fetched
 * and parsed file by file; loaded lazily with the engine chunk, while index.html's preload has the
 * file on its way) and caches the result for the page.
 */
import { queryOptions } from '@tanstack/react-query';

export type { LoadedCatalog } from './load-catalog.ts';

export function getCatalogQueryOptions() {
  return queryOptions({
    queryKey: ['catalog'],
    queryFn: async ({ signal }) => (await import('./load-catalog.ts')).takeCatalogLoad(signal),
    staleTime: Infinity,
    retry: 1,
  });
}
