/**
 * The charts' own data, worked out in the spread worker after an edit: the break-even chart's
 * sweep over every volume, the growth chart's months and scenario B's evaluation (the compare
 * panel). Each request is one engine call; a newer request of the same kind replaces an older one
 * that has not started (spread-protocol.ts). React-free and DOM-free. On the page's thread, where
 * there is no worker, each part calls the same engine function itself (chart-answers.ts).
 */
import type { Platform } from '../catalog/platform.ts';
import type { Offer } from '../catalog/schema.ts';
import { sweep } from '../engine/breakeven.ts';
import { evaluateScenario } from '../engine/evaluate.ts';
import { growthSeries, type Growth } from '../engine/growth.ts';
import type { Scenario } from '../engine/scenario.ts';
import type { ScenarioResult, SweepPoint } from '../engine/types.ts';

/** What a chart asks for, with `scenario` as the engine prices it (priced-scenario.ts). */
export type ChartRequest =
  | { kind: 'sweep'; scenario: Scenario; points: number }
  | { kind: 'growth'; scenario: Scenario; monthlyGrowthPct: number; months: number }
  | { kind: 'evaluate'; scenario: Scenario };

export type ChartKind = ChartRequest['kind'];

/** Each kind's answer; `failed`: the engine threw (the part is left out, with a quiet note). */
export interface ChartValues {
  sweep: SweepPoint[];
  growth: Growth;
  evaluate: ScenarioResult;
}

export type ChartAnswer =
  | { [K in ChartKind]: { kind: K; value: ChartValues[K] } }[ChartKind]
  | { kind: ChartKind; failed: true };

/** Work out one request. */
export function chartAnswer(
  request: ChartRequest,
  offers: readonly Offer[],
  platform: Platform,
): ChartAnswer {
  try {
    switch (request.kind) {
      case 'sweep':
        return {
          kind: 'sweep',
          value: sweep(request.scenario, offers, { points: request.points, platform }),
        };
      case 'growth':
        return {
          kind: 'growth',
          value: growthSeries(request.scenario, offers, {
            platform,
            monthlyGrowthPct: request.monthlyGrowthPct,
            months: request.months,
          }),
        };
      case 'evaluate':
        return {
          kind: 'evaluate',
          value: evaluateScenario(request.scenario, offers, { platform }),
        };
    }
  } catch {
    return { kind: request.kind, failed: true };
  }
}
