/**
 * What the engine returns. All money is unrounded USD; round only for display (src/describe/format.ts).
 * Costs are per 730-hour month unless a name says otherwise.
 */
import type {
  Commitment,
  CommitmentTerm,
  Meter,
  Offer,
  OfferKind,
  Verification,
} from '../catalog/schema.ts';

type MeterBasis = Meter['basis'];
import type { Horizon } from './scenario.ts';

export type LineKind =
  | 'requests'
  | 'compute'
  | 'free-tier'
  | 'front-door'
  | 'base-fee'
  | 'instances'
  | 'egress'
  | 'load-balancer'
  | 'storage'
  | 'provisioned'
  /** A server's public IPv4 address or root disk. */
  | 'server-extra'
  /** What a commitment takes off the on-demand price (a negative line). */
  | 'commitment';

/**
 * How a line's quantity was priced, for the describe module to put into words (src/describe/).
 * Data only: catalog names, counts and USD amounts, never sentences.
 */
export type LineBasis =
  /**
   * A metered FaaS quantity priced by cumulative tiers after the plan's included units; `meter`
   * is what the catalog's meter counts (its basis).
   */
  | { type: 'meter'; meter: MeterBasis; includedUnits: number; tiered: boolean }
  /** A free allowance: `quantity` units of it used, of `freeUnits` a month. */
  | { type: 'free-tier'; freeUnits: number }
  /** Vercel-style plan credit: `quantity` USD of usage offset, of `creditUsd` a month. */
  | { type: 'usage-credit'; creditUsd: number }
  /** A flat monthly fee. */
  | { type: 'base-fee' }
  /** `instances` environments of `memoryMb` kept warm all month (provisioned concurrency). */
  | { type: 'provisioned'; instances: number; memoryMb: number }
  /** The share (0..1) of the duration that runs on provisioned concurrency. */
  | { type: 'provisioned-duration'; share: number }
  /** `quantity` cold starts of `initMs` each at `memoryMb`, billed at the compute rates. */
  | { type: 'cold-start'; initMs: number; memoryMb: number }
  /** Front-door requests (`perCall` metered requests per call, metered per `meteringKb` KB). */
  | {
      type: 'front-door';
      perCall: number;
      meteringKb: number | null;
      tiered: boolean;
      newCustomerFreeUnits: number;
    }
  /** Hours of a load balancer (`quantity` hours at `unitPriceUsd`). */
  | { type: 'hours' }
  /** Load-balancer capacity units (`quantity` LCU-hours). */
  | { type: 'lcu' }
  /** Bytes a load balancer processes (`quantity` GB of requests and responses). */
  | { type: 'lb-data' }
  /** A routing layer included with the servers: a zero line, shown so the bill says so. */
  | { type: 'included-routing' }
  /** Data transfer out (`quantity` GB, `freeUnits` GB free, then tiers). */
  | { type: 'egress'; freeUnits: number; tiered: boolean }
  /**
   * A fixed fleet: `quantity` instances at `unitPriceUsd` a month each; billed by the hour when
   * `hourlyUsd` is set, capped at `monthlyCapUsd` a month each when the cap bites.
   */
  | {
      type: 'instances';
      instanceType: string;
      hourlyUsd: number | null;
      monthlyCapUsd: number | null;
    }
  /** An autoscaled container fleet: `quantity` instance-hours of one size. */
  | {
      type: 'container-hours';
      vcpu: number;
      memoryMb: number;
      usdPerVcpuHour: number;
      usdPerGbHour: number;
      /** Idle time is billed at a lower idle rate. */
      idleRate: boolean;
    }
  /** A container free tier: vCPU-seconds and GB-seconds free a month. */
  | { type: 'container-free-tier'; vcpuSeconds: number; gbSeconds: number }
  /** Requests priced per million beside a container fleet. */
  | { type: 'container-requests' }
  /** External state: metered reads and writes, and hourly nodes. */
  | { type: 'state'; parts: LinePart[]; afterFreeQuota: boolean }
  /** A scheduler: metered invocations and per-job monthly fees. */
  | { type: 'scheduler'; parts: LinePart[] }
  /**
   * Each instance's public IPv4 address: `quantity` instances at `unitPriceUsd` a month each,
   * billed `hourlyUsd` an hour (null: a monthly price).
   */
  | { type: 'public-ipv4'; hourlyUsd: number | null }
  /**
   * Each instance's root disk: `quantity` volumes of `sizeGb` GB at `usdPerGbMonth`, or at
   * `unitPriceUsd` a month each when the disk is priced per disk (`usdPerGbMonth` null).
   */
  | { type: 'root-disk'; sizeGb: number; volumeType: string; usdPerGbMonth: number | null }
  /**
   * Surplus CPU credits: `quantity` vCPU-hours a month above the baseline (`baseline` of each
   * vCPU) of a fleet of `instances` × `instanceType`, at `unitPriceUsd` per vCPU-hour.
   */
  | { type: 'surplus-credits'; instanceType: string; instances: number; baseline: number }
  /**
   * A commitment (no upfront): `quantity` instances (fixed fleets), instance-hours (containers) or
   * GB-seconds of function duration, each `unitPriceUsd` (negative) cheaper than on demand. The
   * rates are per instance a month for fixed fleets, per instance-hour for containers and per
   * GB-second for functions (`onDemandUsd`: the covered GB-seconds' on-demand price, averaged over
   * the duration tiers they fall in); `coveredShare` is the share of the fleet's instance-hours,
   * or of the function's billed duration, the commitment covers (the rest stays on demand).
   */
  | {
      type: 'commitment';
      term: CommitmentTerm;
      plan: Commitment['plan'];
      onDemandUsd: number;
      committedUsd: number;
      per: 'instance-month' | 'instance-hour' | 'gb-second';
      coveredShare: number;
    };

/** One priced quantity inside a line (state reads, writes and node hours; scheduler jobs). */
export interface LinePart {
  quantity: number;
  unit: 'read' | 'write' | 'node-hour' | 'invocation' | 'job';
  unitPriceUsd: number;
  /** Free units a month (0 when none). */
  freeUnits: number;
}

export interface LineItem {
  /** Stable id within the offer, e.g. "requests", "compute", "free-tier-compute". */
  id: string;
  kind: LineKind;
  /** Units priced this month, before allowances (8,760,000 requests; 2 instances). */
  quantity: number;
  /**
   * The unit `quantity` counts and `unitPriceUsd` is per. For FaaS meters, the catalog's meter
   * unit ("request", "CPU-ms", "GB-s"): always a single unit, never "1M requests".
   */
  unit: string;
  /** USD per single unit of `quantity` (the first tier's when tiered). */
  unitPriceUsd: number;
  /** USD per month; free-tier credits are negative lines, never below minus the line they offset. */
  usd: number;
  /**
   * The catalog's name of what the line bills: a meter's label ("Requests", "Compute (GB-s)"), a
   * front door's, state store's or scheduler's product. Absent when it is the offer itself.
   */
  name?: string;
  basis: LineBasis;
}

export type WarningSeverity = 'info' | 'warning' | 'error';

/**
 * Each warning's parameters: numbers, ids and flags, never words (src/describe/ writes them).
 * Memory in MB, durations in ms, shares 0..1, money in USD a month.
 */
export interface WarningParams {
  /** The offer's per-request duration limit is below the workload's duration. */
  'duration-limit': { limitMs: number; durationMs: number };
  /** Each request is billed longer than it runs (rounding or a minimum). */
  'duration-rounded': { billedMs: number; durationMs: number };
  'cpu-limit': { limitMs: number; cpuMs: number };
  'memory-limit': { limitMb: number; memoryMb: number };
  /** Memory is billed at a larger size than asked for (the offer's memory rounding). */
  'memory-rounded': { billedMb: number; memoryMb: number };
  'storage-limit': { limitMb: number; storageMb: number };
  /** Peak concurrency above the offer's default concurrency limit. */
  'concurrency-limit': { needed: number; limit: number };
  /** Provisioned concurrency asked for, but the offer has no price for it. */
  'no-provisioned-price': Record<string, never>;
  /** A free allowance runs out during the month (each meter's day in OfferResult.freeTierRunOuts). */
  'free-tier-used-up': { firstHour: number };
  /**
   * A burstable instance averages more than its CPU baseline, and the catalog does not say what it
   * does past it (no `burstCredits`).
   */
  'burstable-baseline': { baseline: number; averageUtilization: number };
  /**
   * A surplus-billed burstable fleet runs above its baseline: `surplusUsd` a month of surplus CPU
   * credits, included in its price; `averageUtilization` over the month.
   */
  'burst-surplus': { baseline: number; averageUtilization: number; surplusUsd: number };
  /**
   * A throttled burstable fleet is sized to keep its average within the baseline over the busiest
   * `window`; `unlimitedUnpriced`: the provider sells an unlimited mode with no sourced rate here
   * (EC2 standard mode), in `region`.
   */
  'burst-throttled': {
    baseline: number;
    window: 'day' | 'hour';
    unlimitedUnpriced: boolean;
    region: string;
  };
  /** More instances than the offer allows. */
  'fleet-limit': { limit: number; needed: number };
  /** The fleet of the minimum size cannot do the peak hour's CPU work. */
  'fleet-overloaded': { neededVcpu: number; instances: number; vcpu: number };
  /**
   * One request's working set does not fit in an instance (or container task) once its base
   * memory (OS and runtime) is taken; with instanceMemoryMb ≤ baseMemoryMb nothing fits.
   */
  'instance-memory': { workingSetMb: number; baseMemoryMb: number; instanceMemoryMb: number };
  'unverified-price': Record<string, never>;
  /** The external state store's price is unverified. */
  'unverified-state-price': { storeId: string };
  /** The chosen front door is not in the catalog for this area. */
  'no-front-door': { frontDoorId: string };
  /** No load-balancer price for the provider; `multiZone`: the two-zone figure lacks it. */
  'no-load-balancer': { multiZone: boolean };
  'no-state-store': { storeId: string };
  'no-scheduler': Record<string, never>;
  /** A timer more often than once a minute: schedulers cannot fire it. */
  'timer-too-frequent': { everySeconds: number };
  /** The container service has no such size; the next size up is priced. */
  'size-adjusted': { vcpu: number; memoryMb: number; pricedVcpu: number; pricedMemoryMb: number };
  /** Cold starts above 1% of requests (details in OfferResult.coldStart). */
  'cold-start': {
    coldShare: number;
    initMs: number;
    keepAliveMinutes: number;
    keepAliveAsSet: boolean;
    initBilled: boolean;
    /** Billed start-up time a month, USD. */
    usd: number;
    includedInTotal: boolean;
  };
  /** A default scaling limit passed at the peak. */
  'scaling-limit': { check: ScalingCheckId; needed: number; limit: number };
  /** The provider charges for this server extra, but the catalog has no sourced price in the offer's region: left out. */
  'server-extra-unpriced': { extra: 'public-ipv4' | 'root-disk'; region: string };
  /**
   * The provider charges for data out to the internet in `region`, with no sourced price here: the
   * month's `gb` of it (more than 0) are left out of the price.
   */
  'egress-unpriced': { region: string; gb: number };
  /** The catalog does not say whether the provider charges for a public IPv4 or root disk here: none is included. */
  'server-extras-unknown': { region: string };
  /** The provider sells this commitment term, but no rate for the offer is sourced: priced on demand. */
  'commitment-unpriced': { term: CommitmentTerm; plan: Commitment['plan'] };
  /** The catalog has no commitment plan for the offer (or not this term): priced on demand. */
  'no-commitment': { term: CommitmentTerm };
}

export type WarningCode = keyof WarningParams;

/** A warning about one offer: a code with its parameters (a discriminated union on `code`). */
export type Warning = {
  [C in WarningCode]: {
    code: C;
    severity: WarningSeverity;
    offerId: string;
    params: WarningParams[C];
  };
}[WarningCode];

/** Why an offer has no price here. */
export interface UnavailableParams {
  /** No exchange rate for the offer's currency is loaded. */
  'no-fx-rate': { currency: string };
  /** A front door is priced as part of the offers behind it, not on its own. */
  'front-door': Record<string, never>;
  /** The offer has no sourced price in the scenario's area. */
  'not-in-area': { area: string };
}
export type UnavailableCode = keyof UnavailableParams;
export type UnavailableReason = {
  [C in UnavailableCode]: { code: C; params: UnavailableParams[C] };
}[UnavailableCode];

/**
 * Whether an offer's figure is a comparable price: `priced`; `cannot-run` (priced, but a hard
 * limit stops it running the workload: its first error-level warning is the reason); or
 * `unavailable` (no price here, with the reason).
 */
export type OfferStatus = 'priced' | 'cannot-run' | 'unavailable';

/** How an always-on or autoscaled fleet is sized and how busy it is. */
export interface FleetInfo {
  /** The catalog's instance type of a fixed fleet ("t4g.small"); null for autoscaled containers. */
  instanceType: string | null;
  vcpuPerInstance: number;
  memoryMbPerInstance: number;
  /** Instances in each hour of a typical week (168 values, Monday 00:00 first). */
  instancesByHour: number[];
  peakInstances: number;
  averageInstances: number;
  /** Average CPU utilisation over the month: CPU demand ÷ vCPU-hours paid for (0..1). */
  averageCpuUtilization: number;
  /** CPU utilisation in the busiest hour (0..1, may exceed 1 when the minimum fleet is overloaded). */
  peakCpuUtilization: number;
  /**
   * What decided the peak fleet size: CPU, the requests-in-flight limit, memory (working sets in
   * flight), the minimum, or a burstable size's CPU baseline (held to it once its credits run out).
   */
  sizedBy: 'cpu' | 'concurrency' | 'memory' | 'minimum' | 'baseline';
  /** true when the fleet is sized for the peak hour all month (fixed fleets). */
  fixed: boolean;
  /** Requests in flight at the peak hour's peak (99th percentile, ⌈mean⌉ or the burst). */
  peakInFlight: number;
  /** Requests one instance holds at once (memory or the configured limit); 0 when none fit. */
  requestsPerInstance: number;
  /** One zone, or across two zones with a spare instance (counted in the instances). */
  availability: 'single' | 'multi-zone';
  /**
   * Fixed fleets: instances the demand of each hour of the typical week needs (168 values), i.e.
   * what an autoscaler would run. Only with the breakdown (not in sweeps).
   */
  neededInstancesByHour?: number[];
  /** Fixed fleets: share of the paid instance-hours no hour's demand needed (0..1). */
  idleInstanceShare?: number;
}

/**
 * Cold starts of one FaaS offer. Which requests start cold follows from the arrival
 * pattern and an idle keep-alive that no provider publishes: an estimate, not a billed fact.
 */
export interface ColdStartInfo {
  arrivals: 'random' | 'even' | 'bursts';
  /** Minutes an idle instance is kept (null for isolates, where cold starts are negligible). */
  keepAliveMinutes: number | null;
  /** "user" when set in the scenario; otherwise the provider's estimate or published figure. */
  keepAliveBasis: 'user' | 'estimate' | 'published';
  initMs: number;
  initMsBasis: 'user' | 'runtime-default' | 'platform';
  /** Whether the provider bills the INIT (startup) time. */
  initBilled: boolean;
  /** platform.json's note on whether INIT is billed, with its source; null when none is known. */
  initBilledNote: string | null;
  coldStartsPerMonth: number;
  /** Share of requests that start cold (0..1). */
  coldShare: number;
  /** What the billed INIT time adds a month (0 when INIT is not billed). */
  usdPerMonth: number;
  /** Whether `usdPerMonth` is in the offer's total (scenario.coldStart.includeCost). */
  includedInTotal: boolean;
  /**
   * What keeping enough instances warm costs a month instead (latency parity with a server):
   * `provisioned` (provisioned concurrency) or `min-instances` (minimum instances at the idle rate);
   * `no-price` when the offer has no provisioned price, `unavailable` when the plan cannot keep
   * instances warm. Null when nothing starts cold.
   */
  avoid: {
    kind: 'provisioned' | 'min-instances' | 'no-price' | 'unavailable';
    /** platform.json's name of the way to avoid them ("Provisioned concurrency"); null if none. */
    label: string | null;
    /** Instances or environments kept warm. */
    instances: number;
    /** Extra monthly cost against the on-demand bill (without cold-start cost); null when unpriced. */
    usdPerMonth: number | null;
  } | null;
  sources: string[];
}

export type ScalingCheckId = 'account-concurrency' | 'scale-out-rate' | 'max-instances';

/** Scaling against the provider's default limits. */
export interface ScalingInfo {
  /** Peak requests in flight: Little's law in the peak hour, or the whole burst when bursts. */
  peakConcurrency: number;
  /** Instances or environments that peak needs (concurrency ÷ requests per instance). */
  peakInstances: number;
  checks: Array<{
    id: ScalingCheckId;
    limit: number;
    /** What the workload needs against this limit; null when it cannot be worked out. */
    needed: number | null;
    exceeded: boolean;
    source: string;
  }>;
  /** platform.json's note on the offer's limits; null when the catalog has none. */
  note: string | null;
}

/** Monthly units of one metered quantity with its price, so a cumulative series can be drawn. */
export interface MeterUsage {
  id: string;
  label: string;
  unit: string;
  /** Units per month, before any allowance. */
  units: number;
  /** Allowance deducted first (free tier and included units). */
  allowanceUnits: number;
  /** Cumulative tiers: [upTo units, usd per unit]. */
  tiers: ReadonlyArray<{ upTo: number | null; usdPerUnit: number }>;
  /** Cost over the month, with allowance (equals the sum of its line items). */
  usd: number;
  /** A usage credit (negative): at any time it offsets at most what the other meters cost so far. */
  credit?: boolean;
}

/** What a family result picked: one size, and how many of it (for a size pinned, that size). */
export interface FamilyPick {
  familyId: string;
  familyName: string;
  /** The size's own offer id ("aws-ec2-t4g-medium"). */
  offerId: string;
  instanceType: string;
  /** The size's short name ("t4g.medium", "1 GB"). */
  sizeName: string;
  instances: number;
  /** The scenario pinned this size; otherwise it is the cheapest that fits. */
  pinned: boolean;
  /** False when no size of the family fits: the result is then the closest size, cannot-run. */
  fits: boolean;
  /** Sizes the family sells in the area (1 when pinned). */
  sizesInArea: number;
}

export interface OfferResult {
  offerId: string;
  provider: string;
  product: string;
  kind: OfferKind;
  /** "faas" for functions; "always-on" for fixed fleets and autoscaled containers alike. */
  family: 'faas' | 'always-on';
  label: string;
  region: string;
  /** `status !== 'unavailable'`: the offer has a price here. */
  available: boolean;
  status: OfferStatus;
  /**
   * `unavailable`: why there is no price; `cannot-run`: the first error-level warning (all of them
   * are in `warnings`); null when priced.
   */
  reason: UnavailableReason | Warning | null;
  monthlyUsd: number;
  /** Day and week are their share of the monthly bill (24/730 and 168/730). */
  totals: Record<Horizon, number>;
  lines: LineItem[];
  warnings: Warning[];
  fleet?: FleetInfo;
  /** A family's result: the size picked and how many (absent for a single offer). */
  pick?: FamilyPick;
  /** FaaS: cold starts (share, cost, start-up time, cost of avoiding them). */
  coldStart?: ColdStartInfo;
  /** FaaS: peak concurrency against the provider's default limits. */
  scaling?: ScalingInfo;
  /** Metered usage for cumulative charts (FaaS and front doors). */
  meters: MeterUsage[];
  /** Fixed monthly cost accrued evenly over time (instances, base fees, hourly load balancers). */
  fixedMonthlyUsd: number;
  /**
   * Hour of the month (0..730) when the first free allowance runs out, calendar view; null when
   * every allowance lasts the month. `freeTierRunOuts` has each meter's.
   */
  freeTierRunsOutAtHour: number | null;
  /** FaaS with the free tier on: when each meter's free allowance runs out (calendar view). */
  freeTierRunOuts?: FreeTierRunOut[];
  source: string;
  checkedOn: string;
  verification: Verification;
  offer: Offer;
}

/**
 * One meter's free allowance in the calendar view: usage accrues with the traffic profile from
 * hour 0 and the allowance is used first, so it runs out at `hour` (null: it lasts the month).
 */
export interface FreeTierRunOut {
  meterId: string;
  /** The meter's label, as in its line ("Requests", "Compute (GB-s)"). */
  label: string;
  hour: number | null;
}

export type BreakEvenStatus = 'crosses' | 'never' | 'faas-always-dearer';

export interface BreakEven {
  faasOfferId: string;
  alwaysOnOfferId: string;
  status: BreakEvenStatus;
  /** Lowest monthly volume at which FaaS becomes dearer (status "crosses"). */
  requestsPerMonth: number | null;
  /** Costs at that volume. */
  faasMonthlyUsd: number | null;
  alwaysOnMonthlyUsd: number | null;
}

export interface SweepPoint {
  requestsPerMonth: number;
  /** offerId → monthly USD */
  usd: Record<string, number>;
}

export interface ScenarioResult {
  requestsPerMonth: number;
  requestsPerSecond: number;
  /** Relative hourly rate over a typical week (168 values, mean 1). */
  weeklyProfile: number[];
  results: OfferResult[];
  breakEven: BreakEven[];
}
