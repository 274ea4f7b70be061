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
import type { LineItem, Warning } from './types.ts';

type Term = Exclude<PricingContext['scenario']['alwaysOn']['commitment'], 'none'>;
type Committable = InstanceOffer | ContainerOffer | FaasOffer;
type Rate = NonNullable<Committable['commitment']>['rates'][number];

/** The chosen term's rate for an offer, or the warning that says why it stays on demand. */
function rateOf(
  offer: Committable,
  term: Term,
  usable: (r: Rate) => boolean,
): { rate: Rate; plan: NonNullable<Committable['commitment']>['plan'] } | Warning {
  const c = offer.commitment;
  if (!c || !c.terms.includes(term))
    return { code: 'no-commitment', severity: 'info', offerId: offer.id, params: { term } };
  const rate = c.rates.find((r) => r.term === term && usable(r));
  if (!rate)
    return {
      code: 'commitment-unpriced',
      severity: 'warning',
      offerId: offer.id,
      params: { term, plan: c.plan },
    };
  return { rate, plan: c.plan };
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
 * A function under the scenario's commitment: Compute Savings Plans also cover Lambda's duration,
 * but no Lambda rate is sourced in the catalog, so a function whose product sells the term gets
 * the warning that it stays on demand; other functions are left as they are.
 */
export function faasCommitmentWarnings(offer: FaasOffer, ctx: PricingContext): readonly Warning[] {
  const term = ctx.scenario.alwaysOn.commitment;
  if (term === 'none' || !offer.commitment) return NONE.warnings;
  const r = rateOf(offer, term, () => false);
  return 'code' in r && r.code === 'commitment-unpriced' ? [r] : NONE.warnings;
}
