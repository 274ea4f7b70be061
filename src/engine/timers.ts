/**
 * Timers (issue 6): the article's time-bound trigger, "every M minutes, run for D seconds". A
 * function fired by a scheduler (EventBridge Scheduler, Cloud Scheduler, the Functions timer
 * trigger) against a server that only has to exist for that job (a cron entry on the cheapest
 * instance). The scheduler's own price is its own line item.
 */
import type { Scheduler } from '../catalog/platform.ts';
import { fmtAmount, fmtCount, fmtPer, fmtUsd } from './describe.ts';
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
  detail: boolean,
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
  let detailText = '';
  if (detail) {
    const parts: string[] = [];
    if (sched.usdPerInvocation > 0)
      parts.push(
        `${fmtCount(requestsPerMonth)} invocations at ${fmtPer(sched.usdPerInvocation, 'invocation')}${freeTier && sched.freeInvocationsPerMonth > 0 ? `, ${fmtCount(sched.freeInvocationsPerMonth)} free a month` : ''}`,
      );
    if (sched.usdPerJobPerMonth > 0)
      parts.push(
        `${fmtCount(jobs)} job${jobs === 1 ? '' : 's'} at $${fmtAmount(sched.usdPerJobPerMonth)} a month${freeTier && sched.freeJobs > 0 ? `, ${fmtCount(sched.freeJobs)} free` : ''}`,
      );
    if (parts.length === 0) parts.push('no separate charge');
    detailText = parts.join('; ');
  }
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
      label: `Scheduler: ${sched.product}`,
      detail: detailText,
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
  /** Monthly saving of the cheaper option. */
  savingUsd: number;
  summary: string;
}

function usable(r: OfferResult): boolean {
  return r.available && !r.warnings.some((w) => w.severity === 'error');
}

function cheapest(rs: readonly OfferResult[]): OfferResult | null {
  let best: OfferResult | null = null;
  for (const r of rs) if (!best || r.monthlyUsd < best.monthlyUsd) best = r;
  return best;
}

/**
 * The timer's verdict: the cheapest function (with its scheduler) that can run the job against the
 * cheapest server that only has to exist for it (one instance; a cron entry costs nothing).
 */
export function timerVerdict(
  scenario: Scenario,
  result: ScenarioResult,
  /** Writes a USD amount (≥ 0) for people; the page passes its display-currency formatter. */
  usd: (amount: number) => string = fmtUsd,
): TimerVerdict {
  const ok = result.results.filter(usable);
  const faas = cheapest(ok.filter((r) => r.family === 'faas'));
  const server = cheapest(ok.filter((r) => r.family === 'always-on'));
  const job = `A job every ${fmtCount(scenario.workload.everyMinutes)} minutes for ${fmtCount(scenario.durationMs / 1000)} s`;
  if (!faas || !server) {
    const only = faas ?? server;
    return {
      faas,
      server,
      cheaper: only ? (only.family === 'faas' ? 'faas' : 'server') : null,
      savingUsd: 0,
      summary: only
        ? `${job}: only ${only.label} can run it here (${usd(only.monthlyUsd)} a month).`
        : `${job}: no offer in the comparison can run it.`,
    };
  }
  const sched = faas.lines.find((l) => l.id === 'scheduler');
  const faasName = sched
    ? `${faas.label} fired by ${sched.label.replace(/^Scheduler: /, '')}`
    : faas.label;
  const serverName = server.fleet
    ? `${server.fleet.peakInstances} × ${server.label}`
    : server.label;
  const cheaper = faas.monthlyUsd <= server.monthlyUsd ? 'faas' : 'server';
  const saving = Math.abs(server.monthlyUsd - faas.monthlyUsd);
  return {
    faas,
    server,
    cheaper,
    savingUsd: saving,
    summary: `${job}: ${faasName} costs ${usd(faas.monthlyUsd)} a month; a server that only runs this job, ${serverName}, costs ${usd(server.monthlyUsd)}. ${cheaper === 'faas' ? 'The function' : 'The server'} is cheaper by ${usd(saving)} a month.`,
  };
}
