import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, type ReactNode } from 'react';
import { getCatalogQueryOptions } from '../catalog/catalog-query.ts';
import { comparableIds } from '../catalog/comparable-ids.ts';
import { calculate, CalculationContext, type Calculation } from './calculation.ts';
import { getEngineQueryOptions } from './engine.ts';
import { useTheme } from './theme.ts';
import { addNotices, loadScenario, useScenarioStore } from '../state/scenario-store.ts';
import { restrictOffers, type CodecNotice } from '../url/codec.ts';

/** Loads catalog and engine, evaluates the scenario, and shares the result with the page. */
export function CalculationProvider({ children }: { children: ReactNode }) {
  const catalog = useQuery(getCatalogQueryOptions());
  const engine = useQuery(getEngineQueryOptions());
  const scenario = useScenarioStore((s) => s.scenario);
  const theme = useTheme();

  // Once the catalog is known, drop offer ids it does not have (from an old or hand-edited link).
  const loaded = catalog.data;
  useEffect(() => {
    if (!loaded) return;
    const ids = comparableIds(loaded.catalog.offers);
    const current = useScenarioStore.getState();
    const notices: CodecNotice[] = [];
    const fixed = restrictOffers(current.scenario, ids, notices);
    if (notices.length > 0) {
      loadScenario(fixed, current.notices);
      addNotices(notices);
    }
  }, [loaded]);

  // Typing stays responsive: the results follow one render behind when React is busy.
  const deferred = useDeferredValue(scenario);
  const mod = engine.data;

  const value = useMemo((): Calculation => {
    if (catalog.isError || engine.isError) {
      const err = catalog.error ?? engine.error;
      return {
        status: 'error',
        message: err instanceof Error ? err.message : String(err),
        retry: () => {
          if (catalog.isError) void catalog.refetch();
          if (engine.isError) void engine.refetch();
        },
      };
    }
    if (!loaded || !mod) return { status: 'loading' };
    return calculate(loaded, mod, deferred, theme);
    // catalog/engine query objects change identity each render; depend on what is read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, mod, deferred, theme, catalog.isError, engine.isError, catalog.error, engine.error]);

  // Results render at transition priority: React slices the big first render (and each edit)
  // into short tasks instead of one long one, so typing and scrolling never wait for it.
  const shown = useDeferredValue(value);
  return <CalculationContext value={shown}>{children}</CalculationContext>;
}
