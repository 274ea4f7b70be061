/**
 * What the results side of the page reads: the loaded catalog, the engine and the evaluated
 * scenario. Computed once per scenario by <CalculationProvider> (calculation-provider.tsx, shared by the
 * page and the widget) and shared by context.
 * All money maths is the engine's; components only format.
 */
import { createContext, useContext } from 'react';
import type { LoadedCatalog } from '../catalog/catalog-query.ts';
import type { Scenario } from '../engine/scenario.ts';
import type { ScenarioResult } from '../engine/types.ts';
import type { EngineModule } from './engine.ts';
import { USD_MONEY, type Money } from '../describe/format.ts';
import type { OfferStyle } from './palette.ts';

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
      styles: Map<string, OfferStyle>;
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
