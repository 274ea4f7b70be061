/**
 * Pricing one offer for a scenario: its lines, meters, warnings and monthly total. Shared by
 * evaluateScenario (every offer) and the break-even search (monthly totals only).
 */
import type { FrontDoorOffer, Offer } from '../catalog/schema.ts';
import type { PricingContext } from './context.ts';
import { priceFaas } from './faas.ts';
import { applyFaasExtras, type FaasExtras } from './faas-extras.ts';
import { priceContainers, priceInstances } from './fleet.ts';
import { priceEgress, priceFrontDoor } from './front-door.ts';
import type { Scenario } from './scenario.ts';
import { scaleToHorizon } from './units.ts';
import type {
  FreeTierRunOut,
  LineItem,
  MeterUsage,
  OfferResult,
  UnavailableReason,
  Warning,
} from './types.ts';

/** The offers a scenario compares: the chosen ids (or every non-front-door offer) in its area. */
export function selectOffers(
  scenario: Scenario,
  offers: readonly Offer[],
): { offer: Offer | undefined; id: string; elsewhere: Offer | undefined }[] {
  // One pass to index the catalog: the entry in the scenario's area, else any entry of the id.
  const here = new Map<string, Offer>();
  const anywhere = new Map<string, Offer>();
  for (const o of offers) {
    if (o.area === scenario.area && !here.has(o.id)) here.set(o.id, o);
    if (!anywhere.has(o.id)) anywhere.set(o.id, o);
  }
  const ids =
    scenario.offers.length > 0
      ? [...new Set(scenario.offers)]
      : [...anywhere.values()].filter((o) => o.kind !== 'front-door').map((o) => o.id);
  return ids.map((id) => ({ id, offer: here.get(id), elsewhere: anywhere.get(id) }));
}

function findFrontDoor(
  offers: readonly Offer[],
  id: string | null,
  area: string,
): FrontDoorOffer | undefined {
  if (!id) return undefined;
  const o = offers.find((x) => x.id === id && x.area === area);
  return o && o.kind === 'front-door' ? o : undefined;
}

/** The load balancer of a provider in an area (a front door billed by the hour). */
function findLoadBalancer(
  offers: readonly Offer[],
  providerId: Offer['providerId'],
  area: string,
): FrontDoorOffer | undefined {
  for (const o of offers)
    if (
      o.kind === 'front-door' &&
      o.providerId === providerId &&
      o.area === area &&
      o.usdPerHour > 0 &&
      o.appliesTo.includes('always-on')
    )
      return o;
  return undefined;
}

export function unavailable(
  offer: Offer,
  reason: UnavailableReason,
  text: string,
  horizonZero = 0,
): OfferResult {
  return {
    offerId: offer.id,
    provider: offer.provider,
    product: offer.product,
    kind: offer.kind,
    family: offer.kind === 'faas' ? 'faas' : 'always-on',
    label: labelOf(offer),
    region: offer.region,
    available: false,
    status: 'unavailable',
    reason,
    unavailableReason: text,
    monthlyUsd: horizonZero,
    totals: { day: 0, week: 0, month: 0 },
    lines: [],
    warnings: [],
    meters: [],
    fixedMonthlyUsd: 0,
    freeTierRunsOutAtHour: null,
    source: offer.source,
    checkedOn: offer.checkedOn,
    verification: offer.verification,
    offer,
  };
}

/** Display name: product, with the instance type or architecture. */
const labels = new WeakMap<Offer, string>();
export function labelOf(offer: Offer): string {
  let label = labels.get(offer);
  if (label === undefined) {
    label = makeLabel(offer);
    labels.set(offer, label);
  }
  return label;
}

function makeLabel(offer: Offer): string {
  if (offer.name) return offer.name;
  if (offer.kind === 'always-on') return `${offer.provider} ${offer.instanceType}`;
  if (
    (offer.kind === 'faas' || offer.kind === 'autoscaled-container') &&
    offer.architecture === 'arm64' &&
    !/arm/i.test(offer.product)
  )
    return `${offer.product} (Arm)`;
  return offer.product;
}

/**
 * Price one offer. `all` is the whole catalog, for front doors and load balancers.
 * The sum of `lines` equals `monthlyUsd`.
 */
export function priceOffer(offer: Offer, ctx: PricingContext, all: readonly Offer[]): OfferResult {
  const p = priceParts(offer, ctx, all);
  if ('unavailable' in p) return unavailable(offer, p.unavailable, p.text);
  const { lines, meters, fixed, warnings, fleet, runsOut, runOuts, extras } = p;
  let monthly = fixed;
  for (const m of meters) monthly += m.usd;
  let blocker: Warning | undefined;
  for (const w of warnings)
    if (w.severity === 'error') {
      blocker = w;
      break;
    }
  // The identity fields repeat `unavailable()`'s on purpose: building them with a shared helper
  // and object spread made every evaluation about 2.8× slower (165 → 465 µs, npm run bench).
  return {
    offerId: offer.id,
    provider: offer.provider,
    product: offer.product,
    kind: offer.kind,
    family: offer.kind === 'faas' ? 'faas' : 'always-on',
    label: labelOf(offer),
    region: offer.region,
    available: true,
    status: blocker ? 'cannot-run' : 'priced',
    reason: blocker ?? null,
    monthlyUsd: monthly,
    totals: {
      day: scaleToHorizon(monthly, 'day'),
      week: scaleToHorizon(monthly, 'week'),
      month: monthly,
    },
    lines,
    warnings,
    ...(fleet ? { fleet } : {}),
    ...extras,
    meters,
    fixedMonthlyUsd: fixed,
    freeTierRunsOutAtHour: runsOut,
    ...(runOuts ? { freeTierRunOuts: runOuts } : {}),
    source: offer.source,
    checkedOn: offer.checkedOn,
    verification: offer.verification,
    offer,
  };
}

interface PriceParts {
  lines: LineItem[];
  meters: MeterUsage[];
  fixed: number;
  warnings: Warning[];
  fleet: OfferResult['fleet'];
  runsOut: number | null;
  runOuts: FreeTierRunOut[] | undefined;
  extras: FaasExtras;
}

/** The pieces of an offer's price: compute, front door or load balancer, egress. */
function priceParts(
  offer: Offer,
  ctx: PricingContext,
  all: readonly Offer[],
): PriceParts | { unavailable: UnavailableReason; text: string } {
  const s = ctx.scenario;
  // The engine prices in US dollars only: the catalog converts every offer once, when it loads
  // (src/catalog/to-usd.ts). An offer still in another currency was never converted.
  if (offer.currency !== 'USD')
    return {
      unavailable: { code: 'no-fx-rate', params: { currency: offer.currency } },
      text: `${offer.product} is priced in ${offer.currency}: the engine prices only offers converted to USD when the catalog loads.`,
    };
  if (offer.kind === 'front-door')
    return {
      unavailable: { code: 'front-door', params: {} },
      text: `${offer.product} is a front door: it is priced as part of the offers behind it.`,
    };

  let lines: LineItem[];
  let meters: MeterUsage[] = [];
  let fixed: number;
  let warnings: Warning[];
  let fleet: OfferResult['fleet'];
  let runsOut: number | null = null;
  let runOuts: FreeTierRunOut[] | undefined;
  let extras: FaasExtras = {};
  const add = (f: { lines: LineItem[]; meters: MeterUsage[]; fixedMonthlyUsd: number }) => {
    for (const l of f.lines) lines.push(l);
    for (const m of f.meters) meters.push(m);
    fixed += f.fixedMonthlyUsd;
  };

  if (offer.kind === 'faas') {
    const p = priceFaas(offer, ctx);
    // Issue 6: cold starts, external state, scheduler and scaling limits (adds lines in place).
    extras = applyFaasExtras(offer, ctx, p);
    ({ lines, meters, warnings } = p);
    fixed = p.fixedMonthlyUsd;
    runsOut = p.freeTierRunsOutAtHour;
    runOuts = p.freeTierRunOuts;
    if (s.faas.frontDoor) {
      const fd = findFrontDoor(all, s.faas.frontDoor, offer.area);
      if (fd && fd.providerId === offer.providerId && fd.appliesTo.includes('faas'))
        add(priceFrontDoor(fd, ctx, true));
      else if (ctx.detail && fd === undefined)
        warnings.push({
          code: 'no-front-door',
          severity: 'info',
          offerId: offer.id,
          params: { frontDoorId: s.faas.frontDoor },
          message: `Front door "${s.faas.frontDoor}" is not in the catalog for this area; it is not included in ${offer.product}'s price.`,
        });
    }
  } else {
    const p = offer.kind === 'always-on' ? priceInstances(offer, ctx) : priceContainers(offer, ctx);
    ({ lines, warnings } = p);
    fixed = p.fixedMonthlyUsd;
    fleet = p.fleet;
    if (s.alwaysOn.loadBalancer) {
      const lb = findLoadBalancer(all, offer.providerId, offer.area);
      if (lb) add(priceFrontDoor(lb, ctx, false));
      else if (ctx.detail)
        warnings.push({
          code: 'no-load-balancer',
          severity: 'info',
          offerId: offer.id,
          params: {},
          message: `No load-balancer price for ${offer.provider} in the catalog; none is included with ${offer.product}.`,
        });
    }
  }
  if (offer.egress) add(priceEgress(offer.egress, ctx));
  if (ctx.detail && offer.verification === 'unverified')
    warnings.push({
      code: 'unverified-price',
      severity: 'info',
      offerId: offer.id,
      params: {},
      message: `${offer.product}'s price could not be verified against the provider's own page; treat it as an estimate.`,
    });
  return { lines, meters, fixed, warnings, fleet, runsOut, runOuts, extras };
}

/** Monthly cost only (no details), for sweeps and break-even searches. */
export function monthlyCost(offer: Offer, ctx: PricingContext, all: readonly Offer[]): number {
  const p = priceParts(offer, ctx, all);
  if ('unavailable' in p) return NaN;
  let monthly = p.fixed;
  for (const m of p.meters) monthly += m.usd;
  return monthly;
}
