/**
 * English messages for zod/mini, which loads no locale (every issue would read "Invalid input").
 * Same wording as zod's English locale (`z.locales.en()`), but only for the issues our schemas can
 * raise: the full locale costs 1 kB gzip, mostly names of string formats the app never uses.
 * Installed by schema.ts with `z.config`; a schema's own message (regex, refine) still wins.
 */
import type * as z from 'zod/mini';

/** Units of length checks: "expected string to have >=1 characters". */
const UNITS: Record<string, string> = { string: 'characters', array: 'items', set: 'items' };

/** String formats in the schemas: "Invalid ISO date", "Invalid URL". */
const FORMATS: Record<string, string> = { date: 'ISO date', url: 'URL' };

/** A value as the locale shows it: strings quoted, the rest as written ("USD", 3, null). */
function shown(v: unknown): string {
  return typeof v === 'string' ? `"${v}"` : String(v);
}

/** What was received: number, string, array, null, or the number itself when not finite. */
function received(v: unknown): string {
  if (typeof v === 'number') return Number.isFinite(v) ? 'number' : String(v);
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

export const englishMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}, received ${received(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Invalid input: expected ${shown(issue.values[0])}`
        : `Invalid option: expected one of ${issue.values.map(shown).join('|')}`;
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = small ? issue.minimum : issue.maximum;
      const op = issue.exact ? 'exactly ' : (small ? '>' : '<') + (issue.inclusive ? '=' : '');
      const unit = UNITS[issue.origin ?? ''];
      return `Too ${small ? 'small' : 'big'}: expected ${issue.origin ?? 'value'} to ${
        unit ? `have ${op}${bound} ${unit}` : `be ${op}${bound}`
      }`;
    }
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern
        ? `Invalid string: must match pattern ${issue.pattern}`
        : `Invalid ${FORMATS[issue.format] ?? issue.format}`;
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map(shown).join(', ')}`;
    case 'invalid_key':
      return `Invalid key in ${issue.origin}`;
    case 'invalid_union': {
      // A discriminated union lists the discriminator values it knows.
      const options = (issue as { options?: unknown[] }).options;
      if (options?.length)
        return `Invalid discriminator value. Expected ${options.map((o) => `'${String(o)}'`).join(' | ')}`;
      return issue.inclusive === false
        ? 'Invalid input: more than one option matched'
        : 'Invalid input';
    }
    default:
      return 'Invalid input';
  }
};
