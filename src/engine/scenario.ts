/**
 * The scenario: everything the user describes. One zod schema, the only source of its type.
 * Workload volume is stored as "N requests every M minutes"; per second, per day and per month
 * are accepted as equivalents through `workloadFromRate`.
 */
import * as z from 'zod/mini';
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
    offHoursRatio: z._default(z.number().check(z.gte(0), z.lte(1)), 0.05),
  }),
  z.object({
    kind: z.literal('diurnal'),
    /** Peak hour rate ÷ average rate. */
    peakToAverage: z._default(z.number().check(z.gte(1), z.lte(20)), 2),
  }),
  z.object({
    kind: z.literal('spiky'),
    /** Burst hour rate ÷ average rate. */
    peakToAverage: z._default(z.number().check(z.gte(1), z.lte(24)), 6),
    /** One-hour bursts a day. */
    burstsPerDay: z._default(z.number().check(z.int(), z.gte(1), z.lte(12)), 2),
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
  arrivals: z._default(z.enum(['random', 'even', 'bursts']), 'random'),
  /** Language runtime, for the default INIT duration. */
  runtime: z._default(runtimeSchema, 'nodejs'),
  /** INIT duration of one cold start (ms); null: the runtime's default. */
  initMs: z._default(z.nullable(z.number().check(z.gte(0), z.lte(120_000))), null),
  /** Minutes an idle instance stays warm; null: the provider's estimate in platform.json. */
  keepAliveMinutes: z._default(z.nullable(z.number().check(z.positive(), z.lte(1440))), null),
  /** Add the billed INIT time of cold starts to the totals (off: shown, not added). */
  includeCost: z._default(z.boolean(), false),
});
export type ColdStartOptions = z.infer<typeof coldStartOptionsSchema>;

/** External state a function reads and writes per request (issue 6); off by default. */
export const stateOptionsSchema = z.object({
  store: z._default(z.union([z.literal('none'), stateStoreIdSchema]), 'none'),
  readsPerRequest: z._default(z.number().check(z.gte(0), z.lte(10_000)), 0),
  writesPerRequest: z._default(z.number().check(z.gte(0), z.lte(10_000)), 0),
  /** Size of one item read or written (KB), for stores that bill per KB unit (DynamoDB). */
  itemKb: z._default(z.number().check(z.positive(), z.lte(400)), 1),
});
export type StateOptions = z.infer<typeof stateOptionsSchema>;

export const DEFAULT_COLD_START_OPTIONS: ColdStartOptions = coldStartOptionsSchema.parse({});
export const DEFAULT_STATE_OPTIONS: StateOptions = stateOptionsSchema.parse({});

export const workloadSchema = z.object({
  requests: z.number().check(z.gte(0), z.lte(MAX_REQUESTS_PER_MONTH), z.describe('N requests …')),
  everyMinutes: z
    .number()
    .check(z.positive(), z.lte(MINUTES_PER_MONTH), z.describe('… every M minutes')),
});

export const scenarioSchema = z
  .object({
    workload: workloadSchema,
    pattern: z._default(patternSchema, { kind: 'constant' }),
    /** Average wall-clock duration of one request (ms). */
    durationMs: z.number().check(z.positive(), z.lte(3_600_000)),
    /** CPU time of one request (ms); defaults to the duration. */
    cpuMs: z.optional(z.number().check(z.positive(), z.lte(3_600_000))),
    /** Memory configured for the function, or the working set of one request on a server (MB). */
    memoryMb: z.number().check(z.gte(64), z.lte(32_768)),
    ephemeralStorageMb: z._default(z.number().check(z.gte(0), z.lte(10_240)), 512),
    /** Average response size (KB), for egress and API Gateway metering. */
    responseKb: z._default(z.number().check(z.gte(0), z.lte(1_048_576)), 4),
    /** Average request size (KB), for API Gateway metering and load-balancer processed bytes. */
    requestKb: z._default(z.number().check(z.gte(0), z.lte(1_048_576)), 1),
    area: z._default(areaSchema, 'us-east'),
    faas: z._default(
      z.object({
        architecture: z._default(z.enum(['x86_64', 'arm64']), 'arm64'),
        freeTier: z._default(z.boolean(), true),
        /** Front-door offer id in front of FaaS (none by default). */
        frontDoor: z._default(z.nullable(z.string()), null),
        /** The front door's 12-month new-customer free tier (API Gateway); off by default. */
        newCustomerFreeTier: z._default(z.boolean(), false),
        /** Lambda provisioned concurrency / Cloud Run minimum instances, kept warm all month. */
        provisionedConcurrency: z._default(z.number().check(z.int(), z.gte(0), z.lte(10_000)), 0),
      }),
      {
        architecture: 'arm64',
        freeTier: true,
        frontDoor: null,
        newCustomerFreeTier: false,
        provisionedConcurrency: 0,
      },
    ),
    alwaysOn: z._default(
      z.object({
        minInstances: z._default(z.number().check(z.int(), z.gte(1), z.lte(10_000)), 1),
        /** The CPU utilisation the fleet is sized to run at in its busiest hour. */
        targetUtilization: z._default(z.number().check(z.gt(0), z.lte(1)), 0.7),
        /** Requests one instance serves at once (Little's law sizing). */
        requestsInFlightPerInstance: z._default(
          z.number().check(z.int(), z.gte(1), z.lte(100_000)),
          50,
        ),
        loadBalancer: z._default(z.boolean(), false),
        /** Container size for autoscaled offers (Fargate, App Runner, Cloud Run instance-based). */
        containerVcpu: z._default(z.number().check(z.positive(), z.lte(192)), 0.25),
        containerMemoryMb: z._default(z.number().check(z.gte(128), z.lte(786_432)), 512),
      }),
      {
        minInstances: 1,
        targetUtilization: 0.7,
        requestsInFlightPerInstance: 50,
        loadBalancer: false,
        containerVcpu: 0.25,
        containerMemoryMb: 512,
      },
    ),
    /** Cold-start model options; absent means the defaults (`coldStartOptionsOf`). */
    coldStart: z.optional(coldStartOptionsSchema),
    /** External state per request; absent means none (`stateOptionsOf`). */
    state: z.optional(stateOptionsSchema),
    /** "schedule": a timer fires the function (adds the scheduler's price); absent means http. */
    trigger: z.optional(z.enum(['http', 'schedule'])),
    /** Offers to compare (ids). Empty means every offer. */
    offers: z._default(z.array(z.string()), []),
    horizon: z._default(z.enum(['day', 'week', 'month']), 'month'),
    /**
     * Currency the figures are shown in; absent means USD. Display only: the engine ignores it and
     * computes in USD (converted by src/lib/format.ts and the CLI with pricing-data/fx.json).
     */
    currency: z.optional(z.enum(['USD', 'EUR', 'GBP'])),
  })
  .check(
    z.superRefine((s, ctx) => {
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
    }),
  );
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
