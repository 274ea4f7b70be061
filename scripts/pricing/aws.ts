/**
 * AWS Price List Bulk API importer (public, no credentials). For each AWS offer in the catalog it
 * works out which service file and which SKU holds its rates, streams that region's offer file
 * (aws-offer-stream.ts), and returns the OnDemand prices: flat, or tiered by beginRange/endRange.
 *
 *   https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/{service}/current/{region}/index.json
 *
 * Matching rules (a product is the SKU when every rule holds; anything else is ignored):
 * - Lambda: attribute `group` AWS-Lambda-Requests / AWS-Lambda-Duration (+ "-ARM" for arm64);
 *   provisioned concurrency by usage type Lambda-Provisioned-Concurrency / -GB-Second (+ "-ARM").
 *   Ephemeral storage stays curated.
 * - EC2: productFamily "Compute Instance", the offer's instanceType, Linux, Shared tenancy, no
 *   pre-installed software, capacitystatus Used (not reservations), licence "No License required".
 * - Fargate (AmazonECS): usage type Fargate-vCPU-Hours:perCPU and Fargate-GB-Hours (ARM: Fargate-ARM-…).
 * - API Gateway: usage type ApiGatewayHttpRequest (HTTP API) and ApiGatewayRequest (REST API).
 * - ALB (AWSELB): productFamily "Load Balancer-Application", usage types LoadBalancerUsage and LCUUsage.
 * Usage types carry a region prefix ("USE1-", "EU-"), stripped before comparing.
 * App Runner, egress and free tiers stay curated: they are not in these files in a usable form.
 */
import type { Fetcher, RetryOptions } from './fetch.ts';
import { fetchWithRetry } from './fetch.ts';
import {
  OfferFileError,
  sliceOfferFile,
  type AwsOnDemandTerm,
  type AwsProduct,
} from './aws-offer-stream.ts';
import { rawOffers, str, type ImportResult, type RawFile, type TierValue } from './types.ts';

export const AWS_BASE = 'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws';
export const awsOfferUrl = (service: string, region: string) =>
  `${AWS_BASE}/${service}/current/${region}/index.json`;

/** One rate to read: which service file, which product, and where it goes in the offer. */
export interface AwsQuery {
  service: 'AWSLambda' | 'AmazonEC2' | 'AmazonECS' | 'AmazonApiGateway' | 'AWSELB';
  offerId: string;
  region: string;
  currency: string;
  path: string[];
  shape: 'flat' | 'tiers';
  label: string;
  match: (p: AwsProduct) => boolean;
  /** A product this query matches (what the Price List holds for it); used to record fixtures. */
  example: Omit<AwsProduct, 'sku'>;
}

/** The usage-type prefix AWS puts before a usage type in a region ("USE1-", "EU-"). */
const USAGE_PREFIX: Record<string, string> = {
  'us-east-1': 'USE1-',
  'us-east-2': 'USE2-',
  'us-west-1': 'USW1-',
  'us-west-2': 'USW2-',
  'eu-west-1': 'EU-',
  'eu-west-2': 'EUW2-',
  'eu-central-1': 'EUC1-',
  'ap-northeast-1': 'APN1-',
  'ap-southeast-1': 'APS1-',
  'ap-southeast-2': 'APS2-',
  'ap-south-1': 'APS3-',
};
export const usagePrefix = (region: string) =>
  USAGE_PREFIX[region] ?? `${region.replace(/-/g, '').toUpperCase()}-`;

/** "USE1-Fargate-GB-Hours" → "Fargate-GB-Hours"; "Request" stays. */
export function usageTail(usagetype: string | undefined): string {
  return (usagetype ?? '').replace(/^[A-Z]{2,4}[0-9]?-/, '');
}

const inRegion = (p: AwsProduct, region: string) =>
  p.attributes.regionCode === undefined || p.attributes.regionCode === region;

function byUsage(region: string, tail: string, family = 'Compute') {
  return {
    match: (p: AwsProduct) =>
      inRegion(p, region) &&
      usageTail(p.attributes.usagetype) === tail &&
      (family === 'Compute' || p.productFamily === family),
    example: {
      productFamily: family,
      attributes: { regionCode: region, usagetype: `${usagePrefix(region)}${tail}` },
    },
  };
}

/** Every rate the catalog's AWS offers take from the Price List. */
export function planAws(file: RawFile): AwsQuery[] {
  const out: AwsQuery[] = [];
  for (const o of rawOffers(file)) {
    const id = str(o.id);
    const region = str(o.region);
    const kind = str(o.kind);
    // Dispatch on the product, never on the id's spelling: an offer of a product with no rule
    // here gets no query, and pricing:check fails if it claims this importer refreshes it.
    const product = str(o.productId);
    if (!id || !region || !kind) continue;
    const base = { offerId: id, region, currency: str(o.currency) ?? 'USD' };
    const arm = o.architecture === 'arm64';
    if (kind === 'faas' && product === 'lambda') {
      const sfx = arm ? '-ARM' : '';
      const meters = Array.isArray(o.meters) ? o.meters : [];
      const bases = new Set(
        meters.map((m) => (m && typeof m === 'object' && !Array.isArray(m) ? m.basis : undefined)),
      );
      const group = (g: string, usage: string) => ({
        match: (p: AwsProduct) => inRegion(p, region) && p.attributes.group === g,
        example: {
          productFamily: 'Serverless',
          attributes: { regionCode: region, group: g, usagetype: `${usagePrefix(region)}${usage}` },
        },
      });
      if (bases.has('requests'))
        out.push({
          ...base,
          service: 'AWSLambda',
          path: ['meters', 'basis=requests', 'tiers'],
          shape: 'tiers',
          label: `Lambda requests (AWS-Lambda-Requests${sfx})`,
          ...group(`AWS-Lambda-Requests${sfx}`, `Request${sfx}`),
        });
      if (bases.has('memory-seconds'))
        out.push({
          ...base,
          service: 'AWSLambda',
          path: ['meters', 'basis=memory-seconds', 'tiers'],
          shape: 'tiers',
          label: `Lambda duration (AWS-Lambda-Duration${sfx})`,
          ...group(`AWS-Lambda-Duration${sfx}`, `Lambda-GB-Second${sfx}`),
        });
      if (o.provisioned && typeof o.provisioned === 'object') {
        out.push({
          ...base,
          service: 'AWSLambda',
          path: ['provisioned', 'pricePerGbSecondConfigured'],
          shape: 'flat',
          label: `Lambda provisioned concurrency (Lambda-Provisioned-Concurrency${sfx})`,
          ...byUsage(region, `Lambda-Provisioned-Concurrency${sfx}`),
        });
        out.push({
          ...base,
          service: 'AWSLambda',
          path: ['provisioned', 'pricePerGbSecondDuration'],
          shape: 'flat',
          label: `Lambda provisioned duration (Lambda-Provisioned-GB-Second${sfx})`,
          ...byUsage(region, `Lambda-Provisioned-GB-Second${sfx}`),
        });
      }
    } else if (
      kind === 'always-on' &&
      product === 'ec2' &&
      typeof o.instanceType === 'string' &&
      typeof o.pricePerHour === 'number'
    ) {
      const type = o.instanceType;
      out.push({
        ...base,
        service: 'AmazonEC2',
        path: ['pricePerHour'],
        shape: 'flat',
        label: `EC2 ${type} Linux on-demand`,
        example: {
          productFamily: 'Compute Instance',
          attributes: {
            regionCode: region,
            instanceType: type,
            operatingSystem: 'Linux',
            tenancy: 'Shared',
            preInstalledSw: 'NA',
            capacitystatus: 'Used',
            licenseModel: 'No License required',
            usagetype: `${usagePrefix(region)}BoxUsage:${type}`,
          },
        },
        match: (p) => {
          const a = p.attributes;
          return (
            p.productFamily === 'Compute Instance' &&
            inRegion(p, region) &&
            a.instanceType === type &&
            a.operatingSystem === 'Linux' &&
            a.tenancy === 'Shared' &&
            (a.preInstalledSw ?? 'NA') === 'NA' &&
            (a.capacitystatus ?? 'Used') === 'Used' &&
            (a.licenseModel ?? 'No License required') === 'No License required'
          );
        },
      });
    } else if (kind === 'autoscaled-container' && product === 'fargate') {
      const a = arm ? 'ARM-' : '';
      out.push({
        ...base,
        service: 'AmazonECS',
        path: ['pricePerVcpuHour'],
        shape: 'flat',
        label: `Fargate ${arm ? 'Arm' : 'x86'} vCPU-hour`,
        ...byUsage(region, `Fargate-${a}vCPU-Hours:perCPU`),
      });
      out.push({
        ...base,
        service: 'AmazonECS',
        path: ['pricePerGbHour'],
        shape: 'flat',
        label: `Fargate ${arm ? 'Arm' : 'x86'} GB-hour`,
        ...byUsage(region, `Fargate-${a}GB-Hours`),
      });
    } else if (kind === 'front-door' && product === 'api-gateway-http') {
      out.push({
        ...base,
        service: 'AmazonApiGateway',
        path: ['requestTiers'],
        shape: 'tiers',
        label: 'API Gateway HTTP API requests',
        ...byUsage(region, 'ApiGatewayHttpRequest'),
      });
    } else if (kind === 'front-door' && product === 'api-gateway-rest') {
      out.push({
        ...base,
        service: 'AmazonApiGateway',
        path: ['requestTiers'],
        shape: 'tiers',
        label: 'API Gateway REST API requests',
        ...byUsage(region, 'ApiGatewayRequest'),
      });
    } else if (kind === 'front-door' && product === 'alb') {
      out.push({
        ...base,
        service: 'AWSELB',
        path: ['pricePerHour'],
        shape: 'flat',
        label: 'ALB hour',
        ...byUsage(region, 'LoadBalancerUsage', 'Load Balancer-Application'),
      });
      if (o.lcu && typeof o.lcu === 'object')
        out.push({
          ...base,
          service: 'AWSELB',
          path: ['lcu', 'pricePerLcuHour'],
          shape: 'flat',
          label: 'ALB LCU-hour',
          ...byUsage(region, 'LCUUsage', 'Load Balancer-Application'),
        });
    }
  }
  return out;
}

/** A decimal string from the Price List as a number; refuses anything that is not a plain price. */
function price(s: string | undefined, where: string): number {
  if (s === undefined || !/^\d+(\.\d+)?$/.test(s))
    throw new OfferFileError(`${where}: price "${String(s)}" is not a decimal number`);
  return Number(s);
}

/**
 * A SKU's OnDemand price dimensions as tiers, in the query's currency. Tiers must be contiguous:
 * each beginRange equals the previous endRange, the first starts at 0, the last ends at "Inf".
 */
export function tiersOf(terms: AwsOnDemandTerm[], currency: string, where: string): TierValue[] {
  if (terms.length !== 1)
    throw new OfferFileError(`${where}: expected one OnDemand term, found ${terms.length}`);
  const dims = Object.values(terms[0]?.priceDimensions ?? {}).sort(
    (a, b) => Number(a.beginRange ?? 0) - Number(b.beginRange ?? 0),
  );
  if (dims.length === 0) throw new OfferFileError(`${where}: no price dimensions`);
  let expectBegin = 0;
  return dims.map((d, i) => {
    const p = d.pricePerUnit[currency];
    if (p === undefined)
      throw new OfferFileError(
        `${where}: no ${currency} price (the file has ${Object.keys(d.pricePerUnit).join(', ') || 'none'})`,
      );
    const begin = Number(d.beginRange ?? '0');
    if (begin !== expectBegin)
      throw new OfferFileError(
        `${where}: tiers not contiguous: a tier begins at ${begin}, expected ${expectBegin}`,
      );
    const last = i === dims.length - 1;
    const end = d.endRange === undefined || d.endRange === 'Inf' ? null : Number(d.endRange);
    if (last !== (end === null))
      throw new OfferFileError(`${where}: only the last tier may end at "Inf"`);
    if (end !== null) expectBegin = end;
    return { upTo: end, pricePerUnit: price(p, where) };
  });
}

export interface AwsOptions {
  fetcher: Fetcher;
  retry?: RetryOptions;
  file?: string;
}

/** Run every query against the offer files, one streamed file per (service, region). */
export async function importAws(file: RawFile, opts: AwsOptions): Promise<ImportResult> {
  const fileName = opts.file ?? 'aws.json';
  const queries = planAws(file);
  const result: ImportResult = { importer: 'aws', rates: [], warnings: [] };
  const groups = new Map<string, AwsQuery[]>();
  for (const q of queries) {
    const k = awsOfferUrl(q.service, q.region);
    groups.set(k, [...(groups.get(k) ?? []), q]);
  }
  for (const [url, qs] of groups) {
    const res = await fetchWithRetry(opts.fetcher, url, opts.retry);
    if (!res.body) throw new OfferFileError(`${url}: empty response`);
    const slice = await sliceOfferFile(
      res.body as unknown as AsyncIterable<Uint8Array>,
      (p) => qs.some((q) => q.match(p)),
      url,
    );
    for (const q of qs) {
      const skus = [...slice.products.values()].filter((p) => q.match(p));
      const where = `${url} (${q.label}, offer ${q.offerId})`;
      if (skus.length === 0) {
        result.warnings.push(`${where}: no SKU matches; the rate is left as it is`);
        continue;
      }
      const candidates = skus.map((p) =>
        tiersOf(slice.onDemand.get(p.sku) ?? [], q.currency, `${where} SKU ${p.sku}`),
      );
      const first = candidates[0] as TierValue[];
      if (candidates.some((c) => JSON.stringify(c) !== JSON.stringify(first)))
        throw new OfferFileError(
          `${where}: ${skus.length} SKUs match with different prices (${skus.map((s) => s.sku).join(', ')}); tighten the rule`,
        );
      let value: number | TierValue[] = first;
      if (q.shape === 'flat') {
        const only = first[0];
        if (first.length !== 1 || !only)
          throw new OfferFileError(
            `${where}: expected one flat price, found ${first.length} tiers`,
          );
        value = only.pricePerUnit;
      }
      result.rates.push({
        file: fileName,
        offerId: q.offerId,
        region: q.region,
        path: q.path,
        value,
        label: q.label,
        source: url,
      });
    }
  }
  return result;
}
