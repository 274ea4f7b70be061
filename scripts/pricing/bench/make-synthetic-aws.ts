/**
 * Writes a large synthetic AWS Price List offer file for the memory benchmark (not committed):
 *
 *   tsx scripts/pricing/bench/make-synthetic-aws.ts [/tmp/aws-synthetic-ec2.json] [targetMB=400]
 *
 * The shape follows the real AmazonEC2 file: `products` (SKU → productFamily + ~25 attributes),
 * then `terms.OnDemand` (one term, one price dimension per SKU) and `terms.Reserved` (six terms per
 * SKU), which is where most of the real file's bytes are. Among the synthetic SKUs is the one real
 * t3.micro Linux SKU the benchmark must find ($0.0104/h).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const out = process.argv[2] ?? '/tmp/aws-synthetic-ec2.json';
const targetBytes = Number(process.argv[3] ?? 400) * 1024 * 1024;
const types = [
  't3.micro',
  't3.small',
  'm5.large',
  'c6i.xlarge',
  'r7g.2xlarge',
  'm7g.large',
  'x2idn.16xlarge',
];
const oses = ['Linux', 'Windows', 'RHEL', 'SUSE', 'Ubuntu Pro'];
const tenancies = ['Shared', 'Dedicated', 'Host'];

function product(i: number) {
  const sku = `SYN${String(i).padStart(10, '0')}`;
  const wanted = i === 54_321;
  const type = wanted ? 't3.micro' : types[i % types.length];
  return {
    sku,
    json: {
      sku,
      productFamily: 'Compute Instance',
      attributes: {
        servicecode: 'AmazonEC2',
        location: 'US East (N. Virginia)',
        locationType: 'AWS Region',
        instanceType: type,
        currentGeneration: 'Yes',
        instanceFamily: 'General purpose',
        vcpu: '2',
        physicalProcessor: 'Intel Skylake E5 2686 v5',
        clockSpeed: '3.1 GHz',
        memory: '1 GiB',
        storage: 'EBS only',
        networkPerformance: 'Up to 5 Gigabit',
        processorArchitecture: '64-bit',
        tenancy: wanted ? 'Shared' : tenancies[i % tenancies.length],
        operatingSystem: wanted ? 'Linux' : oses[(i >> 2) % oses.length],
        licenseModel: 'No License required',
        usagetype: `BoxUsage:${type}`,
        operation: 'RunInstances',
        availabilityzone: 'NA',
        capacitystatus: wanted
          ? 'Used'
          : i % 2
            ? 'UnusedCapacityReservation'
            : 'AllocatedCapacityReservation',
        classicnetworkingsupport: 'false',
        dedicatedEbsThroughput: 'Up to 2085 Mbps',
        ecu: 'Variable',
        enhancedNetworkingSupported: 'Yes',
        gpuMemory: 'NA',
        intelAvxAvailable: 'Yes',
        marketoption: 'OnDemand',
        normalizationSizeFactor: '0.5',
        preInstalledSw: 'NA',
        processorFeatures: 'AVX; AVX2; Intel AVX; Intel AVX2; Intel AVX512; Intel Turbo',
        regionCode: 'us-east-1',
        servicename: 'Amazon Elastic Compute Cloud',
      },
    },
    price: wanted ? '0.0104000000' : (0.001 + (i % 997) / 1000).toFixed(10),
  };
}

function dim(sku: string, term: string, code: string, price: string, unit = 'Hrs') {
  return {
    [`${sku}.${term}.${code}`]: {
      rateCode: `${sku}.${term}.${code}`,
      description: `$${price} per On Demand Linux ${unit} instance hour`,
      beginRange: '0',
      endRange: 'Inf',
      unit,
      pricePerUnit: { USD: price },
      appliesTo: [],
    },
  };
}

async function main() {
  const ws = createWriteStream(out);
  let bytes = 0;
  const write = async (s: string) => {
    bytes += Buffer.byteLength(s);
    if (!ws.write(s)) await once(ws, 'drain');
  };
  await write(
    '{"formatVersion":"v1.0","disclaimer":"synthetic benchmark file","offerCode":"AmazonEC2","version":"20261120000000","publicationDate":"2026-11-20T00:00:00Z","products":{',
  );
  // Each SKU costs ~1.3 KB of products, ~0.5 KB OnDemand and ~3.6 KB Reserved: size the count to the target.
  const n = Math.round(targetBytes / 5400);
  for (let i = 0; i < n; i++) {
    const p = product(i);
    await write(`${i ? ',' : ''}${JSON.stringify(p.sku)}:${JSON.stringify(p.json)}`);
  }
  await write('},"terms":{"OnDemand":{');
  for (let i = 0; i < n; i++) {
    const p = product(i);
    const term = {
      [`${p.sku}.JRTCKXETXF`]: {
        offerTermCode: 'JRTCKXETXF',
        sku: p.sku,
        effectiveDate: '2026-11-01T00:00:00Z',
        priceDimensions: dim(p.sku, 'JRTCKXETXF', '6YS6EN2CT7', p.price),
        termAttributes: {},
      },
    };
    await write(`${i ? ',' : ''}${JSON.stringify(p.sku)}:${JSON.stringify(term)}`);
  }
  await write('},"Reserved":{');
  for (let i = 0; i < n; i++) {
    const p = product(i);
    const terms: Record<string, unknown> = {};
    for (const [code, len, opt] of [
      ['4NA7Y494T4', '1yr', 'No Upfront'],
      ['6QCMYABX3D', '1yr', 'All Upfront'],
      ['HU7G6KETJZ', '1yr', 'Partial Upfront'],
      ['38NPMPTW36', '3yr', 'Partial Upfront'],
      ['BPH4J8HBKS', '3yr', 'No Upfront'],
      ['NQ3QZPMQV9', '3yr', 'All Upfront'],
    ] as const)
      terms[`${p.sku}.${code}`] = {
        offerTermCode: code,
        sku: p.sku,
        effectiveDate: '2026-11-01T00:00:00Z',
        priceDimensions: {
          ...dim(p.sku, code, '2TG2D8R56U', '0', 'Quantity'),
          ...dim(p.sku, code, '6YS6EN2CT7', '0.0040000000'),
        },
        termAttributes: {
          LeaseContractLength: len,
          OfferingClass: 'standard',
          PurchaseOption: opt,
        },
      };
    await write(`${i ? ',' : ''}${JSON.stringify(p.sku)}:${JSON.stringify(terms)}`);
  }
  await write('}},"attributesList":{}}\n');
  ws.end();
  await once(ws, 'finish');
  console.log(`wrote ${out}: ${(bytes / 1024 / 1024).toFixed(1)} MB, ${n} products`);
}

void main();
