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
  width?: string;
  describedBy?: string;
}

const group = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/**
 * A text input for one number with its unit. It commits every valid keystroke (the page updates
 * live) and explains an invalid one in words, without touching the scenario.
 */
export function NumberField(props: NumberFieldProps) {
  const id = useId();
  const errId = `${id}-err`;
  const [draft, setDraft] = useState<string | null>(null);
  const shown = props.value === undefined ? '' : group.format(props.value);
  const text = draft ?? shown;
  const error = draft === null ? null : validate(draft, props);

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
          style={props.width ? { width: props.width } : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={
            [error ? errId : '', props.describedBy ?? ''].join(' ').trim() || undefined
          }
          onChange={(e) => {
            const t = e.target.value;
            setDraft(t);
            if (validate(t, props) === null) {
              props.onCommit(t.trim() === '' ? undefined : parseNumber(t, props.allowSuffix));
            }
          }}
          onBlur={() => {
            if (draft !== null && validate(draft, props) === null) setDraft(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setDraft(null);
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

function validate(text: string, p: NumberFieldProps): string | null {
  if (text.trim() === '') return p.allowEmpty ? null : `${p.label}: enter a number`;
  const v = parseNumber(text, p.allowSuffix);
  const range = `${p.minExclusive ? 'more than' : 'from'} ${group.format(p.min)} to ${group.format(p.max)}`;
  if (!Number.isFinite(v)) return `${p.label}: "${text}" is not a number (${range})`;
  if (p.integer && !Number.isInteger(v)) return `${p.label}: use a whole number`;
  if (v < p.min || (p.minExclusive && v === p.min) || v > p.max)
    return `${p.label}: use a number ${range}${p.unit ? ` ${p.unit}` : ''}`;
  return null;
}
