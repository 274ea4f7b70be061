/**
 * pricing-data/platform.json: how FaaS platforms behave and what their add-ons cost.
 * Cold-start assumptions (keep-alive, INIT duration, whether INIT is billed, how to avoid cold
 * starts), default scaling limits, external state stores and schedulers. These are not offers, so
 * the file is not in index.json: the page fetches it with the catalog (`catalog-query.ts`), the CLI
 * reads it from disk, and both hand it to the engine. This module holds the schema and the empty
 * platform the engine falls back to, so the scenario can use its enums without the data.
 * Every figure carries a source, a date and a verification level, like every price.
 */
import * as z from 'zod/mini';
import { RUNTIMES, STATE_STORE_IDS } from '../scenario/spec.ts';
import { PROVIDER_IDS, type ProviderId } from './providers.ts';
import { isoDateSchema, provenanceSchema } from './schema.ts';

const positive = z.number().check(z.positive());
const nonNegative = z.number().check(z.nonnegative());

export const runtimeSchema = z.enum(RUNTIMES);
export type Runtime = z.infer<typeof runtimeSchema>;

const coveredProvenance = z.extend(provenanceSchema, { covers: z.string().check(z.minLength(1)) });

/**
 * Which offers a fact is about: every offer of this provider's product (both architectures, every
 * size and area). `pricing:check` proves the pair names a FaaS product in the catalog.
 */
const productKey = {
  providerId: z.enum(PROVIDER_IDS),
  productId: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
};

/** The identity platform.json's facts are looked up by (an offer has both fields). */
export interface ProductRef {
  providerId: ProviderId;
  productId: string;
}

const sameProduct = (a: ProductRef, b: ProductRef) =>
  a.providerId === b.providerId && a.productId === b.productId;

export const coldStartAssumptionSchema = z.object({
  ...productKey,
  /** "environment": a container or microVM per instance; "isolate": a V8 isolate (milliseconds). */
  model: z.enum(['environment', 'isolate']),
  /** Minutes an idle instance is kept before it is recycled; null when not modelled. */
  keepAliveMinutes: z.nullable(positive),
  keepAliveBasis: z.enum(['published', 'estimate']),
  /** Overrides the per-runtime INIT duration (isolates). */
  initMs: z.optional(nonNegative),
  initBilled: z.boolean(),
  initBilledNote: z.string().check(z.minLength(1)),
  avoid: z.nullable(
    z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('provisioned-concurrency'),
        label: z.string().check(z.minLength(1)),
      }),
      z.object({
        kind: z.literal('min-instances'),
        label: z.string().check(z.minLength(1)),
        idleUsdPerVcpuSecond: nonNegative,
        idleUsdPerGibSecond: nonNegative,
      }),
    ]),
  ),
  provenance: z.array(coveredProvenance).check(z.minLength(1)),
});
export type ColdStartAssumption = z.infer<typeof coldStartAssumptionSchema>;

export const scalingLimitSchema = z.object({
  ...productKey,
  /** Concurrent executions per account and region. */
  accountConcurrency: z.nullable(positive),
  /** New execution environments a function may add every 10 seconds. */
  scaleOutPer10Seconds: z.nullable(positive),
  /** Default maximum instances of one service or app. */
  maxInstances: z.nullable(positive),
  /**
   * Requests one instance serves at once, for counting instances against `maxInstances`; null
   * when the platform sets it dynamically (Azure), so the instance count cannot be worked out.
   */
  requestsPerInstance: z.nullable(positive),
  note: z.string().check(z.minLength(1)),
  provenance: z.array(coveredProvenance).check(z.minLength(1)),
});
export type ScalingLimit = z.infer<typeof scalingLimitSchema>;

export const stateStoreIdSchema = z.enum(STATE_STORE_IDS);
export type StateStoreId = z.infer<typeof stateStoreIdSchema>;

export const stateStoreSchema = z.object({
  id: stateStoreIdSchema,
  provider: z.string().check(z.minLength(1)),
  product: z.string().check(z.minLength(1)),
  usdPerRead: nonNegative,
  usdPerWrite: nonNegative,
  /** A read of up to this many KB is one billed read unit (DynamoDB: 4); null: per request. */
  readUnitKb: z.nullable(positive),
  writeUnitKb: z.nullable(positive),
  freeReadsPerMonth: nonNegative,
  freeWritesPerMonth: nonNegative,
  /** Hourly price of a node (managed Redis), billed 730 hours a month. */
  usdPerHour: nonNegative,
  note: z.string().check(z.minLength(1)),
  provenance: provenanceSchema,
});
export type StateStore = z.infer<typeof stateStoreSchema>;

export const schedulerSchema = z.object({
  /** The scheduler of every FaaS offer of this provider. */
  providerId: z.enum(PROVIDER_IDS),
  product: z.string().check(z.minLength(1)),
  usdPerInvocation: nonNegative,
  freeInvocationsPerMonth: nonNegative,
  usdPerJobPerMonth: nonNegative,
  freeJobs: nonNegative,
  provenance: provenanceSchema,
});
export type Scheduler = z.infer<typeof schedulerSchema>;

export const platformFactSchema = z.enum(['cold-start', 'scaling', 'scheduler']);
export type PlatformFact = z.infer<typeof platformFactSchema>;

export const notModelledSchema = z.object({
  ...productKey,
  facts: z.array(platformFactSchema).check(z.minLength(1)),
  /** Why: what the provider publishes (or not), and what leaving it out means for the price. */
  note: z.string().check(z.minLength(1)),
});
export type NotModelled = z.infer<typeof notModelledSchema>;

export const platformSchema = z.object({
  description: z.optional(z.string()),
  checkedOn: isoDateSchema,
  runtimes: z.object({
    initMs: z.record(runtimeSchema, nonNegative),
    provenance: provenanceSchema,
  }),
  coldStarts: z.array(coldStartAssumptionSchema),
  limits: z.array(scalingLimitSchema),
  stateStores: z.array(stateStoreSchema),
  schedulers: z.array(schedulerSchema),
  /**
   * Facts deliberately left out for a FaaS product, with why. `pricing:check` fails on a FaaS
   * offer whose cold-start, scaling or scheduler facts are neither given above nor listed here, so
   * a forgotten entry never silently means "no cold starts".
   */
  notModelled: z._default(z.array(notModelledSchema), []),
});
export type Platform = z.infer<typeof platformSchema>;

/**
 * No platform data: no cold-start assumptions, scaling limits, state stores or schedulers, and no
 * runtime start-up times. What the engine prices with when it is given none, or when
 * platform.json cannot be loaded (the page and the CLI then report why).
 */
export const EMPTY_PLATFORM: Platform = {
  checkedOn: '1970-01-01',
  runtimes: {
    initMs: { nodejs: 0, python: 0, go: 0, java: 0, dotnet: 0, ruby: 0 },
    provenance: {
      source: 'https://example.invalid/',
      checkedOn: '1970-01-01',
      verification: 'unverified',
    },
  },
  coldStarts: [],
  limits: [],
  stateStores: [],
  schedulers: [],
  notModelled: [],
};

/** Parse platform data; throws one readable message listing every bad field. */
export function parsePlatform(json: unknown, file = 'pricing-data/platform.json'): Platform {
  const r = platformSchema.safeParse(json);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `${file}: ${i.path.join('.') || '(file)'}: ${i.message}`);
  throw new Error(lines.join('\n'));
}

/** The cold-start assumption of an offer's product, if platform.json has one. */
export function coldStartAssumptionFor(
  platform: Platform,
  offer: ProductRef,
): ColdStartAssumption | undefined {
  return platform.coldStarts.find((c) => sameProduct(c, offer));
}

/** The default scaling limits of an offer's product, if platform.json has them. */
export function scalingLimitFor(platform: Platform, offer: ProductRef): ScalingLimit | undefined {
  return platform.limits.find((l) => sameProduct(l, offer));
}

export function stateStoreById(platform: Platform, id: StateStoreId): StateStore | undefined {
  return platform.stateStores.find((s) => s.id === id);
}

/** The scheduler (timer trigger) of a provider, if platform.json has one. */
export function schedulerFor(platform: Platform, providerId: ProviderId): Scheduler | undefined {
  return platform.schedulers.find((s) => s.providerId === providerId);
}

/** Is this fact of the offer's product deliberately left out (platform.json `notModelled`)? */
export function isNotModelled(platform: Platform, offer: ProductRef, fact: PlatformFact): boolean {
  return platform.notModelled.some((n) => sameProduct(n, offer) && n.facts.includes(fact));
}
