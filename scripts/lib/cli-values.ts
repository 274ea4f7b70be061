/**
 * Flag value parsers shared by the CLI's flag modules. Every failure is a `UsageError` naming the
 * flag and what was expected; the CLI turns it into exit code 2.
 */

export class UsageError extends Error {}

/** A finite decimal number: "512", "0.5", "1e6", "8_760_000". Never NaN. */
export function parseNumber(flag: string, raw: string): number {
  const text = raw.trim().replace(/_/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text))
    throw new UsageError(`--${flag}: ${JSON.stringify(raw)} is not a number`);
  const n = Number(text);
  if (!Number.isFinite(n)) throw new UsageError(`--${flag}: ${JSON.stringify(raw)} is too large`);
  return n;
}

export function parseChoice<T extends string>(flag: string, raw: string, choices: readonly T[]): T {
  const hit = choices.find((c) => c === raw);
  if (hit === undefined)
    throw new UsageError(
      `--${flag}: ${JSON.stringify(raw)} is not one of ${choices.map((c) => `"${c}"`).join(', ')}`,
    );
  return hit;
}
