import { describe, expect, it } from 'vitest';
import { makeContext } from './context.ts';
import { evaluateScenario } from './evaluate.ts';
import { priceOffer } from './price-offer.ts';
import { billedDurationMs, billedMemoryMb, cpuForMemory, hourWhenAccrued } from './faas.ts';
import { catalogOffers, catalogPlatform, monthly, offerById, testFaas } from './test-catalog.ts';
import type { FaasOffer } from '../catalog/schema.ts';

/** pricing-data/platform.json, as the page and the CLI pass it. */
const platform = catalogPlatform();

function price(offerId: string, s: ReturnType<typeof monthly>) {
  const r = evaluateScenario({ ...s, offers: [offerId] }, catalogOffers(), { platform });
  const res = r.results[0];
  if (!res) throw new Error('no result');
  return res;
}
const line = (r: { lines: { id: string; usd: number }[] }, id: string) =>
  r.lines.find((l) => l.id === id)?.usd ?? 0;

describe('AWS Lambda, against the pricing page’s worked example', () => {
  // https://aws.amazon.com/lambda/pricing/ (x86, us-east-1): 512 MB, 3M invocations a month,
  // 1 s each. Compute: 3M × 1 s × 0.5 GB = 1,500,000 GB-s − 400,000 free = 1,100,000 GB-s
  // × $0.0000166667 = $18.33. Requests: 3M − 1M free = 2M × $0.20/M = $0.40. Total $18.73.
  const s = monthly(3e6, { durationMs: 1000, memoryMb: 512 });
  it('totals $18.73', () => {
    const r = price('aws-lambda-x86', s);
    expect(r.monthlyUsd).toBeCloseTo(18.73337, 4);
    expect(line(r, 'requests') + line(r, 'free-tier-requests')).toBeCloseTo(0.4, 10);
  });
  it('without the free tier: 1,500,000 × $0.0000166667 + 3 × $0.20 = $25.60', () => {
    const r = price('aws-lambda-x86', { ...s, faas: { ...s.faas, freeTier: false } });
    // 1,500,000 × 0.0000166667 = 25.00005; + $0.60 = 25.60005
    expect(r.monthlyUsd).toBeCloseTo(25.60005, 6);
  });
  it('Arm is priced at $0.0000133334/GB-s', () => {
    // 1,100,000 × 0.0000133334 = 14.66674; + $0.40 = 15.06674
    expect(price('aws-lambda-arm64', s).monthlyUsd).toBeCloseTo(15.06674, 5);
  });
  it('rounds each request up to 1 ms', () => {
    // 100.4 ms bills as 101 ms (1 ms granularity)
    expect(billedDurationMs(offerById('aws-lambda-x86') as FaasOffer, 100.4)).toBe(101);
  });
  it('charges ephemeral storage above the free 512 MB', () => {
    // 10,240 MB configured: (10,240 − 512)/1024 = 9.5 GB × 1 s × 3M = 28,500,000 GB-s
    // × $0.0000000309 = $0.88065
    const r = price('aws-lambda-x86', { ...s, ephemeralStorageMb: 10240 });
    expect(line(r, r.lines.find((l) => l.kind === 'storage')?.id ?? '')).toBeCloseTo(0.88065, 6);
  });
  it('warns beyond the 15-minute limit', () => {
    const r = price('aws-lambda-x86', monthly(1000, { durationMs: 20 * 60_000 }));
    // 15 minutes = 900,000 ms; 20 minutes = 1,200,000 ms.
    expect(r.warnings.find((w) => w.code === 'duration-limit')?.params).toEqual({
      limitMs: 900_000,
      durationMs: 1_200_000,
    });
  });
});

describe('Azure Functions Consumption, against the pricing page’s example', () => {
  // https://azure.microsoft.com/pricing/details/functions/: 512 MB, 3,000,000 executions of 1 s.
  // 3M × 1 s × 0.5 GB = 1,500,000 GB-s − 400,000 free = 1,100,000 × $0.000016 = $17.60;
  // executions: 2M billable × $0.20/M = $0.40. Total $18.00.
  it('totals $18.00', () => {
    const r = price(
      'azure-functions-consumption',
      monthly(3e6, { durationMs: 1000, memoryMb: 512 }),
    );
    expect(r.monthlyUsd).toBeCloseTo(18.0, 8);
  });
  it('rounds memory up to 128 MB and bills at least 100 ms', () => {
    const o = offerById('azure-functions-consumption') as FaasOffer;
    expect(billedMemoryMb(o, 300)).toBe(384); // 300 → next multiple of 128
    expect(billedMemoryMb(o, 64)).toBe(128); // minimum 128 MB
    expect(billedDurationMs(o, 20)).toBe(100); // minimum 100 ms
    expect(billedDurationMs(o, 150.2)).toBe(151); // then 1 ms rounding
  });
  it('warns above the 1.5 GB cap', () => {
    const r = price('azure-functions-consumption', monthly(1000, { memoryMb: 2048 }));
    expect(r.warnings.some((w) => w.code === 'memory-limit' && w.severity === 'error')).toBe(true);
  });
});

describe('Azure Functions Flex Consumption', () => {
  it('bills at least 1,000 ms, then 100 ms steps', () => {
    const o = offerById('azure-functions-flex') as FaasOffer;
    expect(billedDurationMs(o, 200)).toBe(1000);
    expect(billedDurationMs(o, 1001)).toBe(1100);
  });
});

describe('Cloudflare Workers Standard, against the docs’ example', () => {
  // https://developers.cloudflare.com/workers/platform/pricing/: 15M requests a month, 7 ms CPU.
  // Requests (15M − 10M included) × $0.30/M = $1.50; CPU (7 × 15M − 30M) = 75M CPU-ms × $0.02/M
  // = $1.50; plus the $5 base = $8.00. Wall time is not billed.
  it('totals $8.00 whatever the wall duration', () => {
    const s = monthly(15e6, { durationMs: 900, cpuMs: 7 });
    expect(price('cloudflare-workers-standard', s).monthlyUsd).toBeCloseTo(8.0, 8);
    expect(price('cloudflare-workers-standard', { ...s, durationMs: 50 }).monthlyUsd).toBeCloseTo(
      8.0,
      8,
    );
  });
  it('the included allowance stays with the free tier off', () => {
    const s = monthly(15e6, { durationMs: 900, cpuMs: 7 });
    expect(
      price('cloudflare-workers-standard', { ...s, faas: { ...s.faas, freeTier: false } })
        .monthlyUsd,
    ).toBeCloseTo(8.0, 8);
  });
});

describe('Cloud Run functions (request-based)', () => {
  // Without the free tier: 10M requests, 250 ms → billed 300 ms (100 ms rounding), 512 MB.
  // Memory 10M × 0.3 s × 0.5 GiB = 1,500,000 GiB-s × $0.0000025 = $3.75.
  // Requests 10 × $0.40 = $4.00. CPU: vCPU(512 MB) × 0.3 s × 10M × $0.000024 per vCPU-s.
  it('rounds to 100 ms and charges vCPU-s, GiB-s and requests', () => {
    const o = offerById('gcp-cloud-run-functions') as FaasOffer;
    const vcpu = cpuForMemory(o, 512).vcpu;
    const s = monthly(10e6, { durationMs: 250, memoryMb: 512 });
    const r = price('gcp-cloud-run-functions', { ...s, faas: { ...s.faas, freeTier: false } });
    const expected = 3.75 + 4.0 + vcpu * 0.3 * 10e6 * 0.000024;
    expect(r.monthlyUsd).toBeCloseTo(expected, 8);
  });
});

describe('granularity rules on a hand-made offer', () => {
  // $0.20/M requests, $0.00001/GB-s; 100 ms rounding, 100 ms minimum, 128 MB memory steps.
  const o = testFaas({
    granularity: {
      durationRoundingMs: 100,
      minBilledDurationMs: 100,
      memoryRoundingMb: 128,
      minBilledMemoryMb: 128,
    },
  });
  it('1M requests of 101 ms at 200 MB bill 200 ms at 256 MB', () => {
    // 1M × 0.2 s × 0.25 GB = 50,000 GB-s × $0.00001 = $0.50; requests $0.20. Total $0.70.
    const s = monthly(1e6, { durationMs: 101, memoryMb: 200 });
    const r = priceOffer(o, makeContext(s, { platform }), [o]);
    expect(r.monthlyUsd).toBeCloseTo(0.7, 10);
  });
  it('memory sizes round up to the next listed size', () => {
    const g = testFaas({
      granularity: { durationRoundingMs: 100, memorySizesMb: [128, 256, 512, 1024] },
    });
    expect(billedMemoryMb(g, 300)).toBe(512);
  });
  it('a base fee with included units is never negative', () => {
    const b = testFaas({ baseFeePerMonth: 5 });
    const r = priceOffer(b, makeContext(monthly(0), { platform }), [b]);
    expect(r.monthlyUsd).toBe(5);
  });
});

describe('Vercel Functions (Pro): a $20 fee with $20 of usage credit', () => {
  // iad1: Active CPU $0.128/h, provisioned memory $0.0106/GB-h, $0.60/M invocations.
  // 1M requests × 50 ms CPU = 13.8889 CPU-h × 0.128 = $1.77778; 1M × 1 GB × 0.1 s = 27.7778 GB-h
  // × 0.0106 = $0.29444; invocations $0.60. Usage $2.67222 < $20 credit → the bill is the $20 fee.
  const s = monthly(1e6, { durationMs: 100, cpuMs: 50, memoryMb: 1024 });
  it('bills only the fee while usage stays under the credit', () => {
    expect(price('vercel-functions', s).monthlyUsd).toBeCloseTo(20, 8);
  });
  it('bills the fee plus usage above the credit', () => {
    // 10× the volume: usage $26.7222 → $20 + ($26.7222 − $20) = $26.7222
    const r = price('vercel-functions', { ...s, workload: { ...s.workload, requests: 1e7 } });
    expect(r.monthlyUsd).toBeCloseTo(26.72222, 4);
  });
});

describe('line items carry their quantity and unit price as data', () => {
  it('Lambda: counts in single units, prices per single unit', () => {
    // 3M requests of 1 s at 512 MB: 3,000,000 × 1 s × 0.5 GB = 1,500,000 GB-s. Requests cost
    // $0.0000002 each; compute $0.0000166667 per GB-s (first of three tiers).
    const r = price('aws-lambda-x86', monthly(3e6, { durationMs: 1000, memoryMb: 512 }));
    const req = r.lines.find((l) => l.id === 'requests');
    expect(req).toMatchObject({ kind: 'requests', quantity: 3e6, unitPriceUsd: 2e-7 });
    // 3,000,000 × $0.0000002 = $0.60.
    expect(req?.usd).toBeCloseTo(0.6, 12);
    const compute = r.lines.find((l) => l.id === 'compute');
    expect(compute?.quantity).toBeCloseTo(1.5e6, 6);
    expect(compute?.unitPriceUsd).toBeCloseTo(0.0000166667, 12);
    expect(compute?.basis).toEqual({
      type: 'meter',
      meter: 'memory-seconds',
      includedUnits: 0,
      tiered: true,
    });
    // The free tier offsets 1,000,000 requests: −1,000,000 × $0.0000002 = −$0.20.
    const free = r.lines.find((l) => l.id === 'free-tier-requests');
    expect(free).toMatchObject({ quantity: 1e6, basis: { type: 'free-tier', freeUnits: 1e6 } });
    expect(free?.usd).toBeCloseTo(-0.2, 12);
  });
  it('Cloudflare: included units are data on the line', () => {
    // 15M requests × 7 ms CPU = 105,000,000 CPU-ms, 30,000,000 of them included.
    const r = price('cloudflare-workers-standard', monthly(15e6, { durationMs: 900, cpuMs: 7 }));
    const cpu = r.lines.find((l) => l.id === 'cpu-time');
    expect(cpu?.quantity).toBeCloseTo(1.05e8, 4);
    expect(cpu?.basis).toMatchObject({ type: 'meter', includedUnits: 3e7 });
  });
});

describe('when each free allowance runs out (calendar month)', () => {
  it('Lambda: free requests on day 4, free compute on day 14', () => {
    // 8,760,000 requests × 0.2 s × 0.5 GB = 876,000 GB-s. Evenly over 730 h the 1M free requests
    // last 730 × 1/8.76 = 83.3 h (day 4), the 400,000 free GB-s 730 × 400/876 = 333.3 h (day 14).
    const r = price('aws-lambda-arm64', monthly(8.76e6, { durationMs: 200, memoryMb: 512 }));
    expect(r.freeTierRunsOutAtHour).toBeCloseTo(730 / 8.76, 9);
    expect(r.freeTierRunOuts?.map((x) => x.meterId)).toEqual(['requests', 'compute']);
    expect(r.freeTierRunOuts?.[0]?.hour).toBeCloseTo(730 / 8.76, 9);
    expect(r.freeTierRunOuts?.[1]?.hour).toBeCloseTo((730 * 400) / 876, 9);
    expect(r.warnings.find((w) => w.code === 'free-tier-used-up')?.params).toEqual({
      firstHour: r.freeTierRunsOutAtHour,
    });
  });
  it('an allowance that lasts the month is said to', () => {
    // 2M requests: the 1M free last 730 / 2 = 365 h, into day 16 (365 / 24 = 15.2). Compute:
    // 2M × 0.1 s × 0.125 GB = 25,000 GB-s, inside the 400,000 free.
    const r = price('aws-lambda-x86', monthly(2e6, { durationMs: 100, memoryMb: 128 }));
    expect(r.freeTierRunOuts).toEqual([
      { meterId: 'requests', label: 'Requests', hour: 365 },
      { meterId: 'compute', label: 'Compute (GB-s)', hour: null },
    ]);
    expect(r.warnings.some((w) => w.code === 'free-tier-used-up')).toBe(true);
  });
  it('follows the traffic profile, as the month chart draws it', () => {
    // Constant traffic: a quarter of the month's usage has accrued after 730 / 4 = 182.5 h.
    expect(hourWhenAccrued(new Array<number>(168).fill(1), 0.25)).toBeCloseTo(182.5, 9);
    // Weight 2 for the first 84 hours of each week, 0 for the rest (mean 1). 730 h = 4 weeks
    // (4 × 168 = 672 weight) + 58 hours at weight 2 (116): 788 in all; half is 394. Weeks 1 and 2
    // bring 336 by hour 336; the other 58 take 29 hours at weight 2: hour 365.
    const profile = [...new Array<number>(84).fill(2), ...new Array<number>(84).fill(0)];
    expect(hourWhenAccrued(profile, 0.5)).toBeCloseTo(365, 9);
  });
});
