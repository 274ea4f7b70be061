import { useId } from 'react';

export interface LogSliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  /** How the value reads aloud and beside the slider, e.g. "8.8M a month". */
  format: (value: number) => string;
  integer?: boolean;
}

const STEPS = 1000;

/** Round to two significant figures so slider values are numbers people would type. */
function nice(v: number, integer: boolean): number {
  if (v <= 0) return v;
  const p = 10 ** (Math.floor(Math.log10(v)) - 1);
  const r = Math.round(v / p) * p;
  const fixed = Number(r.toPrecision(2));
  return integer ? Math.max(1, Math.round(fixed)) : fixed;
}

/** A slider on a log scale, for ranges that span decades (1 ms to 15 min, 1 to 10^9 requests). */
export function LogSlider({
  label,
  value,
  min,
  max,
  onChange,
  format,
  integer = false,
}: LogSliderProps) {
  const id = useId();
  const lo = Math.log(min);
  const span = Math.log(max) - lo;
  const clamped = Math.min(max, Math.max(min, value));
  const pos = Math.round(((Math.log(clamped) - lo) / span) * STEPS);
  return (
    <div className="field-row">
      <label htmlFor={id}>{label}</label>
      <span className="value num" aria-hidden="true">
        {format(value)}
      </span>
      <input
        id={id}
        type="range"
        min={0}
        max={STEPS}
        step={1}
        value={pos}
        aria-valuetext={format(value)}
        onChange={(e) => {
          const p = Number(e.target.value);
          const v =
            p <= 0 ? min : p >= STEPS ? max : nice(Math.exp(lo + (p / STEPS) * span), integer);
          onChange(Math.min(max, Math.max(min, v)));
        }}
      />
    </div>
  );
}
