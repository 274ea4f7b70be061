/**
 * The scenario spec: every field a person can set, as data. The zod schema
 * (src/engine/scenario.ts), the share-link codec (src/url/codec.ts), the CLI's flags, checks and
 * help (scripts/lib/cli-flags.ts), the page's input bounds and the docs' tables
 * (`npm run docs:scenario`) are all built from this list; spec.test.ts walks every field through
 * each of them. It imports nothing outside src/scenario, so the first-load chunk can carry it
 * without zod.
 *
 * Changing a default changes what an old share link means: bump the codec's CURRENT_VERSION and add
 * a migration.
 */

// The calendar and the traffic profile's shape live in their own small module, which the import
// worker bundles without the rest of the spec (every field's data, which it does not need).
export {
  HOURS_PER_MONTH,
  MAX_REQUESTS_PER_MONTH,
  MINUTES_PER_MONTH,
  PROFILE_HOURS,
  PROFILE_LEVELS,
} from './calendar.ts';
import {
  MAX_REQUESTS_PER_MONTH,
  MINUTES_PER_MONTH,
  PROFILE_HOURS,
  PROFILE_LEVELS,
} from './calendar.ts';

export const AREAS = ['us-east', 'us-west', 'europe', 'asia-pacific'] as const;
export const ARCHITECTURES = ['x86_64', 'arm64'] as const;
export const PATTERN_KINDS = ['constant', 'business-hours', 'diurnal', 'spiky', 'custom'] as const;
export const RUNTIMES = ['nodejs', 'python', 'go', 'java', 'dotnet', 'ruby'] as const;
/** State stores priced in pricing-data/platform.json. */
export const STATE_STORE_IDS = ['dynamodb', 's3', 'firestore', 'redis'] as const;
export const ARRIVALS = ['random', 'even', 'bursts'] as const;
/** How a server fleet is run: one instance (or N) in one zone, or N + 1 across two zones behind a load balancer. */
export const AVAILABILITIES = ['single', 'multi-zone'] as const;
export const TRIGGERS = ['http', 'schedule'] as const;
export const HORIZONS = ['day', 'week', 'month'] as const;
/**
 * Commitment terms for always-on and autoscaled offers (and Compute Savings Plans on FaaS):
 * on demand, or 1 or 3 years with no upfront payment.
 */
export const COMMITMENT_TERMS = ['none', '1y', '3y'] as const;
/** Display currencies; absent means USD. */
export const CURRENCIES = ['USD', 'EUR', 'GBP'] as const;

/** The offers a first-time visitor of the page compares: a small API on four FaaS against three servers. */
export const DEFAULT_OFFER_IDS = [
  'aws-lambda-arm64',
  'gcp-cloud-run-functions',
  'azure-functions-consumption',
  'cloudflare-workers-standard',
  'aws-ec2-t4g-small',
  'aws-fargate-arm64',
  'do-basic-1gb',
] as const;

/**
 * The default comparison's stand-ins outside us-east: where one of its offers has no price in an
 * area, the nearest priced, verified counterpart takes its place there (Vercel Functions for Azure
 * Functions, Fargate x86 for Fargate Arm). A test proves every area's default offers are priced
 * there and none is unverified.
 */
const NO_AZURE_FUNCTIONS_OR_FARGATE_ARM = {
  'azure-functions-consumption': 'vercel-functions',
  'aws-fargate-arm64': 'aws-fargate-x86',
};
const STAND_INS: Readonly<Record<(typeof AREAS)[number], Readonly<Record<string, string>>>> = {
  'us-east': {},
  'us-west': { 'azure-functions-consumption': 'vercel-functions' },
  europe: NO_AZURE_FUNCTIONS_OR_FARGATE_ARM,
  'asia-pacific': NO_AZURE_FUNCTIONS_OR_FARGATE_ARM,
};

/** The default comparison in an area: the same question, with that area's equivalents. */
export function defaultOfferIds(area: (typeof AREAS)[number]): string[] {
  return DEFAULT_OFFER_IDS.map((id) => STAND_INS[area][id] ?? id);
}

/**
 * The inputs that are estimates and get a spread (± percent), with the largest spread each takes:
 * traffic may fall to nothing; a duration or CPU time must stay above zero.
 */
export const SPREAD_MAX_PCT = { trafficPct: 100, durationPct: 90, cpuPct: 90 } as const;

/** Optional groups of the scenario: absent means every field of the group at its default. */
export const OPTIONAL_GROUPS = ['coldStart', 'state', 'growth'] as const;

export interface FieldBase {
  /** Dotted path in the scenario, e.g. "faas.provisionedConcurrency". */
  path: string;
  /** A short human label, used in share-link notices and messages (with the unit appended). */
  label: string;
  /** Query parameter of the share link. */
  url: string;
  /** Written in every share link, even at its default (the workload and the offers define the question). */
  urlAlways?: true;
  /** CLI flag without the dashes; absent: the CLI sets it another way (named in `doc`). */
  cli?: string;
  /** The key of a composite flag's KEY=VALUE part, e.g. `--state reads=2`. */
  cliKey?: string;
  /** Only for this pattern kind (the pattern's own parameters). */
  variant?: (typeof PATTERN_KINDS)[number];
  /** The scenario may leave it out (field-docs.ts says what that means). */
  optional?: true;
}

/** What a number may be: at least (or more than) `min`, at most `max`, perhaps whole. */
export interface NumberBounds {
  min: number;
  /** true: the value must be more than `min` (durations, sizes); otherwise at least `min`. */
  minExclusive?: true;
  max: number;
  integer?: true;
  unit?: string;
}

export interface NumberSpec extends FieldBase, NumberBounds {
  type: 'number';
  /** null is allowed and means "automatic" (the runtime's or the provider's own figure). */
  nullable?: true;
  /** How null is written in a share link and on the command line. */
  nullText?: string;
  /** How an absent optional value is written in a share link. */
  absentText?: string;
  default: number | null | undefined;
}

export interface EnumSpec<V extends string = string> extends FieldBase {
  type: 'enum';
  values: readonly [V, ...V[]];
  /** A shorter spelling in share links, where it differs from the value. */
  urlValues?: Readonly<Partial<Record<V, string>>>;
  default: V | undefined;
}

export interface BooleanSpec extends FieldBase {
  type: 'boolean';
  default: boolean;
  /** The value the CLI flag sets (`--no-free-tier` sets false); true when absent. */
  cliSets?: boolean;
}

/** An offer id (checked against the catalog), or null when `nullText` is given. */
export interface OfferIdSpec extends FieldBase {
  type: 'offer-id';
  nullable: true;
  nullText: string;
  default: null;
}

/** A list of offer ids, comma-separated in links and on the command line. */
export interface OfferIdsSpec extends FieldBase {
  type: 'offer-ids';
  default: readonly string[];
}

/**
 * A week of relative traffic: PROFILE_HOURS whole levels from 0 to `max` (the busiest hour), at least
 * one above 0. Written in a share link as one base64url character per hour, runs shortened (see
 * src/url/profile-codec.ts); the CLI sets it from an imported file (`--traffic`).
 */
export interface ProfileSpec extends FieldBase {
  type: 'profile';
  length: typeof PROFILE_HOURS;
  max: typeof PROFILE_LEVELS;
  default: readonly number[];
}

export type FieldSpec =
  NumberSpec | EnumSpec | BooleanSpec | OfferIdSpec | OfferIdsSpec | ProfileSpec;

const FIELD_LIST = {
  requests: {
    type: 'number',
    path: 'workload.requests',
    label: 'requests',
    min: 0,
    max: MAX_REQUESTS_PER_MONTH,
    default: 1000,
    url: 'n',
    urlAlways: true,
    cli: 'requests',
  },
  everyMinutes: {
    type: 'number',
    path: 'workload.everyMinutes',
    label: 'interval',
    min: 0,
    minExclusive: true,
    max: MINUTES_PER_MONTH,
    unit: 'minutes',
    default: 5,
    url: 'm',
    urlAlways: true,
    cli: 'every-minutes',
  },
  durationMs: {
    type: 'number',
    path: 'durationMs',
    label: 'duration',
    min: 0,
    minExclusive: true,
    max: 3_600_000,
    unit: 'ms',
    default: 200,
    url: 'd',
    urlAlways: true,
    cli: 'duration-ms',
  },
  cpuMs: {
    type: 'number',
    path: 'cpuMs',
    label: 'CPU time',
    min: 0,
    minExclusive: true,
    max: 3_600_000,
    unit: 'ms',
    optional: true,
    absentText: 'd',
    default: 20,
    url: 'c',
    urlAlways: true,
    cli: 'cpu-ms',
  },
  memoryMb: {
    type: 'number',
    path: 'memoryMb',
    label: 'memory',
    min: 64,
    max: 32_768,
    unit: 'MB',
    default: 512,
    url: 'mem',
    urlAlways: true,
    cli: 'memory-mb',
  },
  ephemeralStorageMb: {
    type: 'number',
    path: 'ephemeralStorageMb',
    label: 'ephemeral storage',
    min: 0,
    max: 10_240,
    unit: 'MB',
    default: 512,
    url: 'st',
    cli: 'ephemeral-storage-mb',
  },
  responseKb: {
    type: 'number',
    path: 'responseKb',
    label: 'response size',
    min: 0,
    max: 1_048_576,
    unit: 'KB',
    default: 4,
    url: 'rs',
    cli: 'response-kb',
  },
  requestKb: {
    type: 'number',
    path: 'requestKb',
    label: 'request size',
    min: 0,
    max: 1_048_576,
    unit: 'KB',
    default: 1,
    url: 'rq',
    cli: 'request-kb',
  },
  area: {
    type: 'enum',
    path: 'area',
    label: 'area',
    values: AREAS,
    default: 'us-east',
    url: 'a',
    cli: 'region',
  },
  architecture: {
    type: 'enum',
    path: 'faas.architecture',
    label: 'FaaS architecture',
    values: ARCHITECTURES,
    default: 'arm64',
    url: 'arch',
    cli: 'arch',
  },
  freeTier: {
    type: 'boolean',
    path: 'faas.freeTier',
    label: 'free tier',
    default: true,
    url: 'ft',
    cli: 'no-free-tier',
    cliSets: false,
  },
  frontDoor: {
    type: 'offer-id',
    path: 'faas.frontDoor',
    label: 'front door',
    nullable: true,
    nullText: 'none',
    default: null,
    url: 'fd',
    cli: 'front-door',
  },
  newCustomerFreeTier: {
    type: 'boolean',
    path: 'faas.newCustomerFreeTier',
    label: 'front door new-customer free tier',
    default: false,
    url: 'nft',
    cli: 'new-customer-free-tier',
  },
  provisionedConcurrency: {
    type: 'number',
    path: 'faas.provisionedConcurrency',
    label: 'FaaS minimum instances',
    min: 0,
    max: 10_000,
    integer: true,
    default: 0,
    url: 'pc',
    cli: 'provisioned-concurrency',
  },
  minInstances: {
    type: 'number',
    path: 'alwaysOn.minInstances',
    label: 'server minimum instances',
    min: 1,
    max: 10_000,
    integer: true,
    default: 1,
    url: 'min',
    cli: 'min-instances',
  },
  targetUtilization: {
    type: 'number',
    path: 'alwaysOn.targetUtilization',
    label: 'target CPU utilisation',
    min: 0,
    minExclusive: true,
    max: 1,
    default: 0.7,
    url: 'u',
    cli: 'target-utilization',
  },
  requestsInFlightPerInstance: {
    type: 'number',
    path: 'alwaysOn.requestsInFlightPerInstance',
    label: 'requests in flight per instance',
    min: 1,
    max: 100_000,
    integer: true,
    default: 50,
    url: 'inf',
    cli: 'requests-in-flight',
  },
  loadBalancer: {
    type: 'boolean',
    path: 'alwaysOn.loadBalancer',
    label: 'load balancer',
    default: false,
    url: 'lb',
    cli: 'load-balancer',
  },
  workingSetMb: {
    type: 'number',
    path: 'alwaysOn.workingSetMb',
    label: 'working set per request',
    min: 0,
    minExclusive: true,
    max: 786_432,
    unit: 'MB',
    default: 16,
    url: 'ws',
    cli: 'working-set-mb',
  },
  baseMemoryMb: {
    type: 'number',
    path: 'alwaysOn.baseMemoryMb',
    label: 'base memory per instance',
    min: 0,
    max: 786_432,
    unit: 'MB',
    default: 128,
    url: 'bm',
    cli: 'base-memory-mb',
  },
  availability: {
    type: 'enum',
    path: 'alwaysOn.availability',
    label: 'server availability',
    values: AVAILABILITIES,
    urlValues: { 'multi-zone': 'mz' },
    default: 'single',
    url: 'av',
    cli: 'availability',
  },
  containerVcpu: {
    type: 'number',
    path: 'alwaysOn.containerVcpu',
    label: 'container size',
    min: 0,
    minExclusive: true,
    max: 192,
    unit: 'vCPU',
    default: 0.25,
    url: 'cv',
    cli: 'container-vcpu',
  },
  containerMemoryMb: {
    type: 'number',
    path: 'alwaysOn.containerMemoryMb',
    label: 'container memory',
    min: 128,
    max: 786_432,
    unit: 'MB',
    default: 512,
    url: 'cm',
    cli: 'container-memory-mb',
  },
  // A real server's fixed costs and commitments (src/engine/server-extras.ts, commitment.ts).
  serverExtras: {
    type: 'boolean',
    path: 'alwaysOn.serverExtras',
    label: "servers' public IPv4 and root disk",
    default: true,
    url: 'sx',
    cli: 'no-server-extras',
    cliSets: false,
  },
  commitment: {
    type: 'enum',
    path: 'alwaysOn.commitment',
    label: 'commitment',
    values: COMMITMENT_TERMS,
    default: 'none',
    url: 'cmt',
    cli: 'commitment',
  },
  arrivals: {
    type: 'enum',
    path: 'coldStart.arrivals',
    label: 'request arrivals',
    values: ARRIVALS,
    default: 'random',
    url: 'arr',
    cli: 'arrivals',
  },
  runtime: {
    type: 'enum',
    path: 'coldStart.runtime',
    label: 'runtime',
    values: RUNTIMES,
    default: 'nodejs',
    url: 'rt',
    cli: 'runtime',
  },
  initMs: {
    type: 'number',
    path: 'coldStart.initMs',
    label: 'cold-start init',
    min: 0,
    max: 120_000,
    unit: 'ms',
    nullable: true,
    nullText: 'auto',
    default: null,
    url: 'init',
    cli: 'init-ms',
  },
  keepAliveMinutes: {
    type: 'number',
    path: 'coldStart.keepAliveMinutes',
    label: 'keep-alive',
    min: 0,
    minExclusive: true,
    max: 1440,
    unit: 'minutes',
    nullable: true,
    nullText: 'auto',
    default: null,
    url: 'ka',
    cli: 'keep-alive-minutes',
  },
  includeColdStartCost: {
    type: 'boolean',
    path: 'coldStart.includeCost',
    label: 'cold-start cost in totals',
    default: false,
    url: 'csc',
    cli: 'cold-start-cost',
  },
  stateStore: {
    type: 'enum',
    path: 'state.store',
    label: 'external state store',
    values: ['none', ...STATE_STORE_IDS],
    default: 'none',
    url: 'xs',
    cli: 'state',
    cliKey: 'STORE:',
  },
  stateReads: {
    type: 'number',
    path: 'state.readsPerRequest',
    label: 'state reads per request',
    min: 0,
    max: 10_000,
    default: 0,
    url: 'xr',
    cli: 'state',
    cliKey: 'reads',
  },
  stateWrites: {
    type: 'number',
    path: 'state.writesPerRequest',
    label: 'state writes per request',
    min: 0,
    max: 10_000,
    default: 0,
    url: 'xw',
    cli: 'state',
    cliKey: 'writes',
  },
  stateItemKb: {
    type: 'number',
    path: 'state.itemKb',
    label: 'state item size',
    min: 0,
    minExclusive: true,
    max: 400,
    unit: 'KB',
    default: 1,
    url: 'xkb',
    cli: 'state',
    cliKey: 'item-kb',
  },
  trigger: {
    type: 'enum',
    path: 'trigger',
    label: 'trigger',
    values: TRIGGERS,
    optional: true,
    default: undefined,
    url: 'trig',
    cli: 'trigger',
  },
  offers: {
    type: 'offer-ids',
    path: 'offers',
    label: 'offers',
    default: [],
    url: 'p',
    urlAlways: true,
    cli: 'offers',
  },
  pins: {
    type: 'offer-ids',
    path: 'pins',
    label: 'pinned sizes',
    default: [],
    url: 'pin',
    cli: 'pin',
  },
  horizon: {
    type: 'enum',
    path: 'horizon',
    label: 'horizon',
    values: HORIZONS,
    default: 'month',
    url: 'h',
    cli: 'horizon',
  },
  currency: {
    type: 'enum',
    path: 'currency',
    label: 'display currency',
    values: CURRENCIES,
    optional: true,
    default: undefined,
    url: 'cur',
    cli: 'currency',
  },
  patternKind: {
    type: 'enum',
    path: 'pattern.kind',
    label: 'traffic pattern',
    values: PATTERN_KINDS,
    urlValues: { 'business-hours': 'business' },
    default: 'constant',
    url: 'pat',
    cli: 'pattern',
  },
  offHoursRatio: {
    type: 'number',
    path: 'pattern.offHoursRatio',
    variant: 'business-hours',
    label: 'off-hours share',
    min: 0,
    max: 1,
    default: 0.05,
    url: 'off',
    cli: 'off-hours-ratio',
  },
  diurnalPeakToAverage: {
    type: 'number',
    path: 'pattern.peakToAverage',
    variant: 'diurnal',
    label: 'peak-to-average ratio',
    min: 1,
    max: 20,
    default: 2,
    url: 'pk',
    cli: 'peak-to-average',
  },
  spikyPeakToAverage: {
    type: 'number',
    path: 'pattern.peakToAverage',
    variant: 'spiky',
    label: 'peak-to-average ratio',
    min: 1,
    max: 24,
    default: 6,
    url: 'pk',
    cli: 'peak-to-average',
  },
  burstsPerDay: {
    type: 'number',
    path: 'pattern.burstsPerDay',
    variant: 'spiky',
    label: 'bursts per day',
    min: 1,
    max: 12,
    integer: true,
    default: 2,
    url: 'b',
    cli: 'bursts-per-day',
  },
  customProfile: {
    type: 'profile',
    path: 'pattern.weights',
    variant: 'custom',
    label: 'imported week',
    length: PROFILE_HOURS,
    max: PROFILE_LEVELS,
    // A flat week until a file is imported.
    default: new Array<number>(PROFILE_HOURS).fill(PROFILE_LEVELS),
    url: 'wk',
  },
  // Ranges: how far each estimate may be off, in percent either way (docs/MODEL.md "Ranges").
  spreadTrafficPct: {
    type: 'number',
    path: 'spread.trafficPct',
    label: 'traffic spread',
    min: 0,
    max: SPREAD_MAX_PCT.trafficPct,
    unit: '%',
    default: 50,
    url: 'sn',
    cli: 'spread',
    cliKey: 'traffic',
  },
  spreadDurationPct: {
    type: 'number',
    path: 'spread.durationPct',
    label: 'duration spread',
    min: 0,
    max: SPREAD_MAX_PCT.durationPct,
    unit: '%',
    default: 30,
    url: 'sd',
    cli: 'spread',
    cliKey: 'duration',
  },
  spreadCpuPct: {
    type: 'number',
    path: 'spread.cpuPct',
    label: 'CPU time spread',
    min: 0,
    max: SPREAD_MAX_PCT.cpuPct,
    unit: '%',
    default: 30,
    url: 'sc',
    cli: 'spread',
    cliKey: 'cpu',
  },
  // Growth: the monthly bills as traffic grows at a steady rate (src/engine/growth.ts). An optional
  // group: a scenario without it shows no growth series, so older links read as before.
  growthPct: {
    type: 'number',
    path: 'growth.monthlyPct',
    label: 'traffic growth a month',
    // Traffic cannot fall below nothing; 1,000 % a month is already ×11 each month.
    min: -100,
    minExclusive: true,
    max: 1000,
    unit: '%',
    default: 10,
    url: 'gr',
    cli: 'growth',
  },
  growthMonths: {
    type: 'number',
    path: 'growth.months',
    label: 'growth months',
    min: 1,
    max: 120,
    integer: true,
    unit: 'months',
    default: 12,
    url: 'gm',
    cli: 'months',
  },
} as const satisfies Record<string, FieldSpec>;

/**
 * The timer preset's two inputs ("every M minutes, run for D seconds"), on the page and in the CLI:
 * schedulers fire at most once a minute (EventBridge Scheduler, Cloud Scheduler), and a run is a
 * request's duration in seconds.
 */
export const TIMER_EVERY_MINUTES: NumberBounds = {
  min: 1,
  max: MINUTES_PER_MONTH,
  unit: 'minutes',
};
export const TIMER_RUN_SECONDS: NumberBounds = {
  min: FIELD_LIST.durationMs.min / 1000,
  minExclusive: true,
  max: FIELD_LIST.durationMs.max / 1000,
  unit: 's',
};

/** Every field by name. The order is the share link's parameter order. */
export const FIELDS = FIELD_LIST;
export type FieldName = keyof typeof FIELDS;

/** Every field, in order. */
export const FIELD_SPECS: readonly FieldSpec[] = Object.values(FIELDS);

/** "memory (MB)": the label with its unit, as notices and messages name a field. */
export function labelOf(f: FieldSpec): string {
  return f.type === 'number' && f.unit !== undefined ? `${f.label} (${f.unit})` : f.label;
}

/** The fields of one pattern kind, e.g. spiky's peak-to-average ratio and bursts per day. */
export function patternFields(
  kind: (typeof PATTERN_KINDS)[number],
): Array<NumberSpec | ProfileSpec> {
  return FIELD_SPECS.filter(
    (f): f is NumberSpec | ProfileSpec =>
      (f.type === 'number' || f.type === 'profile') && f.variant === kind,
  );
}

/** A bound as people read it: 1000000000000 → "1,000,000,000,000". */
const n = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 6 });

/** The bounds in words: "more than 0 and at most 43,800 minutes", "a whole number from 1 to 12". */
export function rangeText(f: NumberBounds): string {
  const whole = f.integer ? 'a whole number ' : '';
  const unit = f.unit !== undefined ? ` ${f.unit}` : '';
  return f.minExclusive
    ? `${whole}more than ${n(f.min)} and at most ${n(f.max)}${unit}`
    : `${whole}from ${n(f.min)} to ${n(f.max)}${unit}`;
}

/**
 * Why a number does not fit the field, or null when it does. `shown` is the value as the person
 * wrote it. These are the reasons the share-link notices and the CLI's messages give.
 */
export function numberProblem(
  f: NumberBounds,
  value: number,
  shown = String(value),
): string | null {
  if (f.integer && !Number.isInteger(value)) return `${shown} is not a whole number`;
  if (f.minExclusive && value <= f.min) return `${shown} must be more than ${n(f.min)}`;
  if (!f.minExclusive && value < f.min) return `${shown} is below the minimum of ${n(f.min)}`;
  if (value > f.max) return `${shown} is above the maximum of ${n(f.max)}`;
  return null;
}
