/**
 * Pricing one offer for a scenario: its lines, meters, warnings and monthly total. Shared by
 * evaluateScenario (every offer) and the break-even search (monthly totals only).
 */
import type { FaasOffer, FrontDoorOffer, InstanceOffer, Offer } from '../catalog/schema.ts';
import type { PricingContext } from './context.ts';
import { faasCosts, priceFaas, type FaasMeterCosts } from './faas.ts';
import { priceFaasExtras } from './faas-extras.ts';
import {
  priceFaasCommitment,
  priceContainerCommitment,
  priceInstanceCommitment,
} from './commitment.ts';
import { surplusCreditsMonthlyUsd } from './burst-credits.ts';
import { instanceMonthlyUsd, priceContainers, priceInstances } from './fleet.ts';
import { egressGb, egressMonthlyUsd, priceEgress, priceFrontDoor } from './front-door.ts';
import {
  familyGroup,
  familyIndex,
  pickSize,
  sizeName,
  type Candidate,
  type FamilyGroup,
} from './families.ts';
import {
  priceServerExtras,
  serverExtrasOf,
  serverExtrasRates,
  type ExtrasPrice,
  type ServerExtrasRates,
} from './server-extras.ts';
import { instancesFor } from './sizing.ts';
import { coldStartOptionsOf, stateOptionsOf, type Scenario } from './scenario.ts';
import { scaleToHorizon } from './units.ts';
import type {
  FreeTierRunOut,
  LineItem,
  MeterUsage,
  OfferResult,
  UnavailableReason,
  Warning,
} from './types.ts';

/** One thing a scenario compares: an offer or a family, where it is priced, or where it is sold. */
export interface Selected {
  id: string;
  /** The offer, or the family with its sizes, in the scenario's area. */
  offer: Candidate | undefined;
  /** Any entry of the offer (or a size of the family) elsewhere, for "not in this area". */
  elsewhere: Offer | undefined;
}

/**
 * What a scenario compares, in its area: the ids it names (offers, and families priced at their
 * cheapest size that fits), and the family of every pinned size; or, when it names none, every
 * FaaS and container offer and every family (not each size).
 */
export function selectOffers(scenario: Scenario, offers: readonly Offer[]): Selected[] {
  // Every evaluation, sweep and search asks again for the same few selections: one shared, frozen
  // answer per catalog array, area, named offers and pins.
  let byKey = selections.get(offers);
  if (!byKey) selections.set(offers, (byKey = new Map()));
  const key = `${scenario.area}\n${scenario.offers.join(',')}\n${scenario.pins.join(',')}`;
  let selected = byKey.get(key);
  if (!selected) {
    if (byKey.size >= 64) byKey.clear(); // a session's many selections stay bounded
    selected = Object.freeze(selectFrom(scenario, offers)) as Selected[];
    byKey.set(key, selected);
  }
  return selected;
}

const selections = new WeakMap<readonly Offer[], Map<string, Selected[]>>();

function selectFrom(scenario: Scenario, offers: readonly Offer[]): Selected[] {
  // One pass to index the catalog: the entry in the scenario's area, else any entry of the id.
  const here = new Map<string, Offer>();
  const anywhere = new Map<string, Offer>();
  for (const o of offers) {
    if (o.area === scenario.area && !here.has(o.id)) here.set(o.id, o);
    if (!anywhere.has(o.id)) anywhere.set(o.id, o);
  }
  const index = familyIndex(offers);
  const pins = scenario.pins;
  const ids: string[] = [];
  if (scenario.offers.length > 0) ids.push(...scenario.offers);
  else
    for (const o of anywhere.values())
      if (o.kind === 'always-on' && o.family) ids.push(o.family.id);
      else if (o.kind !== 'front-door') ids.push(o.id);
  for (const p of pins) {
    const f = index.familyOfSize.get(p);
    if (f !== undefined) ids.push(f);
  }
  return [...new Set(ids)].map((id) => {
    const group = familyGroup(index, id, scenario.area, pins);
    if (group)
      return {
        id,
        offer: group.sizes.length > 0 ? group : undefined,
        elsewhere: index.families.get(id)?.sizes[0],
      };
    return { id, offer: here.get(id), elsewhere: anywhere.get(id) };
  });
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

/**
 * The load balancer of a provider in an area, for servers: a front door billed by the hour (an
 * ALB), or one the provider includes with its servers at no charge (no hourly or per-request
 * price: a routing layer such as Fly's proxy). API gateways (per-request tiers) are not one.
 */
export function findLoadBalancer(
  offers: readonly Offer[],
  providerId: Offer['providerId'],
  area: string,
): FrontDoorOffer | undefined {
  let byPlace = loadBalancers.get(offers);
  if (!byPlace) loadBalancers.set(offers, (byPlace = new Map()));
  const key = `${providerId}|${area}`;
  let lb = byPlace.get(key);
  if (lb === undefined)
    byPlace.set(key, (lb = scanForLoadBalancer(offers, providerId, area) ?? null));
  return lb ?? undefined;
}

/** Load balancers found per catalog array, by provider and area (sweeps ask at every volume). */
const loadBalancers = new WeakMap<readonly Offer[], Map<string, FrontDoorOffer | null>>();

function scanForLoadBalancer(
  offers: readonly Offer[],
  providerId: Offer['providerId'],
  area: string,
): FrontDoorOffer | undefined {
  for (const o of offers)
    if (
      o.kind === 'front-door' &&
      o.providerId === providerId &&
      o.area === area &&
      o.requestTiers === undefined &&
      o.appliesTo.includes('always-on')
    )
      return o;
  return undefined;
}

/** A family, or an offer, with no price in the area: named as the scenario named it. */
export function unavailableSelected(sel: Selected, offer: Offer, area: string): OfferResult {
  const r = unavailable(offer, { code: 'not-in-area', params: { area } });
  if (sel.id !== offer.id && offer.kind === 'always-on' && offer.family) {
    r.offerId = sel.id;
    r.label = offer.family.name;
  }
  return r;
}

export function unavailable(offer: Offer, reason: UnavailableReason): OfferResult {
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
    monthlyUsd: 0,
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
export function priceOffer(
  offer: Candidate,
  ctx: PricingContext,
  all: readonly Offer[],
): OfferResult {
  if (offer.kind === 'family') return priceFamily(offer, ctx, all);
  const p = priceParts(offer, ctx, all);
  if ('unavailable' in p) return unavailable(offer, p.unavailable);
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
  // and object spread made every evaluation about 2.8× slower (165 → 465 µs, npm run bench). The
  // optional fields are set after the literal, not spread into it, for the same reason.
  const r: OfferResult = {
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
    meters,
    fixedMonthlyUsd: fixed,
    freeTierRunsOutAtHour: runsOut,
    source: offer.source,
    checkedOn: offer.checkedOn,
    verification: offer.verification,
    offer,
  };
  if (fleet) r.fleet = fleet;
  if (extras.coldStart) r.coldStart = extras.coldStart;
  if (extras.scaling) r.scaling = extras.scaling;
  if (runOuts) r.freeTierRunOuts = runOuts;
  return r;
}

interface PriceParts {
  lines: LineItem[];
  meters: MeterUsage[];
  fixed: number;
  warnings: Warning[];
  fleet: OfferResult['fleet'];
  runsOut: number | null;
  runOuts: FreeTierRunOut[] | undefined;
  /** FaaS: cold-start and scaling information (with the breakdown). */
  extras: Pick<OfferResult, 'coldStart' | 'scaling'>;
}

/**
 * Appends a part's lines and meters and returns its fixed monthly cost. A module-level function,
 * not a closure in priceParts: sweeps call priceParts about 9,000 times (npm run bench).
 */
function addPart(
  lines: LineItem[],
  meters: MeterUsage[],
  part: { lines: LineItem[]; meters: MeterUsage[]; fixedMonthlyUsd: number },
): number {
  for (const l of part.lines) lines.push(l);
  for (const m of part.meters) meters.push(m);
  return part.fixedMonthlyUsd;
}

/** Appends a server-costs part's lines and warnings and returns its fixed monthly cost. */
function addExtras(lines: LineItem[], warnings: Warning[], part: ExtrasPrice): number {
  for (const l of part.lines) lines.push(l);
  for (const w of part.warnings) warnings.push(w);
  return part.fixedMonthlyUsd;
}

/** The pieces of an offer's price: compute, front door or load balancer, egress. */
function priceParts(
  offer: Offer,
  ctx: PricingContext,
  all: readonly Offer[],
): PriceParts | { unavailable: UnavailableReason } {
  const s = ctx.scenario;
  // The engine prices in US dollars only: the catalog converts every offer once, when it loads
  // (src/catalog/to-usd.ts). An offer still in another currency was never converted.
  if (offer.currency !== 'USD')
    return { unavailable: { code: 'no-fx-rate', params: { currency: offer.currency } } };
  if (offer.kind === 'front-door') return { unavailable: { code: 'front-door', params: {} } };

  let lines: LineItem[];
  let meters: MeterUsage[] = [];
  let fixed: number;
  let warnings: Warning[];
  let fleet: OfferResult['fleet'];
  let runsOut: number | null = null;
  let runOuts: FreeTierRunOut[] | undefined;
  const extras: PriceParts['extras'] = {};

  if (offer.kind === 'faas') {
    // The FaaS price, then what cold starts, external state, a scheduler and scaling limits add
    // to it: two results, composed here (the lines, meters and warnings are this call's own).
    const p = priceFaas(offer, ctx);
    const x = priceFaasExtras(offer, ctx, p);
    lines = p.lines;
    for (const l of x.lines) lines.push(l);
    meters = x.meters;
    warnings = p.warnings;
    for (const w of x.warnings) warnings.push(w);
    fixed = p.fixedMonthlyUsd + x.fixedMonthlyUsd;
    if (x.coldStart) extras.coldStart = x.coldStart;
    if (x.scaling) extras.scaling = x.scaling;
    runsOut = p.freeTierRunsOutAtHour;
    runOuts = p.freeTierRunOuts;
    fixed += addExtras(lines, warnings, priceFaasCommitment(offer, ctx, p.meters));
    if (s.faas.frontDoor) {
      const fd = findFrontDoor(all, s.faas.frontDoor, offer.area);
      if (fd && fd.providerId === offer.providerId && fd.appliesTo.includes('faas'))
        fixed += addPart(lines, meters, priceFrontDoor(fd, ctx, true));
      else if (fd === undefined)
        warnings.push({
          code: 'no-front-door',
          severity: 'info',
          offerId: offer.id,
          params: { frontDoorId: s.faas.frontDoor },
        });
    }
  } else {
    const p = offer.kind === 'always-on' ? priceInstances(offer, ctx) : priceContainers(offer, ctx);
    ({ lines, warnings } = p);
    fixed = p.fixedMonthlyUsd;
    fleet = p.fleet;
    // A real server's fixed costs (public IPv4, root disk) and the scenario's commitment term.
    if (offer.kind === 'always-on') {
      const n = p.fleet.peakInstances;
      fixed += addExtras(lines, warnings, priceServerExtras(offer, ctx, n));
      fixed += addExtras(
        lines,
        warnings,
        priceInstanceCommitment(offer, ctx, n, instanceMonthlyUsd(offer)),
      );
    } else if (p.containerUse) {
      const u = p.containerUse;
      fixed += addExtras(
        lines,
        warnings,
        priceContainerCommitment(
          offer,
          ctx,
          u.size,
          u.lowestInstances,
          u.instanceHoursPerMonth,
          u.computeUsd,
        ),
      );
    }

    // Across two zones the fleet needs a load balancer in front of it, as when one is asked for.
    const multiZone = s.alwaysOn.availability === 'multi-zone';
    if (s.alwaysOn.loadBalancer || multiZone) {
      const lb = findLoadBalancer(all, offer.providerId, offer.area);
      if (lb) fixed += addPart(lines, meters, priceFrontDoor(lb, ctx, false));
      else
        warnings.push({
          code: 'no-load-balancer',
          severity: 'info',
          offerId: offer.id,
          params: { multiZone },
        });
    }
  }
  if (offer.egress) fixed += addPart(lines, meters, priceEgress(offer.egress, ctx));
  else if (offer.egressUnpriced !== undefined && egressGb(ctx) > 0)
    warnings.push({
      code: 'egress-unpriced',
      severity: 'warning',
      offerId: offer.id,
      params: { region: offer.region, gb: egressGb(ctx) },
    });
  if (offer.verification === 'unverified')
    warnings.push({
      code: 'unverified-price',
      severity: 'info',
      offerId: offer.id,
      params: {},
    });
  return { lines, meters, fixed, warnings, fleet, runsOut, runOuts, extras };
}

/** Monthly cost only (a context without the breakdown), for sweeps and break-even searches. */
export function monthlyCost(offer: Candidate, ctx: PricingContext, all: readonly Offer[]): number {
  if (offer.kind === 'family') {
    const pick = pickSize(offer, ctx, (o, n) => fixedFleetMonthlyCost(o, ctx, all, n));
    if (!pick) return NaN;
    return pick.monthlyUsd ?? fixedFleetMonthlyCost(pick.offer, ctx, all);
  }
  if (offer.kind === 'always-on') return fixedFleetMonthlyCost(offer, ctx, all);
  if (offer.kind === 'faas' && !faasExtrasPriced(ctx.scenario))
    return faasMonthlyCost(offer, ctx, all);
  const p = priceParts(offer, ctx, all);
  if ('unavailable' in p) return NaN;
  let monthly = p.fixed;
  for (const m of p.meters) monthly += m.usd;
  return monthly;
}

/**
 * A fixed fleet's monthly cost without its lines, fleet or warnings: what `priceParts` adds up for
 * an always-on offer, the same sums in the same order, so the same bits (cost-paths.test.ts holds
 * the two together). Sweeps and break-even searches price families size by size at every volume,
 * so this path builds no objects. `instances`: the fleet's size when the caller sized it already.
 */
function fixedFleetMonthlyCost(
  offer: InstanceOffer,
  ctx: PricingContext,
  all: readonly Offer[],
  instances: number = instancesFor(offer, ctx).instances,
): number {
  if (offer.currency !== 'USD') return NaN;
  const a = ctx.scenario.alwaysOn;
  const f = fleetCostFacts(offer, ctx);
  let fixed = instances * f.instanceUsd;
  if (f.surplusBilled) {
    const surplus = surplusCreditsMonthlyUsd(offer, ctx, instances);
    if (surplus > 0) fixed += surplus;
  }
  fixed += serverExtrasOf(f.extras, instances);
  // A commitment's line is the saving per instance times the instances (0 without one).
  if (instances > 0) fixed += f.commitmentPerInstance * instances;
  let lbMeters: readonly MeterUsage[] = NO_METERS;
  if (a.loadBalancer || a.availability === 'multi-zone') {
    const lb = findLoadBalancer(all, offer.providerId, offer.area);
    if (lb) {
      const p = priceFrontDoor(lb, ctx, false);
      fixed += p.fixedMonthlyUsd;
      lbMeters = p.meters;
    }
  }
  let monthly = fixed;
  for (const m of lbMeters) monthly += m.usd;
  if (offer.egress) monthly += egressMonthlyUsd(offer.egress, ctx);
  return monthly;
}

/** What a fixed fleet's cost reads of its size that does not change with the volume. */
interface FleetCostFacts {
  scenario: Scenario;
  /** One instance a month on demand (`instanceMonthlyUsd`). */
  instanceUsd: number;
  /** It bills surplus CPU credits past its baseline (burst-credits.ts). */
  surplusBilled: boolean;
  extras: ServerExtrasRates;
  /** What the scenario's commitment adds per instance: minus the saving, or 0. */
  commitmentPerInstance: number;
}

const fleetCostFactsCache = new WeakMap<InstanceOffer, FleetCostFacts>();

/** A size's fleet cost facts, kept for the last scenario it was priced for. */
function fleetCostFacts(offer: InstanceOffer, ctx: PricingContext): FleetCostFacts {
  let f = fleetCostFactsCache.get(offer);
  if (f?.scenario !== ctx.scenario) {
    const instanceUsd = instanceMonthlyUsd(offer);
    f = {
      scenario: ctx.scenario,
      instanceUsd,
      surplusBilled: offer.burstCredits?.mode === 'surplus-billed',
      extras: serverExtrasRates(offer, ctx),
      commitmentPerInstance: priceInstanceCommitment(offer, ctx, 1, instanceUsd).fixedMonthlyUsd,
    };
    fleetCostFactsCache.set(offer, f);
  }
  return f;
}

const NO_METERS: readonly MeterUsage[] = [];

/**
 * Whether the scenario prices something `priceFaasExtras` adds to a FaaS total without the
 * breakdown: billed cold starts, external state or a timer's scheduler (off by default).
 */
function faasExtrasPriced(s: Scenario): boolean {
  return (
    coldStartOptionsOf(s).includeCost ||
    stateOptionsOf(s).store !== 'none' ||
    s.trigger === 'schedule'
  );
}

/** Each meter's figures of the FaaS offer `faasMonthlyCost` is pricing (reused, never returned). */
const faasScratch: FaasMeterCosts = { count: 0, usd: [], units: [], allowance: [] };

/**
 * A FaaS offer's monthly cost without its lines, meters or warnings, when `priceFaasExtras` adds
 * nothing to it (see faasExtrasPriced): what `priceParts` adds up for it, the same sums in the same
 * order (the fixed fees, commitment and front door first, then every meter in turn), so the same
 * bits (cost-paths.test.ts holds the two together). Sweeps price every function at every volume.
 */
function faasMonthlyCost(offer: FaasOffer, ctx: PricingContext, all: readonly Offer[]): number {
  if (offer.currency !== 'USD') return NaN;
  const s = ctx.scenario;
  const out = faasScratch;
  let fixed = faasCosts(offer, ctx, out);
  const n = out.count;
  if (s.alwaysOn.commitment !== 'none' && offer.commitment) {
    // The commitment reads the duration meter as priceFaas built it.
    const i = offer.meters.findIndex((m) => m.basis === 'memory-seconds');
    const m = offer.meters[i];
    const meters: MeterUsage[] = [];
    if (m)
      meters.push({
        id: m.id,
        label: m.label,
        unit: m.unit,
        units: out.units[i]!,
        allowanceUnits: out.allowance[i]!,
        tiers: m.tiers,
        usd: out.usd[i]!,
      });
    fixed += priceFaasCommitment(offer, ctx, meters).fixedMonthlyUsd;
  }
  let frontDoorMeters: readonly MeterUsage[] = NO_METERS;
  if (s.faas.frontDoor) {
    const fd = findFrontDoor(all, s.faas.frontDoor, offer.area);
    if (fd && fd.providerId === offer.providerId && fd.appliesTo.includes('faas')) {
      const p = priceFrontDoor(fd, ctx, true);
      fixed += p.fixedMonthlyUsd;
      frontDoorMeters = p.meters;
    }
  }
  let monthly = fixed;
  for (let i = 0; i < n; i++) monthly += out.usd[i]!;
  for (const m of frontDoorMeters) monthly += m.usd;
  if (offer.egress) monthly += egressMonthlyUsd(offer.egress, ctx);
  return monthly;
}

/**
 * A family at its cheapest size that fits (or its pinned size): that size's result, labelled with
 * the family's name ("EC2 t4g"), with what was picked in `pick`.
 */
function priceFamily(group: FamilyGroup, ctx: PricingContext, all: readonly Offer[]): OfferResult {
  const choice = pickSize(group, ctx, (o, n) => fixedFleetMonthlyCost(o, ctx, all, n));
  if (!choice) throw new Error(`family ${group.id} has no size in the area`);
  const size = choice.offer;
  const r = priceOffer(size, ctx, all);
  const instances = r.fleet?.peakInstances ?? choice.instances;
  r.offerId = group.id;
  // Named for the family: src/describe says what it picked ("EC2 t4g: 2 × t4g.medium").
  r.label = group.name;
  r.pick = {
    familyId: group.id,
    familyName: group.name,
    offerId: size.id,
    instanceType: size.instanceType,
    sizeName: sizeName(size),
    instances,
    pinned: group.pinned !== undefined,
    fits: choice.fits,
    sizesInArea: group.sizes.length,
  };
  return r;
}

/**
 * Monthly cost only if the offer can run the workload (no error-level warning, as `priceOffer`'s
 * `cannot-run`), else NaN: for searches that move an input and must drop an offer a hard limit
 * stops (src/engine/ranges.ts, growth.ts).
 */
export function runnableMonthlyCost(
  offer: Candidate,
  ctx: PricingContext,
  all: readonly Offer[],
): number {
  if (offer.kind === 'family') {
    // The size the page would pick (as priceFamily), then whether that size can run.
    const pick = pickSize(offer, ctx, (o, n) => fixedFleetMonthlyCost(o, ctx, all, n));
    return pick ? runnableMonthlyCost(pick.offer, ctx, all) : NaN;
  }
  const p = priceParts(offer, ctx, all);
  if ('unavailable' in p) return NaN;
  for (const w of p.warnings) if (w.severity === 'error') return NaN;
  let monthly = p.fixed;
  for (const m of p.meters) monthly += m.usd;
  return monthly;
}
