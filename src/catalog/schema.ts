/**
 * The rate catalog's schema: the only source of every catalog type (z.infer).
 * One JSON file per provider family in pricing-data/, each a `CatalogFile`.
 * `pricing-data/schema.json` is generated from this file (npm run schema).
 */
import * as z from 'zod/mini';
import { AREAS } from '../scenario/spec.ts';
import { PROVIDER_IDS } from './providers.ts';
import { englishMessage } from './zod-messages.ts';

// No eval: zod's JIT probes `new Function`, which the site's CSP (script-src 'self') blocks and
// reports as a violation. zod/mini has no messages of its own: `englishMessage` says what was
// expected. Every zod user imports this module first, so both are set in time.
z.config({ jitless: true, localeError: englishMessage });

const positive = z.number().check(z.positive());
const kebabId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a stable kebab-case id'));
const nonNegative = z.number().check(z.nonnegative());

export const verificationSchema = z
  .enum(['official', 'secondary', 'unverified'])
  .check(
    z.describe(
      "official: the provider's own page or docs; secondary: a third-party copy quoting the official number; unverified: not confirmed.",
    ),
  );
export type Verification = z.infer<typeof verificationSchema>;

export const isoDateSchema = z.iso.date().check(z.describe('YYYY-MM-DD'));

/** Where one rate or set of rates comes from. */
export const provenanceSchema = z.object({
  source: z.url().check(z.describe('The page the number was read from.')),
  checkedOn: isoDateSchema,
  verification: verificationSchema,
  note: z.optional(z.string()),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/**
 * A tiered unit price. Tiers are cumulative over the billing month: `upTo` is the monthly
 * quantity (in the meter's unit) at which the tier ends; the last tier has `upTo: null`.
 */
export const tierSchema = z.object({
  upTo: z.nullable(positive),
  /** Price of one unit, in the offer's `currency` (USD once the catalog is loaded). */
  pricePerUnit: nonNegative,
});
export type ListedTier = z.infer<typeof tierSchema>;

export const tiersSchema = z.array(tierSchema).check(
  z.minLength(1),
  z.superRefine((tiers, ctx) => {
    tiers.forEach((t, i) => {
      const last = i === tiers.length - 1;
      if (last && t.upTo !== null)
        ctx.addIssue({
          code: 'custom',
          path: [i, 'upTo'],
          message: 'the last tier must have upTo: null',
        });
      if (!last && t.upTo === null)
        ctx.addIssue({
          code: 'custom',
          path: [i, 'upTo'],
          message: 'only the last tier may have upTo: null',
        });
      const prev = tiers[i - 1];
      if (prev && prev.upTo !== null && t.upTo !== null && t.upTo <= prev.upTo)
        ctx.addIssue({
          code: 'custom',
          path: [i, 'upTo'],
          message: 'tiers must be in increasing order',
        });
    });
  }),
);

/**
 * What a FaaS meter counts, per request:
 * - requests: one per request;
 * - memory-seconds: billed memory (GB = MB/1024) × billed wall duration (s);
 * - vcpu-seconds: allocated vCPU × billed wall duration (s);
 * - ghz-seconds: allocated CPU clock (GHz) × billed wall duration (s);
 * - cpu-ms: CPU time in ms (Cloudflare Workers bills CPU time, not wall time);
 * - cpu-hours: CPU time in hours (Vercel "Active CPU");
 * - memory-hours: billed memory (GB) × wall duration in hours (Vercel provisioned memory);
 * - ephemeral-storage-seconds: configured storage above the free amount (GB) × billed duration (s).
 */
export const meterBasisSchema = z.enum([
  'requests',
  'memory-seconds',
  'vcpu-seconds',
  'ghz-seconds',
  'cpu-ms',
  'cpu-hours',
  'memory-hours',
  'ephemeral-storage-seconds',
]);
export type MeterBasis = z.infer<typeof meterBasisSchema>;

export const meterSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  label: z
    .string()
    .check(
      z.minLength(1),
      z.describe('Shown as a line item, e.g. "Requests" or "Compute (GB-s)".'),
    ),
  basis: meterBasisSchema,
  /**
   * The single unit that `pricePerUnit`, `freeTierUnits` and `includedUnits` count, e.g. "request",
   * "GB-s", "CPU-ms". Never a multiple such as "1M requests" (pricing:check rule `unit`).
   */
  unit: z.string().check(z.minLength(1)),
  tiers: tiersSchema,
  /** Monthly free-tier allowance (units). Switched off by the scenario's "free tier off". */
  freeTierUnits: z._default(nonNegative, 0),
  /** Monthly allowance included in a base fee (units). Always applies, free tier or not. */
  includedUnits: z._default(nonNegative, 0),
  provenance: z.optional(provenanceSchema),
});
export type ListedMeter = z.infer<typeof meterSchema>;

export const granularitySchema = z.object({
  /** Each request's billed duration is rounded up to a multiple of this (ms). */
  durationRoundingMs: positive,
  /** Each request is billed at least this long (ms). */
  minBilledDurationMs: z._default(nonNegative, 0),
  /** Billed memory is rounded up to a multiple of this (MB). */
  memoryRoundingMb: z._default(positive, 1),
  /** Each request is billed at least this much memory (MB). */
  minBilledMemoryMb: z._default(nonNegative, 0),
  /** When set, billed memory rounds up to the next listed size (Cloud Functions gen1 tiers). */
  memorySizesMb: z.optional(z.array(positive)),
});

/** CPU allocated for a memory size (Cloud Run functions, Cloud Functions gen1, Vercel). */
export const cpuForMemorySchema = z
  .array(z.object({ memoryMb: positive, vcpu: positive, ghz: z.optional(positive) }))
  .check(
    z.minLength(1),
    z.describe(
      'Sorted by memoryMb; a function gets the row of the smallest memoryMb >= its memory.',
    ),
  );

export const limitsSchema = z.object({
  memoryMb: z.object({ min: positive, max: positive }),
  maxDurationMs: z.optional(positive),
  maxCpuMsPerRequest: z.optional(positive),
  maxEphemeralStorageMb: z.optional(positive),
  maxResponseMb: z.optional(positive),
  /** Provider's default concurrency ceiling, for warnings (account or per function). */
  defaultConcurrency: z.optional(positive),
});

export const provisionedSchema = z.object({
  /** Per GB-s of configured provisioned concurrency while enabled. */
  pricePerGbSecondConfigured: nonNegative,
  /** Per GB-s of duration run on provisioned environments (replaces the on-demand compute rate). */
  pricePerGbSecondDuration: nonNegative,
  provenance: z.optional(provenanceSchema),
});

/** Outbound data transfer (egress) price. */
export const egressSchema = z.object({
  tiers: tiersSchema.check(
    z.describe("Price per GB in the offer's currency, tiers cumulative over the month"),
  ),
  freeGbPerMonth: z._default(nonNegative, 0),
  provenance: provenanceSchema,
});
export type ListedEgress = z.infer<typeof egressSchema>;

/**
 * A file's egress for one region, attached to the file's offers in that region that list none of
 * their own: a sourced table, or `unpriced` (why) where the provider charges for egress but no
 * price was found, so the engine warns instead of leaving it out silently. A file with regional
 * entries has no file-wide table, so an offer in a region without one gets no other region's rates
 * (pricing:check fails instead).
 *
 * `productIds` scopes an entry to those products, where a provider bills each product's egress on
 * its own SKUs (Google Cloud: Cloud Run's apart from Compute Engine's). A scoped entry may leave
 * out `region` when its source gives one rate for the product everywhere. An offer takes its
 * product's entry in its region, else its product's entry for every region, else its region's
 * entry for every product (`regionalEgressEntry` in parse.ts).
 */
const regionalEgressScope = {
  region: z.optional(z.string().check(z.minLength(1))),
  productIds: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
};
export const fileRegionalEgressSchema = z.union([
  z.object({ ...regionalEgressScope, ...egressSchema.shape }),
  z.object({ ...regionalEgressScope, unpriced: z.string().check(z.minLength(1)) }),
]);

// A real server's fixed costs and commitment prices (priced by src/engine/server-extras.ts and
// src/engine/commitment.ts). Catalog files list them once per (productId, region); the parser
// attaches each to the offers it is about, as it does the file-level egress.

const note = z.string().check(z.minLength(1));

/** A server's public IPv4 address: charged by the hour or month, included in the plan, or charged without a sourced price here. */
export const publicIpv4Schema = z.discriminatedUnion('billing', [
  z.object({ billing: z.literal('hourly'), pricePerHour: positive, provenance: provenanceSchema }),
  z.object({
    billing: z.literal('monthly'),
    pricePerMonth: positive,
    provenance: provenanceSchema,
  }),
  z.object({ billing: z.literal('included'), provenance: provenanceSchema }),
  z.object({ billing: z.literal('unpriced'), note }),
]);

/** A server's root (boot) disk: a volume of `sizeGb` charged per GB-month or per disk a month, included in the plan, or unpriced here. */
export const rootDiskSchema = z.discriminatedUnion('billing', [
  z.object({
    billing: z.literal('per-gb-month'),
    /** The default size of the provider's usual image (Amazon Linux: 8 GB; Compute Engine: 10 GB). */
    sizeGb: positive,
    /** The provider's name of the volume type, e.g. "gp3", "pd-balanced". */
    volumeType: note,
    pricePerGbMonth: positive,
    provenance: provenanceSchema,
  }),
  /** A disk priced per disk a month (Azure managed disks are billed by size tier). */
  z.object({
    billing: z.literal('monthly'),
    sizeGb: positive,
    volumeType: note,
    pricePerMonth: positive,
    provenance: provenanceSchema,
  }),
  z.object({ billing: z.literal('included'), provenance: provenanceSchema }),
  z.object({ billing: z.literal('unpriced'), note }),
]);

/** What one instance pays besides itself, every hour it runs. */
export const serverExtrasSchema = z.object({
  publicIpv4: publicIpv4Schema,
  rootDisk: rootDiskSchema,
});
export type ListedServerExtras = z.infer<typeof serverExtrasSchema>;

/** A file-level entry: the extras of every offer of `productId` in `region`. */
export const fileServerExtrasSchema = z.object({
  productId: kebabId,
  region: z.string().check(z.minLength(1)),
  publicIpv4: publicIpv4Schema,
  rootDisk: rootDiskSchema,
});

/**
 * What a burstable size (one with `baselineCpuFraction`) does when its average CPU passes the
 * baseline: bill the surplus CPU credits per vCPU-hour (EC2 T3/T4g in unlimited mode, AWS's
 * default for them, where the rate is sourced), or be throttled to the baseline once its credits
 * run out (Azure B-series, Lightsail, Compute Engine shared-core, Fly shared CPUs; EC2 in standard
 * mode where no unlimited-mode rate is sourced: `unlimitedUnpriced`). Priced by
 * src/engine/burst-credits.ts.
 */
export const burstCreditsSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('surplus-billed'),
    /** Per vCPU-hour of CPU above the baseline (one vCPU at 100 % for an hour is 60 credits). */
    pricePerVcpuHour: positive,
    provenance: provenanceSchema,
  }),
  z.object({
    mode: z.literal('throttled'),
    /** The provider sells an unlimited mode, but no rate is sourced for it here (EC2 standard mode). */
    unlimitedUnpriced: z.optional(z.literal(true)),
    /**
     * Over what the average must stay within the baseline: `day` where credits bank up to a day of
     * earning (EC2 standard mode, Lightsail, Azure B-series), `hour` where the burst balance lasts
     * minutes (Fly's 500 s, Compute Engine's short bursts).
     */
    sustainedOver: z.enum(['day', 'hour']),
    provenance: provenanceSchema,
  }),
]);
export type ListedBurstCredits = z.infer<typeof burstCreditsSchema>;

/**
 * A file-level entry: what the burstable sizes of `productId` do past their baseline, for one
 * family (`family`, absent: every family of the product) in one region (absent: every region).
 * An entry naming the region wins over one that does not.
 */
export const fileBurstCreditsSchema = z.object({
  productId: kebabId,
  family: z.optional(kebabId),
  region: z.optional(z.string().check(z.minLength(1))),
  credits: burstCreditsSchema,
});

export const COMMITMENT_TERM_IDS = ['1y', '3y'] as const;
export const commitmentTermSchema = z.enum(COMMITMENT_TERM_IDS);

/**
 * What a provider sells for a commitment, named as it names it: EC2 reserved instances and
 * Instance Savings Plans, Compute Savings Plans (EC2, Fargate, Lambda), Azure reserved VM
 * instances, Compute Engine committed use discounts.
 */
export const commitmentPlanSchema = z.enum([
  'reserved-instance',
  'ec2-instance-savings-plan',
  'compute-savings-plan',
  'reserved-vm-instance',
  'committed-use-discount',
]);

const commitmentRateFields = {
  term: commitmentTermSchema,
  /** The plan this rate is for, when it is not the product's (an EC2 Compute Savings Plan rate beside Reserved Instance rates). */
  plan: z.optional(commitmentPlanSchema),
  pricePerHour: z.optional(positive),
  /** A monthly committed price (730 hours), as some sources list it. */
  pricePerMonth: z.optional(positive),
  pricePerVcpuHour: z.optional(positive),
  pricePerGbHour: z.optional(positive),
  /** Function duration per GB-second (Lambda under a Compute Savings Plan; requests are not covered). */
  pricePerGbSecond: z.optional(positive),
  provenance: provenanceSchema,
};
interface RateFields {
  pricePerHour?: number | undefined;
  pricePerMonth?: number | undefined;
  pricePerVcpuHour?: number | undefined;
  pricePerGbHour?: number | undefined;
  pricePerGbSecond?: number | undefined;
}
const hasARate = z.refine<RateFields>(
  (r) =>
    r.pricePerHour !== undefined ||
    r.pricePerMonth !== undefined ||
    r.pricePerGbSecond !== undefined ||
    (r.pricePerVcpuHour !== undefined && r.pricePerGbHour !== undefined),
  {
    message:
      'a committed rate needs pricePerHour, pricePerMonth, pricePerGbSecond, or both pricePerVcpuHour and pricePerGbHour',
    path: ['pricePerHour'],
  },
);

/** One committed rate (no upfront payment): per instance for fixed fleets, per vCPU-hour and GB-hour for containers, per GB-second for function duration. */
export const commitmentRateSchema = z.object(commitmentRateFields).check(hasARate);

/** A product's commitment plan, with the terms it sells and the rates sourced for one offer. */
export const commitmentSchema = z.object({
  plan: commitmentPlanSchema,
  /** Terms the provider sells for this product (no upfront). A sold term without a rate is unpriced. */
  terms: z.array(commitmentTermSchema).check(z.minLength(1)),
  /** Where the plan and its terms are described. */
  provenance: provenanceSchema,
  rates: z._default(z.array(commitmentRateSchema), []),
});
export type ListedCommitment = z.infer<typeof commitmentSchema>;

/** A file-level commitment plan: its rates by region and, for instances, by instance type. */
export const fileCommitmentSchema = z.object({
  productId: kebabId,
  plan: commitmentPlanSchema,
  terms: commitmentSchema.shape.terms,
  provenance: provenanceSchema,
  rates: z._default(
    z.array(
      z
        .object({
          region: z.string().check(z.minLength(1)),
          /** For fixed fleets: the instance type the rate is for; absent for containers and functions. */
          instanceType: z.optional(z.string().check(z.minLength(1))),
          architecture: z.optional(z.enum(['x86_64', 'arm64'])),
          ...commitmentRateFields,
        })
        .check(hasARate),
    ),
    [],
  ),
});

/** The scenario picks one area; each offer entry is priced in one provider region of one area. */
export const areaSchema = z.enum(AREAS);
export type Area = z.infer<typeof areaSchema>;

const kebab = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a stable kebab-case id'));

/** The CPU architecture a workload must be built for; absent when the platform does not say. */
export const architectureSchema = z.enum(['x86_64', 'arm64']);
export type Architecture = z.infer<typeof architectureSchema>;

/**
 * Who keeps an offer's prices current: an importer of `npm run pricing:update` (by its `--only`
 * name), or `curated` (edited by hand from the sources in its provenance). `pricing:check` proves
 * each importer-owned offer is one its importer refreshes, and no curated one is.
 */
export const IMPORTER_NAMES = ['aws', 'azure', 'gcp'] as const;
export type ImporterName = (typeof IMPORTER_NAMES)[number];
export const refreshedBySchema = z.enum([...IMPORTER_NAMES, 'curated']);

export const offerBaseSchema = z.object({
  /**
   * Stable kebab-case offer id: share links and `--offers` name it, so it never changes. The same
   * id appears once per area it is priced in. Nothing is read from its spelling: joins use the
   * fields below.
   */
  id: kebab,
  /** The provider, one of src/catalog/providers.ts (load balancers, front doors and schedulers join on it). */
  providerId: z.enum(PROVIDER_IDS),
  /**
   * The provider's product, shared by offers that differ only in size, architecture or region
   * (e.g. `lambda`, `ec2`, `fargate`). Importers dispatch on it; platform.json's facts are keyed
   * by (providerId, productId).
   */
  productId: kebab,
  /** Display name of the provider; must be providers.ts's name for `providerId` (pricing:check). */
  provider: z.string().check(z.minLength(1)),
  product: z.string().check(z.minLength(1)),
  /** Short display name for charts and verdicts, e.g. "Lambda (Arm)", "Hetzner CX23". */
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  /** The provider's own region code, e.g. us-east-1, us-central1, eastus, fsn1. */
  region: z.string().check(z.minLength(1)),
  area: areaSchema,
  currency: z.enum(['USD', 'EUR']),
  source: z.url(),
  checkedOn: isoDateSchema,
  verification: verificationSchema.check(
    z.describe('The weakest verification among this offer’s rates.'),
  ),
  refreshedBy: refreshedBySchema,
  /** Further sources for particular rates, when they differ from the main source. */
  provenance: z._default(
    z.array(z.extend(provenanceSchema, { covers: z.string().check(z.minLength(1)) })),
    [],
  ),
  notes: z._default(z.array(z.string()), []),
  /** Overrides the file-level egress price for this offer. */
  egress: z.optional(egressSchema),
  /**
   * With no `egress`: the provider charges for egress here, but no price is sourced (why). The
   * engine leaves it out with a warning. Usually set from the file's `regionalEgress`.
   */
  egressUnpriced: z.optional(z.string().check(z.minLength(1))),
  /** The commitment plan sold for this offer, with its sourced rates (attached from the file's `commitments`). */
  commitment: z.optional(commitmentSchema),
});

export const faasOfferSchema = z.extend(offerBaseSchema, {
  kind: z.literal('faas'),
  architecture: z.optional(architectureSchema),
  granularity: granularitySchema,
  cpuForMemory: z.optional(cpuForMemorySchema),
  meters: z.array(meterSchema).check(z.minLength(1)),
  /** A flat monthly platform fee (Cloudflare Workers Paid $5). */
  baseFeePerMonth: z._default(nonNegative, 0),
  /** A monthly usage credit that offsets metered charges (Vercel Pro: $20), never below zero. */
  usageCreditPerMonth: z._default(nonNegative, 0),
  /** The first N MB of ephemeral storage are free (Lambda: 512). */
  freeEphemeralStorageMb: z._default(nonNegative, 0),
  provisioned: z.optional(provisionedSchema),
  limits: limitsSchema,
  /** Requests one instance serves at once; 1 for Lambda, up to 1000 for Cloud Run. */
  concurrencyPerInstance: z._default(positive, 1),
});
export type ListedFaasOffer = z.infer<typeof faasOfferSchema>;

/**
 * An always-on machine (VM, droplet, dyno). Fixed fleets are sized for the peak hour.
 * Billing: `pricePerHour` per instance-hour, optionally capped at `monthlyCap` per instance per
 * month (DigitalOcean, Hetzner, Heroku); or a flat `pricePerMonth` only.
 */
/**
 * The family a size belongs to (EC2 t4g, GCE e2, DigitalOcean Basic …): the sizes a provider sells
 * of one kind of machine. The engine prices a family at its cheapest size that fits. Every size of a
 * family repeats the same id and name (pricing:check proves it), and no offer id equals a family id.
 */
export const instanceFamilySchema = z.object({
  id: kebab,
  /** Short display name, e.g. "EC2 t4g", "DigitalOcean Basic". */
  name: z.string().check(z.minLength(1), z.maxLength(32)),
});
export type InstanceFamilyRef = z.infer<typeof instanceFamilySchema>;

export const instanceOfferSchema = z
  .extend(offerBaseSchema, {
    kind: z.literal('always-on'),
    /** Absent: a size of its own (pricing:check requires it in pricing-data/). */
    family: z.optional(instanceFamilySchema),
    architecture: z.optional(architectureSchema),
    instanceType: z.string().check(z.minLength(1)),
    vcpu: positive,
    memoryMb: positive,
    pricePerHour: z.optional(positive),
    pricePerMonth: z.optional(positive),
    monthlyCap: z.optional(positive),
    /** Hours per month the provider's monthly price assumes (Fly.io: 720; AWS: 730). */
    hoursPerMonthConvention: z.optional(positive),
    /** Burstable baseline CPU share per vCPU (t3.micro: 0.10); sustained use above it costs credits. */
    baselineCpuFraction: z.optional(z.number().check(z.gt(0), z.lte(1))),
    billingIncrementSeconds: z._default(positive, 1),
    minimumBilledSeconds: z._default(nonNegative, 60),
    limits: z._default(z.object({ maxInstances: z.optional(positive) }), {}),
    /** Public IPv4 and root disk of each instance (attached from the file's `serverExtras`). */
    serverExtras: z.optional(serverExtrasSchema),
    /** Past its baseline, for a burstable size (attached from the file's `burstCredits`). */
    burstCredits: z.optional(burstCreditsSchema),
  })
  .check(
    z.refine((o) => o.pricePerHour !== undefined || o.pricePerMonth !== undefined, {
      message: 'an always-on offer needs pricePerHour or pricePerMonth',
      path: ['pricePerHour'],
    }),
  );
export type ListedInstanceOffer = z.infer<typeof instanceOfferSchema>;

/**
 * An autoscaled container service (Fargate, App Runner, Cloud Run instance-based billing).
 * The user picks vCPU and memory from `sizes`; the fleet follows the hourly profile.
 */
export const containerOfferSchema = z.extend(offerBaseSchema, {
  kind: z.literal('autoscaled-container'),
  architecture: z.optional(architectureSchema),
  pricePerVcpuHour: nonNegative,
  pricePerGbHour: nonNegative,
  /** App Runner bills vCPU only while the instance is processing requests; idle instances pay memory only. */
  idlePricePerVcpuHour: z.optional(nonNegative),
  idlePricePerGbHour: z.optional(nonNegative),
  /** Per-request fee (none for Fargate; none for Cloud Run instance-based). */
  pricePerMillionRequests: z._default(nonNegative, 0),
  /** Monthly free allowance (Cloud Run instance-based: 240,000 vCPU-s, 450,000 GiB-s). */
  freeTier: z.optional(z.object({ vcpuSeconds: nonNegative, gbSeconds: nonNegative })),
  sizes: z.array(z.object({ vcpu: positive, memoryMb: positive })).check(z.minLength(1)),
  defaultSize: z.object({ vcpu: positive, memoryMb: positive }),
  minimumBilledSeconds: z._default(nonNegative, 60),
  /** Least instances the service keeps (App Runner keeps 1 provisioned). */
  minInstancesFloor: z._default(nonNegative, 0),
  maxConcurrencyPerInstance: z.optional(positive),
});
export type ListedContainerOffer = z.infer<typeof containerOfferSchema>;

/** A front door in front of FaaS or a fleet: API Gateway (per request) or a load balancer (per hour + LCU). */
export const frontDoorOfferSchema = z.extend(offerBaseSchema, {
  kind: z.literal('front-door'),
  /** Tiered per-request price (per single request; tiers cumulative over the month). */
  requestTiers: z.optional(tiersSchema),
  /** Requests are metered in increments of this many KB of request+response (HTTP API: 512). */
  meteringIncrementKb: z.optional(positive),
  /** 12-month new-customer free tier, off by default in scenarios. */
  newCustomerFreeRequests: z._default(nonNegative, 0),
  pricePerHour: z._default(nonNegative, 0),
  /**
   * Per GB of request and response bytes the load balancer processes (Google Cloud Load
   * Balancing, Azure Load Balancer); absent when it bills none.
   */
  pricePerGbProcessed: z.optional(nonNegative),
  /** Application Load Balancer capacity units. */
  lcu: z.optional(
    z.object({
      pricePerLcuHour: positive,
      newConnectionsPerSecond: positive,
      activeConnectionsPerMinute: positive,
      processedGbPerHour: positive,
      processedGbPerHourLambdaTargets: z.optional(positive),
      ruleEvaluationsPerSecond: positive,
    }),
  ),
  appliesTo: z.array(z.enum(['faas', 'always-on', 'autoscaled-container'])).check(z.minLength(1)),
});
export type ListedFrontDoorOffer = z.infer<typeof frontDoorOfferSchema>;

export const offerSchema = z.discriminatedUnion('kind', [
  faasOfferSchema,
  instanceOfferSchema,
  containerOfferSchema,
  frontDoorOfferSchema,
]);
/** An offer as a pricing-data file lists it: prices in its own `currency`. */
export type ListedOffer = z.infer<typeof offerSchema>;

/**
 * Every listed price field, with its name once converted to US dollars. The one list of what is
 * money in a catalog file: `toUsdOffer` converts exactly these, and pricing:check's price rules
 * apply to them.
 */
export const USD_NAME_OF = {
  pricePerUnit: 'usdPerUnit',
  pricePerGbSecondConfigured: 'usdPerGbSecondConfigured',
  pricePerGbSecondDuration: 'usdPerGbSecondDuration',
  baseFeePerMonth: 'baseFeeUsdPerMonth',
  usageCreditPerMonth: 'usageCreditUsdPerMonth',
  pricePerHour: 'usdPerHour',
  pricePerMonth: 'usdPerMonth',
  monthlyCap: 'monthlyCapUsd',
  pricePerVcpuHour: 'usdPerVcpuHour',
  pricePerGbHour: 'usdPerGbHour',
  idlePricePerVcpuHour: 'idleUsdPerVcpuHour',
  idlePricePerGbHour: 'idleUsdPerGbHour',
  pricePerMillionRequests: 'usdPerMillionRequests',
  pricePerLcuHour: 'usdPerLcuHour',
  pricePerGbProcessed: 'usdPerGbProcessed',
  pricePerGbMonth: 'usdPerGbMonth',
  pricePerGbSecond: 'usdPerGbSecond',
} as const;
type UsdNameOf = typeof USD_NAME_OF;

/** A listed type with every price field renamed to its US-dollar name (recursively). */
export type InUsd<T> = T extends readonly (infer U)[]
  ? InUsd<U>[]
  : T extends object
    ? { [K in keyof T as K extends keyof UsdNameOf ? UsdNameOf[K] : K]: InUsd<T[K]> }
    : T;

/**
 * Where a converted offer's prices came from: the currency it is listed in and the dated rate
 * that converted it, for display ("€5.49 at 1.1186 USD/EUR on 2026-10-08").
 */
export interface ListedIn {
  currency: Exclude<ListedOffer['currency'], 'USD'>;
  usdPerUnit: number;
  asOf: string;
}

/**
 * An offer as the engine prices it: every price in US dollars (converted once, when the catalog
 * loads; `currency` is then 'USD'), with the listing currency and rate kept in `listedIn`.
 */
export type Offer = InUsd<ListedOffer> & { listedIn?: ListedIn };
export type FaasOffer = Extract<Offer, { kind: 'faas' }>;
export type InstanceOffer = Extract<Offer, { kind: 'always-on' }>;
export type ContainerOffer = Extract<Offer, { kind: 'autoscaled-container' }>;
export type FrontDoorOffer = Extract<Offer, { kind: 'front-door' }>;
export type Tier = InUsd<ListedTier>;
export type Meter = InUsd<ListedMeter>;
export type Egress = InUsd<ListedEgress>;
export type ServerExtras = InUsd<ListedServerExtras>;
export type BurstCredits = InUsd<ListedBurstCredits>;
export type Commitment = InUsd<ListedCommitment>;
export type CommitmentTerm = z.infer<typeof commitmentTermSchema>;
export type OfferKind = Offer['kind'];

/** One pricing-data/*.json file. */
export const catalogFileSchema = z.object({
  $schema: z.optional(z.string()),
  family: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  description: z.optional(z.string()),
  /** Default egress price for every offer in the file that has none of its own, in any region. */
  egress: z.optional(egressSchema),
  /** Egress prices by region (and product, where it bills egress apart), for files whose regions price it apart. */
  regionalEgress: z.optional(z.array(fileRegionalEgressSchema)),
  /** Each always-on product's public IPv4 and root disk, by region (attached to its offers). */
  serverExtras: z.optional(z.array(fileServerExtrasSchema)),
  /** Commitment plans by product, with their rates (attached to the offers they price). */
  commitments: z.optional(z.array(fileCommitmentSchema)),
  /** What burstable sizes do past their CPU baseline, by product, family and region (attached). */
  burstCredits: z.optional(z.array(fileBurstCreditsSchema)),
  offers: z.array(offerSchema).check(z.minLength(1)),
});
export type CatalogFile = z.infer<typeof catalogFileSchema>;

/**
 * pricing-data/fx.json: reference exchange rates used to convert non-USD offers (Hetzner: EUR).
 * `usdPerUnit` is how many US dollars one unit of `currency` buys, on `asOf`.
 */
export const fxSchema = z.object({
  $schema: z.optional(z.string()),
  base: z.literal('USD'),
  rates: z
    .array(
      z.object({
        currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'an ISO 4217 code, e.g. EUR')),
        usdPerUnit: positive,
        asOf: isoDateSchema,
        source: z.url().check(z.describe('The page the rate was read from.')),
        verification: verificationSchema,
        note: z.optional(z.string()),
      }),
    )
    .check(
      z.minLength(1),
      z.superRefine((rates, ctx) => {
        const seen = new Set<string>();
        rates.forEach((r, i) => {
          if (r.currency === 'USD')
            ctx.addIssue({ code: 'custom', path: [i, 'currency'], message: 'USD is the base' });
          if (seen.has(r.currency))
            ctx.addIssue({
              code: 'custom',
              path: [i, 'currency'],
              message: `duplicate rate for ${r.currency}`,
            });
          seen.add(r.currency);
        });
      }),
    ),
});
export type Fx = z.infer<typeof fxSchema>;
