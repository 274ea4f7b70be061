/**
 * Entry point of the engine: (scenario, offers) → results. Pure, no React or DOM.
 * STUB: being implemented; the shapes in ./types.ts are the contract.
 */
import type { Offer } from '../catalog/schema.ts';
import { requestsPerMonthOf, requestsPerSecondOf, type Scenario } from './scenario.ts';
import type { ScenarioResult } from './types.ts';

/** Evaluate every offer chosen by the scenario (all offers in its area when none are chosen). */
export function evaluateScenario(scenario: Scenario, offers: readonly Offer[]): ScenarioResult {
  void offers;
  return {
    requestsPerMonth: requestsPerMonthOf(scenario.workload),
    requestsPerSecond: requestsPerSecondOf(scenario.workload),
    weeklyProfile: new Array<number>(168).fill(1),
    results: [],
    breakEven: [],
  };
}
