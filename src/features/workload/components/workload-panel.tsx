import { formatCount, formatInteger, formatRate } from '../../../lib/format.ts';
import { LogSlider } from '../../../lib/ui/log-slider.tsx';
import { NumberField } from '../../../lib/ui/number-field.tsx';
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
import { PatternPicker } from './pattern-picker.tsx';

const MAX_DURATION_MS = 3_600_000;

function ms(v: number): string {
  if (v >= 60_000) return `${formatRate(v / 60_000)} min`;
  if (v >= 1000) return `${formatRate(v / 1000)} s`;
  return `${formatRate(v)} ms`;
}

function mb(v: number): string {
  return v >= 1024 ? `${formatRate(v / 1024)} GB` : `${formatInteger(v)} MB`;
}

/** The workload as a sentence the user edits in place, with its live equivalents and pattern. */
export function WorkloadPanel() {
  const s = useScenarioStore((st) => st.scenario);
  const w = s.workload;
  const vol = volumeOf(w);
  // Requests per batch that keep the volume under 10^12 a month at this interval.
  const maxRequests = Math.min(1e12, (1e12 * w.everyMinutes) / (730 * 60));

  return (
    <section className="panel" id="workload" aria-labelledby="workload-title" tabIndex={-1}>
      <h2 id="workload-title" className="panel-title">
        Your workload
      </h2>
      <p className="sentence">
        <NumberField
          label="Requests"
          hideLabel
          value={w.requests}
          min={0}
          max={maxRequests}
          allowSuffix
          onCommit={(v) => setRequests(v ?? 0)}
        />{' '}
        requests every{' '}
        <NumberField
          label="Minutes"
          hideLabel
          value={w.everyMinutes}
          min={0}
          minExclusive
          max={730 * 60}
          width="4.5rem"
          onCommit={(v) => v !== undefined && setEveryMinutes(v)}
        />{' '}
        minutes,{' '}
        <NumberField
          label="Duration"
          hideLabel
          value={s.durationMs}
          min={0}
          minExclusive
          max={MAX_DURATION_MS}
          unit="ms"
          width="5rem"
          onCommit={(v) => v !== undefined && setDurationMs(v)}
        />{' '}
        each,{' '}
        <NumberField
          label="Memory"
          hideLabel
          value={s.memoryMb}
          min={64}
          max={32_768}
          unit="MB"
          width="5rem"
          onCommit={(v) => v !== undefined && setMemoryMb(v)}
        />
      </p>
      <p className="equivalents" aria-live="polite">
        That is <strong className="num">{formatRate(vol.perSecond)}</strong> requests a second on
        average, <strong className="num">{formatCount(vol.perDay)}</strong> a day and{' '}
        <strong className="num">{formatCount(vol.perMonth)}</strong> a month.
      </p>
      <div className="field-row cpu-row">
        <NumberField
          label="CPU time per request"
          value={s.cpuMs}
          min={0}
          minExclusive
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

      <LogSlider
        label="Requests a month"
        value={Math.max(1, vol.perMonth)}
        min={1000}
        max={1e12}
        format={(v) => `${formatCount(v)} a month`}
        onChange={(perMonth) =>
          setRequests(Number(((perMonth * w.everyMinutes) / (730 * 60)).toPrecision(6)))
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

      <PatternPicker pattern={s.pattern} />

      <details>
        <summary>More about each request</summary>
        <div className="stack">
          <NumberField
            label="Response size"
            value={s.responseKb}
            min={0}
            max={1_048_576}
            unit="KB"
            onCommit={(v) => updateScenario((x) => ({ ...x, responseKb: v ?? 0 }))}
          />
          <NumberField
            label="Request size"
            value={s.requestKb}
            min={0}
            max={1_048_576}
            unit="KB"
            onCommit={(v) => updateScenario((x) => ({ ...x, requestKb: v ?? 0 }))}
          />
          <NumberField
            label="Ephemeral storage"
            value={s.ephemeralStorageMb}
            min={0}
            max={10_240}
            unit="MB"
            onCommit={(v) => updateScenario((x) => ({ ...x, ephemeralStorageMb: v ?? 0 }))}
          />
        </div>
      </details>
    </section>
  );
}
