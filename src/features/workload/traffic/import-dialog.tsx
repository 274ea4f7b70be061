/**
 * Import traffic: a file (picker or drop) or pasted text, parsed in a Web Worker with a progress
 * bar and a cancel button, then a preview of the imported week beside the preset shapes with the
 * derived figures. The scenario changes only on "Use this traffic".
 */
import { useEffect, useId, useRef, useState } from 'react';
import { formatCount, formatInteger, formatRate } from '../../../describe/format.ts';
import { plural } from '../../../describe/words.ts';
import { weeklyProfile } from '../../../engine/profile.ts';
import { PATTERN_DEFAULTS } from '../../../engine/default-scenario.ts';
import { FIELDS as F, MAX_REQUESTS_PER_MONTH } from '../../../scenario/spec.ts';
import { updateScenario, useScenarioStore } from '../../../state/scenario-store.ts';
import { FORMAT_LABELS, TRAFFIC_FORMATS, type TrafficFormat } from '../../../traffic/formats.ts';
import type { ImportResult } from '../../../traffic/importer.ts';
import { fromLevels, importedWorkload } from '../../../traffic/levels.ts';
import { offsetText } from '../../../traffic/time.ts';
import type { ImportSource, Progress } from './read-source.ts';
import { runImport, type RunningImport } from './run-import.ts';
import './import-dialog.css';

type Imported = Extract<ImportResult, { ok: true }>;

type State =
  | { step: 'choose' }
  | { step: 'reading'; progress: Progress; name: string }
  | { step: 'failed'; result: Extract<ImportResult, { ok: false }> | null; message: string }
  | { step: 'preview'; result: Imported; name: string };

const PRESETS = [
  { label: 'Constant', pattern: PATTERN_DEFAULTS.constant },
  { label: 'Business hours', pattern: PATTERN_DEFAULTS['business-hours'] },
  { label: 'Diurnal', pattern: PATTERN_DEFAULTS.diurnal },
  { label: 'Spiky', pattern: PATTERN_DEFAULTS.spiky },
] as const;

/** A week as a line: 168 values, Monday first, scaled to the busiest hour. */
function WeekLine({
  values,
  label,
  wide,
}: {
  values: readonly number[];
  label: string;
  wide?: boolean;
}) {
  const w = wide ? 336 : 168;
  const h = wide ? 64 : 32;
  const max = Math.max(...values, 1e-9);
  const pts = values
    .map((v, i) => `${((i + 0.5) * w) / values.length},${h - 2 - (v / max) * (h - 4)}`)
    .join(' ');
  return (
    <svg
      viewBox={`0 0 ${w} ${h}`}
      width={w}
      height={h}
      role="img"
      aria-label={label}
      className="week-line"
    >
      {[1, 2, 3, 4, 5, 6].map((d) => (
        <line key={d} x1={(d * w) / 7} x2={(d * w) / 7} y1={0} y2={h} className="day" />
      ))}
      <polyline points={pts} fill="none" strokeWidth={wide ? 1.5 : 1} className="shape-line" />
    </svg>
  );
}

const when = (iso: string, offsetMinutes: number) => {
  const local = new Date(Date.parse(iso) + offsetMinutes * 60_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)} (UTC${offsetText(offsetMinutes)})`;
};

function ms(v: number | null): string {
  return v === null ? 'not in the file' : `${formatRate(v)} ms`;
}

function Preview({ result }: { result: Imported }) {
  const d = result.derived;
  const week = fromLevels(importedWorkload(d).weights);
  const zone = d.offsetMinutes;
  return (
    <div className="ti-preview">
      <figure className="ti-week">
        <WeekLine
          values={week}
          wide
          label={`Imported week, Monday to Sunday: busiest ${Math.max(...week).toFixed(1)} times the average hour`}
        />
        <figcaption className="hint">
          Your week, Monday to Sunday (UTC{offsetText(zone)})
        </figcaption>
      </figure>
      <ul className="ti-presets" aria-label="The preset shapes, for comparison">
        {PRESETS.map((p) => (
          <li key={p.label}>
            <WeekLine values={weeklyProfile(p.pattern)} label={`${p.label} week`} />
            <span className="hint">{p.label}</span>
          </li>
        ))}
      </ul>
      <dl className="ti-figures">
        <dt>Requests a month</dt>
        <dd className="num" data-testid="import-requests-per-month">
          {formatInteger(d.requestsPerMonth)}
        </dd>
        <dt>Mean duration</dt>
        <dd className="num">{ms(d.meanDurationMs)}</dd>
        <dt>p95 duration</dt>
        <dd className="num">
          {ms(d.p95DurationMs)}
          {d.p95DurationMs !== null && result.p95Basis === 'interval-means'
            ? ' (of interval means)'
            : ''}
        </dd>
        <dt>Peak hour</dt>
        <dd className="num">
          {formatCount(d.peakHour.requests)} requests, {when(d.peakHour.start, zone)}
        </dd>
        <dt>Peak minute</dt>
        <dd className="num">
          {d.peakMinute
            ? `${formatCount(d.peakMinute.requests)} requests, ${when(d.peakMinute.start, zone)}`
            : `not in the file (its finest interval is ${formatRate(d.resolutionMinutes)} minutes)`}
        </dd>
        <dt>Span</dt>
        <dd className="num">
          {formatRate(d.coveredHours)} hours from {when(d.start, zone)},{' '}
          {formatCount(d.totalRequests)} requests
        </dd>
        <dt>Gaps</dt>
        <dd>
          {d.emptyHours === 0
            ? 'none'
            : `${formatCount(d.emptyHours)} hours without a request${d.gaps[0] ? `; the longest ${d.gaps[0].hours} h from ${when(d.gaps[0].start, zone)}` : ''}`}
        </dd>
      </dl>
    </div>
  );
}

function Malformed({ result }: { result: Pick<ImportResult, 'malformed' | 'malformedCount'> }) {
  if (result.malformedCount === 0) return null;
  return (
    <div className="ti-malformed">
      <p>
        {formatCount(result.malformedCount)} malformed{' '}
        {result.malformedCount === 1 ? 'line was' : 'lines were'} skipped
        {result.malformedCount > result.malformed.length
          ? `; the first ${result.malformed.length}`
          : ''}
        :
      </p>
      <ul>
        {result.malformed.map((m) => (
          <li key={`${m.line}-${m.rule}`}>
            line {formatCount(m.line)}: {m.rule}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Why the imported workload cannot be used as it is, or null. */
function problemOf(r: Imported): string | null {
  const w = importedWorkload(r.derived);
  if (r.derived.requestsPerMonth > MAX_REQUESTS_PER_MONTH)
    return `${formatCount(r.derived.requestsPerMonth)} requests a month is more than the calculator's ceiling of 10^12.`;
  if (w.durationMs !== null && w.durationMs > F.durationMs.max)
    return `A mean duration of ${formatRate(w.durationMs)} ms is longer than the longest a request can run (${formatCount(F.durationMs.max)} ms).`;
  return null;
}

export default function ImportDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [state, setState] = useState<State>({ step: 'choose' });
  const [format, setFormat] = useState<'auto' | TrafficFormat>('auto');
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const running = useRef<RunningImport | null>(null);
  const memoryMb = useScenarioStore((s) => s.scenario.memoryMb);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => running.current?.cancel();
  }, []);

  const start = (source: ImportSource, name: string) => {
    running.current?.cancel();
    setState({ step: 'reading', progress: { bytes: 0, total: 0 }, name });
    const run = runImport(
      source,
      { ...(format !== 'auto' ? { format } : {}), memoryMb },
      (progress) => setState((s) => (s.step === 'reading' ? { ...s, progress } : s)),
    );
    running.current = run;
    run.done.then(
      (result) => {
        if (running.current !== run) return;
        running.current = null;
        if (result === null) setState({ step: 'choose' });
        else if (result.ok) setState({ step: 'preview', result, name });
        else setState({ step: 'failed', result, message: result.message });
      },
      (e: unknown) => {
        running.current = null;
        setState({
          step: 'failed',
          result: null,
          message: `The file could not be read: ${e instanceof Error ? e.message : String(e)}`,
        });
      },
    );
  };

  const fromFiles = (files: FileList | null) => {
    const list = files ? [...files] : [];
    if (list.length === 0) return;
    start({ files: list }, list.map((f) => f.name).join(', '));
  };

  const cancel = () => {
    running.current?.cancel();
    running.current = null;
    setState({ step: 'choose' });
  };

  const apply = (r: Imported) => {
    const w = importedWorkload(r.derived);
    updateScenario((current) => {
      // An imported workload is requests, not a timer: the scheduler's trigger goes.
      const { trigger: _timer, ...s } = current;
      void _timer;
      const durationMs = w.durationMs ?? s.durationMs;
      return {
        ...s,
        workload: { requests: w.requests, everyMinutes: w.everyMinutes },
        durationMs,
        ...(s.cpuMs !== undefined && s.cpuMs > durationMs ? { cpuMs: durationMs } : {}),
        pattern: { kind: 'custom', weights: w.weights },
      };
    });
    ref.current?.close();
  };

  const problem = state.step === 'preview' ? problemOf(state.result) : null;

  return (
    <dialog
      ref={ref}
      className="dialog import-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={onClose}
    >
      <div className="dialog-head">
        <h2 id={`${id}-title`}>Import traffic</h2>
        <button type="button" className="btn" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
      <p className="ti-private">
        Your file is read in this browser: <strong>nothing leaves your machine</strong>.
      </p>

      {state.step === 'choose' || state.step === 'failed' ? (
        <>
          <div
            className={`ti-drop${dragging ? ' is-dragging' : ''}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              fromFiles(e.dataTransfer.files);
            }}
          >
            <label className="btn" htmlFor={`${id}-file`}>
              Choose files…
            </label>
            <input
              id={`${id}-file`}
              className="visually-hidden"
              type="file"
              multiple
              aria-label="Traffic file"
              onChange={(e) => fromFiles(e.target.files)}
            />
            <span className="hint">
              or drop them here: CloudWatch, Azure Monitor or Cloud Monitoring JSON, CSV, or a
              CloudFront, ALB, nginx or Apache access log
            </span>
          </div>
          <label className="dialog-label" htmlFor={`${id}-format`}>
            Format
          </label>
          <select
            id={`${id}-format`}
            value={format}
            onChange={(e) => setFormat(e.target.value as 'auto' | TrafficFormat)}
          >
            <option value="auto">Detect from the first lines</option>
            {TRAFFIC_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
          <label className="dialog-label" htmlFor={`${id}-paste`}>
            Or paste it
          </label>
          <textarea
            id={`${id}-paste`}
            className="dialog-code"
            rows={4}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            spellCheck={false}
          />
          <div className="dialog-actions">
            <button
              type="button"
              className="btn"
              disabled={pasted.trim() === ''}
              onClick={() => start({ text: pasted }, 'pasted text')}
            >
              Read the pasted text
            </button>
          </div>
          {state.step === 'failed' ? (
            <div role="alert" className="ti-error">
              <p>{state.message}</p>
              {state.result ? <Malformed result={state.result} /> : null}
            </div>
          ) : null}
        </>
      ) : null}

      {state.step === 'reading' ? (
        <div className="ti-reading">
          <label htmlFor={`${id}-progress`}>Reading {state.name}…</label>
          <progress
            id={`${id}-progress`}
            max={state.progress.total || 1}
            value={state.progress.bytes}
          />
          <span className="hint num">
            {formatRate(state.progress.bytes / 1e6)} of {formatRate(state.progress.total / 1e6)} MB
          </span>
          <button type="button" className="btn" onClick={cancel}>
            Cancel
          </button>
        </div>
      ) : null}

      {state.step === 'preview' ? (
        <>
          <h3 className="ti-source">
            {state.name}: {plural(state.result.usedRecords, 'record')} read
          </h3>
          <Preview result={state.result} />
          <Malformed result={state.result} />
          {state.result.notes.length > 0 ? (
            <ul className="ti-notes">
              {state.result.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ) : null}
          {state.result.format === 'azure' ? (
            <p className="hint">
              Durations are the execution units at this scenario’s {formatInteger(memoryMb)} MB.
            </p>
          ) : null}
          {problem ? (
            <p role="alert" className="ti-error">
              {problem}
            </p>
          ) : null}
          <div className="dialog-actions">
            <button
              type="button"
              className="btn ti-apply"
              disabled={problem !== null}
              onClick={() => apply(state.result)}
            >
              Use this traffic
            </button>
            <button type="button" className="btn" onClick={() => setState({ step: 'choose' })}>
              Choose another file
            </button>
          </div>
          <p className="hint">
            It sets the requests, the duration (when the file has them) and the traffic pattern;
            nothing changes until you choose “Use this traffic”.
          </p>
        </>
      ) : null}
    </dialog>
  );
}
