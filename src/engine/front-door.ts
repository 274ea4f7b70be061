/**
 * Front doors (API Gateway, load balancers) and egress: costs that sit beside the compute.
 */
import type { Egress, FrontDoorOffer } from '../catalog/schema.ts';
import { MONTH_HOURS_PER_WEEK_HOUR, type PricingContext } from './context.ts';
import { HOURS_PER_MONTH } from './scenario.ts';
import { costAfterAllowance, firstRate } from './tiers.ts';
import type { LineItem, MeterUsage } from './types.ts';

export interface SidePrice {
  lines: LineItem[];
  meters: MeterUsage[];
  fixedMonthlyUsd: number;
}

const KB_PER_GB = 1024 * 1024;

/** Requests as the front door meters them (HTTP API: each 512 KB of request + response is one). */
export function meteredRequestsPerRequest(
  fd: FrontDoorOffer,
  requestKb: number,
  responseKb: number,
): number {
  if (!fd.meteringIncrementKb) return 1;
  return Math.max(1, Math.ceil((requestKb + responseKb) / fd.meteringIncrementKb - 1e-9));
}

/**
 * Price a front door for the context's traffic.
 * `lambdaTargets`: an ALB in front of Lambda counts processed bytes at the Lambda rate.
 */
export function priceFrontDoor(
  fd: FrontDoorOffer,
  ctx: PricingContext,
  lambdaTargets: boolean,
): SidePrice {
  const s = ctx.scenario;
  const lines: LineItem[] = [];
  const meters: MeterUsage[] = [];
  let fixed = 0;
  if (fd.requestTiers) {
    const per = meteredRequestsPerRequest(fd, s.requestKb, s.responseKb);
    const units = ctx.requestsPerMonth * per;
    const allowance = s.faas.newCustomerFreeTier ? fd.newCustomerFreeRequests : 0;
    const usd = costAfterAllowance(units, allowance, fd.requestTiers);
    meters.push({
      id: 'front-door',
      label: fd.product,
      unit: 'request',
      units,
      allowanceUnits: allowance,
      tiers: fd.requestTiers,
      usd,
    });
    lines.push({
      id: 'front-door',
      kind: 'front-door',
      quantity: units,
      unit: 'request',
      unitPriceUsd: firstRate(fd.requestTiers),
      usd,
      name: fd.product,
      basis: {
        type: 'front-door',
        perCall: per,
        meteringKb: fd.meteringIncrementKb ?? null,
        tiered: fd.requestTiers.length > 1,
        newCustomerFreeUnits: allowance,
      },
    });
  }
  if (fd.usdPerGbProcessed !== undefined && fd.usdPerGbProcessed > 0) {
    // Request and response bytes both pass through the load balancer.
    const gb = (ctx.requestsPerMonth * (s.requestKb + s.responseKb)) / KB_PER_GB;
    const usd = gb * fd.usdPerGbProcessed;
    meters.push({
      id: 'load-balancer-data',
      label: 'Load balancer data processed',
      unit: 'GB',
      units: gb,
      allowanceUnits: 0,
      tiers: [{ upTo: null, usdPerUnit: fd.usdPerGbProcessed }],
      usd,
    });
    lines.push({
      id: 'load-balancer-data',
      kind: 'load-balancer',
      quantity: gb,
      unit: 'GB',
      unitPriceUsd: fd.usdPerGbProcessed,
      name: fd.product,
      basis: { type: 'lb-data' },
      usd,
    });
  }
  if (fd.usdPerHour === 0 && !fd.lcu && !fd.requestTiers && !fd.usdPerGbProcessed)
    // A routing layer the provider includes with its servers: a zero line, so the bill shows it.
    lines.push({
      id: 'load-balancer-included',
      kind: 'load-balancer',
      quantity: HOURS_PER_MONTH,
      unit: 'hour',
      unitPriceUsd: 0,
      name: fd.name ?? fd.product,
      basis: { type: 'included-routing' },
      usd: 0,
    });
  if (fd.usdPerHour > 0) {
    const usd = fd.usdPerHour * HOURS_PER_MONTH;
    fixed += usd;
    lines.push({
      id: 'load-balancer-hours',
      kind: 'load-balancer',
      quantity: HOURS_PER_MONTH,
      unit: 'hour',
      unitPriceUsd: fd.usdPerHour,
      name: fd.product,
      basis: { type: 'hours' },
      usd,
    });
  }
  if (fd.lcu) {
    const l = fd.lcu;
    const gbPerHourCap =
      lambdaTargets && l.processedGbPerHourLambdaTargets
        ? l.processedGbPerHourLambdaTargets
        : l.processedGbPerHour;
    const kbPerRequest = s.requestKb + s.responseKb;
    let lcuHours = 0;
    for (const { weight, hours } of ctx.bins) {
      const rps = ctx.averageRps * weight;
      // Assumption: one new connection per request (no client keep-alive), the dearest case.
      const newConn = rps / l.newConnectionsPerSecond;
      const active = (rps * ctx.durationMs) / 1000 / (l.activeConnectionsPerMinute / 60);
      const bytes = (rps * 3600 * kbPerRequest) / KB_PER_GB / gbPerHourCap;
      lcuHours += hours * Math.max(newConn, active, bytes);
    }
    lcuHours *= MONTH_HOURS_PER_WEEK_HOUR;
    const tiers = [{ upTo: null, usdPerUnit: l.usdPerLcuHour }];
    const usd = lcuHours * l.usdPerLcuHour;
    meters.push({
      id: 'lcu',
      label: 'Load balancer capacity units',
      unit: 'LCU-hour',
      units: lcuHours,
      allowanceUnits: 0,
      tiers,
      usd,
    });
    lines.push({
      id: 'load-balancer-lcu',
      kind: 'load-balancer',
      quantity: lcuHours,
      unit: 'LCU-hour',
      unitPriceUsd: l.usdPerLcuHour,
      name: fd.product,
      basis: { type: 'lcu' },
      usd,
    });
  }
  return { lines, meters, fixedMonthlyUsd: fixed };
}

/** GB sent to the internet in the month: response bytes × requests. */
/** The month's data out to the internet: response bytes × requests, in GB. */
export function egressGb(ctx: PricingContext): number {
  return (ctx.requestsPerMonth * ctx.scenario.responseKb) / KB_PER_GB;
}

/** What `priceEgress` adds to the monthly figure (its one meter), without lines (sweeps). */
export function egressMonthlyUsd(egress: Egress, ctx: PricingContext): number {
  return costAfterAllowance(egressGb(ctx), egress.freeGbPerMonth, egress.tiers);
}

/** Data transfer out to the internet: response bytes × requests, tiered per GB after the free GB. */
export function priceEgress(egress: Egress, ctx: PricingContext): SidePrice {
  const gb = egressGb(ctx);
  const usd = costAfterAllowance(gb, egress.freeGbPerMonth, egress.tiers);
  if (gb === 0) return { lines: [], meters: [], fixedMonthlyUsd: 0 };
  return {
    meters: [
      {
        id: 'egress',
        label: 'Data transfer out',
        unit: 'GB',
        units: gb,
        allowanceUnits: egress.freeGbPerMonth,
        tiers: egress.tiers,
        usd,
      },
    ],
    lines: [
      {
        id: 'egress',
        kind: 'egress',
        quantity: gb,
        unit: 'GB',
        unitPriceUsd: firstRate(egress.tiers),
        basis: {
          type: 'egress',
          freeUnits: egress.freeGbPerMonth,
          tiered: egress.tiers.length > 1,
        },
        usd,
      },
    ],
    fixedMonthlyUsd: 0,
  };
}
