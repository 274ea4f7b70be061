/**
 * What the verdict says about FaaS properties: the scheduled job's own verdict, how much of the
 * difference external state accounts for, the billed start-up time (headline part), and the
 * latency and warm-instance sentences (the "What this rests on" part). src/describe writes the
 * sentences; this chunk loads after the verdict (it pulls the timer module from the engine's).
 */
import { summarizeFaasProperties, timerVerdictText } from '../../../describe/faas-properties.ts';
import { initBilledNote } from '../../../describe/results.ts';
import type { Scenario } from '../../../engine/scenario.ts';
import { timerVerdict } from '../../../engine/timers.ts';
import type { OfferResult, ScenarioResult } from '../../../engine/types.ts';
import { useMoney } from '../../../lib/calculation.ts';
import { formatMoney, formatRate } from '../../../describe/format.ts';

export interface FaasPropertiesNoteProps {
  part: 'headline' | 'details';
  scenario: Scenario;
  result: ScenarioResult;
  faas: OfferResult;
  server: OfferResult | null;
}

export default function FaasPropertiesNote(p: FaasPropertiesNoteProps) {
  const money = useMoney();
  // Sentences in the display currency, like every other figure in the verdict.
  const summary = summarizeFaasProperties(p.faas, p.server, money);
  const cs = p.faas.coldStart;
  const stateSentence = summary.stateUsd > 0 ? (summary.sentences[0] ?? null) : null;
  if (p.part === 'headline') {
    const timer =
      p.scenario.trigger === 'schedule'
        ? timerVerdictText(p.scenario, timerVerdict(p.result), money)
        : null;
    const billed =
      cs?.includedInTotal && cs.usdPerMonth > 0 ? (
        <>
          {' '}
          Billed start-up time of cold starts adds{' '}
          <strong className="money">{formatMoney(cs.usdPerMonth, money)}</strong> a month to{' '}
          {p.faas.label}’s total.
        </>
      ) : null;
    if (!timer && !stateSentence && !billed) return null;
    return (
      <>
        {timer ? <p className="verdict-aside timer-verdict">{timer}</p> : null}
        {stateSentence || billed ? (
          <p className="verdict-aside faas-properties-verdict">
            {stateSentence}
            {billed}
          </p>
        ) : null}
      </>
    );
  }
  const rest = summary.sentences.filter((s) => s !== stateSentence);
  return (
    <>
      {cs && cs.keepAliveMinutes !== null ? (
        <li>
          Cold starts ({p.faas.label}): an idle instance is assumed to stay warm for{' '}
          {formatRate(cs.keepAliveMinutes)} minutes
          {cs.keepAliveBasis === 'estimate'
            ? ' — an estimate, as no provider publishes it'
            : cs.keepAliveBasis === 'user'
              ? ' (your figure)'
              : ''}
          ; each cold start takes {formatRate(cs.initMs)} ms. {initBilledNote(cs)}
        </li>
      ) : null}
      {rest.map((s) => (
        <li key={s}>{s}</li>
      ))}
    </>
  );
}
