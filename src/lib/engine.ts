/**
 * The pricing engine (and zod, which it validates with) is loaded lazily, in parallel with the
 * catalog, so the first paint waits for neither. It is cached like server state.
 */
import { queryOptions } from '@tanstack/react-query';

export type EngineModule = typeof import('../engine/evaluate.ts');

let pending: Promise<EngineModule> | undefined;

export function loadEngine(): Promise<EngineModule> {
  pending ??= import('../engine/evaluate.ts');
  return pending;
}

export function getEngineQueryOptions() {
  return queryOptions({
    queryKey: ['engine-module'],
    queryFn: loadEngine,
    staleTime: Infinity,
    // A module namespace is not plain data: keep it as is.
    structuralSharing: false,
    retry: 1,
  });
}
