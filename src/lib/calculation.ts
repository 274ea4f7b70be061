/**
 * What the results side of the page reads: the loaded catalog, the engine and the evaluated
 * scenario. Computed once per scenario by <CalculationProvider> (calculation-provider.tsx, shared by the
 * page and the widget) and shared by context.
 * All money maths is the engine's; components only format.
 */
import { createContext, useContext } from 'react';
import type { LoadedCatalog } from '../catalog/catalog-query.ts';
import { comparableIds } from '../catalog/comparable-ids.ts';
import type { Scenario } from '../engine/scenario.ts';
import type { ScenarioResult } from '../engine/types.ts';
import type { EngineModule } from './engine.ts';
import { moneyFor, USD_MONEY, type Money } from '../describe/format.ts';
import type { Theme } from './theme.ts';

export type Calculation =
  | { status: 'loading' }
  | { status: 'error'; message: string; retry: () => void }
  | {
      status: 'ready';
      loaded: LoadedCatalog;
      engine: EngineModule;
      /** The scenario the result was computed for. */
      scenario: Scenario;
      result: ScenarioResult;
      /** The theme the page is drawn in: palette.ts's `stylesFor` gives each offer's look in it. */
      theme: Theme;
      /** How figures are shown: the scenario's display currency at fx.json's dated rate. */
      money: Money;
      /** Why the chosen currency fell back to USD (fx.json did not load), if it did. */
      moneyNotice?: string;
    }
  | { status: 'invalid'; loaded: LoadedCatalog; message: string };

export type ReadyCalculation = Extract<Calculation, { status: 'ready' }>;

export const CalculationContext = createContext<Calculation>({ status: 'loading' });

export function useCalculation(): Calculation {
  return useContext(CalculationContext);
}

/** The display currency and rate for formatMoney (USD until the calculation is ready). */
export function useMoney(): Money {
  const calc = useContext(CalculationContext);
  return calc.status === 'ready' ? calc.money : USD_MONEY;
}

/**
 * The scenario priced over the loaded catalog, as the page shows it: the chosen offers the catalog
 * has, the display currency's rate and each offer's colours. Used by <CalculationProvider> on every
 * edit and by the build's pre-rendered verdict, so both show the same figures.
 */
export function calculate(
  loaded: LoadedCatalog,
  engine: EngineModule,
  scenario: Scenario,
  theme: Theme,
): Calculation {
  try {
    const ids = comparableIds(loaded.catalog.offers);
    const chosen = scenario.offers.filter((id) => ids.has(id));
    // To the engine an empty list means "every offer"; on the page it means "none chosen yet".
    // An id the catalog lacks is skipped by the engine, so this prices nothing but still
    // returns the volume and the traffic profile for the workload panel.
    const s = { ...scenario, offers: chosen.length > 0 ? chosen : ['none-chosen'] };
    const result = engine.evaluateScenario(s, loaded.catalog.offers, { platform: loaded.platform });
    const { money, notice } = moneyFor(scenario.currency, loaded.rates);
    return {
      status: 'ready',
      loaded,
      engine,
      scenario: { ...s, offers: chosen },
      result,
      theme,
      money,
      ...(notice ? { moneyNotice: notice } : {}),
    };
  } catch (e) {
    return { status: 'invalid', loaded, message: e instanceof Error ? e.message : String(e) };
  }
}
