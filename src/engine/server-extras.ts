/**
 * A real server's fixed costs beside the instance price: its public IPv4 address and its root
 * disk, per instance, every hour it runs. EC2 has charged $0.005 an hour for every public IPv4
 * address since 2024-02-01 and bills the root EBS volume per GB-month; Compute Engine and Azure
 * have the same kind of charges, while droplets, Lightsail and Hetzner's disks come with the plan.
 * The catalog says which (each offer's `serverExtras`, with its source); where the provider charges
 * but no price is sourced in the offer's region, the extra is left out with a warning, never
 * borrowed from another region.
 */
import type { InstanceOffer } from '../catalog/schema.ts';
import type { PricingContext } from './context.ts';
import { HOURS_PER_MONTH } from './scenario.ts';
import type { LineItem, Warning } from './types.ts';

/** Lines and warnings to add to an offer's own (read, never written: `NONE` is shared). */
export interface ExtrasPrice {
  readonly lines: readonly LineItem[];
  readonly fixedMonthlyUsd: number;
  readonly warnings: readonly Warning[];
}

/** Nothing to add (most offers in a sweep): one shared result, no allocation. */
export const NONE: ExtrasPrice = { lines: [], fixedMonthlyUsd: 0, warnings: [] };

/**
 * The public IPv4 and root disk of a fixed fleet of `instances`, when the scenario counts them
 * (`alwaysOn.serverExtras`, on by default).
 */
export function priceServerExtras(
  offer: InstanceOffer,
  ctx: PricingContext,
  instances: number,
): ExtrasPrice {
  const extras = offer.serverExtras;
  if (!ctx.scenario.alwaysOn.serverExtras || instances <= 0) return NONE;
  if (!extras)
    return {
      lines: [],
      fixedMonthlyUsd: 0,
      warnings: [
        {
          code: 'server-extras-unknown',
          severity: 'info',
          offerId: offer.id,
          params: { region: offer.region },
        },
      ],
    };
  const lines: LineItem[] = [];
  const warnings: Warning[] = [];
  let fixed = 0;

  const ip = extras.publicIpv4;
  if (ip.billing === 'hourly' || ip.billing === 'monthly') {
    const perInstance = ipv4MonthlyUsd(ip);
    const usd = instances * perInstance;
    fixed += usd;
    lines.push({
      id: 'public-ipv4',
      kind: 'server-extra',
      quantity: instances,
      unit: 'instance',
      unitPriceUsd: perInstance,
      usd,
      basis: { type: 'public-ipv4', hourlyUsd: ip.billing === 'hourly' ? ip.usdPerHour : null },
    });
  } else if (ip.billing === 'unpriced')
    warnings.push({
      code: 'server-extra-unpriced',
      severity: 'warning',
      offerId: offer.id,
      params: { extra: 'public-ipv4', region: offer.region },
    });

  const disk = extras.rootDisk;
  if (disk.billing === 'per-gb-month' || disk.billing === 'monthly') {
    const perInstance = rootDiskMonthlyUsd(disk);
    const perGb = disk.billing === 'per-gb-month' ? disk.usdPerGbMonth : null;
    const usd = instances * perInstance;
    fixed += usd;
    lines.push({
      id: 'root-disk',
      kind: 'server-extra',
      quantity: instances,
      unit: 'instance',
      unitPriceUsd: perInstance,
      usd,
      basis: {
        type: 'root-disk',
        sizeGb: disk.sizeGb,
        volumeType: disk.volumeType,
        usdPerGbMonth: perGb,
      },
    });
  } else if (disk.billing === 'unpriced')
    warnings.push({
      code: 'server-extra-unpriced',
      severity: 'warning',
      offerId: offer.id,
      params: { extra: 'root-disk', region: offer.region },
    });

  return { lines, fixedMonthlyUsd: fixed, warnings };
}

type Extras = NonNullable<InstanceOffer['serverExtras']>;
type BilledIpv4 = Extract<Extras['publicIpv4'], { billing: 'hourly' | 'monthly' }>;
type BilledDisk = Extract<Extras['rootDisk'], { billing: 'per-gb-month' | 'monthly' }>;

/** One instance's public IPv4 a month. */
function ipv4MonthlyUsd(ip: BilledIpv4): number {
  return ip.billing === 'hourly' ? ip.usdPerHour * HOURS_PER_MONTH : ip.usdPerMonth;
}

/** One instance's root disk a month. */
function rootDiskMonthlyUsd(disk: BilledDisk): number {
  return disk.billing === 'per-gb-month' ? disk.sizeGb * disk.usdPerGbMonth : disk.usdPerMonth;
}

/** One instance's public IPv4 and root disk a month, each where it is billed and counted. */
export interface ServerExtrasRates {
  readonly ipv4Usd: number | undefined;
  readonly diskUsd: number | undefined;
}

const NOT_COUNTED: ServerExtrasRates = { ipv4Usd: undefined, diskUsd: undefined };

/** What one instance's extras cost a month in the scenario (none when it does not count them). */
export function serverExtrasRates(offer: InstanceOffer, ctx: PricingContext): ServerExtrasRates {
  const extras = offer.serverExtras;
  if (!ctx.scenario.alwaysOn.serverExtras || !extras) return NOT_COUNTED;
  const { publicIpv4: ip, rootDisk: disk } = extras;
  return {
    ipv4Usd: ip.billing === 'hourly' || ip.billing === 'monthly' ? ipv4MonthlyUsd(ip) : undefined,
    diskUsd:
      disk.billing === 'per-gb-month' || disk.billing === 'monthly'
        ? rootDiskMonthlyUsd(disk)
        : undefined,
  };
}

/**
 * What `priceServerExtras` adds to the monthly figure for `instances`, without its lines or warnings
 * (sweeps and break-even searches): the same sums in the same order, so the same bits.
 */
export function serverExtrasOf(rates: ServerExtrasRates, instances: number): number {
  if (instances <= 0) return 0;
  let fixed = 0;
  if (rates.ipv4Usd !== undefined) fixed += instances * rates.ipv4Usd;
  if (rates.diskUsd !== undefined) fixed += instances * rates.diskUsd;
  return fixed;
}
