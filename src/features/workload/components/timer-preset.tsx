import { lazy, Suspense, useState } from 'react';
import { useScenarioStore } from '../../../state/scenario-store.ts';

// The form, and the preset while it is on, load from their own chunk when needed.
const TimerForm = lazy(() => import('./timer-form.tsx'));
const TimerOn = lazy(() => import('./timer-form.tsx').then((m) => ({ default: m.TimerOn })));

/** The article's time-bound trigger as a preset: a scheduled job instead of HTTP requests. */
export function TimerPreset() {
  const s = useScenarioStore((st) => st.scenario);
  const left = useScenarioStore((st) => st.leftTimer);
  const [open, setOpen] = useState(false);
  if (s.trigger === 'schedule')
    return (
      <Suspense fallback={null}>
        <TimerOn s={s} />
      </Suspense>
    );
  return (
    <div className="timer-preset">
      {left ? (
        <p className="hint" role="status">
          Requests changed: a scheduled job is one run, so this is HTTP requests again.
        </p>
      ) : null}
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
