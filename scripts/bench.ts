/**
 * `npm run bench [-- --check]`: times one full evaluation (every offer in the default scenario's
 * region, with break-even) and one break-even sweep (241 log-spaced volumes), after a warm-up.
 * Targets on the 2-core reference machine: evaluation < 200 µs median, sweep < 10 ms median.
 * With --check, exits 1 when a median misses its target (not part of `npm test`: timings are noisy).
 */
import { cpus } from 'node:os';
import { findBreakEvens, sweep } from '../src/engine/breakeven.ts';
import { makeContext } from '../src/engine/context.ts';
import { evaluateScenario } from '../src/engine/evaluate.ts';
import { priceOffer, selectOffers } from '../src/engine/price-offer.ts';
import { DEFAULT_SCENARIO } from '../src/engine/scenario.ts';
import { loadCatalog, loadPlatform } from '../src/catalog/load-from-disk.ts';

interface Stats {
  median: number;
  p95: number;
  min: number;
  runs: number;
}

/** Seconds each benchmark may take at most, so a slow engine still finishes (BENCH_SECONDS). */
const BUDGET_NS = Number(process.env.BENCH_SECONDS ?? 5) * 1e9;

/**
 * Time `fn` once per run, in nanoseconds, after `warmup` untimed runs: `runs` runs, or fewer (at
 * least 20) when the time budget runs out.
 */
function time(fn: () => unknown, warmup: number, runs: number): Stats {
  let sink = 0;
  const start = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - start);
  for (let i = 0; i < warmup && elapsed() < BUDGET_NS / 5; i++) sink += fn() ? 1 : 0;
  const ns: number[] = [];
  for (let i = 0; i < runs && (i < 20 || elapsed() < BUDGET_NS); i++) {
    const t0 = process.hrtime.bigint();
    sink += fn() ? 1 : 0;
    ns.push(Number(process.hrtime.bigint() - t0));
  }
  if (sink < 0) console.log(sink); // keeps the results alive
  ns.sort((a, b) => a - b);
  const at = (q: number) => ns[Math.min(ns.length - 1, Math.floor(q * ns.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), min: ns[0] ?? NaN, runs: ns.length };
}

const fmt = (ns: number, unit: 'µs' | 'ms') =>
  unit === 'µs' ? `${(ns / 1e3).toFixed(1)} µs` : `${(ns / 1e6).toFixed(2)} ms`;

const catalog = loadCatalog();
if (catalog.offers.length === 0) {
  console.error('bench: no valid offer in pricing-data/');
  process.exit(1);
}
const scenario = DEFAULT_SCENARIO;
// Cold starts, limits, state and schedulers from platform.json, as in the app.
const { platform } = loadPlatform();
const data = { platform };
const sample = evaluateScenario(scenario, catalog.offers, data);
const points = sweep(scenario, catalog.offers, data);
const priced = new Set(points.flatMap((p) => Object.keys(p.usd))).size;

// One evaluation: every offer priced with its line items, warnings and fleet, sorted.
const evalStats = time(
  () => evaluateScenario(scenario, catalog.offers, { ...data, breakEven: false }),
  300,
  3000,
);
const sweepStats = time(() => sweep(scenario, catalog.offers, data), 10, 200);

// Break-even volumes of every FaaS × fleet pair (what evaluateScenario adds by default).
const chosen = selectOffers(scenario, catalog.offers).flatMap((s) => (s.offer ? [s.offer] : []));
const priceStats = time(
  () => {
    const ctx = makeContext(scenario, data);
    return chosen.map((o) => priceOffer(o, ctx, catalog.offers));
  },
  300,
  3000,
);
const profile = makeContext(scenario, {}).profile;
const breakEvenStats = time(
  () => findBreakEvens(scenario, chosen, catalog.offers, data, profile),
  100,
  1000,
);

const rows = [
  {
    name: `evaluation: ${sample.results.length} offers priced (lines, warnings, fleets), sorted`,
    stats: evalStats,
    unit: 'µs' as const,
    targetNs: 200e3,
  },
  {
    name: `sweep: ${points.length} volumes × ${priced} offers`,
    stats: sweepStats,
    unit: 'ms' as const,
    targetNs: 10e6,
  },
];

const cpu = cpus();
console.log(
  `node ${process.version} · ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'} · scenario: default (${scenario.area})`,
);
let over = false;
const part = (name: string, st: Stats) =>
  `  of which ${name}: median ${fmt(st.median, 'µs')} · p95 ${fmt(st.p95, 'µs')} · ${st.runs} runs`;
for (const { name, stats, unit, targetNs } of rows) {
  const ok = stats.median < targetNs;
  over ||= !ok;
  console.log(
    `${name}\n  median ${fmt(stats.median, unit)} · p95 ${fmt(stats.p95, unit)} · min ${fmt(stats.min, unit)} · ${stats.runs} runs · target median < ${fmt(targetNs, unit)}: ${ok ? 'met' : 'MISSED'}`,
  );
  if (stats === evalStats)
    console.log(
      `${part('pricing the offers', priceStats)}\n  break-even of all ${sample.breakEven.length} FaaS × fleet pairs (added by default, no target): median ${fmt(breakEvenStats.median, 'ms')} · p95 ${fmt(breakEvenStats.p95, 'ms')} · ${breakEvenStats.runs} runs`,
    );
}
if (over && process.argv.includes('--check')) process.exit(1);
