import type { Pattern } from '../../../engine/scenario.ts';
import { useCalculation } from '../../../lib/calculation.ts';
import { LogSlider } from '../../../lib/ui/log-slider.tsx';
import { FIELDS as F } from '../../../scenario/spec.ts';
import { setPattern } from '../../../state/scenario-store.ts';
import { PATTERN_DEFAULTS } from '../../../engine/default-scenario.ts';
import { ImportButton } from '../traffic/import-button.tsx';

const OPTIONS: ReadonlyArray<{ kind: Pattern['kind']; label: string; hint: string; icon: string }> =
  [
    { kind: 'constant', label: 'Constant', hint: 'the same all day', icon: 'M1 9 H23' },
    {
      kind: 'business-hours',
      label: 'Business hours',
      hint: '9 to 5 on weekdays',
      icon: 'M1 14 H8 V4 H16 V14 H23',
    },
    {
      kind: 'diurnal',
      label: 'Diurnal',
      hint: 'a daily wave',
      icon: 'M1 13 C6 13 7 3 12 3 S18 13 23 13',
    },
    {
      kind: 'spiky',
      label: 'Spiky',
      hint: 'short bursts',
      icon: 'M1 13 H6 L7 2 L8 13 H15 L16 2 L17 13 H23',
    },
  ];

/** An imported week (src/traffic), listed while it is the pattern; it comes from a file or a link. */
const IMPORTED = {
  kind: 'custom',
  label: 'Imported week',
  hint: 'from your traffic file',
  icon: 'M1 12 L4 9 L7 11 L10 4 L13 8 L16 6 L19 12 L23 10',
} as const;

/** A 24-hour sparkline of the engine's profile for the chosen pattern (Monday, hours 0–23). */
function DailyShape({ profile }: { profile: readonly number[] }) {
  const day = profile.slice(0, 24);
  if (day.length < 24) return null;
  const max = Math.max(...day, 1e-9);
  const w = 192;
  const h = 40;
  const pts = day.map((v, i) => `${((i + 0.5) * w) / 24},${h - 2 - (v / max) * (h - 6)}`).join(' ');
  const peak = day.indexOf(Math.max(...day));
  const ratio = Math.max(...day) / (day.reduce((a, b) => a + b, 0) / 24 || 1);
  return (
    <figure className="daily-shape">
      <svg
        viewBox={`0 0 ${w} ${h}`}
        width={w}
        height={h}
        role="img"
        aria-label={`Daily shape: busiest at ${peak}:00, ${ratio.toFixed(1)} times the day's average`}
      >
        <line x1="0" x2={w} y1={h - 1} y2={h - 1} className="axis" />
        <polyline points={pts} fill="none" strokeWidth="2" className="shape-line" />
      </svg>
      <figcaption className="hint">A Monday, midnight to midnight</figcaption>
    </figure>
  );
}

/** `importable`: offer "Import traffic…" (the page; the widget leaves it out). */
export function PatternPicker({ pattern, importable }: { pattern: Pattern; importable?: boolean }) {
  const calc = useCalculation();
  const peak = pattern.kind === 'spiky' ? F.spikyPeakToAverage : F.diurnalPeakToAverage;
  return (
    <fieldset className="pattern">
      <legend className="panel-title">Traffic pattern</legend>
      <div className="pattern-options">
        {(pattern.kind === 'custom' ? [...OPTIONS, IMPORTED] : OPTIONS).map((o) => (
          <label key={o.kind} className="pattern-option">
            <input
              type="radio"
              name="pattern"
              value={o.kind}
              checked={pattern.kind === o.kind}
              onChange={() => {
                if (o.kind !== pattern.kind) setPattern(structuredClone(PATTERN_DEFAULTS[o.kind]));
              }}
            />
            <svg viewBox="0 0 24 16" width="36" height="24" aria-hidden="true">
              <path d={o.icon} fill="none" stroke="currentColor" strokeWidth="1.6" />
            </svg>
            <span>
              <span className="po-label">{o.label}</span>
              <span className="po-hint">{o.hint}</span>
            </span>
          </label>
        ))}
      </div>
      {pattern.kind === 'business-hours' ? (
        <div className="field-row">
          <label htmlFor="off-hours">Traffic outside business hours</label>
          <span className="value num">
            {Math.round(pattern.offHoursRatio * 100)}% of the daytime rate
          </span>
          <input
            id="off-hours"
            type="range"
            min={F.offHoursRatio.min * 100}
            max={F.offHoursRatio.max * 100}
            step={1}
            value={Math.round(pattern.offHoursRatio * 100)}
            aria-valuetext={`${Math.round(pattern.offHoursRatio * 100)}% of the daytime rate`}
            onChange={(e) =>
              setPattern({ ...pattern, offHoursRatio: Number(e.target.value) / 100 })
            }
          />
        </div>
      ) : null}
      {pattern.kind === 'diurnal' || pattern.kind === 'spiky' ? (
        <LogSlider
          label="Peak hour, as a multiple of the average"
          value={pattern.peakToAverage}
          min={peak.min}
          max={peak.max}
          format={(v) => `${v}×`}
          onChange={(peakToAverage) => setPattern({ ...pattern, peakToAverage })}
        />
      ) : null}
      {pattern.kind === 'spiky' ? (
        <div className="field-row">
          <label htmlFor="bursts">One-hour bursts a day</label>
          <span className="value num">{pattern.burstsPerDay}</span>
          <input
            id="bursts"
            type="range"
            min={F.burstsPerDay.min}
            max={F.burstsPerDay.max}
            step={1}
            value={pattern.burstsPerDay}
            onChange={(e) => setPattern({ ...pattern, burstsPerDay: Number(e.target.value) })}
          />
        </div>
      ) : null}
      {calc.status === 'ready' ? <DailyShape profile={calc.result.weeklyProfile} /> : null}
      {importable ? <ImportButton /> : null}
    </fieldset>
  );
}
