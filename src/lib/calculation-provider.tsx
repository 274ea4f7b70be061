import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, type ReactNode } from 'react';
import { getCatalogQueryOptions } from '../catalog/catalog-query.ts';
import { CalculationContext, type Calculation } from './calculation.ts';
import { moneyFor } from '../describe/format.ts';
import { getEngineQueryOptions } from './engine.ts';
import { offerStyles } from './palette.ts';
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
    const ids = new Set(loaded.catalog.offers.map((o) => o.id));
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
    try {
      const ids = new Set(loaded.catalog.offers.map((o) => o.id));
      const chosen = deferred.offers.filter((id) => ids.has(id));
      // To the engine an empty list means "every offer"; on the page it means "none chosen yet".
      // An id the catalog lacks is skipped by the engine, so this prices nothing but still
      // returns the volume and the traffic profile for the workload panel.
      const s = { ...deferred, offers: chosen.length > 0 ? chosen : ['none-chosen'] };
      const result = mod.evaluateScenario(s, loaded.catalog.offers, { platform: loaded.platform });
      const { money, notice } = moneyFor(deferred.currency, loaded.rates);
      return {
        status: 'ready',
        loaded,
        engine: mod,
        scenario: { ...s, offers: chosen },
        result,
        styles: offerStyles(loaded.catalog.offers, theme),
        money,
        ...(notice ? { moneyNotice: notice } : {}),
      };
    } catch (e) {
      return { status: 'invalid', loaded, message: e instanceof Error ? e.message : String(e) };
    }
    // catalog/engine query objects change identity each render; depend on what is read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, mod, deferred, theme, catalog.isError, engine.isError, catalog.error, engine.error]);

  // Results render at transition priority: React slices the big first render (and each edit)
  // into short tasks instead of one long one, so typing and scrolling never wait for it.
  const shown = useDeferredValue(value);
  return <CalculationContext value={shown}>{children}</CalculationContext>;
}
