/**
 * Records the catalog fixtures: the responses each price API would give if its prices were exactly
 * the ones in pricing-data/, in each API's documented format. `pricing:update -- --fixtures` replays
 * them and must rebuild pricing-data/ byte for byte (update.test.ts).
 *
 *   tsx scripts/pricing/record-fixtures.ts [--dir pricing-data] [--out scripts/pricing/fixtures/catalog]
 *
 * These are NOT copies of live responses: they are derived from the curated files, so they prove the
 * importers' plumbing (planning, streaming, pagination, units, tiers, free tiers, canonical output)
 * end to end, not the prices. Re-record after changing an imported rate by hand; a live run
 * (`--live`) is what checks the prices. Each response also carries SKUs the importers must ignore.
 *
 * One thing is invented: the Compute Engine E2 core/RAM split outside the Americas. The catalog
 * holds machine prices only, so the core price is scaled from the Americas split (core $0.02181159,
 * RAM $0.00292353 per hour) and the RAM price is whatever makes the machine prices exact.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readPath } from './apply.ts';
import { awsOfferUrl, planAws, type AwsQuery } from './aws.ts';
import { planAzure, unitMultiplier } from './azure.ts';
import { formatNumber, type Json } from './canonical.ts';
import { listedFiles } from './check.ts';
import {
  CLOUD_RUN,
  COMPUTE_ENGINE,
  GCP_DESCRIPTIONS,
  planGcp,
  SHARED_CORE,
  skusUrl,
} from './gcp.ts';
import { rawOffers, str, type RawFile, type RawOffer, type TierValue } from './types.ts';

type Obj = { [key: string]: Json };
type Route = string | { status?: number; file?: string; body?: string };

const skuId = (...parts: string[]) =>
  createHash('sha1').update(parts.join('|')).digest('hex').slice(0, 16).toUpperCase();

function offerOf(file: RawFile, id: string, region: string): RawOffer {
  const o = rawOffers(file).find((x) => x.id === id && x.region === region);
  if (!o) throw new Error(`no offer ${id} in ${region}`);
  return o;
}

function tiersAt(offer: RawOffer, path: string[]): TierValue[] {
  const v = readPath(offer, path);
  if (!Array.isArray(v))
    throw new Error(`${String(offer.id)}: ${path.join('.')} is not a tier list`);
  return v.map((t) => {
    const o = t as Obj;
    return { upTo: o.upTo as number | null, pricePerUnit: o.pricePerUnit as number };
  });
}

function numberAt(offer: RawOffer, path: string[], fallback?: number): number {
  const v = readPath(offer, path);
  if (typeof v === 'number') return v;
  if (fallback !== undefined) return fallback;
  throw new Error(`${String(offer.id)} (${String(offer.region)}): no number at ${path.join('.')}`);
}

/** Decimal text as the Price List writes it. */
const decimal = (n: number) => formatNumber(n);
const clean = (x: number) => Number(x.toPrecision(12));

// ---------------------------------------------------------------- AWS

function recordAws(file: RawFile, out: string, routes: Record<string, Route>): number {
  const groups = new Map<string, AwsQuery[]>();
  for (const q of planAws(file)) {
    const url = awsOfferUrl(q.service, q.region);
    groups.set(url, [...(groups.get(url) ?? []), q]);
  }
  for (const [url, qs] of groups) {
    const first = qs[0] as AwsQuery;
    const products: Obj = {};
    const onDemand: Obj = {};
    const reserved: Obj = {};
    const add = (sku: string, product: Obj, tiers: TierValue[]) => {
      products[sku] = product;
      const dims: Obj = {};
      let begin = 0;
      tiers.forEach((t, i) => {
        const rc = `${sku}.JRTCKXETXF.${6000 + i}`;
        dims[rc] = {
          rateCode: rc,
          description: `${decimal(t.pricePerUnit)} USD`,
          beginRange: decimal(begin),
          endRange: t.upTo === null ? 'Inf' : decimal(t.upTo),
          unit: 'Units',
          pricePerUnit: { USD: decimal(t.pricePerUnit) },
          appliesTo: [],
        };
        if (t.upTo !== null) begin = t.upTo;
      });
      onDemand[sku] = {
        [`${sku}.JRTCKXETXF`]: {
          offerTermCode: 'JRTCKXETXF',
          sku,
          effectiveDate: '2026-11-01T00:00:00Z',
          priceDimensions: dims,
          termAttributes: {},
        },
      };
    };
    for (const q of qs) {
      const offer = offerOf(file, q.offerId, q.region);
      const tiers =
        q.shape === 'tiers'
          ? tiersAt(offer, q.path)
          : [{ upTo: null, pricePerUnit: numberAt(offer, q.path) }];
      const sku = skuId(q.service, q.region, JSON.stringify(q.example));
      const product = {
        sku,
        productFamily: q.example.productFamily ?? 'Compute',
        attributes: { servicecode: q.service, ...q.example.attributes },
      };
      if (!q.match({ sku, ...q.example }))
        throw new Error(`${q.label}: the example does not match its own rule`);
      if (!products[sku]) add(sku, product, tiers);
      // A reserved term for the same SKU: the importer must read OnDemand only.
      reserved[sku] = {
        [`${sku}.4NA7Y494T4`]: {
          offerTermCode: '4NA7Y494T4',
          sku,
          priceDimensions: {
            [`${sku}.4NA7Y494T4.6YS6EN2CT7`]: {
              beginRange: '0',
              endRange: 'Inf',
              unit: 'Hrs',
              pricePerUnit: { USD: '0.0000000001' },
            },
          },
        },
      };
    }
    // A SKU to ignore: the same region's product with an unknown usage type and a Windows OS.
    const decoy = skuId(url, 'decoy');
    add(
      decoy,
      {
        sku: decoy,
        productFamily: 'Compute Instance',
        attributes: {
          regionCode: first.region,
          operatingSystem: 'Windows',
          usagetype: 'Decoy-Usage',
        },
      },
      [{ upTo: null, pricePerUnit: 9.99 }],
    );
    const name = `aws/${first.service}-${first.region}.json`;
    const doc = {
      formatVersion: 'v1.0',
      disclaimer:
        'Recorded from pricing-data/ by scripts/pricing/record-fixtures.ts; not a live response.',
      offerCode: first.service,
      version: 'recorded',
      publicationDate: '2026-11-27T00:00:00Z',
      products,
      terms: { OnDemand: onDemand, Reserved: reserved },
      attributesList: {},
    };
    writeFileSync(join(out, name), JSON.stringify(doc, null, 1) + '\n');
    routes[url] = name;
  }
  return groups.size;
}

// ---------------------------------------------------------------- Azure

function recordAzure(file: RawFile, out: string, routes: Record<string, Route>): number {
  const byUrl = new Map<string, Obj[]>();
  for (const q of planAzure(file)) {
    const offer = offerOf(file, q.offerId, q.region);
    const mult = unitMultiplier(q.example.unitOfMeasure);
    const item = (tier: number, price: number): Obj => ({
      currencyCode: q.currency,
      tierMinimumUnits: clean(tier / mult),
      retailPrice: clean(price * mult),
      unitPrice: clean(price * mult),
      location: q.region,
      effectiveStartDate: '2026-11-01T00:00:00Z',
      meterId: skuId(q.url, q.example.meterName),
      productId: skuId(q.example.productName),
      skuId: skuId(q.example.productName, q.example.skuName),
      serviceId: skuId(q.example.serviceName),
      serviceFamily: 'Compute',
      isPrimaryMeterRegion: true,
      ...q.example,
    });
    const items: Obj[] = [];
    if (q.flat) items.push(item(0, numberAt(offer, q.path)));
    else {
      const tiers = tiersAt(offer, q.path);
      const free = q.freePath ? numberAt(offer, q.freePath, 0) : 0;
      if (free > 0) items.push(item(0, 0));
      let start = free;
      for (const t of tiers) {
        items.push(item(start, t.pricePerUnit));
        if (t.upTo !== null) start = t.upTo;
      }
    }
    // Items to ignore: the same meter as DevTest and as Windows.
    const decoy = items[items.length - 1] as Obj;
    items.push({ ...decoy, type: 'DevTestConsumption', unitPrice: 0.123, retailPrice: 0.123 });
    items.push({
      ...decoy,
      productName: `${String(decoy.productName)} Windows`,
      unitPrice: 0.456,
      retailPrice: 0.456,
    });
    byUrl.set(q.url, [...(byUrl.get(q.url) ?? []), ...items]);
  }
  let n = 0;
  for (const [url, items] of byUrl) {
    const slug = skuId(url).toLowerCase();
    const pageSize = 4;
    const pages = Math.max(1, Math.ceil(items.length / pageSize));
    for (let p = 0; p < pages; p++) {
      const pageUrl = p === 0 ? url : `${url}&$skip=${p * pageSize}`;
      const next = p + 1 < pages ? `${url}&$skip=${(p + 1) * pageSize}` : null;
      const chunk = items.slice(p * pageSize, (p + 1) * pageSize);
      const name = `azure/${slug}-${p + 1}.json`;
      writeFileSync(
        join(out, name),
        JSON.stringify(
          {
            BillingCurrency: 'USD',
            CustomerEntityId: 'Default',
            CustomerEntityType: 'Retail',
            Items: chunk,
            NextPageLink: next,
            Count: chunk.length,
          },
          null,
          1,
        ) + '\n',
      );
      routes[pageUrl] = name;
      n++;
    }
  }
  return n;
}

// ---------------------------------------------------------------- GCP

/** Money as the Billing Catalog writes it. */
function money(usd: number): Obj {
  const nanosTotal = Math.round(usd * 1e9);
  if (Math.abs(nanosTotal / 1e9 - usd) > 1e-15) throw new Error(`${usd} USD is finer than a nano`);
  return {
    currencyCode: 'USD',
    units: String(Math.trunc(nanosTotal / 1e9)),
    nanos: nanosTotal % 1e9,
  };
}

interface SkuSpec {
  description: string;
  usageUnit: string;
  /** startUsageAmount → price per usage unit */
  rates: [number, number][];
  service: string;
  group: string;
}

function recordGcp(file: RawFile, out: string, routes: Record<string, Route>): number {
  // Group identical (description, unit, rates) across regions into one SKU, as the real catalog does.
  const specs = new Map<string, { spec: SkuSpec; regions: string[] }>();
  const add = (spec: SkuSpec, region: string) => {
    const k = JSON.stringify(spec);
    const e = specs.get(k);
    if (e) {
      if (!e.regions.includes(region)) e.regions.push(region);
    } else specs.set(k, { spec, regions: [region] });
  };
  const e2ByRegion = new Map<string, RawOffer[]>();
  for (const o of rawOffers(file)) {
    const region = str(o.region) ?? '';
    const plan = planGcp(o);
    if (plan === 'cloud-run-request') {
      for (const [basis, description, unit] of [
        ['vcpu-seconds', GCP_DESCRIPTIONS.runCpu, 's'],
        ['memory-seconds', GCP_DESCRIPTIONS.runMemory, 'GiBy.s'],
        ['requests', GCP_DESCRIPTIONS.runRequests, 'count'],
      ] as const) {
        const tiers = tiersAt(o, ['meters', `basis=${basis}`, 'tiers']);
        const free = numberAt(o, ['meters', `basis=${basis}`, 'freeTierUnits'], 0);
        const rates: [number, number][] = free > 0 ? [[0, 0]] : [];
        let start = free;
        for (const t of tiers) {
          rates.push([start, t.pricePerUnit]);
          if (t.upTo !== null) start = t.upTo;
        }
        add({ description, usageUnit: unit, rates, service: CLOUD_RUN, group: basis }, region);
      }
    } else if (plan === 'cloud-run-instance') {
      for (const [field, freeField, description, unit] of [
        ['pricePerVcpuHour', 'vcpuSeconds', GCP_DESCRIPTIONS.instanceCpu, 's'],
        ['pricePerGbHour', 'gbSeconds', GCP_DESCRIPTIONS.instanceMemory, 'GiBy.s'],
      ] as const) {
        const perSecond = Number((numberAt(o, [field]) / 3600).toFixed(12));
        const free = o.freeTier ? numberAt(o, ['freeTier', freeField], 0) : 0;
        const rates: [number, number][] =
          free > 0
            ? [
                [0, 0],
                [free, perSecond],
              ]
            : [[0, perSecond]];
        add({ description, usageUnit: unit, rates, service: CLOUD_RUN, group: field }, region);
      }
    } else if (plan === 'e2') {
      e2ByRegion.set(region, [...(e2ByRegion.get(region) ?? []), o]);
    }
  }
  // E2: Americas split, or scaled from it; see the header.
  const CORE = 21811590;
  const RAM = 2923530;
  for (const [region, offers] of e2ByRegion) {
    const o = offers[0] as RawOffer;
    const shape = SHARED_CORE[String(o.instanceType)] ?? {
      vcpu: Number(o.vcpu),
      gib: Number(o.memoryMb) / 1024,
    };
    const priceNanos = numberAt(o, ['pricePerHour']) * 1e9;
    const scale = priceNanos / (shape.vcpu * CORE + shape.gib * RAM);
    let found: [number, number] | undefined;
    const c0 = Math.round(CORE * scale);
    for (let d = 0; d < 4000 && !found; d++)
      for (const c of [c0 + d, c0 - d]) {
        const r = (priceNanos - shape.vcpu * c) / shape.gib;
        if (r > 0 && Math.abs(r - Math.round(r)) < 1e-6) {
          found = [c, Math.round(r)];
          break;
        }
      }
    if (!found)
      throw new Error(
        `E2 in ${region}: no whole-nano core/RAM split reproduces ${String(o.pricePerHour)}`,
      );
    const [c, r] = found;
    for (const x of offers) {
      const s = SHARED_CORE[String(x.instanceType)] ?? {
        vcpu: Number(x.vcpu),
        gib: Number(x.memoryMb) / 1024,
      };
      const hourly = Number((s.vcpu * (c / 1e9) + s.gib * (r / 1e9)).toFixed(12));
      if (hourly !== x.pricePerHour)
        throw new Error(
          `E2 in ${region}: the split ${c}/${r} nanos gives ${hourly} for ${String(x.instanceType)}, the catalog says ${String(x.pricePerHour)}`,
        );
    }
    add(
      {
        description: GCP_DESCRIPTIONS.e2Core(region),
        usageUnit: 'h',
        rates: [[0, c / 1e9]],
        service: COMPUTE_ENGINE,
        group: 'CPU',
      },
      region,
    );
    add(
      {
        description: GCP_DESCRIPTIONS.e2Ram(region),
        usageUnit: 'GiBy.h',
        rates: [[0, r / 1e9]],
        service: COMPUTE_ENGINE,
        group: 'RAM',
      },
      region,
    );
  }
  let n = 0;
  for (const service of [CLOUD_RUN, COMPUTE_ENGINE]) {
    const skus: Obj[] = [...specs.values()]
      .filter((e) => e.spec.service === service)
      .map(({ spec, regions }) => ({
        name: `services/${service}/skus/${skuId(spec.description, regions.join(','))}`,
        skuId: skuId(spec.description, regions.join(',')),
        description: spec.description,
        category: {
          serviceDisplayName: service === CLOUD_RUN ? 'Cloud Run' : 'Compute Engine',
          resourceFamily: 'Compute',
          resourceGroup: spec.group,
          usageType: 'OnDemand',
        },
        serviceRegions: regions,
        pricingInfo: [
          {
            summary: '',
            pricingExpression: {
              usageUnit: spec.usageUnit,
              displayQuantity: 1,
              tieredRates: spec.rates.map(([start, price]) => ({
                startUsageAmount: start,
                unitPrice: money(price),
              })),
              usageUnitDescription: spec.usageUnit,
              baseUnit: spec.usageUnit,
              baseUnitConversionFactor: 1,
            },
            currencyConversionRate: 1,
            effectiveTime: '2026-11-27T00:00:00Z',
          },
        ],
        serviceProviderName: 'Google',
      }));
    if (skus.length === 0) continue;
    // SKUs to ignore: a commitment and a Spot price for the first SKU's regions.
    const firstSku = skus[0] as Obj;
    skus.push({
      ...firstSku,
      skuId: skuId(service, 'commit'),
      description: `Commitment v1: ${String(firstSku.description)}`,
      category: { ...(firstSku.category as Obj), usageType: 'Commit1Yr' },
    });
    skus.push({
      ...firstSku,
      skuId: skuId(service, 'spot'),
      description: `Spot Preemptible ${String(firstSku.description)}`,
      category: { ...(firstSku.category as Obj), usageType: 'Preemptible' },
    });
    // Two pages, to exercise nextPageToken.
    const half = Math.ceil(skus.length / 2);
    const pages = [skus.slice(0, half), skus.slice(half)];
    pages.forEach((page, i) => {
      const token = i + 1 < pages.length ? `page${i + 2}` : '';
      const name = `gcp/${service}-${i + 1}.json`;
      writeFileSync(
        join(out, name),
        JSON.stringify({ skus: page, nextPageToken: token }, null, 1) + '\n',
      );
      routes[skusUrl(service, i === 0 ? undefined : `page${i + 1}`)] = name;
      n++;
    });
  }
  return n;
}

export function recordCatalogFixtures(dir: string, out: string): string {
  rmSync(out, { recursive: true, force: true });
  for (const d of ['aws', 'azure', 'gcp']) mkdirSync(join(out, d), { recursive: true });
  const files = new Set(listedFiles(dir));
  const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as RawFile;
  const routes: Record<string, Route> = {};
  const counts: string[] = [];
  if (files.has('aws.json'))
    counts.push(`${recordAws(read('aws.json'), out, routes)} AWS offer files`);
  if (files.has('azure.json'))
    counts.push(`${recordAzure(read('azure.json'), out, routes)} Azure pages`);
  if (files.has('gcp.json')) counts.push(`${recordGcp(read('gcp.json'), out, routes)} GCP pages`);
  const sorted = Object.fromEntries(Object.entries(routes).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(join(out, 'routes.json'), JSON.stringify(sorted, null, 2) + '\n');
  return `recorded ${counts.join(', ')} into ${out}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const flag = (name: string, dflt: string) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? (args[i + 1] as string) : dflt;
  };
  console.log(
    recordCatalogFixtures(
      flag('--dir', 'pricing-data'),
      flag('--out', 'scripts/pricing/fixtures/catalog'),
    ),
  );
}
