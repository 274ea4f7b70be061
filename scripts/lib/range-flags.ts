/**
 * The CLI's flags for ranges, compare and growth: `--spread traffic=50,duration=30` (the spreads of
 * the cost ranges; an input it leaves out has none). `--compare URL` is read by cost-cli.ts, and
 * `--growth PCT --months N` are the scenario's growth fields (src/scenario/spec.ts). A bad value
 * throws the CLI's UsageError naming the flag (exit 2).
 */
import type { Spread } from '../../src/engine/scenario.ts';
import { FIELDS } from '../../src/scenario/spec.ts';
import { parseBounded } from './cli-flags.ts';
import { UsageError } from './cli-values.ts';

/** `--spread` KEY=VALUE parts and the fields they set. */
export const SPREAD_FIELDS = [
  FIELDS.spreadTrafficPct,
  FIELDS.spreadDurationPct,
  FIELDS.spreadCpuPct,
];

/** `--spread traffic=50,duration=30`: the spreads named; every other input gets none (0). */
export function parseSpreadFlag(raw: string): Spread {
  const out: Spread = { trafficPct: 0, durationPct: 0, cpuPct: 0 };
  const keys = SPREAD_FIELDS.map((f) => f.cliKey).join(', ');
  const parts = raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0)
    throw new UsageError(`--spread: expected KEY=PERCENT with KEY one of ${keys}, e.g. traffic=50`);
  for (const part of parts) {
    const eq = part.indexOf('=');
    const key = eq >= 0 ? part.slice(0, eq).trim() : part;
    const field = SPREAD_FIELDS.find((f) => f.cliKey === key);
    if (field === undefined || eq < 0)
      throw new UsageError(
        `--spread: ${JSON.stringify(part)} is not KEY=PERCENT with KEY one of ${keys} (e.g. --spread traffic=50,duration=30)`,
      );
    const prop = (field.path.split('.')[1] ?? field.path) as keyof Spread;
    try {
      out[prop] = parseBounded('spread', part.slice(eq + 1).replace(/%$/, ''), field);
    } catch (e) {
      if (e instanceof UsageError)
        throw new UsageError(e.message.replace(/^--spread: /, `--spread: ${key}: `));
      throw e;
    }
  }
  return out;
}
