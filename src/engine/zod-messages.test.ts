/**
 * zod/mini has no messages of its own; `englishMessage` (installed by schema.ts) must say what
 * was expected, in the words of zod's full English locale, for every issue our schemas raise.
 * It sits in the engine because it covers the scenario's schema as well as the catalog's.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { catalogFileSchema, fxSchema, offerSchema } from '../catalog/schema.ts';
import { platformSchema } from '../catalog/platform.ts';
import { DEFAULT_PAGE_SCENARIO } from './default-scenario.ts';
import { scenarioSchema } from './scenario.ts';
import { TEST_OFFER_BASE } from './test-catalog.ts';

const faas = {
  ...TEST_OFFER_BASE,
  id: 'test-faas',
  product: 'Test FaaS',
  kind: 'faas',
  granularity: { durationRoundingMs: 1 },
  meters: [{ id: 'requests', label: 'Requests', basis: 'requests', unit: 'request', tiers: [] }],
  limits: { memoryMb: { min: 128, max: 10240 } },
};

/** Bad inputs that between them raise every kind of issue the schemas can. */
const cases: [string, z.ZodMiniType, unknown][] = [
  [
    'offer: formats, enums, numbers, lengths, types',
    offerSchema,
    {
      ...faas,
      id: 'Bad ID',
      name: 'x'.repeat(41),
      provider: '',
      region: 7,
      area: 'mars',
      source: 'not a url',
      checkedOn: 'last Tuesday',
      granularity: { durationRoundingMs: 0, memoryRoundingMb: Infinity, memorySizesMb: [-1] },
      limits: { memoryMb: { min: NaN, max: null } },
    },
  ],
  ['offer: unknown kind', offerSchema, { ...faas, kind: 'lambda' }],
  ['offer: no kind', offerSchema, { ...faas, kind: undefined }],
  [
    'offer: tiers refinement',
    offerSchema,
    { ...faas, meters: [{ ...faas.meters[0], tiers: [{ upTo: 5, usdPerUnit: -1 }] }] },
  ],
  ['file: regex, empty array, not an object', catalogFileSchema, { family: 'AWS!', offers: [] }],
  ['file: not an object', catalogFileSchema, 'hello'],
  ['fx: literal', fxSchema, { base: 'EUR', rates: [] }],
  [
    'scenario: ints, bounds, union, booleans',
    scenarioSchema,
    {
      workload: { requests: true, everyMinutes: [] },
      durationMs: -1,
      memoryMb: 16,
      pattern: { kind: 'spiky', burstsPerDay: 30 },
      faas: { provisionedConcurrency: 1.5 },
      alwaysOn: { targetUtilization: 0, requestsInFlightPerInstance: 1e6 },
      state: { store: 'mysql', itemKb: 0 },
      coldStart: { arrivals: 'x', includeCost: 'yes' },
      trigger: 5,
    },
  ],
  [
    'platform: record keys, nested union',
    platformSchema,
    { runtimes: { initMs: { cobol: 5 } }, coldStarts: [{ avoid: { kind: 'magic' } }] },
  ],
];

const english = z.locales.en().localeError;

describe('englishMessage', () => {
  it.each(cases)('%s: the same messages as the full English locale', (_, schema, input) => {
    const ours = schema.safeParse(input);
    const theirs = schema.safeParse(input, { error: english });
    expect(ours.success).toBe(false);
    const messages = ours.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(theirs.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  });

  it('says what was expected', () => {
    const r = offerSchema.safeParse({
      ...faas,
      checkedOn: 'last Tuesday',
      source: 'nope',
      area: 'mars',
    });
    const byPath = Object.fromEntries(
      r.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [],
    );
    expect(byPath).toMatchObject({
      checkedOn: 'Invalid ISO date',
      source: 'Invalid URL',
      area: 'Invalid option: expected one of "us-east"|"us-west"|"europe"|"asia-pacific"',
      'meters.0.tiers': 'Too small: expected array to have >=1 items',
    });
    const s = scenarioSchema.safeParse({
      workload: { requests: 1, everyMinutes: 1 },
      durationMs: 'x',
      memoryMb: 16,
    });
    expect(s.error?.issues.map((i) => i.message)).toEqual([
      'Invalid input: expected number, received string',
      'Too small: expected number to be >=64',
    ]);
  });
});

describe('scenario rules across fields', () => {
  it('the volume ceiling names the workload in words', () => {
    // 10^12 requests every minute: 10^12 × 43,800 minutes in a 730-hour month = 4.38 × 10^16.
    const r = scenarioSchema.safeParse({
      ...DEFAULT_PAGE_SCENARIO,
      workload: { requests: 1e12, everyMinutes: 1 },
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      '1,000,000,000,000 requests every minute come to 4.38e+16 a month; the most is 10^12',
    ]);
  });
});
