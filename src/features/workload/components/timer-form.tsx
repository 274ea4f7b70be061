/**
 * The scheduled-job form of the timer preset, and the preset while it is on: loaded when the
 * preset's button is pressed or a link asks for a timer (the form fetches the engine's timer module
 * on submit), so the first load carries only the button.
 */
import { useState } from 'react';
import { formatRate } from '../../../describe/format.ts';
import type { Scenario } from '../../../engine/scenario.ts';
import { boundsOf } from '../../../lib/number-input.ts';
import { NumberField } from '../../../lib/ui/number-field.tsx';
import { TIMER_EVERY_MINUTES, TIMER_RUN_SECONDS } from '../../../scenario/spec.ts';
import { setTimerScenario } from '../../../state/scenario-store.ts';
import { DEFAULT_COLD_START_OPTIONS } from '../../../engine/default-scenario.ts';

/** The scenario of "every M minutes, run for D seconds", built by the engine's timerScenario. */
async function applyTimer(s: Scenario, everyMinutes: number, runSeconds: number): Promise<void> {
  // The engine (and zod) are not in the first-load bundle: fetch them on the click.
  const { timerScenario } = await import('../../../engine/timers.ts');
  setTimerScenario(
    timerScenario(
      { everyMinutes, runSeconds, memoryMb: s.memoryMb },
      {
        area: s.area,
        faas: s.faas,
        alwaysOn: s.alwaysOn,
        offers: s.offers,
        horizon: s.horizon,
        ...(s.state ? { state: s.state } : {}),
        coldStart: { ...(s.coldStart ?? DEFAULT_COLD_START_OPTIONS), arrivals: 'bursts' },
      },
    ),
  );
}

export default function TimerForm({ s, onDone }: { s: Scenario; onDone: () => void }) {
  const [every, setEvery] = useState(15);
  const [run, setRun] = useState(30);
  return (
    <form
      id="timer-form"
      className="timer-form"
      aria-label="Scheduled job"
      onSubmit={(e) => {
        e.preventDefault();
        void applyTimer(s, every, run).then(onDone);
      }}
    >
      <p className="sentence">
        Every{' '}
        <NumberField
          label="Run every (minutes)"
          hideLabel
          value={every}
          {...boundsOf(TIMER_EVERY_MINUTES)}
          unit="min"
          width="4.5rem"
          onCommit={(v) => v !== undefined && setEvery(v)}
        />
        , run for{' '}
        <NumberField
          label="Run for (seconds)"
          hideLabel
          value={run}
          {...boundsOf(TIMER_RUN_SECONDS)}
          unit="s"
          width="4.5rem"
          onCommit={(v) => v !== undefined && setRun(v)}
        />
      </p>
      <button type="submit" className="btn">
        Use this schedule
      </button>
    </form>
  );
}

/** The preset while it is on: a job is one run every M minutes, and the way back. */
export function TimerOn({ s }: { s: Scenario }) {
  return (
    <div className="timer-preset timer-on" role="group" aria-label="Scheduled job">
      <p className="hint">
        <strong>Scheduled job:</strong> one run every {formatRate(s.workload.everyMinutes)} minutes,
        lasting {formatRate(s.durationMs / 1000)} s, fired by a scheduler (its price is a line of
        its own). Changing Requests goes back to HTTP requests.
      </p>
      <button type="button" className="btn-link" onClick={() => setTimerScenario(undefined)}>
        Back to HTTP requests
      </button>
    </div>
  );
}
