import { describe, expect, it, vi } from 'vitest';
import { EMPTY_PLATFORM } from '../catalog/platform.ts';
import type { Offer } from '../catalog/schema.ts';
import type { BandPoint, CostRange } from '../engine/ranges.ts';
import type { Robustness } from '../engine/robustness.ts';
import type { ChartAnswer } from './chart-work.ts';
import { pairCalculation } from './spread-test-calc.ts';
import {
  spreadWorkerHandler,
  type FromSpreadWorker,
  type ToSpreadWorker,
} from './spread-protocol.ts';

// The hand-made pair (spread-test-calc.ts): FaaS at $0.20 per million requests and $0.00001 per
// GB-s, 128 MB (0.125 GB), so 2e-7 + 0.125 × 0.001 × 0.00001 = 2e-7 + 1.25e-9 × ms a request; a
// VM at $0.01 an hour, $7.30 a month (730 h), one instance throughout. 10M requests of 100 ms:
// FaaS 10M × (2e-7 + 1.25e-7) = $3.25. Spreads: traffic ±50 %, duration ±30 %, CPU time none.

/** A worker handler driven by hand: replies are cloned as postMessage would, steps queued. */
function harness() {
  const replies: FromSpreadWorker[] = [];
  const queue: Array<() => void> = [];
  const handle = spreadWorkerHandler(
    (m) => replies.push(structuredClone(m)),
    (next) => queue.push(next),
  );
  const send = (m: ToSpreadWorker) => handle(structuredClone(m));
  const drain = () => {
    while (queue.length > 0) queue.shift()?.();
  };
  return { replies, send, drain };
}

const calc = pairCalculation();
const catalogMessage = (): Extract<ToSpreadWorker, { type: 'catalog' }> => ({
  type: 'catalog',
  catalogId: 1,
  offers: calc.loaded.catalog.offers,
  platform: EMPTY_PLATFORM,
});

const partsOf = (replies: FromSpreadWorker[], id: number) =>
  replies.flatMap((r) => (r.type === 'part' && r.id === id ? [r.part] : []));

describe('the spread worker', () => {
  it('answers a scenario with its ranges, robustness and band, each under the request’s id', () => {
    const { replies, send, drain } = harness();
    send(catalogMessage());
    send({ type: 'spread', id: 7, catalogId: 1, scenario: calc.scenario });
    drain();
    const parts = partsOf(replies, 7);
    expect(parts.map((p) => p.part)).toEqual(['ranges', 'robustness', 'band']);
    expect(parts.some((p) => p.failed)).toBe(false);

    const ranges = parts[0]?.value as ReadonlyMap<string, CostRange>;
    // Low: 5M × (2e-7 + 1.25e-9 × 70) = $1.4375; high: 15M × (2e-7 + 1.25e-9 × 130) = $5.4375.
    expect(ranges.get('test-faas')?.lowUsd).toBeCloseTo(1.4375, 9);
    expect(ranges.get('test-faas')?.typicalUsd).toBeCloseTo(3.25, 9);
    expect(ranges.get('test-faas')?.highUsd).toBeCloseTo(5.4375, 9);
    // The VM: $7.30 across the spreads.
    expect(ranges.get('test-vm')?.lowUsd).toBeCloseTo(7.3, 9);
    expect(ranges.get('test-vm')?.highUsd).toBeCloseTo(7.3, 9);

    const r = parts[1]?.value as Robustness;
    // FaaS is cheaper today; traffic flips it at 7.30 / 3.25e-7 = 22,461,538 a month (×2.2462).
    expect(r.answer).toBe('faas');
    const traffic = r.thresholds.find((t) => t.input === 'traffic' && t.direction === 'up');
    expect(traffic?.value).toBeCloseTo(22_461_538, -1);

    const band = parts[2]?.value as readonly BandPoint[];
    // 121 volumes from 100 a month; at 100: FaaS 100 × (2e-7 + 1.25e-9 × 70) = $0.00002875 to
    // 100 × (2e-7 + 1.25e-9 × 130) = $0.00003625; the VM $7.30 at both ends.
    expect(band).toHaveLength(121);
    expect(band[0]?.requestsPerMonth).toBe(100);
    expect(band[0]?.lowUsd['test-faas']).toBeCloseTo(0.00002875, 12);
    expect(band[0]?.highUsd['test-faas']).toBeCloseTo(0.00003625, 12);
    expect(band[0]?.lowUsd['test-vm']).toBeCloseTo(7.3, 9);
  });

  it('stops an older request’s work when a newer one arrives, between two steps', () => {
    const { replies, send, drain } = harness();
    send(catalogMessage());
    // The first step runs as the message arrives; the rest wait for their own tasks.
    send({ type: 'spread', id: 1, catalogId: 1, scenario: calc.scenario });
    const shorter = { ...calc.scenario, durationMs: 50 };
    send({ type: 'spread', id: 2, catalogId: 1, scenario: shorter });
    drain();
    expect(partsOf(replies, 1).map((p) => p.part)).toEqual(['ranges']);
    expect(partsOf(replies, 2).map((p) => p.part)).toEqual(['ranges', 'robustness', 'band']);
    // Request 2's ranges are for 50 ms: typical 10M × (2e-7 + 1.25e-9 × 50) = $2.625.
    const ranges = partsOf(replies, 2)[0]?.value as ReadonlyMap<string, CostRange>;
    expect(ranges.get('test-faas')?.typicalUsd).toBeCloseTo(2.625, 9);
  });

  it('reuses the band when only the volume changed', () => {
    const { replies, send, drain } = harness();
    send(catalogMessage());
    send({ type: 'spread', id: 1, catalogId: 1, scenario: calc.scenario });
    drain();
    const more = { ...calc.scenario, workload: { ...calc.scenario.workload, requests: 20e6 } };
    send({ type: 'spread', id: 2, catalogId: 1, scenario: more });
    drain();
    const band = (id: number) => partsOf(replies, id).find((p) => p.part === 'band')?.value;
    expect(band(2)).toEqual(band(1));
  });

  it('says so when a request names a catalog it was not sent', () => {
    const { replies, send } = harness();
    send({ type: 'spread', id: 3, catalogId: 9, scenario: calc.scenario });
    expect(replies).toEqual([{ type: 'failed', id: 3, message: 'catalog 9 was not sent first' }]);
  });

  it('leaves out a part that fails, marked failed, and still sends the others', () => {
    const { replies, send, drain } = harness();
    // A broken FaaS offer (no meters, which the catalog's parser never lets through): pricing it throws.
    const broken = { ...calc.loaded.catalog.offers[0], meters: null } as unknown as Offer;
    send({ ...catalogMessage(), offers: [broken, ...calc.loaded.catalog.offers.slice(1)] });
    send({ type: 'spread', id: 4, catalogId: 1, scenario: calc.scenario });
    drain();
    const parts = partsOf(replies, 4);
    expect(parts.map((p) => [p.part, p.value, p.failed ?? false])).toEqual([
      ['ranges', null, true],
      ['robustness', null, true],
      ['band', null, true],
    ]);
  });
});

/** The chart answers among the replies, by request id (they come after a promise settles). */
const chartsOf = (replies: FromSpreadWorker[]) =>
  new Map(replies.flatMap((r) => (r.type === 'chart' ? [[r.id, r.answer] as const] : [])));

const valueOf = <K extends ChartAnswer['kind']>(a: ChartAnswer | undefined, kind: K) => {
  if (!a || a.kind !== kind || 'failed' in a) throw new Error(`no ${kind} value`);
  return a.value as Extract<ChartAnswer, { kind: K; value: unknown }>['value'];
};

describe('the spread worker’s chart requests', () => {
  it('answers the break-even sweep, the growth months and scenario B, each under its id', async () => {
    const { replies, send, drain } = harness();
    send(catalogMessage());
    send({
      type: 'chart',
      id: 1,
      catalogId: 1,
      request: { kind: 'sweep', scenario: calc.scenario, points: 3 },
    });
    send({
      type: 'chart',
      id: 2,
      catalogId: 1,
      request: { kind: 'growth', scenario: calc.scenario, monthlyGrowthPct: 10, months: 3 },
    });
    const b = { ...calc.scenario, workload: { ...calc.scenario.workload, requests: 20e6 } };
    send({ type: 'chart', id: 3, catalogId: 1, request: { kind: 'evaluate', scenario: b } });
    drain();
    await vi.waitFor(() => expect(chartsOf(replies).size).toBe(3));
    const answers = chartsOf(replies);

    // Three volumes from 100 a month; at 100: FaaS 100 × (2e-7 + 1.25e-9 × 100) = $0.0000325,
    // the VM $7.30.
    const sweep = valueOf(answers.get(1), 'sweep');
    expect(sweep).toHaveLength(3);
    expect(sweep[0]?.requestsPerMonth).toBe(100);
    expect(sweep[0]?.usd['test-faas']).toBeCloseTo(0.0000325, 12);
    expect(sweep[0]?.usd['test-vm']).toBeCloseTo(7.3, 9);

    // +10 % a month from 10M: month 2 has 11M (FaaS 11M × 3.25e-7 = $3.575), month 3 12.1M
    // ($3.9325); the VM $7.30 throughout, so FaaS stays cheaper and nothing flips.
    const growth = valueOf(answers.get(2), 'growth');
    const requests = growth.months.map((m) => m.requestsPerMonth);
    expect(requests).toHaveLength(3);
    [10e6, 11e6, 12.1e6].forEach((r, k) => expect(requests[k]).toBeCloseTo(r, 3));
    const faasIn = (k: number) =>
      growth.months[k]?.results.find((r) => r.offerId === 'test-faas')?.totalUsd;
    expect(faasIn(1)).toBeCloseTo(3.575, 9);
    expect(faasIn(2)).toBeCloseTo(3.9325, 9);
    expect(growth.flipMonth).toBeNull();

    // B at 20M: FaaS 20M × 3.25e-7 = $6.50 against the VM's $7.30.
    const resultB = valueOf(answers.get(3), 'evaluate');
    const monthly = (id: string) => resultB.results.find((r) => r.offerId === id)?.monthlyUsd;
    expect(monthly('test-faas')).toBeCloseTo(6.5, 9);
    expect(monthly('test-vm')).toBeCloseTo(7.3, 9);
  });

  it('skips an older request of a kind not yet started, and leaves the spread work going', async () => {
    const { replies, send, drain } = harness();
    send(catalogMessage());
    send({ type: 'spread', id: 1, catalogId: 1, scenario: calc.scenario });
    const sweepAt = (durationMs: number) => ({
      kind: 'sweep' as const,
      scenario: { ...calc.scenario, durationMs },
      points: 2,
    });
    send({ type: 'chart', id: 2, catalogId: 1, request: sweepAt(100) });
    send({ type: 'chart', id: 3, catalogId: 1, request: sweepAt(50) });
    drain();
    await vi.waitFor(() => expect(chartsOf(replies).has(3)).toBe(true));
    expect(chartsOf(replies).has(2)).toBe(false);
    // Request 3's sweep is for 50 ms: at 100 a month, 100 × (2e-7 + 1.25e-9 × 50) = $0.00002625.
    const sweep = valueOf(chartsOf(replies).get(3), 'sweep');
    expect(sweep[0]?.usd['test-faas']).toBeCloseTo(0.00002625, 12);
    // The chart requests stopped none of the spread work.
    expect(partsOf(replies, 1).map((p) => p.part)).toEqual(['ranges', 'robustness', 'band']);
  });

  it('answers failed when the engine throws, and says so when the catalog was not sent', async () => {
    const { replies, send, drain } = harness();
    send({
      type: 'chart',
      id: 5,
      catalogId: 1,
      request: { kind: 'evaluate', scenario: calc.scenario },
    });
    expect(replies).toEqual([{ type: 'failed', id: 5, message: 'catalog 1 was not sent first' }]);
    const broken = { ...calc.loaded.catalog.offers[0], meters: null } as unknown as Offer;
    send({ ...catalogMessage(), offers: [broken, ...calc.loaded.catalog.offers.slice(1)] });
    send({
      type: 'chart',
      id: 6,
      catalogId: 1,
      request: { kind: 'sweep', scenario: calc.scenario, points: 2 },
    });
    drain();
    await vi.waitFor(() =>
      expect(chartsOf(replies).get(6)).toEqual({ kind: 'sweep', failed: true }),
    );
  });
});
