/**
 * CLI flags for issue 6 (cold starts, external state, the timer preset), adopted by
 * cli-scenario.ts: ISSUE6_OPTIONS are part of its parseArgs options; applyPresetFlags runs on the
 * base scenario before the other flags (so --memory-mb, --offers and the rest still apply) and
 * applyIssue6Flags after them, before validation; cost-cli.ts prints ISSUE6_HELP and, with
 * --preset timer, the timer verdict under the table.
 *
 * Every bad value throws the CLI's UsageError naming the flag and what was expected (exit 2).
 */
import { runtimeSchema, stateStoreIdSchema } from '../../src/catalog/platform.ts';
import { UsageError, parseChoice, parseNumber } from './cli-values.ts';

export const ISSUE6_OPTIONS = {
  'init-ms': { type: 'string' },
  'keep-alive-minutes': { type: 'string' },
  runtime: { type: 'string' },
  arrivals: { type: 'string' },
  'cold-start-cost': { type: 'boolean' },
  state: { type: 'string' },
  preset: { type: 'string' },
  'run-seconds': { type: 'string' },
} as const;

export interface Issue6Flags {
  'init-ms'?: string | undefined;
  'keep-alive-minutes'?: string | undefined;
  runtime?: string | undefined;
  arrivals?: string | undefined;
  'cold-start-cost'?: boolean | undefined;
  state?: string | undefined;
  preset?: string | undefined;
  'run-seconds'?: string | undefined;
  'every-minutes'?: string | undefined;
  'duration-ms'?: string | undefined;
}

export const ISSUE6_HELP = `
Cold starts, state and timers (issue 6; see docs/MODEL.md):
  --arrivals random|even|bursts    how the N requests of each period arrive (default random)
  --keep-alive-minutes M           idle keep-alive; default: the provider's estimate
  --init-ms MS                     INIT (cold start) duration; default: the runtime's estimate
  --runtime nodejs|python|go|java|dotnet|ruby   for the default INIT duration (default nodejs)
  --cold-start-cost                add billed INIT time to the totals (Lambda, Cloud Run)
  --state [STORE:]reads=R,writes=W[,item-kb=K]
                                   external state per request on FaaS offers; STORE is
                                   dynamodb (default), s3, firestore or redis; "none" turns it off
  --preset timer                   a scheduled job: one run every --every-minutes M (default 60)
                                   for --run-seconds D (default 30), fired by the provider's
                                   scheduler (EventBridge Scheduler, Cloud Scheduler), cold every run
`;

/** Which issue-6 flag sets which scenario field, to name the flag in validation errors. */
export const ISSUE6_FLAG_OF_PATH: Record<string, string> = {
  coldStart: 'arrivals',
  'coldStart.arrivals': 'arrivals',
  'coldStart.initMs': 'init-ms',
  'coldStart.keepAliveMinutes': 'keep-alive-minutes',
  'coldStart.runtime': 'runtime',
  'coldStart.includeCost': 'cold-start-cost',
  state: 'state',
  'state.store': 'state',
  'state.readsPerRequest': 'state',
  'state.writesPerRequest': 'state',
  'state.itemKb': 'state',
  trigger: 'preset',
};

const ARRIVALS = ['random', 'even', 'bursts'] as const;
const PRESETS = ['timer'] as const;

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
  const storeText = colon >= 0 ? text.slice(0, colon).trim() : 'dynamodb';
  const store = parseChoice('state', storeText, stateStoreIdSchema.options);
  const rest = colon >= 0 ? text.slice(colon + 1) : text;
  const out: Record<string, unknown> = { store };
  const keys: Record<string, string> = {
    reads: 'readsPerRequest',
    writes: 'writesPerRequest',
    'item-kb': 'itemKb',
  };
  for (const part of rest
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=');
    const key = eq >= 0 ? part.slice(0, eq).trim() : part;
    const field = keys[key];
    if (field === undefined || eq < 0)
      throw new UsageError(
        `--state: ${JSON.stringify(part)} is not KEY=VALUE with KEY one of reads, writes, item-kb (e.g. --state reads=2,writes=1)`,
      );
    out[field] = parseNumber('state', part.slice(eq + 1));
  }
  if (store !== 'redis' && out.readsPerRequest === undefined && out.writesPerRequest === undefined)
    throw new UsageError(
      `--state: ${JSON.stringify(raw)} sets no reads or writes; expected e.g. --state reads=2,writes=1`,
    );
  return out;
}

/**
 * `--preset timer`: replace the base with a scheduled job (call on `base`, before the other flags,
 * so --memory-mb, --offers and the rest still apply). Returns the scenario paths it set.
 */
export function applyPresetFlags(flags: Issue6Flags, base: Record<string, unknown>): string[] {
  if (flags.preset === undefined) {
    if (flags['run-seconds'] !== undefined)
      throw new UsageError('--run-seconds: only with --preset timer');
    return [];
  }
  parseChoice('preset', flags.preset, PRESETS);
  if (flags['run-seconds'] !== undefined && flags['duration-ms'] !== undefined)
    throw new UsageError('--run-seconds: use either --run-seconds or --duration-ms, not both');
  const runSeconds =
    flags['run-seconds'] !== undefined ? parseNumber('run-seconds', flags['run-seconds']) : 30;
  const everyMinutes =
    flags['every-minutes'] !== undefined
      ? parseNumber('every-minutes', flags['every-minutes'])
      : 60;
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

/** Cold-start and state flags, laid over the raw scenario before validation. */
export function applyIssue6Flags(flags: Issue6Flags, s: Record<string, unknown>): string[] {
  const set: string[] = [];
  const cold = asObject(s.coldStart);
  if (flags.arrivals !== undefined) {
    cold.arrivals = parseChoice('arrivals', flags.arrivals, ARRIVALS);
    set.push('coldStart.arrivals');
  }
  if (flags['init-ms'] !== undefined) {
    cold.initMs = parseNumber('init-ms', flags['init-ms']);
    set.push('coldStart.initMs');
  }
  if (flags['keep-alive-minutes'] !== undefined) {
    cold.keepAliveMinutes = parseNumber('keep-alive-minutes', flags['keep-alive-minutes']);
    set.push('coldStart.keepAliveMinutes');
  }
  if (flags.runtime !== undefined) {
    cold.runtime = parseChoice('runtime', flags.runtime, runtimeSchema.options);
    set.push('coldStart.runtime');
  }
  if (flags['cold-start-cost']) {
    cold.includeCost = true;
    set.push('coldStart.includeCost');
  }
  if (set.length > 0 || s.coldStart !== undefined) s.coldStart = cold;
  if (flags.state !== undefined) {
    s.state = parseStateFlag(flags.state);
    set.push('state');
  }
  return set;
}
