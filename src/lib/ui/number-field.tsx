import { useId, useState } from 'react';
import { localNumber, numberInputProblem, type NumberInputRules } from '../number-input.ts';
import { parseNumber } from '../parse-number.ts';

export interface NumberFieldProps extends NumberInputRules {
  /** Keep the label for screen readers only (the sentence around the input says it). */
  hideLabel?: boolean;
  value: number | undefined;
  onCommit: (value: number | undefined) => void;
  placeholder?: string;
  /** The narrowest the box gets; it widens to show its whole value. */
  width?: string;
  describedBy?: string;
  /** What a value typed with a suffix or an exponent means ("= 438 billion a month"). */
  echo?: (value: number) => string;
}

const group = localNumber;
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
              props.onCommit(
                t.trim() === '' ? undefined : (parseNumber(t, props.allowSuffix) as number),
              );
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
      {props.echo && draft && !invalid && /[a-z]/i.test(draft) ? (
        <span className="nf-echo">{props.echo(props.value ?? 0)}</span>
      ) : null}
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

const validate = numberInputProblem;
