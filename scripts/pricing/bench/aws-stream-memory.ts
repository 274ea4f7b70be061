/**
 * Peak memory of streaming an AWS offer file with sliceOfferFile, keeping only the t3.micro Linux
 * SKU. Run as one process so the resident set is the parser's:
 *
 *   /usr/bin/time -v node --import tsx scripts/pricing/bench/aws-stream-memory.ts /tmp/aws-synthetic-ec2.json
 *
 * Prints the file size, the time, the SKU's price, and the peak RSS and heap sampled every 50 ms.
 */
import { createReadStream, statSync } from 'node:fs';
import { sliceOfferFile } from '../aws-offer-stream.ts';

const file = process.argv[2] ?? '/tmp/aws-synthetic-ec2.json';
let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const timer = setInterval(sample, 50);
const t0 = performance.now();
const slice = await sliceOfferFile(
  createReadStream(file, { highWaterMark: 1 << 16 }),
  (p) =>
    p.attributes.instanceType === 't3.micro' &&
    p.attributes.operatingSystem === 'Linux' &&
    p.attributes.tenancy === 'Shared' &&
    p.attributes.capacitystatus === 'Used',
  file,
);
sample();
clearInterval(timer);
const seconds = (performance.now() - t0) / 1000;
const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
const size = statSync(file).size;
const [sku] = slice.products.keys();
const price = sku
  ? Object.values(slice.onDemand.get(sku)?.[0]?.priceDimensions ?? {})[0]?.pricePerUnit.USD
  : undefined;
console.log(
  JSON.stringify({
    fileMB: Number(mb(size)),
    productsSeen: slice.productsSeen,
    kept: slice.products.size,
    sku,
    pricePerHour: price,
    seconds: Number(seconds.toFixed(1)),
    mbPerSecond: Number((size / 1024 / 1024 / seconds).toFixed(1)),
    peakRssMB: Number(mb(peakRss)),
    peakHeapUsedMB: Number(mb(peakHeap)),
  }),
);
