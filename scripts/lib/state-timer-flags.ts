/**
 * The CLI's two composite inputs: `--state [STORE:]reads=R,writes=W[,item-kb=K]` (the external-state
 * fields in one flag) and `--preset timer` with `--run-seconds` (a scheduled job). Each value is
 * checked against the scenario spec; a bad one throws the CLI's UsageError naming the flag (exit 2).
 */
import { FIELDS, TIMER_EVERY_MINUTES, TIMER_RUN_SECONDS } from '../../src/scenario/spec.ts';
import { parseBounded, PRESETS } from './cli-flags.ts';
import { parseChoice, UsageError } from './cli-values.ts';

/** The store when `--state` names none. */
const DEFAULT_FLAG_STORE = 'dynamodb';

/** `--state` KEY=VALUE parts and the fields they set. */
const STATE_NUMBERS = [FIELDS.stateReads, FIELDS.stateWrites, FIELDS.stateItemKb];

function asObject(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
    ? { ...(v as Record<string, unknown>) }
    : {};
}

/** `--state dynamodb:reads=2,writes=1,item-kb=4` (or `reads=2,writes=1`, or `none`). */
export function parseStateFlag(raw: string): Record<string, unknown> {
  const text = raw.trim();
  if (text === 'none') return { store: 'none' };
  const colon = text.indexOf(':');
  const storeText = colon >= 0 ? text.slice(0, colon).trim() : DEFAULT_FLAG_STORE;
  const store = parseChoice('state', storeText, FIELDS.stateStore.values);
  const rest = colon >= 0 ? text.slice(colon + 1) : text;
  const out: Record<string, unknown> = { store };
  const keys = STATE_NUMBERS.map((f) => f.cliKey).join(', ');
  for (const part of rest
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=');
    const key = eq >= 0 ? part.slice(0, eq).trim() : part;
    const field = STATE_NUMBERS.find((f) => f.cliKey === key);
    if (field === undefined || eq < 0)
      throw new UsageError(
        `--state: ${JSON.stringify(part)} is not KEY=VALUE with KEY one of ${keys} (e.g. --state reads=2,writes=1)`,
      );
    const prop = field.path.split('.')[1] ?? field.path;
    try {
      out[prop] = parseBounded('state', part.slice(eq + 1), field);
    } catch (e) {
      // Name the part as well as the flag: "--state: reads: -1 is below the minimum of 0 …".
      if (e instanceof UsageError)
        throw new UsageError(e.message.replace(/^--state: /, `--state: ${key}: `));
      throw e;
    }
  }
  if (store !== 'redis' && out.readsPerRequest === undefined && out.writesPerRequest === undefined)
    throw new UsageError(
      `--state: ${JSON.stringify(raw)} sets no reads or writes; expected e.g. --state reads=2,writes=1`,
    );
  return out;
}

/** The timer preset's inputs, as parseArgs gives them. */
export interface PresetFlags {
  preset?: string | boolean | undefined;
  'run-seconds'?: string | boolean | undefined;
  'every-minutes'?: string | boolean | undefined;
  'duration-ms'?: string | boolean | undefined;
}

/**
 * `--preset timer`: replace the base with a scheduled job (call on `base`, before the other flags,
 * so --memory-mb, --offers and the rest still apply). Returns the scenario paths it set.
 */
export function applyPresetFlags(flags: PresetFlags, base: Record<string, unknown>): string[] {
  const runText = typeof flags['run-seconds'] === 'string' ? flags['run-seconds'] : undefined;
  if (typeof flags.preset !== 'string') {
    if (runText !== undefined) throw new UsageError('--run-seconds: only with --preset timer');
    return [];
  }
  parseChoice('preset', flags.preset, PRESETS);
  if (runText !== undefined && flags['duration-ms'] !== undefined)
    throw new UsageError('--run-seconds: use either --run-seconds or --duration-ms, not both');
  const runSeconds =
    runText !== undefined ? parseBounded('run-seconds', runText, TIMER_RUN_SECONDS) : 30;
  const every = flags['every-minutes'];
  const everyMinutes =
    typeof every === 'string' ? parseBounded('every-minutes', every, TIMER_EVERY_MINUTES) : 60;
  base.workload = { requests: 1, everyMinutes };
  base.durationMs = runSeconds * 1000;
  delete base.cpuMs;
  base.responseKb = 0;
  base.requestKb = 0;
  base.trigger = 'schedule';
  base.coldStart = { ...asObject(base.coldStart), arrivals: 'bursts' };
  base.faas = { ...asObject(base.faas), frontDoor: null };
  return ['trigger', 'durationMs', 'workload.everyMinutes'];
}
