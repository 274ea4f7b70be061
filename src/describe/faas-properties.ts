/**
 * Sentences for the verdict about FaaS properties: how much of the FaaS-versus-server difference
 * external state accounts for, what cold starts mean for latency, what keeping instances warm would
 * cost, and the timer preset's verdict. Numbers come from the engine's lines; nothing is priced here.
 */
import type { Scenario } from '../engine/scenario.ts';
import type { TimerVerdict } from '../engine/timers.ts';
import type { OfferResult } from '../engine/types.ts';
import { formatMoney, USD_MONEY, type Money } from './format.ts';
import { avoidLabel, coldStartNote, lineLabel } from './results.ts';
import { fmtCount, plural } from './words.ts';

export interface FaasPropertiesSummary {
  /** Monthly USD of the FaaS offer's own lines. */
  stateUsd: number;
  coldStartUsd: number;
  schedulerUsd: number;
  /** FaaS minus server, monthly (positive: FaaS is dearer); null without a server. */
  differenceUsd: number | null;
  /** Share of a FaaS-dearer difference that external state accounts for (0..1), else null. */
  stateShareOfDifference: number | null;
  sentences: string[];
}

const lineUsd = (r: OfferResult, id: string) =>
  r.lines.filter((l) => l.id === id).reduce((a, l) => a + l.usd, 0);

/**
 * What the verdict can say about state, cold starts and the scheduler for this pair, with amounts
 * (always ≥ 0: signs are in the words) in the display currency.
 */
export function summarizeFaasProperties(
  faas: OfferResult,
  server: OfferResult | null,
  display: Money = USD_MONEY,
): FaasPropertiesSummary {
  const money = (usd: number) => formatMoney(usd, display);
  const stateUsd = lineUsd(faas, 'state');
  const coldStartUsd = lineUsd(faas, 'cold-start');
  const schedulerUsd = lineUsd(faas, 'scheduler');
  const diff = server ? faas.monthlyUsd - server.monthlyUsd : null;
  const sentences: string[] = [];
  let share: number | null = null;
  const stateLabel = faas.lines.find((l) => l.id === 'state')?.name;
  if (stateUsd > 0 && stateLabel) {
    if (diff === null || !server)
      sentences.push(`External state (${stateLabel}) adds ${money(stateUsd)} a month.`);
    else if (diff > 0) {
      share = Math.min(1, stateUsd / diff);
      sentences.push(
        stateUsd >= diff
          ? `External state (${stateLabel}) adds ${money(stateUsd)} a month; without it ${faas.label} would be cheaper than ${server.label}.`
          : `External state (${stateLabel}) adds ${money(stateUsd)} a month: ${Math.round(share * 100)}% of the ${money(diff)} by which ${faas.label} is dearer.`,
      );
    } else
      sentences.push(
        `Even with external state (${stateLabel}, ${money(stateUsd)} a month), ${faas.label} is cheaper by ${money(-diff)}.`,
      );
  }
  const cs = faas.coldStart;
  if (cs && cs.coldStartsPerMonth > 0) {
    sentences.push(coldStartNote(cs));
    if (cs.initBilled && cs.usdPerMonth > 0 && !cs.includedInTotal)
      sentences.push(
        `Billed start-up time would add ${money(cs.usdPerMonth)} a month (not in the total).`,
      );
    if (cs.avoid?.usdPerMonth != null)
      sentences.push(
        `Keeping ${plural(cs.avoid.instances, 'instance')} warm (${avoidLabel(cs.avoid)}) would change the bill by ${cs.avoid.usdPerMonth >= 0 ? '+' : '−'}${money(Math.abs(cs.avoid.usdPerMonth))} a month.`,
      );
  }
  const scheduler = faas.lines.find((l) => l.id === 'scheduler');
  if (schedulerUsd > 0 && scheduler)
    sentences.push(`${lineLabel(scheduler, faas)} costs ${money(schedulerUsd)} a month.`);
  return {
    stateUsd,
    coldStartUsd,
    schedulerUsd,
    differenceUsd: diff,
    stateShareOfDifference: share,
    sentences,
  };
}

/**
 * The timer preset's verdict in words: "A job every 60 minutes for 30 s: AWS Lambda (Arm) fired by
 * EventBridge Scheduler costs $0.02 a month; a server that only runs this job, 1 × EC2 t4g.nano,
 * costs $3.07. The function is cheaper by $3.05 a month."
 */
export function timerVerdictText(
  scenario: Scenario,
  v: TimerVerdict,
  display: Money = USD_MONEY,
): string {
  const money = (usd: number) => formatMoney(usd, display);
  // A job is one run: N runs every M minutes are N jobs (a share link or the CLI can ask for them).
  const runs = scenario.workload.requests;
  const every = plural(scenario.workload.everyMinutes, 'minute');
  const secs = fmtCount(scenario.durationMs / 1000);
  const job =
    runs === 1
      ? `A job every ${every} for ${secs} s`
      : `${plural(runs, 'job')} every ${every}, each run ${secs} s`;
  const { faas, server } = v;
  if (!faas || !server) {
    const only = faas ?? server;
    return only
      ? `${job}: only ${only.label} can run it here (${money(only.monthlyUsd)} a month).`
      : `${job}: no offer in the comparison can run it.`;
  }
  const sched = faas.lines.find((l) => l.id === 'scheduler');
  const faasName = sched?.name ? `${faas.label} fired by ${sched.name}` : faas.label;
  const serverName = server.fleet
    ? `${server.fleet.peakInstances} × ${server.label}`
    : server.label;
  return `${job}: ${faasName} costs ${money(faas.monthlyUsd)} a month; a server that only runs ${runs === 1 ? 'this job' : 'them'}, ${serverName}, costs ${money(server.monthlyUsd)}. ${v.cheaper === 'faas' ? 'The function' : 'The server'} is cheaper by ${money(v.savingUsd)} a month.`;
}
