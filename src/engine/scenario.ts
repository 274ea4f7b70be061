/**
 * The scenario: everything the user describes. One zod schema, the only source of its type.
 * Workload volume is stored as "N requests every M minutes"; per second, per day and per month
 * are accepted as equivalents through `workloadFromRate`.
 */
import { z } from 'zod';
import { areaSchema } from '../catalog/schema.ts';
import { runtimeSchema, stateStoreIdSchema } from '../catalog/platform.ts';

import {
  HOURS_PER_MONTH,
  MAX_REQUESTS_PER_MONTH,
  MINUTES_PER_MONTH,
  SECONDS_PER_MONTH,
} from './units.ts';

export { HOURS_PER_MONTH, MAX_REQUESTS_PER_MONTH, MINUTES_PER_MONTH, SECONDS_PER_MONTH };

export const patternSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('constant') }),
  z.object({
    kind: z.literal('business-hours'),
    /** Traffic outside 09:00–17:00 on weekdays, as a share of the in-hours rate. */
    offHoursRatio: z.number().min(0).max(1).default(0.05),
  }),
  z.object({
    kind: z.literal('diurnal'),
    /** Peak hour rate ÷ average rate. */
    peakToAverage: z.number().min(1).max(20).default(2),
  }),
  z.object({
    kind: z.literal('spiky'),
    /** Burst hour rate ÷ average rate. */
    peakToAverage: z.number().min(1).max(24).default(6),
    /** One-hour bursts a day. */
    burstsPerDay: z.number().int().min(1).max(12).default(2),
  }),
]);
export type Pattern = z.infer<typeof patternSchema>;
export type PatternKind = Pattern['kind'];

/**
 * Cold starts (issue 6). How the N requests of each M-minute period arrive:
 * - random: at random (Poisson) at the hour's average rate, the reading used for fleet sizing;
 * - even: evenly spaced, one every M × 60 / N seconds;
 * - bursts: all N together at the start of each period ("N requests every M minutes" literally).
 */
export const coldStartOptionsSchema = z.object({
  arrivals: z.enum(['random', 'even', 'bursts']).default('random'),
  /** Language runtime, for the default INIT duration. */
  runtime: runtimeSchema.default('nodejs'),
  /** INIT duration of one cold start (ms); null: the runtime's default. */
  initMs: z.number().min(0).max(120_000).nullable().default(null),
  /** Minutes an idle instance stays warm; null: the provider's estimate in platform.json. */
  keepAliveMinutes: z.number().positive().max(1440).nullable().default(null),
  /** Add the billed INIT time of cold starts to the totals (off: shown, not added). */
  includeCost: z.boolean().default(false),
});
export type ColdStartOptions = z.infer<typeof coldStartOptionsSchema>;

/** External state a function reads and writes per request (issue 6); off by default. */
export const stateOptionsSchema = z.object({
  store: z.union([z.literal('none'), stateStoreIdSchema]).default('none'),
  readsPerRequest: z.number().min(0).max(10_000).default(0),
  writesPerRequest: z.number().min(0).max(10_000).default(0),
  /** Size of one item read or written (KB), for stores that bill per KB unit (DynamoDB). */
  itemKb: z.number().positive().max(400).default(1),
});
export type StateOptions = z.infer<typeof stateOptionsSchema>;

export const DEFAULT_COLD_START_OPTIONS: ColdStartOptions = coldStartOptionsSchema.parse({});
export const DEFAULT_STATE_OPTIONS: StateOptions = stateOptionsSchema.parse({});

export const workloadSchema = z.object({
  requests: z.number().min(0).max(MAX_REQUESTS_PER_MONTH).describe('N requests …'),
  everyMinutes: z.number().positive().max(MINUTES_PER_MONTH).describe('… every M minutes'),
});

export const scenarioSchema = z
  .object({
    workload: workloadSchema,
    pattern: patternSchema.default({ kind: 'constant' }),
    /** Average wall-clock duration of one request (ms). */
    durationMs: z.number().positive().max(3_600_000),
    /** CPU time of one request (ms); defaults to the duration. */
    cpuMs: z.number().positive().max(3_600_000).optional(),
    /** Memory configured for the function, or the working set of one request on a server (MB). */
    memoryMb: z.number().min(64).max(32_768),
    ephemeralStorageMb: z.number().min(0).max(10_240).default(512),
    /** Average response size (KB), for egress and API Gateway metering. */
    responseKb: z.number().min(0).max(1_048_576).default(4),
    /** Average request size (KB), for API Gateway metering and load-balancer processed bytes. */
    requestKb: z.number().min(0).max(1_048_576).default(1),
    area: areaSchema.default('us-east'),
    faas: z
      .object({
        architecture: z.enum(['x86_64', 'arm64']).default('arm64'),
        freeTier: z.boolean().default(true),
        /** Front-door offer id in front of FaaS (none by default). */
        frontDoor: z.string().nullable().default(null),
        /** The front door's 12-month new-customer free tier (API Gateway); off by default. */
        newCustomerFreeTier: z.boolean().default(false),
        /** Lambda provisioned concurrency / Cloud Run minimum instances, kept warm all month. */
        provisionedConcurrency: z.number().int().min(0).max(10_000).default(0),
      })
      .default({
        architecture: 'arm64',
        freeTier: true,
        frontDoor: null,
        newCustomerFreeTier: false,
        provisionedConcurrency: 0,
      }),
    alwaysOn: z
      .object({
        minInstances: z.number().int().min(1).max(10_000).default(1),
        /** The CPU utilisation the fleet is sized to run at in its busiest hour. */
        targetUtilization: z.number().gt(0).max(1).default(0.7),
        /** Requests one instance serves at once (Little's law sizing). */
        requestsInFlightPerInstance: z.number().int().min(1).max(100_000).default(50),
        loadBalancer: z.boolean().default(false),
        /** Container size for autoscaled offers (Fargate, App Runner, Cloud Run instance-based). */
        containerVcpu: z.number().positive().max(192).default(0.25),
        containerMemoryMb: z.number().min(128).max(786_432).default(512),
      })
      .default({
        minInstances: 1,
        targetUtilization: 0.7,
        requestsInFlightPerInstance: 50,
        loadBalancer: false,
        containerVcpu: 0.25,
        containerMemoryMb: 512,
      }),
    /** Cold-start model options; absent means the defaults (`coldStartOptionsOf`). */
    coldStart: coldStartOptionsSchema.optional(),
    /** External state per request; absent means none (`stateOptionsOf`). */
    state: stateOptionsSchema.optional(),
    /** "schedule": a timer fires the function (adds the scheduler's price); absent means http. */
    trigger: z.enum(['http', 'schedule']).optional(),
    /** Offers to compare (ids). Empty means every offer. */
    offers: z.array(z.string()).default([]),
    horizon: z.enum(['day', 'week', 'month']).default('month'),
    /**
     * Currency the figures are shown in; absent means USD. Display only: the engine ignores it and
     * computes in USD (converted by src/lib/format.ts and the CLI with pricing-data/fx.json).
     */
    currency: z.enum(['USD', 'EUR', 'GBP']).optional(),
  })
  .superRefine((s, ctx) => {
    const perMonth = requestsPerMonthOf(s.workload);
    if (perMonth > MAX_REQUESTS_PER_MONTH)
      ctx.addIssue({
        code: 'custom',
        path: ['workload', 'requests'],
        message: `${s.workload.requests} requests every ${s.workload.everyMinutes} minutes is ${perMonth.toExponential(2)} a month; the most is 10^12`,
      });
    if (s.cpuMs !== undefined && s.cpuMs > s.durationMs)
      ctx.addIssue({
        code: 'custom',
        path: ['cpuMs'],
        message: `CPU time (${s.cpuMs} ms) cannot exceed the duration (${s.durationMs} ms) of a single-threaded request`,
      });
  });
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Workload = z.infer<typeof workloadSchema>;
export type Horizon = Scenario['horizon'];

/** Requests in a 730-hour month for "N every M minutes". */
export function requestsPerMonthOf(w: Workload): number {
  return (w.requests / w.everyMinutes) * MINUTES_PER_MONTH;
}

/** Average requests per second. */
export function requestsPerSecondOf(w: Workload): number {
  return w.requests / w.everyMinutes / 60;
}

/** Equivalent "N every M minutes" for a rate given per second, per day or per month. */
export function workloadFromRate(
  value: number,
  per: 'second' | 'minute' | 'hour' | 'day' | 'month',
): Workload {
  switch (per) {
    case 'second':
      return { requests: value * 60, everyMinutes: 1 };
    case 'minute':
      return { requests: value, everyMinutes: 1 };
    case 'hour':
      return { requests: value, everyMinutes: 60 };
    case 'day':
      return { requests: value, everyMinutes: 1440 };
    case 'month':
      return { requests: value, everyMinutes: MINUTES_PER_MONTH };
  }
}

/** The default scenario: a realistic small API ("1,000 requests every 5 minutes, 200 ms, 512 MB"). */
export const DEFAULT_SCENARIO: Scenario = scenarioSchema.parse({
  workload: { requests: 1000, everyMinutes: 5 },
  durationMs: 200,
  cpuMs: 20,
  memoryMb: 512,
});

/** The scenario's cold-start options, or the defaults when it has none. */
export function coldStartOptionsOf(s: Scenario): ColdStartOptions {
  return s.coldStart ?? DEFAULT_COLD_START_OPTIONS;
}

/** The scenario's external-state options, or none. */
export function stateOptionsOf(s: Scenario): StateOptions {
  return s.state ?? DEFAULT_STATE_OPTIONS;
}

/** Effective CPU time per request: the given CPU time, or the whole duration. */
export function cpuMsOf(s: Scenario): number {
  return s.cpuMs ?? s.durationMs;
}

/** Parse a scenario; on failure, one message per bad field naming the field, the value and the rule. */
export function parseScenario(
  input: unknown,
): { ok: true; scenario: Scenario } | { ok: false; errors: string[] } {
  const r = scenarioSchema.safeParse(input);
  if (r.success) return { ok: true, scenario: r.data };
  return {
    ok: false,
    errors: r.error.issues.map((i) => {
      const path = i.path.join('.') || '(scenario)';
      const value = valueAt(input, i.path);
      const shown = value === undefined ? 'missing' : JSON.stringify(value);
      return `${path}: ${shown} — ${i.message}`;
    }),
  };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}
