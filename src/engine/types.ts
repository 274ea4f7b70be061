/**
 * What the engine returns. All money is unrounded USD; round only for display (src/lib/format.ts).
 * Costs are per 730-hour month unless a name says otherwise.
 */
import type { Offer, OfferKind, Verification } from '../catalog/schema.ts';
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
  | 'provisioned';

export interface LineItem {
  /** Stable id within the offer, e.g. "requests", "compute", "free-tier-compute". */
  id: string;
  kind: LineKind;
  label: string;
  /** USD per month; free-tier credits are negative lines, never below minus the line they offset. */
  usd: number;
  /** How it was worked out, e.g. "8,760,000 requests × $0.20/M". */
  detail: string;
}

export type WarningCode =
  | 'duration-limit'
  | 'cpu-limit'
  | 'memory-limit'
  | 'storage-limit'
  | 'free-tier-used-up'
  | 'concurrency-limit'
  | 'burstable-baseline'
  | 'instance-memory'
  | 'fleet-limit'
  | 'unverified-price'
  | 'front-door-not-applicable'
  | 'size-adjusted'
  | 'cold-start'
  | 'scaling-limit';

export interface Warning {
  code: WarningCode;
  severity: 'info' | 'warning' | 'error';
  message: string;
}

/** How an always-on or autoscaled fleet is sized and how busy it is. */
export interface FleetInfo {
  instanceLabel: string;
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
  /** What decided the peak fleet size. */
  sizedBy: 'cpu' | 'concurrency' | 'minimum';
  /** true when the fleet is sized for the peak hour all month (fixed fleets). */
  fixed: boolean;
  /**
   * Fixed fleets: instances the demand of each hour of the typical week needs (168 values), i.e.
   * what an autoscaler would run. Only with details.
   */
  neededInstancesByHour?: number[];
  /** Fixed fleets: share of the paid instance-hours no hour's demand needed (0..1). */
  idleInstanceShare?: number;
}

/**
 * Cold starts of one FaaS offer (issue 6). Which requests start cold follows from the arrival
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
  initBilledNote: string;
  coldStartsPerMonth: number;
  /** Share of requests that start cold (0..1). */
  coldShare: number;
  /** What the billed INIT time adds a month (0 when INIT is not billed). */
  usdPerMonth: number;
  /** Whether `usdPerMonth` is in the offer's total (scenario.coldStart.includeCost). */
  includedInTotal: boolean;
  /** "About 1 in 3 requests waits ~400 ms for a cold start." */
  latencyNote: string;
  /** What keeping enough instances warm costs a month instead (latency parity with a server). */
  avoid: {
    label: string;
    /** Instances or environments kept warm. */
    instances: number;
    /** Extra monthly cost against the on-demand bill (without cold-start cost); null when unpriced. */
    usdPerMonth: number | null;
    note: string;
  } | null;
  sources: string[];
}

/** Scaling against the provider's default limits (issue 6). */
export interface ScalingInfo {
  /** Peak requests in flight: Little's law in the peak hour, or the whole burst when bursts. */
  peakConcurrency: number;
  /** Instances or environments that peak needs (concurrency ÷ requests per instance). */
  peakInstances: number;
  checks: Array<{
    id: 'account-concurrency' | 'scale-out-rate' | 'max-instances';
    label: string;
    limit: number;
    /** What the workload needs against this limit; null when it cannot be worked out. */
    needed: number | null;
    exceeded: boolean;
    source: string;
  }>;
  note: string;
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

export interface OfferResult {
  offerId: string;
  provider: string;
  product: string;
  kind: OfferKind;
  /** "faas" for functions; "always-on" for fixed fleets and autoscaled containers alike. */
  family: 'faas' | 'always-on';
  label: string;
  region: string;
  available: boolean;
  /** Why the offer cannot be priced here (e.g. no price in this area). */
  unavailableReason?: string;
  monthlyUsd: number;
  /** Day and week are their share of the monthly bill (24/730 and 168/730). */
  totals: Record<Horizon, number>;
  lines: LineItem[];
  warnings: Warning[];
  fleet?: FleetInfo;
  /** FaaS: cold starts (share, cost, latency note, cost of avoiding them). */
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
  summary: string;
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
