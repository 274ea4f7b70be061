/**
 * The rules of a number input, React-free: its bounds (from the scenario spec, so the page accepts
 * exactly what the schema, the share link and the CLI accept) and the message for a bad entry.
 */
import type { NumberBounds } from '../scenario/spec.ts';
import { parseNumber } from './parse-number.ts';

export interface InputBounds {
  min: number;
  max: number;
  /** Exclusive minimum (e.g. durations must be more than 0). */
  minExclusive?: boolean;
  integer?: boolean;
}

/** A scenario field's bounds as a number input takes them. */
export function boundsOf(f: NumberBounds): InputBounds {
  return {
    min: f.min,
    max: f.max,
    ...(f.minExclusive ? { minExclusive: true } : {}),
    ...(f.integer ? { integer: true } : {}),
  };
}

export interface NumberInputRules extends InputBounds {
  label: string;
  unit?: string;
  /** Empty input means undefined (e.g. "CPU time = the whole duration"). */
  allowEmpty?: boolean;
  /** Accept "2k", "1.5M", "3B" (src/lib/parse-number.ts). */
  allowSuffix?: boolean;
}

/**
 * Numbers in the boxes and their messages, in the user's locale as parse-number.ts reads it: what a
 * box shows, it reads back.
 */
export const localNumber = new Intl.NumberFormat(undefined, { maximumFractionDigits: 6 });

/** A limit for people: whole numbers as they are; 114,155,251.14 → "114,155,251" (rounded towards
 *  the inside of the range, so every value the message allows is accepted). */
function boundText(v: number, towards: 'down' | 'up'): string {
  if (Number.isInteger(v) || Math.abs(v) < 1000) return localNumber.format(v);
  return localNumber.format(towards === 'down' ? Math.floor(v) : Math.ceil(v));
}

/** Why the text is not a usable value, or null when it is. */
export function numberInputProblem(text: string, p: NumberInputRules): string | null {
  if (text.trim() === '') return p.allowEmpty ? null : `${p.label}: enter a number`;
  const v = parseNumber(text, p.allowSuffix);
  if (typeof v === 'string') return `${p.label}: ${v}`;
  // "from 64 to 32,768", but "more than 0 and at most 200" ("more than 0 to 200" is not English).
  const range = `${p.minExclusive ? 'more than' : 'from'} ${boundText(p.min, 'up')} ${p.minExclusive ? 'and at most' : 'to'} ${boundText(p.max, 'down')}`;
  if (!Number.isFinite(v)) return `${p.label}: "${text}" is not a number (${range})`;
  if (p.integer && !Number.isInteger(v)) return `${p.label}: use a whole number`;
  if (v < p.min || (p.minExclusive && v === p.min) || v > p.max)
    return `${p.label}: use a number ${range}${p.unit ? ` ${p.unit}` : ''}`;
  return null;
}
