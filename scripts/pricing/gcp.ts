/**
 * GCP Cloud Billing Catalog API importer. Needs an API key (GCP_BILLING_API_KEY); without one it
 * skips with a message and the GCP rates stay as they are.
 *
 *   https://cloudbilling.googleapis.com/v1/services/{serviceId}/skus?currencyCode=USD&key=…
 *
 * A SKU's price is `pricingInfo[0].pricingExpression.tieredRates[].unitPrice` = { currencyCode,
 * units, nanos } per `usageUnit`; a first tier priced 0 is the free tier. SKUs used (rules match the
 * description, the region in `serviceRegions`, and category.usageType "OnDemand"; Spot/Preemptible
 * and commitments are ignored):
 * - Cloud Run (152E-C115-5142), request-based billing: "CPU Allocation Time", "Memory Allocation
 *   Time", "Requests" (optionally with a " (tier 2)" suffix); instance-based billing: the same CPU
 *   and memory descriptions with "(instance-based billing)".
 * - Compute Engine (6F81-5844-456A): "E2 Instance Core running in …" and "E2 Instance Ram running
 *   in …". A machine's hourly price is billed vCPUs × core price + GiB × RAM price. The shared-core
 *   types bill a fraction of a vCPU: e2-micro 0.25, e2-small 0.5, e2-medium 1
 *   (https://cloud.google.com/compute/docs/general-purpose-machines#sharedcore).
 * Cloud Functions 1st gen stays curated.
 */
import { fetchWithRetry, type Fetcher, type RetryOptions } from './fetch.ts';
import {
  rawOffers,
  str,
  type ImportResult,
  type ImportedRate,
  type RawFile,
  type RawOffer,
  type TierValue,
} from './types.ts';

export const GCP_KEY_ENV = 'GCP_BILLING_API_KEY';
export const GCP_BASE = 'https://cloudbilling.googleapis.com/v1/services';
export const CLOUD_RUN = '152E-C115-5142';
export const COMPUTE_ENGINE = '6F81-5844-456A';
const MAX_PAGES = 100;

export class GcpApiError extends Error {
  override name = 'GcpApiError';
}

export interface GcpMoney {
  currencyCode: string;
  units?: string;
  nanos?: number;
}

export interface GcpSku {
  skuId: string;
  description: string;
  serviceRegions: string[];
  usageType: string;
  usageUnit: string;
  tiers: { startUsageAmount: number; unitPrice: GcpMoney }[];
}

/** Money → number, digit by digit so that 0 units and 24000 nanos is exactly 0.000024. */
export function moneyToNumber(m: GcpMoney): number {
  const units = m.units ?? '0';
  const nanos = m.nanos ?? 0;
  if (!/^-?\d+$/.test(units) || !Number.isInteger(nanos) || Math.abs(nanos) >= 1e9)
    throw new GcpApiError(`malformed money ${JSON.stringify(m)}`);
  const negative = units.startsWith('-') || nanos < 0;
  const frac = String(Math.abs(nanos)).padStart(9, '0');
  return Number(`${negative ? '-' : ''}${units.replace('-', '')}.${frac}`);
}

export function skusUrl(serviceId: string, pageToken?: string): string {
  const u = `${GCP_BASE}/${serviceId}/skus?currencyCode=USD&pageSize=5000`;
  return pageToken ? `${u}&pageToken=${encodeURIComponent(pageToken)}` : u;
}

function asSku(v: unknown): GcpSku | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  const cat = (o.category ?? {}) as Record<string, unknown>;
  const info = Array.isArray(o.pricingInfo)
    ? (o.pricingInfo[0] as Record<string, unknown> | undefined)
    : undefined;
  const expr = (info?.pricingExpression ?? {}) as Record<string, unknown>;
  const rates = Array.isArray(expr.tieredRates) ? expr.tieredRates : undefined;
  if (
    typeof o.skuId !== 'string' ||
    typeof o.description !== 'string' ||
    !rates ||
    typeof expr.usageUnit !== 'string'
  )
    return undefined;
  const tiers: GcpSku['tiers'] = [];
  for (const r of rates as Record<string, unknown>[]) {
    const up = r.unitPrice as GcpMoney | undefined;
    if (!up || typeof up.currencyCode !== 'string') return undefined;
    tiers.push({
      startUsageAmount: typeof r.startUsageAmount === 'number' ? r.startUsageAmount : 0,
      unitPrice: up,
    });
  }
  return {
    skuId: o.skuId,
    description: o.description,
    serviceRegions: Array.isArray(o.serviceRegions)
      ? o.serviceRegions.filter((x): x is string => typeof x === 'string')
      : [],
    usageType: typeof cat.usageType === 'string' ? cat.usageType : '',
    usageUnit: expr.usageUnit,
    tiers,
  };
}

/** All SKUs of a service, following nextPageToken. */
export async function fetchSkus(
  fetcher: Fetcher,
  serviceId: string,
  apiKey: string,
  retry?: RetryOptions,
): Promise<{ skus: GcpSku[]; dropped: number }> {
  const skus: GcpSku[] = [];
  let token: string | undefined;
  let dropped = 0;
  const seen = new Set<string>();
  for (let page = 1; ; page++) {
    if (page > MAX_PAGES)
      throw new GcpApiError(`more than ${MAX_PAGES} pages of SKUs for ${serviceId}`);
    const url = `${skusUrl(serviceId, token)}&key=${encodeURIComponent(apiKey)}`;
    const res = await fetchWithRetry(fetcher, url, retry);
    let body: unknown;
    try {
      body = JSON.parse(await res.text());
    } catch (e) {
      throw new GcpApiError(
        `service ${serviceId} page ${page} is not JSON: ${(e as Error).message}`,
      );
    }
    const b = body as { skus?: unknown; nextPageToken?: unknown };
    if (!b || typeof b !== 'object' || !Array.isArray(b.skus))
      throw new GcpApiError(`service ${serviceId} page ${page} has no skus array`);
    for (const raw of b.skus) {
      const s = asSku(raw);
      if (s) skus.push(s);
      else dropped++;
    }
    if (typeof b.nextPageToken !== 'string' || b.nextPageToken === '') break;
    if (seen.has(b.nextPageToken)) throw new GcpApiError(`nextPageToken repeats for ${serviceId}`);
    seen.add(b.nextPageToken);
    token = b.nextPageToken;
  }
  return { skus, dropped };
}

/** Seconds (or hours) in one usage unit, for converting to the catalog's unit. */
const UNIT_SECONDS: Record<string, number> = { s: 1, 'GiBy.s': 1, h: 3600, 'GiBy.h': 3600 };
const clean = (x: number) => Number(x.toFixed(12));

/** A SKU's price per catalog unit (per second, per hour or per count), with a leading free tier split off. */
export function skuTiers(
  sku: GcpSku,
  currency: string,
  per: 'second' | 'hour' | 'count',
): { free: number; tiers: TierValue[] } {
  const where = `SKU ${sku.skuId} "${sku.description}"`;
  const wrong = sku.tiers.find((t) => t.unitPrice.currencyCode !== currency);
  if (wrong)
    throw new GcpApiError(
      `${where}: price in ${wrong.unitPrice.currencyCode}, expected ${currency}`,
    );
  let scale: number;
  if (per === 'count') {
    if (sku.usageUnit !== 'count' && sku.usageUnit !== '1')
      throw new GcpApiError(`${where}: usage unit ${sku.usageUnit}, expected a count`);
    scale = 1;
  } else {
    const secs = UNIT_SECONDS[sku.usageUnit];
    if (secs === undefined) throw new GcpApiError(`${where}: unknown usage unit ${sku.usageUnit}`);
    scale = per === 'hour' ? 3600 / secs : 1 / secs;
  }
  const unitsPerCatalog =
    per === 'count'
      ? 1
      : per === 'hour'
        ? 3600 / (UNIT_SECONDS[sku.usageUnit] ?? 1)
        : 1 / (UNIT_SECONDS[sku.usageUnit] ?? 1);
  const sorted = [...sku.tiers].sort((a, b) => a.startUsageAmount - b.startUsageAmount);
  let paid = sorted;
  let free = 0;
  if (sorted.length > 1 && moneyToNumber(sorted[0]!.unitPrice) === 0) {
    paid = sorted.slice(1);
    free = clean(paid[0]!.startUsageAmount / unitsPerCatalog);
  }
  const tiers = paid.map((t, i) => {
    const next = paid[i + 1];
    return {
      upTo: next ? clean(next.startUsageAmount / unitsPerCatalog) : null,
      pricePerUnit: clean(moneyToNumber(t.unitPrice) * scale),
    };
  });
  if (tiers.length === 0) throw new GcpApiError(`${where}: no tiered rates`);
  return { free, tiers };
}

export const SHARED_CORE: Record<string, { vcpu: number; gib: number }> = {
  'e2-micro': { vcpu: 0.25, gib: 1 },
  'e2-small': { vcpu: 0.5, gib: 2 },
  'e2-medium': { vcpu: 1, gib: 4 },
};

/** The SKU descriptions the rules below expect (used to record fixtures; the rules are the authority). */
export const GCP_DESCRIPTIONS = {
  runCpu: 'CPU Allocation Time',
  runMemory: 'Memory Allocation Time',
  runRequests: 'Requests',
  instanceCpu: 'CPU Allocation Time (instance-based billing)',
  instanceMemory: 'Memory Allocation Time (instance-based billing)',
  e2Core: (where: string) => `E2 Instance Core running in ${where}`,
  e2Ram: (where: string) => `E2 Instance Ram running in ${where}`,
};

/** Billed vCPU and GiB of the shared-core E2 types (see the header). */
interface GcpRule {
  service: string;
  describe: RegExp;
}
const RUN_REQ = {
  cpu: { service: CLOUD_RUN, describe: /^CPU Allocation Time( \(tier \d\))?$/ },
  memory: { service: CLOUD_RUN, describe: /^Memory Allocation Time( \(tier \d\))?$/ },
  requests: { service: CLOUD_RUN, describe: /^Requests( \(tier \d\))?$/ },
};
const RUN_INSTANCE = {
  cpu: {
    service: CLOUD_RUN,
    describe: /^CPU Allocation Time \(instance-based billing\)( \(tier \d\))?$/,
  },
  memory: {
    service: CLOUD_RUN,
    describe: /^Memory Allocation Time \(instance-based billing\)( \(tier \d\))?$/,
  },
};
const E2 = {
  core: { service: COMPUTE_ENGINE, describe: /^E2 Instance Core running in / },
  ram: { service: COMPUTE_ENGINE, describe: /^E2 Instance Ram running in / },
};

/** Which Price API rules refresh an offer, by its product (never by the id's spelling). */
export type GcpPlan = 'cloud-run-request' | 'cloud-run-instance' | 'e2';

/**
 * The rules this importer applies to one offer, or undefined when it refreshes none of its rates
 * (`pricing:check` proves that agrees with the offer's `refreshedBy`).
 */
export function planGcp(o: RawOffer): GcpPlan | undefined {
  const product = str(o.productId);
  if (o.kind === 'faas' && product === 'cloud-run-functions') return 'cloud-run-request';
  if (o.kind === 'autoscaled-container' && product === 'cloud-run-instance')
    return 'cloud-run-instance';
  if (
    o.kind === 'always-on' &&
    product === 'compute-engine' &&
    typeof o.instanceType === 'string' &&
    o.instanceType.startsWith('e2-')
  )
    return 'e2';
  return undefined;
}

export interface GcpOptions {
  fetcher: Fetcher;
  /** The API key; undefined skips the importer. */
  apiKey: string | undefined;
  retry?: RetryOptions;
  file?: string;
}

export async function importGcp(file: RawFile, opts: GcpOptions): Promise<ImportResult> {
  const fileName = opts.file ?? 'gcp.json';
  const result: ImportResult = { importer: 'gcp', rates: [], warnings: [] };
  if (!opts.apiKey) {
    result.skipped = `no ${GCP_KEY_ENV} in the environment: GCP rates are left as they are. Create an API key with the Cloud Billing API enabled and set ${GCP_KEY_ENV} to import them.`;
    return result;
  }
  const apiKey = opts.apiKey;
  const cache = new Map<string, GcpSku[]>();
  const skusOf = async (service: string) => {
    let s = cache.get(service);
    if (!s) {
      const got = await fetchSkus(opts.fetcher, service, apiKey, opts.retry);
      if (got.dropped)
        result.warnings.push(
          `service ${service}: ${got.dropped} SKUs without the documented fields were ignored`,
        );
      s = got.skus;
      cache.set(service, s);
    }
    return s;
  };
  const find = async (rule: GcpRule, region: string, what: string): Promise<GcpSku | undefined> => {
    const hits = (await skusOf(rule.service)).filter(
      (s) =>
        s.usageType === 'OnDemand' &&
        rule.describe.test(s.description) &&
        s.serviceRegions.includes(region),
    );
    if (hits.length > 1)
      throw new GcpApiError(
        `${what} in ${region}: ${hits.length} SKUs match (${hits.map((h) => h.skuId).join(', ')})`,
      );
    if (hits.length === 0)
      result.warnings.push(`${what} in ${region}: no SKU matches; the rate is left as it is`);
    return hits[0];
  };

  for (const o of rawOffers(file)) {
    const id = str(o.id);
    const region = str(o.region);
    if (!id || !region) continue;
    const currency = str(o.currency) ?? 'USD';
    const rate = (
      path: string[],
      value: ImportedRate['value'],
      label: string,
      service: string,
    ): ImportedRate => ({
      file: fileName,
      offerId: id,
      region,
      path,
      value,
      label,
      source: skusUrl(service),
    });
    const plan = planGcp(o);
    if (plan === 'cloud-run-request') {
      const meters: [keyof typeof RUN_REQ, string, 'second' | 'count'][] = [
        ['cpu', 'vcpu-seconds', 'second'],
        ['memory', 'memory-seconds', 'second'],
        ['requests', 'requests', 'count'],
      ];
      for (const [k, basis, per] of meters) {
        const label = `Cloud Run request-based ${k}`;
        const sku = await find(RUN_REQ[k], region, label);
        if (!sku) continue;
        const { free, tiers } = skuTiers(sku, currency, per);
        result.rates.push(rate(['meters', `basis=${basis}`, 'tiers'], tiers, label, CLOUD_RUN));
        result.rates.push(
          rate(
            ['meters', `basis=${basis}`, 'freeTierUnits'],
            free,
            `${label}: free tier`,
            CLOUD_RUN,
          ),
        );
      }
    } else if (plan === 'cloud-run-instance') {
      for (const [k, field, freeField] of [
        ['cpu', 'pricePerVcpuHour', 'vcpuSeconds'],
        ['memory', 'pricePerGbHour', 'gbSeconds'],
      ] as const) {
        const label = `Cloud Run instance-based ${k}`;
        const sku = await find(RUN_INSTANCE[k], region, label);
        if (!sku) continue;
        const { tiers } = skuTiers(sku, currency, 'hour');
        if (tiers.length !== 1)
          throw new GcpApiError(
            `${label} in ${region}: expected one paid tier, found ${tiers.length}`,
          );
        result.rates.push(rate([field], (tiers[0] as TierValue).pricePerUnit, label, CLOUD_RUN));
        // The free allowance is in seconds (vCPU-s, GiB-s), the prices per hour.
        if (o.freeTier && typeof o.freeTier === 'object') {
          const { free } = skuTiers(sku, currency, 'second');
          result.rates.push(rate(['freeTier', freeField], free, `${label}: free tier`, CLOUD_RUN));
        }
      }
    } else if (plan === 'e2' && typeof o.instanceType === 'string') {
      const shape = SHARED_CORE[o.instanceType] ?? {
        vcpu: typeof o.vcpu === 'number' ? o.vcpu : NaN,
        gib: typeof o.memoryMb === 'number' ? o.memoryMb / 1024 : NaN,
      };
      const core = await find(E2.core, region, 'E2 core');
      const ram = await find(E2.ram, region, 'E2 RAM');
      if (!core || !ram) continue;
      const c = skuTiers(core, currency, 'hour').tiers;
      const r = skuTiers(ram, currency, 'hour').tiers;
      if (c.length !== 1 || r.length !== 1)
        throw new GcpApiError(`E2 in ${region}: tiered core or RAM prices are not supported`);
      const hourly = clean(
        shape.vcpu * (c[0] as TierValue).pricePerUnit +
          shape.gib * (r[0] as TierValue).pricePerUnit,
      );
      if (!(hourly > 0))
        throw new GcpApiError(`${id} in ${region}: cannot work out the machine price`);
      result.rates.push(
        rate(
          ['pricePerHour'],
          hourly,
          `Compute Engine ${o.instanceType} (${shape.vcpu} vCPU × core + ${shape.gib} GiB × RAM)`,
          COMPUTE_ENGINE,
        ),
      );
    }
  }
  return result;
}
