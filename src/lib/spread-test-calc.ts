/**
 * Test helper: the page's calculation of the hand-made FaaS / VM pair (src/engine/test-catalog.ts)
 * at 10M requests a month of 100 ms (10 ms of CPU, 128 MB), priced by the real engine. Only
 * imported by *.test.tsx files.
 */
import { EMPTY_PLATFORM } from '../catalog/platform.ts';
import { USD_MONEY } from '../describe/format.ts';
import * as engine from '../engine/evaluate.ts';
import type { Spread } from '../engine/scenario.ts';
import { monthly, testFaas, testVm } from '../engine/test-catalog.ts';
import type { ReadyCalculation } from './calculation.ts';

export function pairCalculation(
  spread: Spread = { trafficPct: 50, durationPct: 30, cpuPct: 0 },
): ReadyCalculation {
  const offers = [testFaas(), testVm()];
  const scenario = {
    ...monthly(10e6, { durationMs: 100, cpuMs: 10, memoryMb: 128, spread }),
    offers: offers.map((o) => o.id),
  };
  return {
    status: 'ready',
    loaded: {
      catalog: { offers, problems: [], files: [] },
      pricesAsOf: null,
      platform: EMPTY_PLATFORM,
    },
    engine,
    scenario,
    result: engine.evaluateScenario(scenario, offers, { platform: EMPTY_PLATFORM }),
    theme: 'light',
    money: USD_MONEY,
  };
}
