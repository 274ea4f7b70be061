/**
 * The default scenario, its optional groups and each pattern's defaults, taken field by field from
 * the scenario spec. No zod (types only), so the page's store and first-load components can import
 * it; spec.test.ts proves the schema parses each of these to itself.
 */
import { DEFAULT_OFFER_IDS, FIELDS as F } from '../scenario/spec.ts';
import type {
  ColdStartOptions,
  GrowthOptions,
  Pattern,
  PatternKind,
  Scenario,
  Spread,
  StateOptions,
} from './scenario.ts';

/** Cold-start options when a scenario has none. */
export const DEFAULT_COLD_START_OPTIONS: ColdStartOptions = {
  arrivals: F.arrivals.default,
  runtime: F.runtime.default,
  initMs: F.initMs.default,
  keepAliveMinutes: F.keepAliveMinutes.default,
  includeCost: F.includeColdStartCost.default,
};

/** External state when a scenario has none: no store. */
export const DEFAULT_STATE_OPTIONS: StateOptions = {
  store: F.stateStore.default,
  readsPerRequest: F.stateReads.default,
  writesPerRequest: F.stateWrites.default,
  itemKb: F.stateItemKb.default,
};

/** Growth as the page first shows it, and the CLI's --months without a value of its own. */
export const DEFAULT_GROWTH_OPTIONS: GrowthOptions = {
  monthlyPct: F.growthPct.default,
  months: F.growthMonths.default,
};

/** The page's spreads: how far each estimate may be off (± percent), for the cost ranges. */
export const DEFAULT_SPREAD: Spread = {
  trafficPct: F.spreadTrafficPct.default,
  durationPct: F.spreadDurationPct.default,
  cpuPct: F.spreadCpuPct.default,
};

/** Each traffic pattern with its parameters at their defaults. */
export const PATTERN_DEFAULTS = {
  constant: { kind: 'constant' },
  'business-hours': { kind: 'business-hours', offHoursRatio: F.offHoursRatio.default },
  diurnal: { kind: 'diurnal', peakToAverage: F.diurnalPeakToAverage.default },
  spiky: {
    kind: 'spiky',
    peakToAverage: F.spikyPeakToAverage.default,
    burstsPerDay: F.burstsPerDay.default,
  },
  custom: { kind: 'custom', weights: F.customProfile.default },
} as const satisfies Record<PatternKind, Pattern>;

/** The default scenario: a realistic small API ("1,000 requests every 5 minutes, 200 ms, 512 MB"). */
export const DEFAULT_SCENARIO: Scenario = {
  workload: { requests: F.requests.default, everyMinutes: F.everyMinutes.default },
  pattern: PATTERN_DEFAULTS[F.patternKind.default],
  durationMs: F.durationMs.default,
  cpuMs: F.cpuMs.default,
  memoryMb: F.memoryMb.default,
  ephemeralStorageMb: F.ephemeralStorageMb.default,
  responseKb: F.responseKb.default,
  requestKb: F.requestKb.default,
  area: F.area.default,
  faas: {
    architecture: F.architecture.default,
    freeTier: F.freeTier.default,
    frontDoor: F.frontDoor.default,
    newCustomerFreeTier: F.newCustomerFreeTier.default,
    provisionedConcurrency: F.provisionedConcurrency.default,
  },
  alwaysOn: {
    minInstances: F.minInstances.default,
    targetUtilization: F.targetUtilization.default,
    requestsInFlightPerInstance: F.requestsInFlightPerInstance.default,
    loadBalancer: F.loadBalancer.default,
    workingSetMb: F.workingSetMb.default,
    baseMemoryMb: F.baseMemoryMb.default,
    availability: F.availability.default,
    containerVcpu: F.containerVcpu.default,
    containerMemoryMb: F.containerMemoryMb.default,
    serverExtras: F.serverExtras.default,
    commitment: F.commitment.default,
  },
  offers: [...F.offers.default],
  pins: [...F.pins.default],
  horizon: F.horizon.default,
  spread: DEFAULT_SPREAD,
};

/** The page's default scenario: the default scenario with the page's default offers chosen. */
export const DEFAULT_PAGE_SCENARIO: Scenario = {
  ...DEFAULT_SCENARIO,
  offers: [...DEFAULT_OFFER_IDS],
};
