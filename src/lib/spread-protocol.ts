/**
 * The spread worker's messages and what it does with them (spread-worker.ts is only the entry
 * that wires this to `self`, so tests drive it without a Worker). The page sends the priced
 * catalog once (it is cloned into the worker, then each scenario names it by id) and then one
 * request per scenario; the worker answers each finished part with the request's id. A newer
 * request stops the older one between two steps: its remaining work is dropped, and the page drops
 * any reply whose id is not its latest. The charts' own data (chart-work.ts: the break-even sweep,
 * growth, scenario B) comes the same way, one engine call a request, each kind on its own: a newer
 * request of a kind skips an older one of that kind not yet started, and never stops the spread
 * work (nor the spread work it). Request ids are the page's, one count for both.
 */
import type { Platform } from '../catalog/platform.ts';
import type { Offer } from '../catalog/schema.ts';
import type { Scenario } from '../engine/scenario.ts';
import { chartAnswer, type ChartAnswer, type ChartKind, type ChartRequest } from './chart-work.ts';
import { runSteps, spreadSteps, type BandMemo, type SpreadPart } from './spread-work.ts';

export type ToSpreadWorker =
  | { type: 'catalog'; catalogId: number; offers: readonly Offer[]; platform: Platform }
  /** `scenario` as the engine prices it (priced-scenario.ts). */
  | { type: 'spread'; id: number; catalogId: number; scenario: Scenario }
  | { type: 'chart'; id: number; catalogId: number; request: ChartRequest };

export type FromSpreadWorker =
  | { type: 'part'; id: number; part: SpreadPart }
  | { type: 'chart'; id: number; answer: ChartAnswer }
  /** The request named a catalog the worker does not hold (none of its parts will come). */
  | { type: 'failed'; id: number; message: string };

/**
 * The worker's message handler: `post` sends a reply to the page, `schedule` runs the next step in
 * a task of its own (so a newer request is read between two steps).
 */
export function spreadWorkerHandler(
  post: (m: FromSpreadWorker) => void,
  schedule: (next: () => void) => void,
): (m: ToSpreadWorker) => void {
  let catalog: { id: number; offers: readonly Offer[]; platform: Platform } | null = null;
  let latest = -1;
  const memo: { band: BandMemo | null } = { band: null };
  const latestChart: Partial<Record<ChartKind, number>> = {};
  return (m) => {
    if (m.type === 'catalog') {
      catalog = { id: m.catalogId, offers: m.offers, platform: m.platform };
      return;
    }
    if (m.type === 'chart') latestChart[m.request.kind] = m.id;
    else latest = m.id;
    if (!catalog || catalog.id !== m.catalogId) {
      post({ type: 'failed', id: m.id, message: `catalog ${m.catalogId} was not sent first` });
      return;
    }
    if (m.type === 'chart') {
      const { offers, platform } = catalog;
      const kind = m.request.kind;
      schedule(() => {
        if (latestChart[kind] !== m.id) return; // a newer one of its kind came meanwhile
        post({ type: 'chart', id: m.id, answer: chartAnswer(m.request, offers, platform) });
      });
      return;
    }
    const steps = spreadSteps(m.scenario, catalog.offers, catalog.platform, catalog.id, memo);
    runSteps(
      steps,
      () => latest === m.id,
      (part) => post({ type: 'part', id: m.id, part }),
      schedule,
    );
  };
}
