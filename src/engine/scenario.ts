/**
 * The scenario: everything the user describes. One zod schema, the only source of its type.
 * Workload volume is stored as "N requests every M minutes"; per second, per day and per month
 * are accepted as equivalents through `workloadFromRate`.
 */
import * as z from 'zod/mini';
import { areaSchema } from '../catalog/schema.ts';
import { runtimeSchema, stateStoreIdSchema } from '../catalog/platform.ts';
import { FIELDS as F, type EnumSpec, type NumberSpec } from '../scenario/spec.ts';
import { DEFAULT_COLD_START_OPTIONS, DEFAULT_STATE_OPTIONS } from './default-scenario.ts';

import {
  HOURS_PER_MONTH,
  MAX_REQUESTS_PER_MONTH,
  MINUTES_PER_MONTH,
  SECONDS_PER_MONTH,
} from './units.ts';

export { HOURS_PER_MONTH, MAX_REQUESTS_PER_MONTH, MINUTES_PER_MONTH, SECONDS_PER_MONTH };
export {
  DEFAULT_COLD_START_OPTIONS,
  DEFAULT_GROWTH_OPTIONS,
  DEFAULT_SCENARIO,
  DEFAULT_STATE_OPTIONS,
} from './default-scenario.ts';

// Every bound, enum and default below comes from the scenario spec (src/scenario/spec.ts); this
// file gives the fields their shape. spec.test.ts walks each field through the schema.

/** A number with the field's bounds: "more than" or "at least" the minimum, at most the maximum. */
function num(f: NumberSpec) {
  const low = f.minExclusive ? z.gt(f.min) : z.gte(f.min);
  return f.integer
    ? z.number().check(z.int(), low, z.lte(f.max))
    : z.number().check(low, z.lte(f.max));
}

/** A number with its default. */
function numOr<D extends number>(f: NumberSpec & { default: D }) {
  return z._default(num(f), f.default);
}

/** One of the field's values, with its default. */
function oneOf<const V extends string>(f: EnumSpec<V> & { default: V }) {
  return z._default(z.enum(f.values), f.default);
}

/** A flag with its default. */
function flag(f: { default: boolean }) {
  return z._default(z.boolean(), f.default);
}

export const patternSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('constant') }),
  z.object({
    kind: z.literal('business-hours'),
    /** Traffic outside 09:00–17:00 on weekdays, as a share of the in-hours rate. */
    offHoursRatio: numOr(F.offHoursRatio),
  }),
  z.object({
    kind: z.literal('diurnal'),
    /** Peak hour rate ÷ average rate. */
    peakToAverage: numOr(F.diurnalPeakToAverage),
  }),
  z.object({
    kind: z.literal('spiky'),
    /** Burst hour rate ÷ average rate. */
    peakToAverage: numOr(F.spikyPeakToAverage),
    /** One-hour bursts a day. */
    burstsPerDay: numOr(F.burstsPerDay),
  }),
  z.object({
    kind: z.literal('custom'),
    /** An imported week: 168 levels of the busiest hour (0–63), Monday 00:00 first. */
    weights: z._default(
      z.array(z.number().check(z.int(), z.gte(0), z.lte(F.customProfile.max))).check(
        z.length(F.customProfile.length),
        z.refine((w) => w.some((x) => x > 0), 'at least one hour must have traffic'),
      ),
      () => [...F.customProfile.default],
    ),
  }),
]);
export type Pattern = z.infer<typeof patternSchema>;
export type PatternKind = Pattern['kind'];

/**
 * Cold starts. How the N requests of each M-minute period arrive:
 * - random: at random (Poisson) at the hour's average rate, the reading used for fleet sizing;
 * - even: evenly spaced, one every M × 60 / N seconds;
 * - bursts: all N together at the start of each period ("N requests every M minutes" literally).
 */
export const coldStartOptionsSchema = z.object({
  arrivals: oneOf(F.arrivals),
  /** Language runtime, for the default INIT duration. */
  runtime: z._default(runtimeSchema, F.runtime.default),
  /** INIT duration of one cold start (ms); null: the runtime's default. */
  initMs: z._default(z.nullable(num(F.initMs)), F.initMs.default),
  /** Minutes an idle instance stays warm; null: the provider's estimate in platform.json. */
  keepAliveMinutes: z._default(z.nullable(num(F.keepAliveMinutes)), F.keepAliveMinutes.default),
  /** Add the billed INIT time of cold starts to the totals (off: shown, not added). */
  includeCost: flag(F.includeColdStartCost),
});
export type ColdStartOptions = z.infer<typeof coldStartOptionsSchema>;

/** External state a function reads and writes per request; off by default. */
export const stateOptionsSchema = z.object({
  store: z._default(z.union([z.literal('none'), stateStoreIdSchema]), F.stateStore.default),
  readsPerRequest: numOr(F.stateReads),
  writesPerRequest: numOr(F.stateWrites),
  /** Size of one item read or written (KB), for stores that bill per KB unit (DynamoDB). */
  itemKb: numOr(F.stateItemKb),
});
export type StateOptions = z.infer<typeof stateOptionsSchema>;

/** How far each estimate may be off (± percent), for cost ranges (src/engine/ranges.ts). */
export const spreadSchema = z.object({
  trafficPct: numOr(F.spreadTrafficPct),
  durationPct: numOr(F.spreadDurationPct),
  cpuPct: numOr(F.spreadCpuPct),
});
export type Spread = z.infer<typeof spreadSchema>;

/** Traffic growth month by month (src/engine/growth.ts): the page's growth chart, the CLI's --growth. */
export const growthOptionsSchema = z.object({
  /** Growth of traffic a month, in percent (negative: shrinking). */
  monthlyPct: numOr(F.growthPct),
  /** How many months, month 1 being today's traffic. */
  months: numOr(F.growthMonths),
});
export type GrowthOptions = z.infer<typeof growthOptionsSchema>;

export const workloadSchema = z.object({
  requests: num(F.requests).check(z.describe('N requests …')),
  everyMinutes: num(F.everyMinutes).check(z.describe('… every M minutes')),
});

const faasSchema = z.object({
  architecture: oneOf(F.architecture),
  freeTier: flag(F.freeTier),
  /** Front-door offer id in front of FaaS (none by default). */
  frontDoor: z._default(z.nullable(z.string()), F.frontDoor.default),
  /** The front door's 12-month new-customer free tier (API Gateway); off by default. */
  newCustomerFreeTier: flag(F.newCustomerFreeTier),
  /** Lambda provisioned concurrency / Cloud Run minimum instances, kept warm all month. */
  provisionedConcurrency: numOr(F.provisionedConcurrency),
});

const alwaysOnSchema = z.object({
  minInstances: numOr(F.minInstances),
  /** The CPU utilisation the fleet is sized to run at in its busiest hour. */
  targetUtilization: numOr(F.targetUtilization),
  /** Requests one instance serves at once (Little's law sizing). */
  requestsInFlightPerInstance: numOr(F.requestsInFlightPerInstance),
  loadBalancer: flag(F.loadBalancer),
  /** Memory one request holds on a server while in flight (MB); apart from the FaaS memory setting. */
  workingSetMb: numOr(F.workingSetMb),
  /** Memory each instance uses before any request: OS and language runtime (MB). */
  baseMemoryMb: numOr(F.baseMemoryMb),
  /** One zone, or N + 1 instances (at least 2) across two zones behind a load balancer. */
  availability: oneOf(F.availability),
  /** Container size for autoscaled offers (Fargate, App Runner, Cloud Run instance-based). */
  containerVcpu: numOr(F.containerVcpu),
  containerMemoryMb: numOr(F.containerMemoryMb),
  /** Count a server's public IPv4 address and root disk where the provider charges them. */
  serverExtras: flag(F.serverExtras),
  /** On demand, or a 1-year or 3-year commitment with no upfront payment. */
  commitment: oneOf(F.commitment),
});

export const scenarioSchema = z
  .object({
    workload: workloadSchema,
    pattern: z._default(patternSchema, { kind: F.patternKind.default }),
    /** Average wall-clock duration of one request (ms). */
    durationMs: num(F.durationMs),
    /** CPU time of one request (ms); defaults to the duration. */
    cpuMs: z.optional(num(F.cpuMs)),
    /** Memory configured for a function (MB); a server's per-request memory is alwaysOn.workingSetMb. */
    memoryMb: num(F.memoryMb),
    ephemeralStorageMb: numOr(F.ephemeralStorageMb),
    /** Average response size (KB), for egress and API Gateway metering. */
    responseKb: numOr(F.responseKb),
    /** Average request size (KB), for API Gateway metering and load-balancer processed bytes. */
    requestKb: numOr(F.requestKb),
    area: z._default(areaSchema, F.area.default),
    // zod/mini applies an object's defaults only when given the object: an absent group is
    // parsed from {}, so each field's own default (the spec's) applies.
    faas: z._default(faasSchema, () => faasSchema.parse({})),
    alwaysOn: z._default(alwaysOnSchema, () => alwaysOnSchema.parse({})),
    /** Cold-start model options; absent means the defaults (`coldStartOptionsOf`). */
    coldStart: z.optional(coldStartOptionsSchema),
    /** External state per request; absent means none (`stateOptionsOf`). */
    state: z.optional(stateOptionsSchema),
    /** "schedule": a timer fires the function (adds the scheduler's price); absent means http. */
    trigger: z.optional(z.enum(F.trigger.values)),
    /** Offers and instance families to compare (ids). Empty means every offer and family. */
    offers: z._default(z.array(z.string()), () => [...F.offers.default]),
    /** Sizes pinned for their family (always-on offer ids); empty: every family at its cheapest fit. */
    pins: z._default(z.array(z.string()), () => [...F.pins.default]),
    horizon: oneOf(F.horizon),
    /**
     * Currency the figures are shown in; absent means USD. Display only: the engine ignores it and
     * computes in USD (converted by src/describe/format.ts and the CLI with pricing-data/fx.json).
     */
    currency: z.optional(z.enum(F.currency.values)),
    /** How far each estimate may be off: the cost ranges' spreads (the results ignore it). */
    spread: z._default(spreadSchema, () => spreadSchema.parse({})),
    /** Traffic growth to show month by month; absent means none (the results ignore it). */
    growth: z.optional(growthOptionsSchema),
  })
  .check(
    z.superRefine((s, ctx) => {
      const perMonth = requestsPerMonthOf(s.workload);
      // An interval of 0 or less is its own field's error; the quotient would read "Infinity".
      if (s.workload.everyMinutes > 0 && perMonth > MAX_REQUESTS_PER_MONTH)
        ctx.addIssue({
          code: 'custom',
          path: ['workload', 'requests'],
          message: `${wholeNumber(s.workload.requests)} requests every ${s.workload.everyMinutes === 1 ? 'minute' : `${wholeNumber(s.workload.everyMinutes)} minutes`} come to ${perMonth.toExponential(2)} a month; the most is 10^12`,
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

/** 1000000000000 → "1,000,000,000,000", as a person reads it in a message. */
const wholeNumber = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 6 });

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
