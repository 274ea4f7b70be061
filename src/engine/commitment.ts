/**
 * Commitments: a 1-year or 3-year term with no upfront payment (EC2 reserved instances and
 * Savings Plans, Azure reserved VM instances, Compute Engine committed use discounts), priced as
 * a negative line beside the on-demand fleet, so the bill shows both the list price and what the
 * term takes off it. Only sourced rates are used (each offer's `commitment.rates`); a term the
 * provider sells without a sourced rate leaves the offer on demand with a warning, and an offer
 * whose provider sells no commitment in the catalog stays on demand with a note.
 */
import type { ContainerOffer, FaasOffer, InstanceOffer } from '../catalog/schema.ts';
import type { PricingContext } from './context.ts';
import { HOURS_PER_MONTH } from './scenario.ts';
import { NONE, type ExtrasPrice } from './server-extras.ts';
import { costAfterAllowance } from './tiers.ts';
import type { LineItem, MeterUsage, Warning } from './types.ts';

type Term = Exclude<PricingContext['scenario']['alwaysOn']['commitment'], 'none'>;
type Committable = InstanceOffer | ContainerOffer | FaasOffer;
type Rate = NonNullable<Committable['commitment']>['rates'][number];
type Plan = NonNullable<Committable['commitment']>['plan'];

/**
 * The plan a missing rate is named after: the plan of the offer's sourced rates for its other
 * term when they all name one (EC2 m7g.large has only Compute Savings Plan rates, so a missing
 * term is not called a Reserved Instance), else the product's plan.
 */
function unpricedPlan(c: NonNullable<Committable['commitment']>): Plan {
  const plans = new Set(c.rates.map((r) => r.plan ?? c.plan));
  const [only] = plans;
  return plans.size === 1 && only !== undefined ? only : c.plan;
}

/** The chosen term's rate for an offer, or the warning that says why it stays on demand. */
function rateOf(
  offer: Committable,
  term: Term,
  usable: (r: Rate) => boolean,
): { rate: Rate; plan: Plan } | Warning {
  const c = offer.commitment;
  if (!c || !c.terms.includes(term))
    return { code: 'no-commitment', severity: 'info', offerId: offer.id, params: { term } };
  const rate = c.rates.find((r) => r.term === term && usable(r));
  if (!rate)
    return {
      code: 'commitment-unpriced',
      severity: 'warning',
      offerId: offer.id,
      params: { term, plan: unpricedPlan(c) },
    };
  return { rate, plan: rate.plan ?? c.plan };
}

const warn = (w: Warning): ExtrasPrice => ({ lines: [], fixedMonthlyUsd: 0, warnings: [w] });

/**
 * A fixed fleet of `instances` under the scenario's commitment: each instance costs the committed
 * monthly price (hourly × 730, or the listed monthly price) instead of `onDemandMonthlyUsd`.
 * A commitment never raises the price: a committed rate above on demand saves nothing.
 */
export function priceInstanceCommitment(
  offer: InstanceOffer,
  ctx: PricingContext,
  instances: number,
  onDemandMonthlyUsd: number,
): ExtrasPrice {
  const term = ctx.scenario.alwaysOn.commitment;
  if (term === 'none' || instances <= 0) return NONE;
  const r = rateOf(offer, term, (x) => x.usdPerHour !== undefined || x.usdPerMonth !== undefined);
  if ('code' in r) return warn(r);
  const committed = r.rate.usdPerMonth ?? (r.rate.usdPerHour ?? 0) * HOURS_PER_MONTH;
  const saving = Math.max(0, onDemandMonthlyUsd - committed);
  const line: LineItem = {
    id: 'commitment',
    kind: 'commitment',
    quantity: instances,
    unit: 'instance',
    unitPriceUsd: -saving,
    usd: -saving * instances,
    basis: {
      type: 'commitment',
      term,
      plan: r.plan,
      onDemandUsd: onDemandMonthlyUsd,
      committedUsd: Math.min(committed, onDemandMonthlyUsd),
      per: 'instance-month',
      coveredShare: 1,
    },
  };
  return { lines: [line], fixedMonthlyUsd: line.usd, warnings: [] };
}

/**
 * An autoscaled container fleet under the scenario's commitment. A Savings Plan commits to an
 * hourly spend: the commitment here covers the fleet's lowest hour (`lowestInstances` of one
 * size, every hour of the month), which is always used; instances above it stay on demand.
 * `computeUsd` caps the saving (it can never take the line below zero).
 */
export function priceContainerCommitment(
  offer: ContainerOffer,
  ctx: PricingContext,
  size: { vcpu: number; memoryMb: number },
  lowestInstances: number,
  instanceHoursPerMonth: number,
  computeUsd: number,
): ExtrasPrice {
  const term = ctx.scenario.alwaysOn.commitment;
  if (term === 'none') return NONE;
  const r = rateOf(
    offer,
    term,
    (x) => x.usdPerVcpuHour !== undefined && x.usdPerGbHour !== undefined,
  );
  if ('code' in r) return warn(r);
  const gb = size.memoryMb / 1024;
  const onDemand = size.vcpu * offer.usdPerVcpuHour + gb * offer.usdPerGbHour;
  const committed = size.vcpu * (r.rate.usdPerVcpuHour ?? 0) + gb * (r.rate.usdPerGbHour ?? 0);
  const saving = Math.max(0, onDemand - committed);
  const hours = lowestInstances * HOURS_PER_MONTH;
  const usd = -Math.min(saving * hours, Math.max(0, computeUsd));
  if (hours <= 0) return NONE;
  const line: LineItem = {
    id: 'commitment',
    kind: 'commitment',
    quantity: hours,
    unit: 'instance-hour',
    unitPriceUsd: -saving,
    usd,
    basis: {
      type: 'commitment',
      term,
      plan: r.plan,
      onDemandUsd: onDemand,
      committedUsd: Math.min(committed, onDemand),
      per: 'instance-hour',
      coveredShare: instanceHoursPerMonth > 0 ? Math.min(1, hours / instanceHoursPerMonth) : 0,
    },
  };
  return { lines: [line], fixedMonthlyUsd: usd, warnings: [] };
}

/**
 * The share of a month's on-demand duration that falls in its quietest hour, times the hours in
 * the month: a plan sized to that hour is used in full every hour. Hour h runs `w(h)` times the
 * average concurrency; provisioned concurrency (`pc` environments) serves up to `pc` of it at its
 * own rate, so on demand runs `max(0, c·w(h) − pc)`.
 */
function quietestHourShare(ctx: PricingContext, pc: number): number {
  const avgConc = (ctx.averageRps * ctx.durationMs) / 1000;
  const onDemand = (w: number) => (pc > 0 ? Math.max(0, avgConc * w - pc) : w);
  let lowest = Infinity;
  let total = 0;
  let hours = 0;
  for (const { weight, hours: h } of ctx.bins) {
    const u = onDemand(weight);
    if (h > 0 && u < lowest) lowest = u;
    total += h * u;
    hours += h;
  }
  return total > 0 && Number.isFinite(lowest) ? (lowest * hours) / total : 0;
}

/**
 * A function under the scenario's commitment (Lambda on a Compute Savings Plan). The plan covers
 * duration (GB-seconds), not requests (AWS Savings Plans user guide). It commits to an hourly
 * spend; here it covers the function's quietest hour of on-demand duration, every hour of the
 * month, which is always used, after the free tier; the rest stays on demand. The covered
 * GB-seconds cost the committed rate instead of what the duration tiers charge for them, and a
 * commitment never raises the price. Provisioned concurrency stays at its own rate. A function
 * whose provider sells no plan in the catalog is left as it is.
 */
export function priceFaasCommitment(
  offer: FaasOffer,
  ctx: PricingContext,
  meters: readonly MeterUsage[],
): ExtrasPrice {
  const term = ctx.scenario.alwaysOn.commitment;
  if (term === 'none' || !offer.commitment) return NONE;
  const r = rateOf(offer, term, (x) => x.usdPerGbSecond !== undefined);
  if ('code' in r) return r.code === 'commitment-unpriced' ? warn(r) : NONE;
  const durationMeter = offer.meters.find((m) => m.basis === 'memory-seconds');
  const used = durationMeter && meters.find((m) => m.id === durationMeter.id);
  if (!used || !(used.units > 0)) return NONE;
  const pc = offer.provisioned ? ctx.scenario.faas.provisionedConcurrency : 0;
  const billable = Math.max(0, used.units - used.allowanceUnits);
  const covered = Math.min(billable, used.units * quietestHourShare(ctx, pc));
  if (!(covered > 0)) return NONE;
  const onDemand = costAfterAllowance(
    used.allowanceUnits + covered,
    used.allowanceUnits,
    used.tiers,
  );
  const committed = covered * (r.rate.usdPerGbSecond ?? 0);
  const saving = Math.min(Math.max(0, onDemand - committed), Math.max(0, used.usd));
  const line: LineItem = {
    id: 'commitment',
    kind: 'commitment',
    quantity: covered,
    unit: 'GB-s',
    unitPriceUsd: -saving / covered,
    usd: -saving,
    basis: {
      type: 'commitment',
      term,
      plan: r.plan,
      onDemandUsd: onDemand / covered,
      committedUsd: Math.min(r.rate.usdPerGbSecond ?? 0, onDemand / covered),
      per: 'gb-second',
      coveredShare: covered / used.units,
    },
  };
  return { lines: [line], fixedMonthlyUsd: line.usd, warnings: [] };
}
