import type { Scenario } from '../engine/scenario.ts';
import type { ReadyCalculation } from './calculation.ts';

/**
 * The scenario as the engine priced it: on the page an empty choice means "none chosen yet", to
 * the engine "every offer" (see CalculationProvider).
 */
export function pricedScenario(calc: ReadyCalculation): Scenario {
  return calc.scenario.offers.length > 0
    ? calc.scenario
    : { ...calc.scenario, offers: ['none-chosen'] };
}
