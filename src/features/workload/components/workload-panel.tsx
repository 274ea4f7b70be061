import { formatCount, formatInteger, formatRate } from '../../../describe/format.ts';
import { LogSlider } from '../../../lib/ui/log-slider.tsx';
import { NumberField } from '../../../lib/ui/number-field.tsx';
import { boundsOf } from '../../../lib/number-input.ts';
import { FIELDS as F } from '../../../scenario/spec.ts';
import { volumeOf } from '../../../lib/volume.ts';
import {
  setCpuMs,
  setDurationMs,
  setEveryMinutes,
  setMemoryMb,
  setRequests,
  updateScenario,
  useScenarioStore,
} from '../../../state/scenario-store.ts';
import { lazy, Suspense } from 'react';
import { TimerPreset } from './timer-preset.tsx';
import { MAX_REQUESTS_PER_MONTH, MINUTES_PER_MONTH } from '../../../engine/units.ts';
import type { Pattern } from '../../../engine/scenario.ts';

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

function ms(v: number): string {
  if (v >= 60_000) return `${formatRate(v / 60_000)} min`;
  if (v >= 1000) return `${formatRate(v / 1000)} s`;
  return `${formatRate(v)} ms`;
}

function mb(v: number): string {
  return v >= 1024 ? `${formatRate(v / 1024)} GB` : `${formatInteger(v)} MB`;
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
      {equivalents}
      <TimerPreset />
      <CpuField />

      <LogSlider
        label="Requests a month"
        value={Math.max(1, vol.perMonth)}
        min={1000}
        max={F.requests.max}
        format={(v) => `${formatCount(v)} a month`}
        // The sentence shows requests per batch: three significant figures ("1,020 requests every
        // 5 minutes"), not the exact quotient of a round monthly figure ("1,015.98").
        onChange={(perMonth) =>
          setRequests(
            Math.min(
              Number(((perMonth * w.everyMinutes) / MINUTES_PER_MONTH).toPrecision(3)),
              (MAX_REQUESTS_PER_MONTH * w.everyMinutes) / MINUTES_PER_MONTH,
            ),
          )
        }
      />
      <LogSlider
        label="Duration of each request"
        value={s.durationMs}
        min={1}
        max={900_000}
        format={ms}
        onChange={(v) => setDurationMs(v)}
      />
      <LogSlider
        label="Memory for each request"
        value={s.memoryMb}
        min={128}
        max={10_240}
        integer
        format={mb}
        onChange={(v) => setMemoryMb(v)}
      />

      <PatternPicker pattern={s.pattern} importable />

      <details>
        <summary>More about each request</summary>
        <div className="stack">
          <NumberField
            label="Response size"
            value={s.responseKb}
            {...boundsOf(F.responseKb)}
            unit="KB"
            onCommit={(v) => updateScenario((x) => ({ ...x, responseKb: v ?? 0 }))}
          />
          <NumberField
            label="Request size"
            value={s.requestKb}
            {...boundsOf(F.requestKb)}
            unit="KB"
            onCommit={(v) => updateScenario((x) => ({ ...x, requestKb: v ?? 0 }))}
          />
          <NumberField
            label="Ephemeral storage"
            value={s.ephemeralStorageMb}
            {...boundsOf(F.ephemeralStorageMb)}
            unit="MB"
            onCommit={(v) => updateScenario((x) => ({ ...x, ephemeralStorageMb: v ?? 0 }))}
          />
        </div>
      </details>
    </section>
  );
}
