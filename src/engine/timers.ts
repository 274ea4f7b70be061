/**
 * Timers: the article's time-bound trigger, "every M minutes, run for D seconds". A
 * function fired by a scheduler (EventBridge Scheduler, Cloud Scheduler, the Functions timer
 * trigger) against a server that only has to exist for that job (a cron entry on the cheapest
 * instance). The scheduler's own price is its own line item.
 */
import type { Scheduler } from '../catalog/platform.ts';
import {
  MINUTES_PER_MONTH,
  scenarioSchema,
  type Scenario,
  type ScenarioInput,
} from './scenario.ts';
import { costAfterAllowance } from './tiers.ts';
import type { LineItem, LinePart, MeterUsage, OfferResult, ScenarioResult } from './types.ts';

export interface SchedulerPrice {
  line: LineItem;
  meters: MeterUsage[];
  fixedMonthlyUsd: number;
}

/**
 * The scheduler's monthly price. One invocation per request; jobs = requests per firing (each
 * job fires once every M minutes). Per-invocation prices are metered; per-job prices are fixed.
 */
export function priceScheduler(
  sched: Scheduler,
  requestsPerMonth: number,
  everyMinutes: number,
  freeTier: boolean,
): SchedulerPrice {
  const meters: MeterUsage[] = [];
  let metered = 0;
  if (sched.usdPerInvocation > 0) {
    const tiers = [{ upTo: null, usdPerUnit: sched.usdPerInvocation }];
    const allowance = freeTier ? sched.freeInvocationsPerMonth : 0;
    metered = costAfterAllowance(requestsPerMonth, allowance, tiers);
    meters.push({
      id: 'scheduler',
      label: `${sched.product} invocations`,
      unit: 'invocation',
      units: requestsPerMonth,
      allowanceUnits: allowance,
      tiers,
      usd: metered,
    });
  }
  const perFiring = (requestsPerMonth * everyMinutes) / MINUTES_PER_MONTH;
  const jobs = requestsPerMonth > 0 ? Math.max(1, Math.ceil(perFiring - 1e-9)) : 0;
  const paidJobs = Math.max(0, jobs - (freeTier ? sched.freeJobs : 0));
  const fixed = paidJobs * sched.usdPerJobPerMonth;
  const priced: LinePart[] = [];
  if (sched.usdPerInvocation > 0)
    priced.push({
      quantity: requestsPerMonth,
      unit: 'invocation',
      unitPriceUsd: sched.usdPerInvocation,
      freeUnits: freeTier ? sched.freeInvocationsPerMonth : 0,
    });
  if (sched.usdPerJobPerMonth > 0)
    priced.push({
      quantity: jobs,
      unit: 'job',
      unitPriceUsd: sched.usdPerJobPerMonth,
      freeUnits: freeTier ? sched.freeJobs : 0,
    });
  return {
    line: {
      id: 'scheduler',
      // "front-door" keeps the breakdown chart's kinds: the scheduler is what triggers the function.
      kind: 'front-door',
      quantity: requestsPerMonth,
      unit: 'invocation',
      unitPriceUsd: sched.usdPerInvocation,
      usd: metered + fixed,
      name: sched.product,
      basis: { type: 'scheduler', parts: priced },
    },
    meters,
    fixedMonthlyUsd: fixed,
  };
}

export interface TimerJob {
  /** The job runs every M minutes (schedulers fire at most once a minute). */
  everyMinutes: number;
  /** Each run lasts D seconds. */
  runSeconds: number;
  memoryMb?: number;
  /** CPU time as a share of the run (default: the whole run). */
  cpuShare?: number;
}

/**
 * The scheduled-job preset: one run every M minutes for D seconds, fired by a scheduler, each run
 * a burst of one (so it starts cold whenever M exceeds the keep-alive). No front door, no payload.
 */
export function timerScenario(job: TimerJob, rest: Partial<ScenarioInput> = {}): Scenario {
  const durationMs = job.runSeconds * 1000;
  return scenarioSchema.parse({
    workload: { requests: 1, everyMinutes: job.everyMinutes },
    durationMs,
    ...(job.cpuShare !== undefined ? { cpuMs: durationMs * job.cpuShare } : {}),
    memoryMb: job.memoryMb ?? 512,
    responseKb: 0,
    requestKb: 0,
    trigger: 'schedule',
    coldStart: { arrivals: 'bursts' },
    ...rest,
  });
}

export interface TimerVerdict {
  faas: OfferResult | null;
  server: OfferResult | null;
  cheaper: 'faas' | 'server' | null;
  /** Monthly saving of the cheaper option (0 when only one can run the job). */
  savingUsd: number;
}

function usable(r: OfferResult): boolean {
  return r.status === 'priced';
}

function cheapest(rs: readonly OfferResult[]): OfferResult | null {
  let best: OfferResult | null = null;
  for (const r of rs) if (!best || r.monthlyUsd < best.monthlyUsd) best = r;
  return best;
}

/**
 * The timer's verdict: the cheapest function (with its scheduler) that can run the job against the
 * cheapest server that only has to exist for it (one instance; a cron entry costs nothing).
 * src/describe (timerVerdictText) puts it into words.
 */
export function timerVerdict(result: ScenarioResult): TimerVerdict {
  const ok = result.results.filter(usable);
  const faas = cheapest(ok.filter((r) => r.family === 'faas'));
  const server = cheapest(ok.filter((r) => r.family === 'always-on'));
  if (!faas || !server) {
    const only = faas ?? server;
    return {
      faas,
      server,
      cheaper: only ? (only.family === 'faas' ? 'faas' : 'server') : null,
      savingUsd: 0,
    };
  }
  return {
    faas,
    server,
    cheaper: faas.monthlyUsd <= server.monthlyUsd ? 'faas' : 'server',
    savingUsd: Math.abs(server.monthlyUsd - faas.monthlyUsd),
  };
}
