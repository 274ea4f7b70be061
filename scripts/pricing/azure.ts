/**
 * Azure Retail Prices API importer (public, no credentials). One query per region for Functions and
 * one per VM size, each followed through `NextPageLink` until it is null.
 *
 *   https://prices.azure.com/api/retail/prices?currencyCode='USD'&$filter=…
 *
 * Items used (anything else is ignored, e.g. Windows, Spot, Low Priority, DevTest, reservations):
 * - Functions Consumption: productName "Functions", skuName "Standard", meters "Standard Execution
 *   Time" (1 GB Second) and "Standard Total Executions" (unit "10": the price is per 10 executions).
 * - Flex Consumption: productName "Flex Consumption", meters "On Demand Execution Time", "On Demand
 *   Total Executions", and (always ready) "Always Ready Baseline", "Always Ready Execution Time".
 * - VMs: serviceName "Virtual Machines", the offer's armSkuName, type "Consumption", Linux (the
 *   product name has no "Windows"), not Spot or Low Priority, unit "1 Hour".
 * A meter's free grant appears as a first tier priced 0 (tierMinimumUnits 0); it becomes the
 * meter's freeTierUnits, and the paid tiers become its tiers.
 */
import { fetchWithRetry, type Fetcher, type RetryOptions } from './fetch.ts';
import {
  rawOffers,
  str,
  type ImportResult,
  type ImportedRate,
  type RawFile,
  type TierValue,
} from './types.ts';

export const AZURE_BASE = 'https://prices.azure.com/api/retail/prices';
const MAX_PAGES = 200;

export interface AzureItem {
  currencyCode: string;
  tierMinimumUnits: number;
  retailPrice: number;
  unitPrice: number;
  armRegionName: string;
  meterName: string;
  productName: string;
  skuName: string;
  serviceName: string;
  unitOfMeasure: string;
  type: string;
  armSkuName?: string;
}

export class AzureApiError extends Error {
  override name = 'AzureApiError';
}

export function azureQueryUrl(filter: string): string {
  return `${AZURE_BASE}?currencyCode='USD'&$filter=${encodeURIComponent(filter)}`;
}

function asItem(v: unknown): AzureItem | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  const s = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  const n = (k: string) =>
    typeof o[k] === 'number' && Number.isFinite(o[k]) ? (o[k] as number) : undefined;
  const req = {
    currencyCode: s('currencyCode'),
    tierMinimumUnits: n('tierMinimumUnits'),
    retailPrice: n('retailPrice'),
    unitPrice: n('unitPrice'),
    armRegionName: s('armRegionName'),
    meterName: s('meterName'),
    productName: s('productName'),
    skuName: s('skuName'),
    serviceName: s('serviceName'),
    unitOfMeasure: s('unitOfMeasure'),
    type: s('type'),
  };
  if (Object.values(req).some((x) => x === undefined)) return undefined;
  const arm = s('armSkuName');
  return { ...(req as AzureItem), ...(arm ? { armSkuName: arm } : {}) };
}

/** Every item of a query, following NextPageLink. A malformed page or a loop is an error. */
export async function fetchAllItems(
  fetcher: Fetcher,
  firstUrl: string,
  retry?: RetryOptions,
): Promise<{ items: AzureItem[]; pages: number; dropped: number }> {
  const items: AzureItem[] = [];
  const seen = new Set<string>();
  let url: string | null = firstUrl;
  let pages = 0;
  let dropped = 0;
  while (url) {
    if (seen.has(url)) throw new AzureApiError(`NextPageLink loops back to ${url}`);
    if (++pages > MAX_PAGES)
      throw new AzureApiError(`more than ${MAX_PAGES} pages for ${firstUrl}; narrow the filter`);
    seen.add(url);
    const res = await fetchWithRetry(fetcher, url, retry);
    const text = await res.text();
    let page: unknown;
    try {
      page = JSON.parse(text);
    } catch (e) {
      throw new AzureApiError(`page ${pages} (${url}) is not JSON: ${(e as Error).message}`);
    }
    const p = page as { Items?: unknown; NextPageLink?: unknown };
    if (!p || typeof p !== 'object' || !Array.isArray(p.Items))
      throw new AzureApiError(`page ${pages} (${url}) has no Items array`);
    if (
      p.NextPageLink !== undefined &&
      p.NextPageLink !== null &&
      typeof p.NextPageLink !== 'string'
    )
      throw new AzureApiError(`page ${pages} (${url}) has a NextPageLink that is not a string`);
    for (const raw of p.Items) {
      const it = asItem(raw);
      if (it) items.push(it);
      else dropped++;
    }
    url = typeof p.NextPageLink === 'string' && p.NextPageLink !== '' ? p.NextPageLink : null;
  }
  return { items, pages, dropped };
}

/** "10" → 10, "1 GB Second" → 1, "1 Hour" → 1, "1M" → 1e6, "100K" → 1e5. */
export function unitMultiplier(unitOfMeasure: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(K|M|Million)?\b/i.exec(unitOfMeasure);
  if (!m) throw new AzureApiError(`unknown unitOfMeasure "${unitOfMeasure}"`);
  const scale = !m[2] ? 1 : m[2].toUpperCase() === 'K' ? 1e3 : 1e6;
  return Number(m[1]) * scale;
}

/** Per-unit prices are divided by the unit size; 12 significant digits drop the float noise. */
const clean = (x: number) => Number(x.toPrecision(12));

/** One meter's items (all tiers) as free units + tiers per single unit. */
export function meterTiers(
  items: AzureItem[],
  where: string,
): { free: number; tiers: TierValue[] } {
  const byMin = new Map<number, AzureItem>();
  for (const it of items) {
    const prev = byMin.get(it.tierMinimumUnits);
    if (prev && prev.unitPrice !== it.unitPrice)
      throw new AzureApiError(
        `${where}: two prices for the tier starting at ${it.tierMinimumUnits}`,
      );
    byMin.set(it.tierMinimumUnits, it);
  }
  const sorted = [...byMin.values()].sort((a, b) => a.tierMinimumUnits - b.tierMinimumUnits);
  const first = sorted[0];
  if (!first) throw new AzureApiError(`${where}: no items`);
  if (first.tierMinimumUnits !== 0)
    throw new AzureApiError(`${where}: the first tier starts at ${first.tierMinimumUnits}, not 0`);
  const mult = unitMultiplier(first.unitOfMeasure);
  if (sorted.some((s) => unitMultiplier(s.unitOfMeasure) !== mult))
    throw new AzureApiError(`${where}: tiers in different units`);
  let paid = sorted;
  let free = 0;
  if (first.unitPrice === 0 && sorted.length > 1) {
    paid = sorted.slice(1);
    free = clean((paid[0] as AzureItem).tierMinimumUnits * mult);
  }
  const tiers = paid.map((it, i) => {
    const next = paid[i + 1];
    return {
      upTo: next ? clean(next.tierMinimumUnits * mult) : null,
      pricePerUnit: clean(it.unitPrice / mult),
    };
  });
  return { free, tiers };
}

interface AzureQuery {
  url: string;
  offerId: string;
  region: string;
  currency: string;
  label: string;
  /** Which items make this meter. */
  pick: (it: AzureItem) => boolean;
  /** An item this query picks, without its price and tier; used to record fixtures. */
  example: Omit<AzureItem, 'currencyCode' | 'tierMinimumUnits' | 'retailPrice' | 'unitPrice'>;
  /** Where the paid tiers go; a flat price when `flat`. */
  path: string[];
  flat?: boolean;
  /** Where a free grant goes, if the offer has such a meter. */
  freePath?: string[];
}

const isLinuxPayg = (it: AzureItem) =>
  it.type === 'Consumption' &&
  !/windows/i.test(it.productName) &&
  !/spot|low priority/i.test(it.skuName);

export function planAzure(file: RawFile): AzureQuery[] {
  const out: AzureQuery[] = [];
  for (const o of rawOffers(file)) {
    const id = str(o.id);
    const region = str(o.region);
    if (!id || !region) continue;
    const base = { offerId: id, region, currency: str(o.currency) ?? 'USD' };
    const functionsUrl = azureQueryUrl(
      `serviceName eq 'Functions' and armRegionName eq '${region}'`,
    );
    const fn = (product: string, meter: string) => ({
      pick: (it: AzureItem) =>
        it.type === 'Consumption' &&
        it.productName === product &&
        it.meterName === meter &&
        it.armRegionName === region,
      example: {
        serviceName: 'Functions',
        productName: product,
        skuName: /^Always Ready/.test(meter)
          ? 'Always Ready'
          : product === 'Functions'
            ? 'Standard'
            : 'On Demand',
        meterName: meter,
        // Executions are priced per 10 (https://prices.azure.com, unitOfMeasure "10").
        unitOfMeasure: /Executions$/.test(meter) ? '10' : '1 GB Second',
        armRegionName: region,
        type: 'Consumption',
      },
    });
    const meter = (
      basis: string,
      product: string,
      meterName: string,
      label: string,
    ): AzureQuery => ({
      ...base,
      url: functionsUrl,
      label,
      ...fn(product, meterName),
      path: ['meters', `basis=${basis}`, 'tiers'],
      freePath: ['meters', `basis=${basis}`, 'freeTierUnits'],
    });
    // Dispatch on the product, never on the id's spelling (see planAws).
    const product = str(o.productId);
    if (o.kind === 'faas' && product === 'functions-consumption') {
      out.push(
        meter(
          'memory-seconds',
          'Functions',
          'Standard Execution Time',
          'Functions Consumption execution time (GB-s)',
        ),
      );
      out.push(
        meter(
          'requests',
          'Functions',
          'Standard Total Executions',
          'Functions Consumption executions',
        ),
      );
    } else if (o.kind === 'faas' && product === 'functions-flex') {
      out.push(
        meter(
          'memory-seconds',
          'Flex Consumption',
          'On Demand Execution Time',
          'Flex Consumption on-demand execution time (GB-s)',
        ),
      );
      out.push(
        meter(
          'requests',
          'Flex Consumption',
          'On Demand Total Executions',
          'Flex Consumption on-demand executions',
        ),
      );
      if (o.provisioned && typeof o.provisioned === 'object') {
        out.push({
          ...base,
          url: functionsUrl,
          label: 'Flex Consumption always-ready baseline (GB-s)',
          ...fn('Flex Consumption', 'Always Ready Baseline'),
          path: ['provisioned', 'pricePerGbSecondConfigured'],
          flat: true,
        });
        out.push({
          ...base,
          url: functionsUrl,
          label: 'Flex Consumption always-ready execution time (GB-s)',
          ...fn('Flex Consumption', 'Always Ready Execution Time'),
          path: ['provisioned', 'pricePerGbSecondDuration'],
          flat: true,
        });
      }
    } else if (
      o.kind === 'always-on' &&
      product === 'virtual-machines' &&
      typeof o.instanceType === 'string' &&
      typeof o.pricePerHour === 'number'
    ) {
      const sku = o.instanceType;
      out.push({
        ...base,
        url: azureQueryUrl(
          `serviceName eq 'Virtual Machines' and armRegionName eq '${region}' and armSkuName eq '${sku}'`,
        ),
        label: `VM ${sku} Linux pay-as-you-go`,
        example: {
          serviceName: 'Virtual Machines',
          productName: `Virtual Machines ${sku.replace(/^Standard_/, '').replace(/\d.*$/, '')} Series`,
          skuName: sku.replace(/^Standard_/, '').replace(/_/g, ' '),
          meterName: sku.replace(/^Standard_/, '').replace(/_/g, ' '),
          unitOfMeasure: '1 Hour',
          armRegionName: region,
          armSkuName: sku,
          type: 'Consumption',
        },
        pick: (it) =>
          isLinuxPayg(it) &&
          it.armSkuName === sku &&
          it.armRegionName === region &&
          /hour/i.test(it.unitOfMeasure),
        path: ['pricePerHour'],
        flat: true,
      });
    }
  }
  return out;
}

export interface AzureOptions {
  fetcher: Fetcher;
  retry?: RetryOptions;
  file?: string;
}

export async function importAzure(file: RawFile, opts: AzureOptions): Promise<ImportResult> {
  const fileName = opts.file ?? 'azure.json';
  const result: ImportResult = { importer: 'azure', rates: [], warnings: [] };
  const pagesByUrl = new Map<string, AzureItem[]>();
  for (const q of planAzure(file)) {
    let items = pagesByUrl.get(q.url);
    if (!items) {
      const got = await fetchAllItems(opts.fetcher, q.url, opts.retry);
      if (got.dropped > 0)
        result.warnings.push(
          `${q.url}: ${got.dropped} items without the documented fields were ignored`,
        );
      items = got.items;
      pagesByUrl.set(q.url, items);
    }
    const matching = items.filter(q.pick);
    const sameCurrency = matching.filter((it) => it.currencyCode === q.currency);
    if (sameCurrency.length < matching.length)
      result.warnings.push(
        `${q.label} (offer ${q.offerId}): ${matching.length - sameCurrency.length} items in another currency than ${q.currency} ignored`,
      );
    if (sameCurrency.length === 0) {
      result.warnings.push(
        `${q.label} (offer ${q.offerId}, ${q.region}): no ${q.currency} item matches; the rate is left as it is`,
      );
      continue;
    }
    const where = `${q.label} (offer ${q.offerId}, ${q.region})`;
    const { free, tiers } = meterTiers(sameCurrency, where);
    const rate = (path: string[], value: ImportedRate['value'], label: string): ImportedRate => ({
      file: fileName,
      offerId: q.offerId,
      region: q.region,
      path,
      value,
      label,
      source: q.url,
    });
    if (q.flat) {
      const only = tiers[0];
      if (tiers.length !== 1 || !only || free !== 0)
        throw new AzureApiError(`${where}: expected one flat price, found ${tiers.length} tiers`);
      result.rates.push(rate(q.path, only.pricePerUnit, q.label));
    } else {
      result.rates.push(rate(q.path, tiers, q.label));
      if (q.freePath) result.rates.push(rate(q.freePath, free, `${q.label}: free grant`));
    }
  }
  return result;
}
