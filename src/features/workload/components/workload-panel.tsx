import { formatCount, formatInteger, formatRate } from '../../../describe/format.ts';
import { NumberField } from '../../../lib/ui/number-field.tsx';
import { boundsOf } from '../../../lib/number-input.ts';
import { FIELDS as F } from '../../../scenario/spec.ts';
import { perMonthWords, volumeOf } from '../../../lib/volume.ts';
import {
  setCpuMs,
  setDurationMs,
  setEveryMinutes,
  setMemoryMb,
  setRequests,
  useScenarioStore,
} from '../../../state/scenario-store.ts';
import { lazy, Suspense } from 'react';
import { mb, ms } from './amounts.ts';
import { MAX_REQUESTS_PER_MONTH, MINUTES_PER_MONTH } from '../../../engine/units.ts';
import type { Pattern } from '../../../engine/scenario.ts';

// What the first verdict does not need (requests a second and a month as fields, the timer preset,
// the sliders, more about each request) is one chunk of its own, loaded with the page; until it arrives the panel
// shows the same figures as text.
const fields = () => import('./workload-fields.tsx');
const VolumeFields = lazy(() => fields().then((m) => ({ default: m.VolumeFields })));
const TimerPreset = lazy(() => fields().then((m) => ({ default: m.TimerPreset })));
const WorkloadSliders = lazy(() => fields().then((m) => ({ default: m.WorkloadSliders })));
const RequestDetails = lazy(() => fields().then((m) => ({ default: m.RequestDetails })));

// The pattern picker is not needed for the first verdict: its own chunk, loaded with the page.
const LazyPatternPicker = lazy(() =>
  import('./pattern-picker.tsx').then((m) => ({ default: m.PatternPicker })),
);

function PatternPicker({ pattern, importable }: { pattern: Pattern; importable?: boolean }) {
  return (
    <Suspense
      fallback={
        <fieldset className="pattern pattern-loading" aria-busy="true">
          <legend className="panel-title">Traffic pattern</legend>
        </fieldset>
      }
    >
      <LazyPatternPicker pattern={pattern} {...(importable ? { importable } : {})} />
    </Suspense>
  );
}

/** Inputs the compact variant can offer, named by their share-link keys. */
export type WorkloadControl = 'n' | 'm' | 'd' | 'mem' | 'c' | 'pat';

export interface WorkloadPanelProps {
  /**
   * The embeddable widget's variant: the sentence and its equivalents only, plus CPU time and the
   * pattern when they are in `editable`. A field left out of `editable` is shown as plain text.
   */
  compact?: boolean;
  editable?: ReadonlySet<string>;
}

/** CPU time per request, with why it matters. */
function CpuField() {
  const s = useScenarioStore((st) => st.scenario);
  return (
    <>
      <div className="field-row cpu-row">
        <NumberField
          label="CPU time per request"
          value={s.cpuMs}
          {...boundsOf(F.cpuMs)}
          max={s.durationMs}
          unit="ms"
          width="5rem"
          allowEmpty
          placeholder={formatInteger(s.durationMs)}
          describedBy="cpu-hint"
          onCommit={(v) => setCpuMs(v)}
        />
      </div>
      <p className="hint" id="cpu-hint">
        The part of the duration spent computing, not waiting. Workers and Vercel bill it; servers
        are sized by it. Leave empty for the whole duration.
      </p>
    </>
  );
}

/** The workload as a sentence the user edits in place, with its live equivalents and pattern. */
export function WorkloadPanel({ compact = false, editable }: WorkloadPanelProps = {}) {
  const s = useScenarioStore((st) => st.scenario);
  const w = s.workload;
  const vol = volumeOf(w);
  // Requests per batch that keep the volume under 10^12 a month at this interval.
  const maxRequests = Math.min(
    MAX_REQUESTS_PER_MONTH,
    (MAX_REQUESTS_PER_MONTH * w.everyMinutes) / MINUTES_PER_MONTH,
  );
  const can = (key: WorkloadControl) => !editable || editable.has(key);
  const fixed = (text: string) => <strong className="num fixed-value">{text}</strong>;

  const sentence = (
    <p className="sentence">
      {can('n') ? (
        <NumberField
          label="Requests"
          hideLabel
          value={w.requests}
          {...boundsOf(F.requests)}
          max={maxRequests}
          allowSuffix
          echo={(v) => perMonthWords((v * MINUTES_PER_MONTH) / w.everyMinutes)}
          onCommit={(v) => setRequests(v ?? 0)}
        />
      ) : (
        fixed(formatRate(w.requests))
      )}{' '}
      requests every{' '}
      {can('m') ? (
        <NumberField
          label="Minutes"
          hideLabel
          value={w.everyMinutes}
          {...boundsOf(F.everyMinutes)}
          width="4.5rem"
          onCommit={(v) => v !== undefined && setEveryMinutes(v)}
        />
      ) : (
        fixed(formatRate(w.everyMinutes))
      )}{' '}
      minutes,{' '}
      {can('d') ? (
        <NumberField
          label="Duration"
          hideLabel
          value={s.durationMs}
          {...boundsOf(F.durationMs)}
          unit="ms"
          width="5rem"
          onCommit={(v) => v !== undefined && setDurationMs(v)}
        />
      ) : (
        fixed(ms(s.durationMs))
      )}{' '}
      each,{' '}
      {can('mem') ? (
        <NumberField
          label="Memory"
          hideLabel
          value={s.memoryMb}
          {...boundsOf(F.memoryMb)}
          unit="MB"
          width="5.5rem"
          onCommit={(v) => v !== undefined && setMemoryMb(v)}
        />
      ) : (
        fixed(mb(s.memoryMb))
      )}
    </p>
  );
  const equivalents = (
    <p className="equivalents" aria-live="polite">
      That is <strong className="num">{formatRate(vol.perSecond)}</strong> requests a second on
      average, <strong className="num">{formatCount(vol.perDay)}</strong> a day and{' '}
      <strong className="num">{formatCount(vol.perMonth)}</strong> a month.
    </p>
  );

  if (compact)
    return (
      <section className="panel panel-compact" id="workload" aria-label="Your workload">
        {sentence}
        {equivalents}
        {can('c') ? <CpuField /> : null}
        {can('pat') ? <PatternPicker pattern={s.pattern} /> : null}
      </section>
    );

  return (
    <section className="panel" id="workload" aria-labelledby="workload-title" tabIndex={-1}>
      <h2 id="workload-title" className="panel-title">
        Your workload
      </h2>
      {sentence}
      <Suspense
        fallback={
          <>
            {equivalents}
            <div className="timer-pending" />
          </>
        }
      >
        <VolumeFields />
        <TimerPreset />
      </Suspense>
      <CpuField />

      <Suspense fallback={<div className="sliders-pending" />}>
        <WorkloadSliders />
      </Suspense>

      <PatternPicker pattern={s.pattern} importable />

      <Suspense fallback={null}>
        <RequestDetails />
      </Suspense>
    </section>
  );
}
