/**
 * Sentences for the verdict about issue 6's FaaS properties: how much of the FaaS-versus-server
 * difference external state accounts for, what cold starts mean for latency, and what keeping
 * instances warm would cost. Numbers come from the engine's lines; nothing is priced here.
 */
import { fmtUsd } from './describe.ts';
import type { OfferResult } from './types.ts';

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
 * What the verdict can say about state, cold starts and the scheduler for this pair. `money`
 * writes an amount given in USD (always ≥ 0: signs are in the words); the default is USD text.
 */
export function summarizeFaasProperties(
  faas: OfferResult,
  server: OfferResult | null,
  money: (usd: number) => string = fmtUsd,
): FaasPropertiesSummary {
  const stateUsd = lineUsd(faas, 'state');
  const coldStartUsd = lineUsd(faas, 'cold-start');
  const schedulerUsd = lineUsd(faas, 'scheduler');
  const diff = server ? faas.monthlyUsd - server.monthlyUsd : null;
  const sentences: string[] = [];
  let share: number | null = null;
  const stateLabel = faas.lines
    .find((l) => l.id === 'state')
    ?.label.replace(/^External state: /, '');
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
    sentences.push(cs.latencyNote);
    if (cs.initBilled && cs.usdPerMonth > 0 && !cs.includedInTotal)
      sentences.push(
        `Billed start-up time would add ${money(cs.usdPerMonth)} a month (not in the total).`,
      );
    if (cs.avoid?.usdPerMonth != null)
      sentences.push(
        `Keeping ${cs.avoid.instances} instance${cs.avoid.instances === 1 ? '' : 's'} warm (${cs.avoid.label}) would change the bill by ${cs.avoid.usdPerMonth >= 0 ? '+' : '−'}${money(Math.abs(cs.avoid.usdPerMonth))} a month.`,
      );
  }
  if (schedulerUsd > 0)
    sentences.push(
      `${faas.lines.find((l) => l.id === 'scheduler')?.label ?? 'Scheduler'} costs ${money(schedulerUsd)} a month.`,
    );
  return {
    stateUsd,
    coldStartUsd,
    schedulerUsd,
    differenceUsd: diff,
    stateShareOfDifference: share,
    sentences,
  };
}
