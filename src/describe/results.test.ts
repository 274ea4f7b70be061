import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../engine/evaluate.ts';
import type { Scenario, ScenarioInput } from '../engine/scenario.ts';
import {
  catalogOffers,
  catalogPlatform,
  monthly,
  testFaas,
  testVm,
} from '../engine/test-catalog.ts';
import { fakeResult, memoryLimit } from '../engine/test-result.ts';
import { timerScenario } from '../engine/timers.ts';
import type {
  OfferResult,
  UnavailableCode,
  UnavailableParams,
  Warning,
  WarningCode,
  WarningParams,
} from '../engine/types.ts';
import type { Money } from './format.ts';
import {
  breakEvenText,
  latencyNote,
  lineDetail,
  lineLabel,
  statusReasons,
  statusText,
  warningText,
} from './results.ts';

/** pricing-data/platform.json, as the page and the CLI pass it. */
const platform = catalogPlatform();

function price(offerId: string, s: Scenario): OfferResult {
  const r = evaluateScenario({ ...s, offers: [offerId] }, catalogOffers(), { platform });
  const res = r.results[0];
  if (!res) throw new Error('no result');
  return res;
}

/** "Label: detail" of one line, as the results table shows it. */
function detail(r: OfferResult, id: string, money?: Money): string {
  const l = r.lines.find((x) => x.id === id);
  return l ? `${lineLabel(l, r)}: ${lineDetail(l, money)}` : '';
}

/** A euro at a round rate, so the conversions below can be worked by hand: €1 = $1.25. */
const EUR_AT_1_25: Money = {
  currency: 'EUR',
  rate: { currency: 'EUR', usdPerUnit: 1.25, asOf: '2026-05-08', source: 'https://example.com' },
};

describe('line items in words', () => {
  it('1,000 requests every 5 minutes: 8,760,000 requests at $0.20 per 1M', () => {
    // 1,000 × (43,800 min ÷ 5) = 8,760,000 requests a month at $0.0000002 each = $0.20 per 1M.
    const f = testFaas();
    const s: Scenario = {
      ...monthly(1, { workload: { requests: 1000, everyMinutes: 5 } }),
      offers: [f.id],
    };
    const [r] = evaluateScenario(s, [f]).results;
    expect(detail(r!, 'requests')).toBe('Requests: 8,760,000 requests at $0.20 per 1M');
  });

  it('in euros at a stated rate: the unit price is converted, the counts are not', () => {
    // $0.20 per 1M ÷ 1.25 = €0.16 per 1M. Compute: 8,760,000 × 0.1 s × 0.125 GB = 109,500 GB-s
    // at $0.00001 ÷ 1.25 = €0.000008 per GB-s.
    const f = testFaas();
    const s: Scenario = {
      ...monthly(1, { workload: { requests: 1000, everyMinutes: 5 } }),
      offers: [f.id],
    };
    const [r] = evaluateScenario(s, [f]).results;
    expect(detail(r!, 'requests', EUR_AT_1_25)).toBe(
      'Requests: 8,760,000 requests at €0.16 per 1M',
    );
    expect(detail(r!, 'compute', EUR_AT_1_25)).toBe('Compute: 109,500 GB-s at €0.000008 per GB-s');
  });

  it('a server in euros: 730 h at the hourly price ÷ the rate', () => {
    // The test VM: $0.01 an hour ÷ 1.25 = €0.008 an hour; one instance.
    const vm = testVm();
    const [r] = evaluateScenario({ ...monthly(1e6), offers: [vm.id] }, [vm]).results;
    expect(detail(r!, 'instances', EUR_AT_1_25)).toBe('1 × test.small: 1 × 730 h × €0.008/h');
  });

  it('Lambda: counts in single units, prices per 1M requests and per GB-s, no exponents', () => {
    // 3M requests of 1 s at 512 MB: 3,000,000 × 1 s × 0.5 GB = 1,500,000 GB-s. Requests cost
    // $0.0000002 each = $0.20 per million; compute $0.0000166667 per GB-s (first of three tiers).
    const r = price('aws-lambda-x86', monthly(3e6, { durationMs: 1000, memoryMb: 512 }));
    expect(detail(r, 'requests')).toBe('Requests: 3,000,000 requests at $0.20 per 1M');
    expect(detail(r, 'free-tier-requests')).toBe(
      'Free tier: Requests: 1,000,000 of 1,000,000 free requests a month',
    );
    expect(detail(r, 'compute')).toBe(
      'Compute (GB-s): 1,500,000 GB-s at $0.0000166667 per GB-s, tiered',
    );
    expect(detail(r, 'free-tier-compute')).toBe(
      'Free tier: Compute (GB-s): 400,000 of 400,000 free GB-s a month',
    );
  });

  it('Lambda on a 1-year Compute Savings Plan: the covered GB-s and both rates', () => {
    // 10M × 200 ms × 1 GB = 2,000,000 GB-s, 400,000 free, 1,600,000 covered (steady traffic) at
    // $0.0000166667 on demand and $0.0000147 committed: −1,600,000 × 0.0000019667 = −$3.14672.
    const r = price(
      'aws-lambda-x86',
      monthly(10e6, { durationMs: 200, memoryMb: 1024, alwaysOn: { commitment: '1y' } }),
    );
    expect(detail(r, 'commitment')).toBe(
      "1-year Compute Savings Plan, no upfront: 1,600,000 GB-s × ($0.0000166667 on demand − $0.0000147 committed) per GB-s: the quietest hour's duration, 80% of it; requests and the rest on demand",
    );
  });

  it('Azure: a price per single execution reads per 1M', () => {
    // Azure's executions cost $0.0000002 each (unit "execution"): $0.20 per 1M.
    const r = price(
      'azure-functions-consumption',
      monthly(3e6, { durationMs: 1000, memoryMb: 512 }),
    );
    expect(detail(r, 'executions')).toBe('Executions: 3,000,000 executions at $0.20 per 1M');
    expect(detail(r, 'free-tier-executions')).toBe(
      'Free tier: Executions: 1,000,000 of 1,000,000 free executions a month',
    );
  });

  it('Cloudflare: included units, per 1M requests and per 1M CPU-ms', () => {
    // 15M requests × 7 ms CPU = 105,000,000 CPU-ms; $0.30/M requests, $0.02/M CPU-ms.
    const r = price('cloudflare-workers-standard', monthly(15e6, { durationMs: 900, cpuMs: 7 }));
    expect(detail(r, 'requests')).toBe(
      'Requests: 15,000,000 requests (10,000,000 included) at $0.30 per 1M',
    );
    expect(detail(r, 'cpu-time')).toBe(
      'CPU time (CPU-ms): 105,000,000 CPU-ms (30,000,000 included) at $0.02 per 1M',
    );
  });

  it('every line of every catalog offer reads without exponents or "$0.00"', () => {
    const s = monthly(9e6, {
      durationMs: 200,
      memoryMb: 512,
      state: { store: 'dynamodb', readsPerRequest: 1, writesPerRequest: 1 },
    });
    const r = evaluateScenario(s, catalogOffers(), { platform });
    let seen = 0;
    for (const o of r.results)
      for (const l of o.lines) {
        const text = `${lineLabel(l, o)}: ${lineDetail(l)}`;
        expect(text, `${o.offerId} ${l.id}`).not.toMatch(/\de[-+]?\d|\$0\.00(?!\d)|NaN|undefined/);
        expect(text, `${o.offerId} ${l.id}`).not.toMatch(/\d (1M|1K) /);
        expect(lineLabel(l, o), `${o.offerId} ${l.id}`).not.toMatch(/\((gb|gib|vcpu|ghz|cpu)-/);
        seen++;
      }
    expect(seen).toBeGreaterThan(50);
  });
});

describe('warnings in words', () => {
  it('free-tier run-outs: each allowance by day, with the offer’s short label', () => {
    // 8,760,000 requests × 0.2 s × 0.5 GB = 876,000 GB-s. Evenly over 730 h the 1M free requests
    // last 730 × 1/8.76 = 83.3 h (day 4), the 400,000 free GB-s 730 × 400/876 = 333.3 h (day 14).
    const r = price('aws-lambda-arm64', monthly(8.76e6, { durationMs: 200, memoryMb: 512 }));
    const w = r.warnings.find((x) => x.code === 'free-tier-used-up')!;
    expect(warningText(w, r)).toBe(
      "AWS Lambda (Arm)'s free tier runs out on day 4 for requests and on day 14 for compute (GB-s).",
    );
  });

  it('an allowance that lasts the month is said to', () => {
    // 2M requests: the 1M free last 730 / 2 = 365 h, into day 16. Compute: 2M × 0.1 s × 0.125 GB
    // = 25,000 GB-s, inside the 400,000 free.
    const r = price('aws-lambda-x86', monthly(2e6, { durationMs: 100, memoryMb: 128 }));
    const w = r.warnings.find((x) => x.code === 'free-tier-used-up')!;
    expect(warningText(w, r)).toBe(
      `${r.label}'s free tier runs out on day 16 for requests, but the allowance for compute (GB-s) lasts the month.`,
    );
  });

  it('a plural name takes the apostrophe alone: "Cloud Run functions\'"', () => {
    const w: Warning = {
      code: 'duration-limit',
      severity: 'error',
      offerId: 'x',
      params: { limitMs: 900_000, durationMs: 1_200_000 },
    };
    const r = { label: 'Cloud Run functions', provider: 'Google Cloud', product: 'Cloud Run' };
    expect(warningText(w, r)).toBe(
      "Cloud Run functions' limit is 15 minutes per request; this workload asks for 20 minutes.",
    );
  });

  it('cold-start latency notes', () => {
    // 1,460 bursts of 5 all cold: a share of 1. e^(−2) = 0.135, 1/0.135 ≈ 7.39: "1 in 7".
    expect(latencyNote(1, 250)).toBe('Almost every request waits ~250 ms for a cold start.');
    expect(latencyNote(0, 250)).toBe('No request is expected to start cold at this rate.');
    expect(latencyNote(Math.exp(-2), 400)).toBe(
      'About 1 in 7 requests waits ~400 ms for a cold start.',
    );
    expect(latencyNote(1e-261, 400)).toMatch(/^Fewer than 1 in a million requests/);
    // 0.7 → "About 7 in 10".
    expect(latencyNote(0.7, 400)).toBe('About 7 in 10 requests wait ~400 ms for a cold start.');
  });

  it('an unpriced offer says where, as people name the area', () => {
    // The test VM is priced in us-east only; the scenario asks for Europe.
    const vm = testVm();
    const s = { ...monthly(1_000_000, { area: 'europe' }), offers: [vm.id] };
    const [r] = evaluateScenario(s, [vm]).results;
    expect(statusText(r!)).toBe(
      "Test test.small has no sourced price in the Europe area; it is not priced at another region's rate.",
    );
  });

  it('status reasons: none when priced; every hard limit when it cannot run; why when unavailable', () => {
    const workersMemory = memoryLimit('workers');
    const storageLimit: Warning = {
      code: 'storage-limit',
      severity: 'error',
      offerId: 'workers',
      params: { limitMb: 512, storageMb: 1024 },
    };
    const unverified: Warning = {
      code: 'unverified-price',
      severity: 'info',
      offerId: 'workers',
      params: {},
    };
    const workers = fakeResult({
      offerId: 'workers',
      label: 'Workers',
      family: 'faas',
      monthlyUsd: 1,
      status: 'cannot-run',
      reason: workersMemory,
      warnings: [workersMemory, unverified, storageLimit],
    });
    expect(
      statusReasons(fakeResult({ offerId: 'l', label: 'L', family: 'faas', monthlyUsd: 1 })),
    ).toEqual([]);
    // Both hard limits, in order; the info note is not a reason.
    expect(statusReasons(workers)).toEqual([
      {
        code: 'memory-limit',
        message: 'Workers caps memory at 128 MB; this workload asks for 512 MB.',
      },
      {
        code: 'storage-limit',
        message: 'Workers allows at most 512 MB of ephemeral storage; this workload asks for 1 GB.',
      },
    ]);
    const vm = testVm();
    const s = { ...monthly(1_000_000, { area: 'europe' }), offers: [vm.id] };
    const [gone] = evaluateScenario(s, [vm]).results;
    expect(statusReasons(gone!)).toEqual([
      {
        code: 'not-in-area',
        message:
          "Test test.small has no sourced price in the Europe area; it is not priced at another region's rate.",
      },
    ]);
  });

  it('a credit under a cent is never "> -$0.01" or "-$0.00"; amounts follow the display currency', () => {
    const w: Warning = {
      code: 'cold-start',
      severity: 'info',
      offerId: 'x',
      params: {
        coldShare: 0.5,
        initMs: 400,
        keepAliveMinutes: 10,
        keepAliveAsSet: false,
        initBilled: true,
        usd: 2.5,
        includedInTotal: false,
      },
    };
    const r = { label: 'AWS Lambda', provider: 'AWS', product: 'AWS Lambda' };
    // $2.50 ÷ 1.25 = €2.00.
    expect(warningText(w, r, EUR_AT_1_25)).toBe(
      'On AWS Lambda, about 1 in 2 requests waits ~400 ms for a cold start (idle keep-alive 10 min, an estimate). Start-up time is billed: about €2.00 a month, not in the total.',
    );
  });
});

describe('break-even in words', () => {
  it('three significant figures of the volume, offers by short label', () => {
    // The test FaaS costs 3.25e-7 a request at 100 ms and 128 MB; the VM $7.30 a month:
    // 7.30 ÷ 3.25e-7 = 22,461,538 → "about 22.5M".
    const labels = (id: string) => (id === 'f' ? 'Test FaaS' : 'Test test.small');
    const b = {
      faasOfferId: 'f',
      alwaysOnOfferId: 'v',
      status: 'crosses' as const,
      requestsPerMonth: 7.3 / 3.25e-7,
      faasMonthlyUsd: 7.3,
      alwaysOnMonthlyUsd: 7.3,
    };
    expect(breakEvenText(b, labels)).toBe(
      'Test FaaS stays cheaper than Test test.small up to about 22.5M requests a month.',
    );
  });
});

// Parameters for every warning code (the type makes this table complete: a new code without a
// row does not compile), and for every reason an offer is unavailable.
const SAMPLE: { [C in WarningCode]: WarningParams[C] } = {
  'duration-limit': { limitMs: 900_000, durationMs: 1_200_000 },
  'duration-rounded': { billedMs: 100, durationMs: 12 },
  'cpu-limit': { limitMs: 30_000, cpuMs: 60_000 },
  'memory-limit': { limitMb: 128, memoryMb: 512 },
  'memory-rounded': { billedMb: 256, memoryMb: 200 },
  'storage-limit': { limitMb: 10_240, storageMb: 20_480 },
  'concurrency-limit': { needed: 1500, limit: 1000 },
  'no-provisioned-price': {},
  'free-tier-used-up': { firstHour: 83.3 },
  'burstable-baseline': { baseline: 0.2, averageUtilization: 0.7 },
  'burst-surplus': { baseline: 0.1, averageUtilization: 0.3, surplusUsd: 14.6 },
  'burst-throttled': {
    baseline: 0.1,
    window: 'day',
    unlimitedUnpriced: true,
    region: 'eu-central-1',
  },
  'fleet-limit': { limit: 1, needed: 3 },
  'fleet-overloaded': { neededVcpu: 3, instances: 1, vcpu: 2 },
  'instance-memory': { workingSetMb: 2048, baseMemoryMb: 128, instanceMemoryMb: 1024 },
  'unverified-price': {},
  'unverified-state-price': { storeId: 'redis' },
  'no-front-door': { frontDoorId: 'no-such-front-door' },
  'no-load-balancer': { multiZone: true },
  'no-state-store': { storeId: 'redis' },
  'no-scheduler': {},
  'timer-too-frequent': { everySeconds: 30 },
  'size-adjusted': { vcpu: 0.3, memoryMb: 512, pricedVcpu: 0.5, pricedMemoryMb: 1024 },
  'cold-start': {
    coldShare: 0.3,
    initMs: 400,
    keepAliveMinutes: 10,
    keepAliveAsSet: false,
    initBilled: true,
    usd: 0.004,
    includedInTotal: false,
  },
  'scaling-limit': { check: 'max-instances', needed: 200, limit: 100 },
  'server-extra-unpriced': { extra: 'root-disk', region: 'eu-central-1' },
  'server-extras-unknown': { region: 'test-1' },
  'egress-unpriced': { region: 'westus2', gb: 370 },
  'commitment-unpriced': { term: '1y', plan: 'ec2-instance-savings-plan' },
  'no-commitment': { term: '3y' },
};
const UNAVAILABLE: { [C in UnavailableCode]: UnavailableParams[C] } = {
  'no-fx-rate': { currency: 'EUR' },
  'front-door': {},
  'not-in-area': { area: 'europe' },
};

describe('every warning and status reason of every catalog offer', () => {
  const results = evaluateScenario(monthly(1e6), catalogOffers(), {
    platform,
    breakEven: false,
  }).results;
  const all = catalogOffers();

  it('renders a sentence naming the offer by its short label, at any size of figure', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...results),
        fc.constantFrom(...(Object.keys(SAMPLE) as WarningCode[])),
        fc.double({ min: 1e-6, max: 1e9, noNaN: true }),
        (r, code, scale) => {
          // Every numeric parameter scaled: a tiny or huge figure still reads as a sentence.
          const params = Object.fromEntries(
            Object.entries(SAMPLE[code]).map(([k, v]) => [
              k,
              typeof v === 'number' ? v * scale : v,
            ]),
          );
          const w = { code, severity: 'warning', offerId: r.offerId, params } as Warning;
          const text = warningText(w, r);
          expect(text).toContain(r.label);
          expect(text).toMatch(/\.$/);
          expect(text).not.toMatch(/NaN|undefined|\$0\.00(?!\d)|> -|'s'|functions's/);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('every reason an offer is unavailable names it', () => {
    for (const r of results)
      for (const [code, params] of Object.entries(UNAVAILABLE)) {
        const text = statusText({
          ...r,
          status: 'unavailable',
          reason: { code, params } as OfferResult['reason'],
        });
        expect(text, `${r.offerId} ${code}`).toContain(r.label);
      }
    expect(all.length).toBeGreaterThan(10);
  });

  // Scenarios that make the catalog raise many of its warnings for real.
  const base = monthly(30e6, { durationMs: 200, memoryMb: 10_240, ephemeralStorageMb: 10_240 });
  const scenarios: [string, Scenario][] = [
    ['10 GB per request', base],
    [
      'every extra on',
      monthly(1, {
        memoryMb: 512,
        durationMs: 20 * 60_000,
        faas: { provisionedConcurrency: 2, frontDoor: 'no-such-front-door' },
        alwaysOn: { loadBalancer: true, containerVcpu: 0.3 },
        state: { store: 'redis', readsPerRequest: 1, writesPerRequest: 1, itemKb: 1 },
        coldStart: { arrivals: 'bursts' },
        workload: { requests: 5000, everyMinutes: 30 },
      } as Partial<ScenarioInput>),
    ],
    ['a timer every 30 s', timerScenario({ everyMinutes: 0.5, runSeconds: 1 })],
  ];
  for (const [name, s] of scenarios)
    it(`as raised: ${name}`, () => {
      const r = evaluateScenario(s, catalogOffers(), { platform, breakEven: false });
      let seen = 0;
      for (const o of r.results) {
        for (const w of o.warnings) {
          expect(warningText(w, o), `${o.offerId} ${w.code}`).toContain(o.label);
          seen++;
        }
        if (o.status !== 'priced') expect(statusText(o)).toContain(o.label);
      }
      expect(seen).toBeGreaterThan(10);
    });
});

describe('latencyNote', () => {
  it('reads as people say it', () => {
    expect(latencyNote(1 / 3, 400)).toBe('About 1 in 3 requests waits ~400 ms for a cold start.');
    expect(latencyNote(0.7, 1200)).toBe('About 7 in 10 requests wait ~1.2 s for a cold start.');
    expect(latencyNote(0, 400)).toBe('No request is expected to start cold at this rate.');
  });
});
