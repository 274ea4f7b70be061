/**
 * Instance families: the sizes a provider sells of one kind of machine (EC2 t4g, GCE e2,
 * DigitalOcean Basic …, the catalog's `family` field). A scenario compares a family at the
 * cheapest size that fits, or N of one size; a pinned size prices exactly that size.
 *
 * The pick, for one volume: every size of the family in the area is sized by `instancesFor`
 * (CPU, requests in flight, memory, availability: sizing.ts), sizes that cannot hold a request or
 * need more instances than the provider allows are left out, and the rest are ordered by what
 * their instances cost (instances × monthly price). Only the sizes whose instance cost is below
 * the best whole price found so far are priced in full (lines, load balancer, egress), so a
 * family costs one or two full pricings, not one per size. Ties go to fewer instances, then the
 * offer id, so the pick never depends on the catalog's order.
 */
import type { InstanceOffer, Offer } from '../catalog/schema.ts';
import type { PricingContext } from './context.ts';
import { instanceMonthlyUsd } from './fleet.ts';
import {
  demandAt,
  fixedFleetInstancesOf,
  fixedSizeFacts,
  instancesFor,
  type FixedSizeFacts,
} from './sizing.ts';

/** One family as a scenario compares it: its sizes in the scenario's area. */
export interface FamilyGroup {
  kind: 'family';
  /** The family id (`aws-ec2-t4g`): share links and `--offers` name it. */
  id: string;
  /** Display name ("EC2 t4g"). */
  name: string;
  /** Sizes sold in the scenario's area, by offer id. */
  sizes: readonly InstanceOffer[];
  /** The size the scenario pins (one of `sizes`), if any. */
  pinned?: InstanceOffer;
}

/** What the engine compares: one offer, or a family at its cheapest size that fits. */
export type Candidate = Offer | FamilyGroup;

interface FamilyEntry {
  name: string;
  /** Every size of the family, in every area. */
  sizes: InstanceOffer[];
}

export interface FamilyIndex {
  families: ReadonlyMap<string, FamilyEntry>;
  /** Size offer id → its family id. */
  familyOfSize: ReadonlyMap<string, string>;
}

const indexes = new WeakMap<readonly Offer[], FamilyIndex>();

/** The catalog's families, built once per catalog array. */
export function familyIndex(offers: readonly Offer[]): FamilyIndex {
  let index = indexes.get(offers);
  if (!index) {
    const families = new Map<string, FamilyEntry>();
    const familyOfSize = new Map<string, string>();
    for (const o of offers) {
      if (o.kind !== 'always-on' || !o.family) continue;
      let f = families.get(o.family.id);
      if (!f) families.set(o.family.id, (f = { name: o.family.name, sizes: [] }));
      f.sizes.push(o);
      familyOfSize.set(o.id, o.family.id);
    }
    for (const f of families.values()) f.sizes.sort((a, b) => (a.id < b.id ? -1 : 1));
    index = { families, familyOfSize };
    indexes.set(offers, index);
  }
  return index;
}

/** A family's sizes in one area, with the pinned size if `pins` names one of them. */
export function familyGroup(
  index: FamilyIndex,
  id: string,
  area: string,
  pins: readonly string[],
): FamilyGroup | undefined {
  const f = index.families.get(id);
  if (!f) return undefined;
  const sizes = f.sizes.filter((o) => o.area === area);
  const pinId = pins.find((p) => index.familyOfSize.get(p) === id);
  const pinned = pinId === undefined ? undefined : sizes.find((o) => o.id === pinId);
  return {
    kind: 'family',
    id,
    name: f.name,
    sizes: pinId === undefined ? sizes : pinned ? [pinned] : [],
    ...(pinned ? { pinned } : {}),
  };
}

/** The size picked for a family, and how many of it. */
export interface SizeChoice {
  offer: InstanceOffer;
  instances: number;
  /** False when no size fits: `offer` is then the one that comes closest (the most memory). */
  fits: boolean;
  /**
   * The pick's whole monthly price as `monthlyUsd` gave it, when the pick was priced to choose it
   * (null for a pinned size or when no size fits), so a caller need not price it again.
   */
  monthlyUsd: number | null;
}

/**
 * Whether a size (instances, their cost, its id) comes before another in the pick's order: by what
 * its instances cost, then fewer instances, then the offer id.
 */
function before(
  usd: number,
  instances: number,
  id: string,
  otherUsd: number,
  otherInstances: number,
  otherId: string,
): boolean {
  return (usd - otherUsd || instances - otherInstances || (id < otherId ? -1 : 1)) < 0;
}

/** A size as the pick reads it, once per scenario: one shape for every size of every family. */
interface PlannedSize {
  id: string;
  facts: FixedSizeFacts;
  /** One instance's monthly price (`instanceMonthlyUsd`). */
  instanceUsd: number;
  /** The provider's most instances of the size (Infinity without a limit). */
  maxInstances: number;
}

/** A family's sizes as the pick reads them, for the scenario they were read for. */
interface FamilyPlan {
  scenario: PricingContext['scenario'];
  sizes: PlannedSize[];
}

const plans = new WeakMap<FamilyGroup, FamilyPlan>();

/**
 * What the pick reads of each size that does not change with the volume, kept per family for the
 * last scenario it was asked about (a sweep asks about one scenario at every volume).
 */
function planOf(group: FamilyGroup, ctx: PricingContext): FamilyPlan {
  let plan = plans.get(group);
  if (plan?.scenario !== ctx.scenario) {
    plan = {
      scenario: ctx.scenario,
      sizes: group.sizes.map((o) => ({
        id: o.id,
        facts: fixedSizeFacts(o, ctx),
        instanceUsd: instanceMonthlyUsd(o),
        maxInstances: o.limits.maxInstances ?? Infinity,
      })),
    };
    plans.set(group, plan);
  }
  return plan;
}

/**
 * The cheapest size of `group` that fits the scenario, or N of one size (its pinned size when it
 * has one). `monthlyUsd` prices one size in full (`instances` of it, as sized here); it is called
 * only for sizes that could still win. Assumes every line beside the instances (load balancer,
 * egress, per-instance extras) is not negative, so the instances' cost is a lower bound of the
 * whole. Null for a family with no size in the area.
 */
export function pickSize(
  group: FamilyGroup,
  ctx: PricingContext,
  monthlyUsd: (size: InstanceOffer, instances: number) => number,
): SizeChoice | null {
  const { sizes } = group;
  if (sizes.length === 0) return null;
  if (group.pinned) {
    const z = instancesFor(group.pinned, ctx);
    return { offer: group.pinned, instances: z.instances, fits: z.fits, monthlyUsd: null };
  }
  // The sizes that fit, in the pick's order (insertion sort: a family has a handful of sizes).
  const plan = planOf(group, ctx);
  const d = demandAt(ctx, ctx.peakFactor);
  const order: number[] = [];
  const counts: number[] = [];
  const costs: number[] = [];
  for (let i = 0; i < sizes.length; i++) {
    const size = plan.sizes[i]!;
    const n = fixedFleetInstancesOf(size.facts, ctx, d);
    if (n < 0 || n > size.maxInstances) continue;
    const usd = n * size.instanceUsd;
    let j = order.length;
    for (; j > 0; j--) {
      const k = j - 1;
      if (!before(usd, n, size.id, costs[k]!, counts[k]!, plan.sizes[order[k]!]!.id)) break;
      order[j] = order[k]!;
      counts[j] = counts[k]!;
      costs[j] = costs[k]!;
    }
    order[j] = i;
    counts[j] = n;
    costs[j] = usd;
  }
  if (order.length === 0) {
    // Nothing fits: the size with the most memory (then the cheapest) says why.
    let closest = sizes[0]!;
    for (const o of sizes)
      if (
        o.memoryMb > closest.memoryMb ||
        (o.memoryMb === closest.memoryMb && instanceMonthlyUsd(o) < instanceMonthlyUsd(closest))
      )
        closest = o;
    return {
      offer: closest,
      instances: instancesFor(closest, ctx).instances,
      fits: false,
      monthlyUsd: null,
    };
  }
  let best = 0;
  let bestUsd = Infinity;
  for (let j = 0; j < order.length; j++) {
    if (costs[j]! >= bestUsd) break; // its instances alone cost as much as the best whole
    const usd = monthlyUsd(sizes[order[j]!]!, counts[j]!);
    // Equal within float noise (2 × $12.264 and 1 × $24.528): the earlier option keeps it.
    if (bestUsd === Infinity || usd < bestUsd - 1e-9 * Math.max(1, bestUsd)) {
      best = j;
      bestUsd = usd;
    }
  }
  return { offer: sizes[order[best]!]!, instances: counts[best]!, fits: true, monthlyUsd: bestUsd };
}

/** "t4g.medium" from "EC2 t4g.medium", "1 GB" from "DigitalOcean 1 GB": the size's own name. */
export function sizeName(offer: InstanceOffer): string {
  const name = offer.name ?? '';
  const space = name.indexOf(' ');
  return space > 0 ? name.slice(space + 1) : offer.instanceType;
}
