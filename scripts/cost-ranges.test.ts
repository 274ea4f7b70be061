/**
 * The CLI's ranges, compare and growth flags: `--spread`, `--compare URL`, `--growth PCT --months N`.
 * Figures are AWS Lambda (Arm) and DigitalOcean 1 GB at the default workload (1,000 requests every
 * 5 minutes = 8,760,000 a month, 200 ms, 512 MB), worked out by hand from the catalog's rates:
 * Lambda Arm $0.20 per million requests after 1M free, $0.0000133334 per GB-s after 400,000 free;
 * one request is 0.2 s × 0.5 GB = 0.1 GB-s. DigitalOcean 1 GB: $6.00 a month.
 * Lambda at R requests: (R − 1M) × 2e-7 + (0.1 R − 400,000) × 1.33334e-5.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SCENARIO } from '../src/engine/default-scenario.ts';
import type { ResultsDocument } from '../src/lib/results-document.ts';
import { encodeScenario } from '../src/url/codec.ts';
import { withCompare } from '../src/url/compare-link.ts';
import { runCost } from './lib/cost-cli.ts';

const PAIR = ['--offers', 'aws-lambda-arm64,do-basic-1gb'];

function json(args: string[]): ResultsDocument {
  const r = runCost([...args, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as ResultsDocument;
}

const byId = (doc: { results: ResultsDocument['results'] }, id: string) =>
  doc.results.find((r) => r.offerId === id)!;

describe('--spread', () => {
  it('adds each offer’s range and the exact robustness thresholds', () => {
    const doc = json([...PAIR, '--spread', 'traffic=50']);
    // Traffic ±50 %: 4.38M and 13.14M requests a month.
    // Low:  3.38M × 2e-7 = $0.676;  (438,000 − 400,000) × 1.33334e-5 = $0.5066692 → $1.1826692
    // High: 12.14M × 2e-7 = $2.428; (1,314,000 − 400,000) × 1.33334e-5 = $12.1867276 → $14.6147276
    expect(byId(doc, 'aws-lambda-arm64').range).toEqual({ lowUsd: 1.1826692, highUsd: 14.6147276 });
    expect(byId(doc, 'do-basic-1gb').range).toEqual({ lowUsd: 6, highUsd: 6 });
    // Only the spread it names: duration and CPU time have none.
    expect(doc.spread).toEqual({ trafficPct: 50, durationPct: 0, cpuPct: 0 });
    // Today always-on is cheaper ($6.00 < $7.90). Lambda equals $6.00 where
    // 2e-7 R − 0.2 + 1.33334e-6 R − 5.33336 = 6, R = 11.53336 / 1.53334e-6 = 7,521,723.8 (−14 %).
    const t = doc.robustness!.thresholds[0]!;
    expect(t).toMatchObject({ input: 'traffic', direction: 'down', answer: 'faas' });
    expect(t.value).toBeCloseTo(7_521_723.8, 0);
    expect(t.withinSpread).toBe(true);
    expect(doc.robustness!.summary).toMatch(
      /^Always-on stays cheaper unless traffic falls below 7\.52M a month \(−14%\)/,
    );
    // The table says it in the page's words: the summary, then whether a spread reaches it.
    const text = runCost([...PAIR, '--spread', 'traffic=50']).stdout;
    expect(text).toContain(`${doc.robustness!.summary} ${doc.robustness!.spreads}`);
    expect(doc.robustness!.spreads).toMatch(/^Fragile: traffic/);
  });

  it('has no ranges unless asked; a bad spread exits 2 naming its part', () => {
    const plain = json(PAIR);
    expect(plain.spread).toBeUndefined();
    expect(byId(plain, 'aws-lambda-arm64').range).toBeUndefined();
    const bad = runCost(['--spread', 'traffic=500']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'cost: --spread: traffic: 500 is above the maximum of 100; expected from 0 to 100 %\n',
    );
    expect(runCost(['--spread', 'speed=5']).stderr).toMatch(
      /--spread: "speed=5" is not KEY=PERCENT/,
    );
  });

  it('a --url link brings its spreads (the page’s defaults where it writes none)', () => {
    const doc = json(['--url', `?${encodeScenario(DEFAULT_PAGE_SCENARIO)}`]);
    expect(doc.spread).toEqual({ trafficPct: 50, durationPct: 30, cpuPct: 30 });
  });
});

describe('--compare', () => {
  it('prices B, this scenario with the link’s changes on top, with the difference per offer', () => {
    const doc = json([...PAIR, '--compare', '?mem=1024']);
    // B: 1 GB, so 0.2 GB-s a request: 1,752,000 − 400,000 = 1,352,000 × 1.33334e-5 = $18.0267568,
    // plus the same $1.552 of requests: $19.5787568; A's $7.8986984. DigitalOcean 1 GB fits both.
    const b = doc.compare!;
    expect(b.scenario.memoryMb).toBe(1024);
    expect(b.scenario.offers).toEqual(['aws-lambda-arm64', 'do-basic-1gb']);
    expect(byId(b, 'aws-lambda-arm64').totalUsd).toBe(19.5787568);
    expect(b.difference).toEqual([
      { offerId: 'do-basic-1gb', aMonthlyUsd: 6, bMonthlyUsd: 6, differenceUsd: 0 },
      {
        offerId: 'aws-lambda-arm64',
        aMonthlyUsd: 7.8986984,
        bMonthlyUsd: 19.5787568,
        differenceUsd: 11.6800584,
      },
    ]);
  });

  it('prints B beside A for people: both answers and each offer’s month, B − A and the change', () => {
    const out = runCost([...PAIR, '--compare', '?mem=1024']).stdout;
    // The same figures as the JSON above: Lambda $7.90 → $19.58, +$11.68 (+148 %: 11.68 / 7.90).
    expect(out).toContain(
      'A: Always-on is cheaper: DigitalOcean 1 GB at $6.00 a month, against the cheapest FaaS, AWS Lambda (Arm), at $7.90.',
    );
    expect(out).toContain(
      'B: Always-on is cheaper: DigitalOcean 1 GB at $6.00 a month, against the cheapest FaaS, AWS Lambda (Arm), at $19.58.',
    );
    expect(out).toMatch(/AWS Lambda \(Arm\)\s+\$7\.90\s+\$19\.58\s+\+\$11\.68\s+\+148%/);
    expect(out).toMatch(/DigitalOcean 1 GB\s+\$6\.00\s+\$6\.00\s+\$0\.00\s+0%/);
  });

  it('a --url link with b. parameters compares the same way; a bad link exits 2', () => {
    const a = { ...DEFAULT_PAGE_SCENARIO, offers: ['aws-lambda-arm64', 'do-basic-1gb'] };
    const doc = json(['--url', `?${withCompare(encodeScenario(a), 'mem=1024')}`]);
    expect(byId(doc.compare!, 'aws-lambda-arm64').totalUsd).toBe(19.5787568);
    expect(runCost(['--compare', 'banana']).code).toBe(2);
  });
});

describe('--growth', () => {
  it('prices month by month: month k is today × (1 + PCT/100)^(k − 1)', () => {
    const doc = json([...PAIR, '--growth', '10', '--months', '3']);
    // 8.76M, 9.636M, 10.5996M requests a month.
    // Month 2: 8.636M × 2e-7 = $1.7272 + (963,600 − 400,000) × 1.33334e-5 = $7.51470424 → $9.24190424
    // Month 3: 9.5996M × 2e-7 = $1.91992 + (1,059,960 − 400,000) × 1.33334e-5 = $8.799510744
    //          → $10.719430664
    const lambda = doc.growth!.map((m) => m.results.find((r) => r.offerId === 'aws-lambda-arm64'));
    expect(lambda.map((r) => r?.totalUsd)).toEqual([7.8986984, 9.24190424, 10.719430664]);
    expect(doc.growth!.map((m) => m.month)).toEqual([1, 2, 3]);
    // Always-on ($6.00) is cheaper from the start and stays so: no flip.
    expect(doc.growthFlipMonth).toBeNull();
  });

  it('flips in the month FaaS overtakes: shrinking traffic makes Lambda cheaper', () => {
    // −10 % a month: 8.76M, 7.884M … Lambda equals $6.00 at 7,521,724 (see --spread), so month 2
    // (7.884M) is still dearer and month 3 (7.0956M) cheaper: the answer flips in month 3.
    const doc = json([...PAIR, '--growth=-10', '--months', '4']);
    expect(doc.growthFlipMonth).toBe(3);
  });

  it('a --url link with growth (gr, gm) gives the same series as the flags', () => {
    const link = `?${encodeScenario({ ...DEFAULT_PAGE_SCENARIO, offers: ['aws-lambda-arm64', 'do-basic-1gb'], growth: { monthlyPct: -10, months: 4 } })}`;
    expect(link).toMatch(/[?&]gr=-10&gm=4(&|$)/);
    const doc = json(['--url', link]);
    // As above: −10 % a month flips to Lambda in month 3.
    expect(doc.growth!.map((m) => m.month)).toEqual([1, 2, 3, 4]);
    expect(doc.growthFlipMonth).toBe(3);
    // A link without them has no growth.
    expect(json(['--url', `?${encodeScenario(DEFAULT_PAGE_SCENARIO)}`]).growth).toBeUndefined();
  });

  it('refuses --months without --growth and a series past 10^12 requests a month', () => {
    expect(runCost(['--months', '12']).stderr).toMatch(/--months: only with --growth/);
    const far = runCost(['--growth', '1000', '--months', '120']);
    expect(far.code).toBe(2);
    expect(far.stderr).toMatch(/--growth: .* the most is 10\^12/);
  });
});
