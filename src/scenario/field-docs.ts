/**
 * What each scenario field means, in a line, and where it belongs: for the CLI's help and the docs'
 * tables (`npm run docs:scenario`). Apart from the spec so that the page's first load does not
 * carry the prose.
 */
import type { FieldName } from './spec.ts';

/** Where a field belongs, for the CLI's help and the docs' tables. */
export type Section =
  | 'workload'
  | 'pattern'
  | 'request'
  | 'choice'
  | 'faas'
  | 'servers'
  | 'cold-start'
  | 'state'
  | 'ranges'
  | 'display';

export const SECTION_TITLES: Readonly<Record<Section, string>> = {
  workload: 'Workload',
  pattern: 'Traffic pattern',
  request: 'Each request',
  choice: 'Offers and region',
  faas: 'FaaS',
  servers: 'Servers and containers',
  'cold-start': 'Cold starts',
  state: 'External state',
  ranges: 'Ranges, compare and growth',
  display: 'Display',
};

export interface FieldDoc {
  section: Section;
  /** One line for the CLI's help and the docs. */
  doc: string;
  /** What an optional field means when the scenario leaves it out. */
  absentMeans?: string;
  /** What the CLI does without the flag, where that is not the field's default. */
  withoutFlag?: string;
}

export const FIELD_DOCS = {
  requests: { section: 'workload', doc: 'N in "N requests every M minutes"' },
  everyMinutes: { section: 'workload', doc: 'M in "N requests every M minutes"' },
  durationMs: { section: 'workload', doc: 'average wall time of one request' },
  cpuMs: {
    section: 'workload',
    doc: 'CPU time of one request, at most the duration',
    absentMeans: 'the whole duration',
  },
  memoryMb: {
    section: 'workload',
    doc: 'memory configured for a function (on a server, each request holds the working set instead)',
  },
  ephemeralStorageMb: { section: 'request', doc: 'configured ephemeral storage of a function' },
  responseKb: {
    section: 'request',
    doc: 'average response size, for egress and API gateway metering',
  },
  requestKb: {
    section: 'request',
    doc: 'average request size, for API gateway and load-balancer metering',
  },
  area: { section: 'choice', doc: 'the area offers are priced in' },
  architecture: { section: 'faas', doc: 'FaaS architecture' },
  freeTier: { section: 'faas', doc: 'count FaaS free tiers' },
  frontDoor: { section: 'faas', doc: 'API gateway or load balancer in front of FaaS, or "none"' },
  newCustomerFreeTier: {
    section: 'faas',
    doc: "count the front door's 12-month new-customer free tier",
  },
  provisionedConcurrency: {
    section: 'faas',
    doc: 'instances kept warm all month (provisioned concurrency, minimum instances)',
  },
  minInstances: { section: 'servers', doc: 'fewest servers or containers running' },
  targetUtilization: {
    section: 'servers',
    doc: 'CPU utilisation a fleet is sized to in its busiest hour, as a share of 1',
  },
  requestsInFlightPerInstance: { section: 'servers', doc: 'requests one instance serves at once' },
  loadBalancer: { section: 'servers', doc: 'put a load balancer in front of the servers' },
  workingSetMb: {
    section: 'servers',
    doc: 'memory one request holds on a server while in flight (apart from the FaaS memory setting)',
  },
  baseMemoryMb: {
    section: 'servers',
    doc: 'memory each server or container uses before any request (OS and runtime)',
  },
  availability: {
    section: 'servers',
    doc: "single: one zone; multi-zone: N + 1 instances (at least 2) across two zones plus the provider's load balancer",
  },
  containerVcpu: { section: 'servers', doc: 'vCPU of one container of an autoscaled offer' },
  containerMemoryMb: { section: 'servers', doc: 'memory of one container of an autoscaled offer' },
  serverExtras: {
    section: 'servers',
    doc: "count each server's public IPv4 address and root disk where the provider charges them",
  },
  commitment: {
    section: 'servers',
    doc: 'on demand, or a 1-year or 3-year commitment with no upfront payment (reserved instances, Savings Plans, committed use discounts)',
  },
  arrivals: {
    section: 'cold-start',
    doc: 'how the N requests of each period arrive (at random, evenly spaced, or all at once)',
  },
  runtime: {
    section: 'cold-start',
    doc: 'language runtime, for the default cold-start (INIT) time',
  },
  initMs: {
    section: 'cold-start',
    doc: 'INIT time of one cold start ("auto": the runtime\'s estimate)',
  },
  keepAliveMinutes: {
    section: 'cold-start',
    doc: 'minutes an idle instance stays warm ("auto": the provider\'s estimate)',
  },
  includeColdStartCost: {
    section: 'cold-start',
    doc: 'add billed INIT time to the totals (Lambda, Cloud Run)',
  },
  stateStore: { section: 'state', doc: 'the store a function keeps its state in, or none' },
  stateReads: { section: 'state', doc: 'reads from the store per request' },
  stateWrites: { section: 'state', doc: 'writes to the store per request' },
  stateItemKb: {
    section: 'state',
    doc: 'size of one item read or written, for stores billed per KB unit',
  },
  trigger: {
    section: 'workload',
    doc: 'what fires the function ("schedule" adds the scheduler\'s price)',
    absentMeans: 'http',
  },
  offers: {
    section: 'choice',
    doc: 'offers and instance families to compare (ids from --list-offers); a family is priced at its cheapest size that fits, a size id prices exactly that size; empty: every FaaS and container offer and every family in the area',
  },
  pins: {
    section: 'choice',
    doc: 'sizes to pin (offer ids of always-on sizes): the size’s family is compared at exactly that size instead of its cheapest that fits',
  },
  horizon: {
    section: 'display',
    doc: 'the period totals cover (a day and a week are shares of the month)',
  },
  currency: {
    section: 'display',
    doc: 'display currency, at the dated rate of pricing-data/fx.json (computing stays in USD)',
    absentMeans: 'USD',
  },
  patternKind: {
    section: 'pattern',
    doc: 'how traffic varies over the week ("custom": an imported week, see --traffic)',
  },
  offHoursRatio: {
    section: 'pattern',
    doc: 'traffic outside 09:00–17:00 on weekdays, as a share of the in-hours rate',
  },
  diurnalPeakToAverage: { section: 'pattern', doc: 'peak hour rate ÷ average rate' },
  spikyPeakToAverage: { section: 'pattern', doc: 'burst hour rate ÷ average rate' },
  burstsPerDay: { section: 'pattern', doc: 'one-hour bursts a day' },
  customProfile: {
    section: 'pattern',
    doc: 'an imported week: 168 hourly levels (0–63 of the busiest hour), Monday 00:00 first, set by --traffic FILE',
  },
  spreadTrafficPct: {
    section: 'ranges',
    doc: 'how far the monthly traffic may be off, ± percent (0: exact)',
  },
  spreadDurationPct: {
    section: 'ranges',
    doc: 'how far the duration may be off, ± percent (CPU time moves with it)',
  },
  spreadCpuPct: {
    section: 'ranges',
    doc: 'how far the CPU time per request may be off, ± percent (at most the duration)',
  },
  growthPct: {
    section: 'ranges',
    doc: 'traffic growth a month in percent: adds growth, month by month (month k is today × (1 + PCT/100)^(k−1)), and the month the answer flips',
    withoutFlag: 'none, unless a --url link has gr',
  },
  growthMonths: {
    section: 'ranges',
    doc: 'with --growth: how many months of growth (the page offers 12 or 24)',
  },
} as const satisfies Record<FieldName, FieldDoc>;
