import { useState } from 'react';
import type { Scenario } from '../../../engine/scenario.ts';
import { formatRate } from '../../../lib/format.ts';
import { NumberField } from '../../../lib/ui/number-field.tsx';
import { setTimerScenario, useScenarioStore } from '../../../state/scenario-store.ts';
import { COLD_START_DEFAULTS } from '../../../url/codec.ts';
import { MINUTES_PER_MONTH } from '../../../engine/units.ts';

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
        coldStart: { ...(s.coldStart ?? COLD_START_DEFAULTS), arrivals: 'bursts' },
      },
    ),
  );
}

/** The article's time-bound trigger as a preset: a scheduled job instead of HTTP requests. */
export function TimerPreset() {
  const s = useScenarioStore((st) => st.scenario);
  const [open, setOpen] = useState(false);
  const [every, setEvery] = useState(15);
  const [run, setRun] = useState(30);
  if (s.trigger === 'schedule')
    return (
      <div className="timer-preset timer-on" role="group" aria-label="Scheduled job">
        <p className="hint">
          <strong>Scheduled job:</strong> a scheduler fires the function every{' '}
          {formatRate(s.workload.everyMinutes)} minutes and each run lasts{' '}
          {formatRate(s.durationMs / 1000)} s; its price is a line of its own.
        </p>
        <button type="button" className="btn-link" onClick={() => setTimerScenario(undefined)}>
          Back to HTTP requests
        </button>
      </div>
    );
  return (
    <div className="timer-preset">
      <button
        type="button"
        className="btn"
        aria-expanded={open}
        aria-controls="timer-form"
        onClick={() => setOpen(!open)}
      >
        Scheduled job (timer)
      </button>
      {open ? (
        <form
          id="timer-form"
          className="timer-form"
          aria-label="Scheduled job"
          onSubmit={(e) => {
            e.preventDefault();
            void applyTimer(s, every, run).then(() => setOpen(false));
          }}
        >
          <p className="sentence">
            Every{' '}
            <NumberField
              label="Run every (minutes)"
              hideLabel
              value={every}
              min={1}
              max={MINUTES_PER_MONTH}
              unit="min"
              width="4.5rem"
              onCommit={(v) => v !== undefined && setEvery(v)}
            />
            , run for{' '}
            <NumberField
              label="Run for (seconds)"
              hideLabel
              value={run}
              min={0}
              minExclusive
              max={3600}
              unit="s"
              width="4.5rem"
              onCommit={(v) => v !== undefined && setRun(v)}
            />
          </p>
          <button type="submit" className="btn">
            Use this schedule
          </button>
        </form>
      ) : null}
    </div>
  );
}
