import { useId, useState } from 'react';
import { parseNumber } from '../parse-number.ts';

export interface NumberFieldProps {
  label: string;
  /** Keep the label for screen readers only (the sentence around the input says it). */
  hideLabel?: boolean;
  value: number | undefined;
  onCommit: (value: number | undefined) => void;
  min: number;
  max: number;
  /** Exclusive minimum (e.g. durations must be more than 0). */
  minExclusive?: boolean;
  integer?: boolean;
  unit?: string;
  /** Empty input means undefined (e.g. "CPU time = the whole duration"). */
  allowEmpty?: boolean;
  placeholder?: string;
  /** Accept "2k", "1.5M", "3B". */
  allowSuffix?: boolean;
  /** The narrowest the box gets; it widens to show its whole value. */
  width?: string;
  describedBy?: string;
}

const group = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const bound = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A limit for people: whole numbers as they are; 114,155,251.14 → "114,155,251" (rounded towards
 *  the inside of the range, so every value the message allows is accepted). */
function boundText(v: number, towards: 'down' | 'up'): string {
  if (Number.isInteger(v) || Math.abs(v) < 1000) return bound.format(v);
  return bound.format(towards === 'down' ? Math.floor(v) : Math.ceil(v));
}

/**
 * A text input for one number with its unit. It commits every valid keystroke (the page updates
 * live) and explains an invalid one in words. While the text is invalid, the scenario goes back to
 * the value the field had before this edit (not the last keystroke that happened to be valid, such
 * as "12" on the way to "12abc"), and the message says so.
 */
export function NumberField(props: NumberFieldProps) {
  const id = useId();
  const errId = `${id}-err`;
  const [draft, setDraft] = useState<string | null>(null);
  // The committed value when this edit began (null: no edit under way).
  const [before, setBefore] = useState<{ value: number | undefined } | null>(null);
  const shown = props.value === undefined ? '' : group.format(props.value);
  const text = draft ?? shown;
  const invalid = draft === null ? null : validate(draft, props);
  const kept = before ?? { value: props.value };
  const error =
    invalid === null
      ? null
      : `${invalid}. The results keep ${kept.value === undefined ? 'it empty' : `${group.format(kept.value)}${props.unit ? ` ${props.unit}` : ''}`}.`;

  return (
    <span className="number-field">
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : 'nf-label'}>
        {props.label}
      </label>
      <span className="unit-input">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={text}
          placeholder={props.placeholder}
          style={fieldWidth(text || props.placeholder || '', props.width)}
          aria-invalid={error ? true : undefined}
          aria-describedby={
            [error ? errId : '', props.describedBy ?? ''].join(' ').trim() || undefined
          }
          onFocus={() => setBefore({ value: props.value })}
          onChange={(e) => {
            const t = e.target.value;
            const start = before ?? { value: props.value };
            if (!before) setBefore(start);
            setDraft(t);
            if (validate(t, props) === null) {
              props.onCommit(t.trim() === '' ? undefined : parseNumber(t, props.allowSuffix));
            } else if (props.value !== start.value) {
              props.onCommit(start.value);
            }
          }}
          onBlur={() => {
            if (draft !== null && validate(draft, props) === null) {
              setDraft(null);
              setBefore(null);
            }
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setDraft(null);
              setBefore(null);
            }
          }}
        />
        {props.unit ? (
          <span className="unit" aria-hidden="true">
            {props.unit}
          </span>
        ) : null}
      </span>
      {error ? (
        <span id={errId} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}

/**
 * Wide enough for the whole value: one `ch` (the width of "0" in the input's own font, and
 * tabular figures make every digit that wide) per character, one more for a letter such as "M",
 * plus the padding and border of `.unit-input input` (global.css). Never narrower than `min`.
 */
function fieldWidth(text: string, min = '4rem') {
  return {
    width: `calc(${text.length + 1}ch + 2 * var(--space-2) + 2px)`,
    minWidth: min,
  };
}

function validate(text: string, p: NumberFieldProps): string | null {
  if (text.trim() === '') return p.allowEmpty ? null : `${p.label}: enter a number`;
  const v = parseNumber(text, p.allowSuffix);
  const range = `${p.minExclusive ? 'more than' : 'from'} ${boundText(p.min, 'up')} to ${boundText(p.max, 'down')}`;
  if (!Number.isFinite(v)) return `${p.label}: "${text}" is not a number (${range})`;
  if (p.integer && !Number.isInteger(v)) return `${p.label}: use a whole number`;
  if (v < p.min || (p.minExclusive && v === p.min) || v > p.max)
    return `${p.label}: use a number ${range}${p.unit ? ` ${p.unit}` : ''}`;
  return null;
}
