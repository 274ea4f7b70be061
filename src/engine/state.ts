/**
 * External state. An always-on server can keep a cache or a session in memory; a
 * function must read and write it elsewhere, and pays per request for it. Off by default; when on,
 * it is its own line item on every FaaS offer, priced from platform.json's sourced rates.
 */
import type { StateStore } from '../catalog/platform.ts';
import { costAfterAllowance } from './tiers.ts';
import { HOURS_PER_MONTH, type StateOptions } from './scenario.ts';
import type { LineItem, LinePart, MeterUsage } from './types.ts';

export interface StatePrice {
  line: LineItem;
  meters: MeterUsage[];
  /** Hourly nodes (managed Redis): a fixed monthly cost. */
  fixedMonthlyUsd: number;
}

/** Billed units for one operation on an item of `itemKb` (DynamoDB: 4 KB reads, 1 KB writes). */
export function unitsPerOperation(itemKb: number, unitKb: number | null): number {
  return unitKb === null ? 1 : Math.max(1, Math.ceil(itemKb / unitKb - 1e-9));
}

/** The monthly cost of the state a function reads and writes, as one line with its meters. */
export function priceState(
  store: StateStore,
  opts: StateOptions,
  requestsPerMonth: number,
  freeTier: boolean,
): StatePrice {
  const readUnits =
    requestsPerMonth * opts.readsPerRequest * unitsPerOperation(opts.itemKb, store.readUnitKb);
  const writeUnits =
    requestsPerMonth * opts.writesPerRequest * unitsPerOperation(opts.itemKb, store.writeUnitKb);
  const meters: MeterUsage[] = [];
  const meter = (
    id: string,
    label: string,
    units: number,
    usdPerUnit: number,
    free: number,
  ): number => {
    if (usdPerUnit === 0 && units === 0) return 0;
    const tiers = [{ upTo: null, usdPerUnit }];
    const allowance = freeTier ? free : 0;
    const usd = costAfterAllowance(units, allowance, tiers);
    meters.push({ id, label, unit: 'operation', units, allowanceUnits: allowance, tiers, usd });
    return usd;
  };
  const readsUsd =
    store.usdPerRead > 0
      ? meter(
          'state-reads',
          `${store.product} reads`,
          readUnits,
          store.usdPerRead,
          store.freeReadsPerMonth,
        )
      : 0;
  const writesUsd =
    store.usdPerWrite > 0
      ? meter(
          'state-writes',
          `${store.product} writes`,
          writeUnits,
          store.usdPerWrite,
          store.freeWritesPerMonth,
        )
      : 0;
  const fixed = store.usdPerHour * HOURS_PER_MONTH;
  const priced: LinePart[] = [];
  if (store.usdPerRead > 0)
    priced.push({
      quantity: readUnits,
      unit: 'read',
      unitPriceUsd: store.usdPerRead,
      freeUnits: freeTier ? store.freeReadsPerMonth : 0,
    });
  if (store.usdPerWrite > 0)
    priced.push({
      quantity: writeUnits,
      unit: 'write',
      unitPriceUsd: store.usdPerWrite,
      freeUnits: freeTier ? store.freeWritesPerMonth : 0,
    });
  if (fixed > 0)
    priced.push({
      quantity: HOURS_PER_MONTH,
      unit: 'node-hour',
      unitPriceUsd: store.usdPerHour,
      freeUnits: 0,
    });
  return {
    line: {
      id: 'state',
      // "storage" keeps the breakdown chart's kinds; the id says it is external state.
      kind: 'storage',
      quantity: requestsPerMonth,
      unit: 'request',
      unitPriceUsd: requestsPerMonth > 0 ? (readsUsd + writesUsd) / requestsPerMonth : 0,
      usd: readsUsd + writesUsd + fixed,
      name: store.product,
      basis: {
        type: 'state',
        parts: priced,
        afterFreeQuota: freeTier && (store.freeReadsPerMonth > 0 || store.freeWritesPerMonth > 0),
      },
    },
    meters,
    fixedMonthlyUsd: fixed,
  };
}
