import { lazy, Suspense, useState } from 'react';
import { formatRate } from '../../../describe/format.ts';
import { setTimerScenario, useScenarioStore } from '../../../state/scenario-store.ts';

const TimerForm = lazy(() => import('./timer-form.tsx'));

/** The article's time-bound trigger as a preset: a scheduled job instead of HTTP requests. */
export function TimerPreset() {
  const s = useScenarioStore((st) => st.scenario);
  const [open, setOpen] = useState(false);
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
        <Suspense fallback={null}>
          <TimerForm s={s} onDone={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
