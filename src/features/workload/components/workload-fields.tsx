/**
 * The workload panel's parts that the first verdict does not need, in one chunk loaded with the
 * page: the volume as requests a second and a month, the timer preset's button, the sliders, and
 * more about each request.
 */
import { formatCount, formatCountWords, formatRate } from '../../../describe/format.ts';
import { NumberField } from '../../../lib/ui/number-field.tsx';
import { perMonthWords, volumeOf } from '../../../lib/volume.ts';
import { MAX_REQUESTS_PER_MONTH, MINUTES_PER_MONTH } from '../../../scenario/spec.ts';
import {
  setDurationMs,
  setMemoryMb,
  setRequests,
  updateScenario,
  useScenarioStore,
} from '../../../state/scenario-store.ts';
import { boundsOf } from '../../../lib/number-input.ts';
import { LogSlider } from '../../../lib/ui/log-slider.tsx';
import { FIELDS as F } from '../../../scenario/spec.ts';
import { mb, ms } from './amounts.ts';

export { TimerPreset } from './timer-preset.tsx';

const SECONDS_PER_MONTH = MINUTES_PER_MONTH * 60;
/** Ten billion a month (3,800 a second on average): more than most public APIs serve. */
const A_LOT_PER_MONTH = 1e10;

/**
 * Figures as people write them: whole requests from 100 up, else 3 significant figures ("3.33",
 * "16.7"), never three decimals, which parse-number.ts would take for a thousands group.
 */
const shown = (v: number) => (v >= 100 ? Math.round(v) : Number(v.toPrecision(3)));

/**
 * The volume as two more fields beside "N requests every M minutes": requests a second and a month.
 * The scenario keeps N and M only; these are derived, and typing in one sets N for the same M.
 */
export function VolumeFields() {
  const w = useScenarioStore((st) => st.scenario.workload);
  const vol = volumeOf(w);
  const perMonth = (v: number | undefined) =>
    setRequests(((v ?? 0) * w.everyMinutes) / MINUTES_PER_MONTH);
  return (
    <>
      <p className="equivalents">
        That is{' '}
        <NumberField
          label="Requests a second"
          hideLabel
          value={shown(vol.perSecond)}
          min={0}
          max={MAX_REQUESTS_PER_MONTH / SECONDS_PER_MONTH}
          allowSuffix
          width="4rem"
          echo={(v) => perMonthWords(v * SECONDS_PER_MONTH)}
          onCommit={(v) => perMonth((v ?? 0) * SECONDS_PER_MONTH)}
        />{' '}
        requests a second on average, <strong className="num">{formatCount(vol.perDay)}</strong> a
        day and{' '}
        <NumberField
          label="Requests a month"
          hideLabel
          value={shown(vol.perMonth)}
          min={0}
          max={MAX_REQUESTS_PER_MONTH}
          allowSuffix
          echo={perMonthWords}
          onCommit={perMonth}
        />{' '}
        a month.
      </p>
      {vol.perMonth > A_LOT_PER_MONTH ? (
        <p className="hint field-warning" role="status">
          That is a lot: {formatCountWords(vol.perMonth)} requests a month,{' '}
          {formatRate(vol.perSecond)} a second. Requests counts each batch of{' '}
          {formatRate(w.everyMinutes)} minutes, not a month.
        </p>
      ) : null}
    </>
  );
}

/** Requests a month, duration and memory on log scales. */
export function WorkloadSliders() {
  const s = useScenarioStore((st) => st.scenario);
  const w = s.workload;
  return (
    <>
      <LogSlider
        label="Requests a month"
        value={Math.max(1, volumeOf(w).perMonth)}
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
    </>
  );
}

/** Response and request sizes, ephemeral storage. */
export function RequestDetails() {
  const s = useScenarioStore((st) => st.scenario);
  return (
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
  );
}
