import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { applyRates } from './apply.ts';
import { awsOfferUrl, importAws, planAws, usageTail } from './aws.ts';
import { sliceOfferFile } from './aws-offer-stream.ts';
import { fixtureFetcher } from './fetch.ts';
import type { RawFile } from './types.ts';

const fetcher = () => fixtureFetcher('scripts/pricing/fixtures/aws');
const noWait = { sleep: async () => {}, tries: 3 };

/** The product each test offer is (the importer dispatches on it, not on the id). */
const PRODUCT: Record<string, string> = {
  'aws-lambda-x86': 'lambda',
  'aws-lambda-arm64': 'lambda',
  'aws-ec2-t3-micro': 'ec2',
  'aws-fargate-x86': 'fargate',
  'aws-fargate-arm64': 'fargate',
  'aws-api-gateway-http': 'api-gateway-http',
  'aws-api-gateway-rest': 'api-gateway-rest',
  'aws-alb': 'alb',
};
const base = (id: string, region = 'us-east-1') => ({
  id,
  providerId: 'aws',
  productId: PRODUCT[id] ?? id,
  refreshedBy: 'aws',
  provider: 'AWS',
  product: id,
  region,
  area: 'us-east',
  currency: 'USD',
  source: 'https://aws.amazon.com/pricing/',
  checkedOn: '2026-11-01',
  verification: 'secondary',
});

/** A small aws.json: the prices here are deliberately a little off, so the import shows changes. */
function catalog(): RawFile {
  return {
    family: 'aws',
    offers: [
      {
        ...base('aws-lambda-x86'),
        kind: 'faas',
        architecture: 'x86_64',
        meters: [
          {
            id: 'requests',
            label: 'Requests',
            basis: 'requests',
            unit: 'request',
            tiers: [{ upTo: null, pricePerUnit: 0.0000002 }],
            freeTierUnits: 1000000,
          },
          {
            id: 'duration',
            label: 'Duration',
            basis: 'memory-seconds',
            unit: 'GB-s',
            tiers: [{ upTo: null, pricePerUnit: 0.0000166667 }],
          },
        ],
        provisioned: {
          pricePerGbSecondConfigured: 0.0000041667,
          pricePerGbSecondDuration: 0.000009,
        },
      },
      {
        ...base('aws-lambda-arm64'),
        kind: 'faas',
        architecture: 'arm64',
        meters: [
          {
            id: 'duration',
            label: 'Duration',
            basis: 'memory-seconds',
            unit: 'GB-s',
            tiers: [
              { upTo: 7500000000, pricePerUnit: 0.0000133334 },
              { upTo: 18750000000, pricePerUnit: 0.0000120001 },
              { upTo: null, pricePerUnit: 0.0000106667 },
            ],
          },
        ],
      },
      {
        ...base('aws-ec2-t3-micro'),
        kind: 'always-on',
        instanceType: 't3.micro',
        vcpu: 2,
        memoryMb: 1024,
        pricePerHour: 0.0052,
      },
      {
        ...base('aws-fargate-x86'),
        kind: 'autoscaled-container',
        architecture: 'x86_64',
        pricePerVcpuHour: 0.04048,
        pricePerGbHour: 0.004445,
      },
      {
        ...base('aws-fargate-arm64'),
        kind: 'autoscaled-container',
        architecture: 'arm64',
        pricePerVcpuHour: 0.03238,
        pricePerGbHour: 0.00356,
      },
      {
        ...base('aws-api-gateway-http'),
        kind: 'front-door',
        requestTiers: [
          { upTo: 300000000, pricePerUnit: 0.000001 },
          { upTo: null, pricePerUnit: 0.0000009 },
        ],
      },
      {
        ...base('aws-api-gateway-rest'),
        kind: 'front-door',
        requestTiers: [{ upTo: null, pricePerUnit: 0.0000035 }],
      },
      {
        ...base('aws-alb'),
        kind: 'front-door',
        pricePerHour: 0.0225,
        lcu: { pricePerLcuHour: 0.008 },
      },
    ],
  };
}

describe('usageTail', () => {
  it('strips the region prefix of a usage type', () => {
    expect(usageTail('USE1-Fargate-GB-Hours')).toBe('Fargate-GB-Hours');
    expect(usageTail('EU-LoadBalancerUsage')).toBe('LoadBalancerUsage');
    expect(usageTail('Lambda-GB-Second')).toBe('Lambda-GB-Second');
    expect(usageTail('Request')).toBe('Request');
  });
});

describe('sliceOfferFile', () => {
  it('keeps the wanted SKUs and their OnDemand terms, and skips Reserved terms', async () => {
    const body = Readable.from(
      [
        '{"offerCode":"X","products":{"A":{"sku":"A","attributes":{"k":"1"}},"B":{"sku":"B","attributes":{"k":"2"}}},',
        '"terms":{"OnDemand":{"A":{"A.T":{"offerTermCode":"T","priceDimensions":{"A.T.R":{"beginRange":"0","endRange":"Inf","unit":"Hrs","pricePerUnit":{"USD":"0.5"}}}}},"B":{}},',
        '"Reserved":{"A":{"A.R":{"priceDimensions":{}}}}}}',
      ].map((s) => Buffer.from(s)),
    );
    const s = await sliceOfferFile(body, (p) => p.attributes.k === '1');
    expect(s.offerCode).toBe('X');
    expect(s.productsSeen).toBe(2);
    expect([...s.products.keys()]).toEqual(['A']);
    expect(s.onDemand.get('A')?.[0]?.priceDimensions['A.T.R']?.pricePerUnit).toEqual({
      USD: '0.5',
    });
    expect(s.onDemand.has('B')).toBe(false);
  });

  it('splits multi-byte characters across chunks correctly', async () => {
    const text = Buffer.from(
      '{"products":{"A":{"sku":"A","attributes":{"location":"São Paulo"}}},"terms":{"OnDemand":{}}}',
    );
    const cut = text.indexOf(0xc3) + 1; // inside "ã"
    const s = await sliceOfferFile(
      Readable.from([text.subarray(0, cut), text.subarray(cut)]),
      () => true,
    );
    expect(s.products.get('A')?.attributes.location).toBe('São Paulo');
  });

  it('refuses terms before products, a truncated file and malformed JSON', async () => {
    const run = (t: string) =>
      sliceOfferFile(Readable.from([Buffer.from(t)]), () => true, 'f.json');
    await expect(run('{"terms":{"OnDemand":{}},"products":{}}')).rejects.toThrow(
      /terms.*before.*products/,
    );
    await expect(run('{"products":{"A":{"sku":"A"')).rejects.toThrow(
      /f.json: (truncated|malformed)/,
    );
    await expect(run('{"products":{"A":{"sku":tru}}}')).rejects.toThrow(/f.json: malformed JSON/);
  });
});

describe('importAws against the recorded offer files', () => {
  it('plans one query per rate, grouped by service and region', () => {
    const q = planAws(catalog());
    expect(q.map((x) => `${x.offerId}:${x.path.join('.')}`)).toEqual([
      'aws-lambda-x86:meters.basis=requests.tiers',
      'aws-lambda-x86:meters.basis=memory-seconds.tiers',
      'aws-lambda-x86:provisioned.pricePerGbSecondConfigured',
      'aws-lambda-x86:provisioned.pricePerGbSecondDuration',
      'aws-lambda-arm64:meters.basis=memory-seconds.tiers',
      'aws-ec2-t3-micro:pricePerHour',
      'aws-fargate-x86:pricePerVcpuHour',
      'aws-fargate-x86:pricePerGbHour',
      'aws-fargate-arm64:pricePerVcpuHour',
      'aws-fargate-arm64:pricePerGbHour',
      'aws-api-gateway-http:requestTiers',
      'aws-api-gateway-rest:requestTiers',
      'aws-alb:pricePerHour',
      'aws-alb:lcu.pricePerLcuHour',
    ]);
  });

  it('reads flat and tiered prices, ignores the other SKUs, and retries the ELB file', async () => {
    const sleeps: number[] = [];
    const r = await importAws(catalog(), {
      fetcher: fetcher(),
      retry: { tries: 5, baseDelayMs: 100, sleep: async (ms) => void sleeps.push(ms) },
    });
    expect(r.warnings).toEqual([]);
    // ELB: 503 → wait 100 ms (base); 429 with Retry-After: 2 → wait 2000 ms; then the file.
    expect(sleeps).toEqual([100, 2000]);
    const get = (id: string, path: string) =>
      r.rates.find((x) => x.offerId === id && x.path.join('.') === path)?.value;
    // Lambda x86 duration: $0.0000166667/GB-s up to 6B GB-s, $0.0000150000 next 9B, $0.0000133334 above 15B.
    expect(get('aws-lambda-x86', 'meters.basis=memory-seconds.tiers')).toEqual([
      { upTo: 6_000_000_000, pricePerUnit: 0.0000166667 },
      { upTo: 15_000_000_000, pricePerUnit: 0.000015 },
      { upTo: null, pricePerUnit: 0.0000133334 },
    ]);
    // $0.20 per 1M requests = $0.0000002 per request.
    expect(get('aws-lambda-x86', 'meters.basis=requests.tiers')).toEqual([
      { upTo: null, pricePerUnit: 0.0000002 },
    ]);
    expect(get('aws-lambda-x86', 'provisioned.pricePerGbSecondDuration')).toBe(0.0000097222);
    // t3.micro Linux, shared tenancy: $0.0104/h (not Windows 0.0196, dedicated 0.0114, reservation 0.0105, SQL 0.0184).
    expect(get('aws-ec2-t3-micro', 'pricePerHour')).toBe(0.0104);
    expect(get('aws-fargate-arm64', 'pricePerVcpuHour')).toBe(0.03238);
    // REST API: $3.50/M to 333M, $2.80/M to 1B, $2.38/M to 20B, $1.51/M above.
    expect(get('aws-api-gateway-rest', 'requestTiers')).toEqual([
      { upTo: 333_000_000, pricePerUnit: 0.0000035 },
      { upTo: 1_000_000_000, pricePerUnit: 0.0000028 },
      { upTo: 20_000_000_000, pricePerUnit: 0.00000238 },
      { upTo: null, pricePerUnit: 0.00000151 },
    ]);
    // ALB, not NLB or Classic: $0.0225/h and $0.008 per LCU-hour.
    expect(get('aws-alb', 'pricePerHour')).toBe(0.0225);
    expect(get('aws-alb', 'lcu.pricePerLcuHour')).toBe(0.008);
    expect(
      r.rates.every((x) => x.source === awsOfferUrl(x.source.split('/')[6] ?? '', x.region)),
    ).toBe(true);
  });

  it('applies the rates and reports the changes with their percentage', async () => {
    const files = new Map([['aws.json', catalog()]]);
    const r = await importAws(files.get('aws.json') as RawFile, {
      fetcher: fetcher(),
      retry: noWait,
    });
    const applied = applyRates(files, r.rates, { thresholdPct: 20 });
    const byPath = Object.fromEntries(applied.changes.map((c) => [`${c.offerId} ${c.path}`, c]));
    // t3.micro 0.0052 → 0.0104: +100%, flagged.
    expect(byPath['aws-ec2-t3-micro pricePerHour']).toMatchObject({
      old: 0.0052,
      new: 0.0104,
      pct: 100,
      flagged: true,
    });
    // provisioned duration 0.000009 → 0.0000097222: +8.02%, not flagged.
    const pd = byPath['aws-lambda-x86 provisioned.pricePerGbSecondDuration'];
    expect(pd?.pct).toBeCloseTo(8.0244, 3);
    expect(pd?.flagged).toBe(false);
    // x86 duration went from one tier to three: a shape change, always flagged.
    expect(byPath['aws-lambda-x86 meters[basis=memory-seconds].tiers (1 → 3 tiers)']?.flagged).toBe(
      true,
    );
    // REST API 1 → 4 tiers; everything else matched.
    expect(applied.changes).toHaveLength(4);
    expect(applied.unchanged).toBe(10);
    expect(applied.problems).toEqual([]);
  });

  it('refuses a region priced in another currency', async () => {
    const file = {
      family: 'aws',
      offers: [
        {
          ...base('aws-ec2-t3-micro', 'cn-north-1'),
          kind: 'always-on',
          instanceType: 't3.micro',
          vcpu: 2,
          memoryMb: 1024,
          pricePerHour: 0.0104,
        },
      ],
    };
    await expect(importAws(file, { fetcher: fetcher(), retry: noWait })).rejects.toThrow(
      /no USD price \(the file has CNY\)/,
    );
  });

  it('fails clearly on a truncated download, a 503 that never clears, and a 403', async () => {
    const one = (region: string) => ({
      family: 'aws',
      offers: [
        {
          ...base('aws-ec2-t3-micro', region),
          kind: 'always-on',
          instanceType: 't3.micro',
          vcpu: 2,
          memoryMb: 1024,
          pricePerHour: 0.0104,
        },
      ],
    });
    await expect(
      importAws(one('eu-west-1'), { fetcher: fetcher(), retry: noWait }),
    ).rejects.toThrow(/eu-west-1\/index.json: (truncated|malformed)/);
    await expect(
      importAws(one('ap-southeast-2'), { fetcher: fetcher(), retry: noWait }),
    ).rejects.toThrow(/failed after 3 tries: HTTP 503/);
    await expect(
      importAws(one('sa-east-1'), { fetcher: fetcher(), retry: noWait }),
    ).rejects.toThrow(/failed after 1 try: HTTP 403/);
  });
});
