import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, scenarioSchema, type Scenario } from '../engine/scenario.ts';
import {
  DEFAULT_COLD_START_OPTIONS,
  DEFAULT_PAGE_SCENARIO,
  DEFAULT_STATE_OPTIONS,
} from '../engine/default-scenario.ts';
import { decodeScenario, encodeScenario, restrictOffers, type CodecNotice } from './codec.ts';

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
const dbl = (min: number, max: number) => fc.double({ min, max, noNaN: true });

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    requests: dbl(0, 1e6),
    everyMinutes: dbl(0.001, 43_800).filter((m) => m > 0),
    pattern: fc.oneof(
      fc.constant({ kind: 'constant' as const }),
      fc.record({ kind: fc.constant('business-hours' as const), offHoursRatio: dbl(0, 1) }),
      fc.record({ kind: fc.constant('diurnal' as const), peakToAverage: dbl(1, 20) }),
      fc.record({
        kind: fc.constant('spiky' as const),
        peakToAverage: dbl(1, 24),
        burstsPerDay: fc.integer({ min: 1, max: 12 }),
      }),
    ),
    durationMs: dbl(0.001, 3_600_000).filter((d) => d > 0),
    cpuShare: fc.option(dbl(0.0001, 1), { nil: undefined }),
    memoryMb: dbl(64, 32_768),
    ephemeralStorageMb: dbl(0, 10_240),
    responseKb: dbl(0, 1_048_576),
    requestKb: dbl(0, 1_048_576),
    area: fc.constantFrom('us-east', 'us-west', 'europe', 'asia-pacific' as const),
    faas: fc.record({
      architecture: fc.constantFrom('arm64', 'x86_64' as const),
      freeTier: fc.boolean(),
      frontDoor: fc.option(id, { nil: null }),
      newCustomerFreeTier: fc.boolean(),
      provisionedConcurrency: fc.integer({ min: 0, max: 10_000 }),
    }),
    alwaysOn: fc.record({
      minInstances: fc.integer({ min: 1, max: 10_000 }),
      targetUtilization: dbl(0.0001, 1).filter((u) => u > 0),
      requestsInFlightPerInstance: fc.integer({ min: 1, max: 100_000 }),
      loadBalancer: fc.boolean(),
      workingSetMb: dbl(0.001, 786_432).filter((m) => m > 0),
      baseMemoryMb: dbl(0, 786_432),
      availability: fc.constantFrom('single', 'multi-zone' as const),
      containerVcpu: dbl(0.0001, 192).filter((v) => v > 0),
      containerMemoryMb: dbl(128, 786_432),
      serverExtras: fc.boolean(),
      commitment: fc.constantFrom('none', '1y', '3y' as const),
    }),
    offers: fc.uniqueArray(id, { maxLength: 8 }),
    pins: fc.uniqueArray(id, { maxLength: 3 }),
    horizon: fc.constantFrom('day', 'week', 'month' as const),
    spread: fc.record({
      trafficPct: dbl(0, 100),
      durationPct: dbl(0, 90),
      cpuPct: dbl(0, 90),
    }),
    coldStart: fc.option(
      fc.record({
        arrivals: fc.constantFrom('random', 'even', 'bursts' as const),
        runtime: fc.constantFrom('nodejs', 'python', 'go', 'java', 'dotnet', 'ruby' as const),
        initMs: fc.option(dbl(0, 120_000), { nil: null }),
        keepAliveMinutes: fc.option(
          dbl(0.001, 1440).filter((m) => m > 0),
          { nil: null },
        ),
        includeCost: fc.boolean(),
      }),
      { nil: undefined },
    ),
    state: fc.option(
      fc.record({
        store: fc.constantFrom('none', 'dynamodb', 's3', 'firestore', 'redis' as const),
        readsPerRequest: dbl(0, 10_000),
        writesPerRequest: dbl(0, 10_000),
        itemKb: dbl(0.001, 400).filter((k) => k > 0),
      }),
      { nil: undefined },
    ),
    trigger: fc.option(fc.constantFrom('http', 'schedule' as const), { nil: undefined }),
    currency: fc.option(fc.constantFrom('USD', 'EUR', 'GBP' as const), { nil: undefined }),
  })
  .map(
    ({
      cpuShare,
      requests,
      everyMinutes,
      coldStart,
      state,
      trigger,
      currency,
      ...rest
    }): Scenario => {
      const s: Scenario = { ...rest, workload: { requests, everyMinutes } };
      if (cpuShare !== undefined) s.cpuMs = Math.max(Number.MIN_VALUE, rest.durationMs * cpuShare);
      if (coldStart !== undefined) s.coldStart = coldStart;
      if (state !== undefined) s.state = state;
      if (trigger !== undefined) s.trigger = trigger;
      if (currency !== undefined) s.currency = currency;
      return s;
    },
  )
  .filter((s) => scenarioSchema.safeParse(s).success);

function params(notices: CodecNotice[]): string[] {
  return notices.map((n) => n.param);
}

describe('encodeScenario / decodeScenario', () => {
  it('round-trips every valid scenario exactly (property)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { scenario, notices } = decodeScenario(encodeScenario(s));
        expect(notices).toEqual([]);
        expect(scenario).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });

  it('matches the engine defaults except for the chosen offers', () => {
    expect({ ...DEFAULT_PAGE_SCENARIO, offers: [] }).toEqual(DEFAULT_SCENARIO);
  });

  it('writes short readable keys and leaves defaults out', () => {
    expect(encodeScenario(DEFAULT_PAGE_SCENARIO)).toBe(
      'v=1&n=1000&m=5&d=200&c=20&mem=512&p=aws-lambda-arm64%2Cgcp-cloud-run-functions%2Cazure-functions-consumption%2Ccloudflare-workers-standard%2Caws-ec2-t4g-small%2Caws-fargate-arm64%2Cdo-basic-1gb',
    );
    const s: Scenario = {
      ...DEFAULT_PAGE_SCENARIO,
      pattern: { kind: 'spiky', peakToAverage: 8, burstsPerDay: 3 },
      horizon: 'week',
      offers: ['aws-lambda-x86'],
    };
    expect(encodeScenario(s)).toBe(
      'v=1&n=1000&m=5&d=200&c=20&mem=512&p=aws-lambda-x86&h=week&pat=spiky&pk=8&b=3',
    );
  });

  it('restores field by field: a bad value costs only that field, with a notice', () => {
    const { scenario, notices } = decodeScenario(
      '?v=1&n=banana&m=10&mem=-5&d=300&h=year&zzz=1&c=1e400',
    );
    expect(scenario.workload).toEqual({ requests: 1000, everyMinutes: 10 });
    expect(scenario.memoryMb).toBe(512);
    expect(scenario.durationMs).toBe(300);
    expect(scenario.horizon).toBe('month');
    expect(scenario.cpuMs).toBe(20);
    expect(params(notices)).toEqual(['n', 'c', 'mem', 'h']);
    expect(notices[0]?.reason).toBe('"banana" is not a number');
    expect(notices[2]?.reason).toBe('-5 is below the minimum of 64');
    expect(notices[1]?.reason).toBe('"1e400" is too large');
    expect(scenarioSchema.safeParse(scenario).success).toBe(true);
  });

  it('rejects repeated keys, hex, blanks and out-of-range volumes', () => {
    const { scenario, notices } = decodeScenario('n=5&n=6&m=0x10&d=&pc=1.5');
    expect(scenario.workload).toEqual(DEFAULT_PAGE_SCENARIO.workload);
    expect(scenario.durationMs).toBe(200);
    expect(scenario.faas.provisionedConcurrency).toBe(0);
    expect(notices.map((n) => `${n.param}: ${n.reason}`)).toEqual([
      'n: it appears 2 times, so none was used',
      'm: "0x10" is not a number',
      'd: "" is not a number',
      'pc: 1.5 is not a whole number',
    ]);
    // 10^12 every minute is 4.38 × 10^16 a month: more than the 10^12 ceiling.
    const huge = decodeScenario('v=1&n=1000000000000&m=1');
    expect(huge.scenario.workload).toEqual(DEFAULT_PAGE_SCENARIO.workload);
    expect(params(huge.notices)).toEqual(['n']);
  });

  it('keeps CPU time within the duration', () => {
    const { scenario, notices } = decodeScenario('v=1&d=10&c=50');
    expect(scenario.durationMs).toBe(10);
    expect(scenario.cpuMs).toBeUndefined(); // the default 20 ms would also exceed 10 ms
    expect(params(notices)).toEqual(['c']);
  });

  it('writes a large bound with its thousands separators', () => {
    // 10^15 requests: over the field's own bound of 10^12, written as a person reads it.
    const { notices } = decodeScenario('v=1&n=1e15');
    expect(notices.map((x) => `${x.param}: ${x.reason}`)).toEqual([
      'n: 1e15 is above the maximum of 1,000,000,000,000',
    ]);
  });

  it('caps the default CPU time at a shorter duration silently when the link has no c', () => {
    // The default CPU time is 20 ms; a hand-written link asking for 10 ms requests says nothing
    // about CPU, so nothing it asked for is refused: CPU time is the whole 10 ms, as the page and
    // the CLI (--duration-ms 10) cap it (undefined: the whole duration).
    const { scenario, notices } = decodeScenario('v=1&n=1000&m=5&d=10&mem=512');
    expect(scenario.durationMs).toBe(10);
    expect(scenario.cpuMs).toBeUndefined();
    expect(notices).toEqual([]);
  });

  it('drops unknown offers by name when the catalog is known', () => {
    const known = new Set(['aws-lambda-arm64', 'do-basic-1gb']);
    const a = decodeScenario('v=1&p=unknown-offer,do-basic-1gb', { offerIds: known });
    expect(a.scenario.offers).toEqual(['do-basic-1gb']);
    expect(a.notices[0]?.reason).toBe('no offer is called "unknown-offer"');
    const notices: CodecNotice[] = [];
    const b = restrictOffers({ ...DEFAULT_PAGE_SCENARIO, offers: ['nope'] }, known, notices);
    expect(b.offers).toEqual(['aws-lambda-arm64', 'do-basic-1gb']);
    expect(notices[0]?.reason).toContain('the default offers are shown');
    expect(decodeScenario('p=Not_An_Id').notices[0]?.reason).toBe('"Not_An_Id" is not an offer id');
  });

  it('migrates links from before the version key', () => {
    const { scenario, notices } = decodeScenario('n=20&m=1&mb=1024&pattern=diurnal&pk=3');
    expect(notices).toEqual([]);
    expect(scenario.memoryMb).toBe(1024);
    expect(scenario.pattern).toEqual({ kind: 'diurnal', peakToAverage: 3 });
    expect(scenario.workload).toEqual({ requests: 20, everyMinutes: 1 });
  });

  it('cold-start, state and trigger keys: readable and restored', () => {
    const s: Scenario = {
      ...DEFAULT_PAGE_SCENARIO,
      coldStart: {
        ...DEFAULT_COLD_START_OPTIONS,
        arrivals: 'bursts',
        keepAliveMinutes: 5,
        initMs: 400,
      },
      state: {
        ...DEFAULT_STATE_OPTIONS,
        store: 'dynamodb',
        readsPerRequest: 2,
        writesPerRequest: 1,
      },
      trigger: 'schedule',
    };
    const q = encodeScenario(s);
    expect(q).toContain('&arr=bursts&init=400&ka=5&xs=dynamodb&xr=2&xw=1&trig=schedule&');
    expect(decodeScenario(q)).toEqual({ scenario: s, notices: [] });
    // "auto" is the provider's or runtime's default; a group at its defaults still round-trips.
    const auto = decodeScenario('v=1&ka=auto&init=auto');
    expect(auto.scenario.coldStart).toEqual(DEFAULT_COLD_START_OPTIONS);
    const bare = { ...DEFAULT_PAGE_SCENARIO, state: DEFAULT_STATE_OPTIONS };
    expect(encodeScenario(bare)).toContain('&xs=none');
    expect(decodeScenario(encodeScenario(bare)).scenario).toEqual(bare);
  });

  it('display currency: cur=EUR round-trips; old links without it stay USD (absent)', () => {
    const s: Scenario = { ...DEFAULT_PAGE_SCENARIO, currency: 'EUR' };
    const q = encodeScenario(s);
    expect(q).toContain('&cur=EUR');
    expect(decodeScenario(q)).toEqual({ scenario: s, notices: [] });
    expect(encodeScenario(DEFAULT_PAGE_SCENARIO)).not.toContain('cur=');
    expect(decodeScenario('v=1&n=1000&m=5').scenario.currency).toBeUndefined();
  });

  it('display currency: an unknown one is a notice, and figures stay in USD', () => {
    const { scenario, notices } = decodeScenario('v=1&n=1000&m=5&cur=XYZ');
    expect(notices).toEqual([
      { param: 'cur', field: 'display currency', reason: '"XYZ" is not one of USD, EUR, GBP' },
    ]);
    expect(scenario.currency).toBeUndefined();
    expect(scenario.workload).toEqual({ requests: 1000, everyMinutes: 5 });
  });

  it('cold-start, state and trigger keys: a bad value costs only its field, with a notice', () => {
    const { scenario, notices } = decodeScenario(
      'v=1&arr=sometimes&ka=0&init=-1&rt=cobol&csc=yes&xs=mongo&xr=2&xw=banana&xkb=9999&trig=cron',
    );
    expect(notices.map((n) => `${n.param}: ${n.reason}`)).toEqual([
      'arr: "sometimes" is not one of random, even, bursts',
      'rt: "cobol" is not one of nodejs, python, go, java, dotnet, ruby',
      'init: -1 is below the minimum of 0',
      'ka: 0 must be more than 0',
      'csc: "yes" is not 1 or 0',
      'xs: "mongo" is not one of none, dynamodb, s3, firestore, redis',
      'xw: "banana" is not a number',
      'xkb: 9999 is above the maximum of 400',
      'trig: "cron" is not one of http, schedule',
    ]);
    expect(scenario.coldStart).toBeUndefined();
    expect(scenario.state).toEqual({ ...DEFAULT_STATE_OPTIONS, readsPerRequest: 2 });
    expect(scenario.trigger).toBeUndefined();
    expect(scenarioSchema.safeParse(scenario).success).toBe(true);
  });

  it('growth: gr and gm round-trip; a bad rate keeps growth shown at the default rate; old links have none', () => {
    const s = { ...DEFAULT_PAGE_SCENARIO, growth: { monthlyPct: 8, months: 24 } };
    const link = encodeScenario(s);
    expect(link).toMatch(/&gr=8&gm=24(&|$)/);
    expect(decodeScenario(link)).toEqual({ scenario: s, notices: [] });
    const bad = decodeScenario(link.replace('gr=8', 'gr=-100'));
    expect(bad.notices.map((n) => n.param)).toEqual(['gr']);
    expect(bad.scenario.growth).toEqual({ monthlyPct: 10, months: 24 });
    expect(decodeScenario(encodeScenario(DEFAULT_PAGE_SCENARIO)).scenario.growth).toBeUndefined();
  });

  it('old links without the cold-start, state and trigger keys decode to the same scenario as before', () => {
    const { scenario } = decodeScenario('v=1&n=20&m=1&d=100&c=d&mem=256&p=aws-lambda-arm64');
    expect(scenario.coldStart).toBeUndefined();
    expect(scenario.state).toBeUndefined();
    expect(scenario.trigger).toBeUndefined();
    expect('coldStart' in scenario || 'state' in scenario || 'trigger' in scenario).toBe(false);
  });

  it('never throws and always yields a valid scenario (property)', () => {
    const keys = [
      'v',
      'n',
      'm',
      'd',
      'c',
      'mem',
      'pat',
      'pk',
      'b',
      'off',
      'p',
      'fd',
      'u',
      'h',
      'arr',
      'rt',
      'init',
      'ka',
      'csc',
      'xs',
      'xr',
      'xw',
      'xkb',
      'trig',
      'x',
    ];
    const junk = fc.array(
      fc.tuple(fc.constantFrom(...keys), fc.oneof(fc.string(), fc.double().map(String))),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(junk, (pairs) => {
        const q = new URLSearchParams(pairs);
        const { scenario } = decodeScenario(q);
        expect(scenarioSchema.safeParse(scenario).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
