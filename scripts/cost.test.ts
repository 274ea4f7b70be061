/**
 * The CLI contract (README "CLI"). Most cases run the CLI in-process through runCost; a few spawn
 * the real script to prove exit codes and stdout are what a shell script sees.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SCENARIO } from '../src/engine/default-scenario.ts';
import { spreadAnalysis } from '../src/engine/robustness.ts';
import { evaluateScenario } from '../src/engine/evaluate.ts';
import { resultsJson } from '../src/lib/results-document.ts';
import { moneyFor } from '../src/describe/format.ts';
import { decodeScenario, encodeScenario } from '../src/url/codec.ts';
import { loadCatalog, loadFx, loadPlatform } from '../src/catalog/load-from-disk.ts';
import { runCost } from './lib/cost-cli.ts';
import type { JsonOffer } from './lib/cost-output.ts';
import type { ResultsDocument as JsonReport } from '../src/lib/results-document.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

/** Spawn `node --import tsx scripts/cost.ts …` as a user would; resolves even on a non-zero exit. */
async function spawnCost(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', 'scripts/cost.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code?: number; stdout?: string; stderr?: string };
    return { code: x.code ?? -1, stdout: x.stdout ?? '', stderr: x.stderr ?? '' };
  }
}

function json(args: string[]): JsonReport {
  const r = runCost([...args, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as JsonReport;
}

const tmp = mkdtempSync(join(tmpdir(), 'breakeven-cost-'));
function tmpFile(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

describe('cost CLI: bad input exits 2 and names the flag', () => {
  const cases: Array<[string[], RegExp]> = [
    [['--memory-mb', 'banana'], /--memory-mb: "banana" is not a number/],
    [['--duration-ms', ''], /--duration-ms: "" is not a number/],
    [['--requests', '1e999'], /--requests: "1e999" is too large/],
    [
      ['--memory-mb', '10'],
      /^cost: --memory-mb: 10 is below the minimum of 64; expected from 64 to 32,768 MB$/m,
    ],
    // One line naming the flag and its bounds, never "…every 0 minutes is Infinity a month".
    [
      ['--every-minutes', '0'],
      /^cost: --every-minutes: 0 must be more than 0; expected more than 0 and at most 43,800 minutes\n$/,
    ],
    [['--bursts-per-day', '3'], /^cost: --bursts-per-day: only with --pattern spiky/m],
    [
      ['--pattern', 'spiky', '--bursts-per-day', '2.5'],
      /--bursts-per-day: 2.5 is not a whole number/,
    ],
    [['--target-utilization', '1.5'], /--target-utilization: 1.5 is above the maximum of 1/],
    [['--frobnicate'], /--frobnicate: unknown flag/],
    [['--memory-mb'], /--memory-mb: expected a value/],
    [['--horizon', 'year'], /--horizon: "year" is not one of "day", "week", "month"/],
    [['--format', 'xml'], /--format: "xml" is not one of "table", "json"/],
    [
      ['--region', 'mars'],
      /--region: "mars" is not one of "us-east", "us-west", "europe", "asia-pacific"/,
    ],
    [['--arch', 'riscv'], /--arch: "riscv" is not one of/],
    [['--pattern', 'weekly'], /--pattern: "weekly" is not one of/],
    [['--offers', 'no-such-offer'], /--offers: unknown offer "no-such-offer"/],
    [['--offers', ','], /--offers: expected a comma-separated list/],
    [
      ['--front-door', 'aws-lambda-arm64'],
      /--front-door: "aws-lambda-arm64" is not a front-door offer/,
    ],
    [['--requests-per-month', '5', '--requests', '3'], /use either --requests-per-month or/],
    [
      ['--duration-ms', '100', '--cpu-ms', '150'],
      /--cpu-ms: 150 — CPU time \(150 ms\) cannot exceed/,
    ],
    [
      ['--scenario', join(tmp, 'missing.json')],
      /--scenario: cannot read ".*missing\.json": no such file/,
    ],
    [['stray'], /unexpected argument stray/],
  ];
  it.each(cases)('%j', (args, message) => {
    const r = runCost(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/NaN|\n\s+at /); // never NaN, never a stack trace
  });

  it('--pin: a size of a family, given once or more; not a FaaS offer, not two sizes of one family', () => {
    const faas = runCost(['--pin', 'aws-lambda-arm64']);
    expect(faas.code).toBe(2);
    expect(faas.stderr).toMatch(/--pin: "aws-lambda-arm64" is not a server size of a family/);
    expect(runCost(['--pin', 'nope']).stderr).toMatch(/--pin: unknown offer "nope"/);
    const two = runCost(['--pin', 'aws-ec2-t4g-small', '--pin', 'aws-ec2-t4g-medium']);
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/same family; pin one/);
  });

  it('rejects a scenario file that is not JSON, not an object, or has a bad field', () => {
    const notJson = runCost(['--scenario', tmpFile('bad.json', '{ nope')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/--scenario: ".*bad\.json" is not valid JSON/);

    const array = runCost(['--scenario', tmpFile('array.json', '[1, 2]')]);
    expect(array.code).toBe(2);
    expect(array.stderr).toMatch(/must hold a JSON object/);

    const file = tmpFile(
      'small.json',
      JSON.stringify({ workload: { requests: 10, everyMinutes: 1 }, durationMs: 50, memoryMb: 16 }),
    );
    const badField = runCost(['--scenario', file]);
    expect(badField.code).toBe(2);
    expect(badField.stderr).toMatch(/--scenario .*small\.json: memoryMb: 16 — .*>=64/);
    // The flag overrides the file's bad value, so the same file then works.
    expect(runCost(['--scenario', file, '--memory-mb', '128', '--format', 'json']).code).toBe(0);
  });

  it('exits 2 from the real process, with the message on stderr only', async () => {
    const r = await spawnCost(['--memory-mb', 'banana']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--memory-mb: "banana" is not a number');
  }, 30_000);
});

describe('cost CLI: output contracts', () => {
  it('--list-offers --format json prints one JSON array of the documented shape', async () => {
    const r = await spawnCost(['--list-offers', '--format', 'json']);
    expect(r.code).toBe(0);
    const offers = JSON.parse(r.stdout) as JsonOffer[];
    expect(Array.isArray(offers)).toBe(true);
    expect(offers.length).toBeGreaterThan(0);
    for (const o of offers) {
      expect(Object.keys(o).sort()).toEqual(
        ['checkedOn', 'kind', 'offerId', 'provider', 'source', 'verification'].sort(),
      );
      expect(o.offerId).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['faas', 'always-on', 'autoscaled-container', 'front-door']).toContain(o.kind);
      expect(o.source).toMatch(/^https?:\/\//);
      expect(o.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['official', 'secondary', 'unverified']).toContain(o.verification);
    }
    // One row per offer id in the region (us-east by default).
    expect(new Set(offers.map((o) => o.offerId)).size).toBe(offers.length);
  }, 30_000);

  it('--format json prints exactly one document of the documented shape, with no NaN', async () => {
    const r = await spawnCost(['--format', 'json', '--horizon', 'week']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/NaN|Infinity/);
    const report = JSON.parse(r.stdout) as JsonReport; // throws if there were two documents
    expect(Object.keys(report).sort()).toEqual([
      'breakEven',
      'cheapest',
      'link',
      'precision',
      'rate',
      'results',
      'scenario',
      'version',
    ]);
    expect(report.version).toBe(1);
    // The effective scenario: the default one (1,000 every 5 min = 200/min × 43,800 min a month).
    expect(report.scenario).toMatchObject({
      requestsPerMonth: 8_760_000,
      durationMs: 200,
      cpuMs: 20,
      memoryMb: 512,
      pattern: { kind: 'constant' },
      region: 'us-east',
      arch: 'arm64',
      horizon: 'week',
      currency: 'USD',
      // The server side's defaults: one instance, its IPv4 and disk priced, on demand.
      availability: 'single',
      serverExtras: true,
      commitment: 'none',
    });
    // Without --currency: USD, no rate, and each total is its totalUsd.
    expect(report.rate).toBeNull();
    expect(report.results.length).toBeGreaterThan(0);
    for (const res of report.results) {
      expect(Object.keys(res).sort()).toEqual([
        'checkedOn',
        'family',
        'fleet',
        'kind',
        'label',
        'lines',
        'monthlyUsd',
        'offerId',
        'pick',
        'provider',
        'reasons',
        'source',
        'status',
        'total',
        'totalUsd',
        'verification',
        'warnings',
      ]);
      expect(['priced', 'cannot-run', 'unavailable']).toContain(res.status);
      expect(res.total).toBe(res.totalUsd);
      if (res.status === 'unavailable') continue;
      expect(Number.isFinite(res.totalUsd)).toBe(true);
      for (const l of res.lines)
        expect(Object.keys(l).sort()).toEqual([
          'detail',
          'id',
          'kind',
          'label',
          'monthlyUsd',
          'quantity',
          'unit',
          'unitPriceUsd',
        ]);
      for (const w of res.warnings)
        expect(Object.keys(w).sort()).toEqual(['code', 'message', 'params', 'severity']);
      // The line items add up to the monthly total.
      const sum = res.lines.reduce((s, l) => s + l.monthlyUsd, 0);
      expect(sum).toBeCloseTo(res.monthlyUsd ?? NaN, 8);
      // A cannot-run offer says why; a priced one has no reason.
      expect(res.reasons.length > 0).toBe(res.status === 'cannot-run');
    }
    // Priced offers first, cheapest first; then those that cannot run; then unavailable ones.
    const order = { priced: 0, 'cannot-run': 1, unavailable: 2 };
    const ranks = report.results.map((x) => order[x.status]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const totals = report.results.filter((x) => x.status === 'priced').map((x) => x.totalUsd ?? 0);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
  }, 30_000);

  it('--currency EUR: totalUsd and usd unchanged, plus currency, the dated rate and total in EUR', () => {
    const args = ['--offers', 'aws-lambda-arm64,aws-ec2-t4g-small', '--no-free-tier'];
    const usd = json(args);
    const eur = json([...args, '--currency', 'EUR']);
    expect(eur.scenario.currency).toBe('EUR');
    // pricing-data/fx.json: USD 1.1186 per EUR, ECB reference rate of 8 October 2026.
    expect(eur.rate).toEqual({
      usdPerUnit: 1.1186,
      asOf: '2026-10-08',
      source: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml',
    });
    expect(eur.results.map((r) => r.totalUsd)).toEqual(usd.results.map((r) => r.totalUsd));
    // Amounts stay in USD; only a line's words (its detail) are in the display currency.
    const amounts = (doc: typeof usd) =>
      doc.results.map((r) => r.lines.map(({ detail: _detail, ...l }) => l));
    expect(amounts(eur)).toEqual(amounts(usd));
    // t4g.small: $0.0168/h ÷ 1.1186 = €0.01501877…/h, six significant digits €0.0150188.
    const ec2 = eur.results.find((r) => r.offerId === 'aws-ec2-t4g-small')!;
    expect(ec2.lines.map((l) => l.detail)).toContain('1 × 730 h × €0.0150188/h');
    const lambda = eur.results.find((r) => r.offerId === 'aws-lambda-arm64')!;
    // $13.4320584 / 1.1186: 1.1186 × 12 = 13.4232, and the remaining 0.0088584 / 1.1186 =
    // 0.0079191847…; €12.007919185 to 9 decimal places.
    expect(lambda.total).toBe(12.007919185);
    // The table converts too, and names the rate once.
    const table = runCost([...args, '--currency', 'EUR']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Figures in EUR at the ECB rate of 8 Oct 2026');
    expect(table.stdout).toContain('€12.01');
    // Only the rate itself is in dollars.
    expect(table.stdout.match(/\$\d[\d.,]*/g)).toEqual(['$1.1186']);
    expect(table.stdout).not.toMatch(/NaN/);
  });

  it('--currency: a share link with cur=GBP shows pounds; a bad value exits 2 naming the flag', async () => {
    const link = `https://example.com/?${encodeScenario({ ...DEFAULT_PAGE_SCENARIO, currency: 'GBP' })}`;
    expect(json(['--url', link]).scenario.currency).toBe('GBP');
    const bad = await spawnCost(['--currency', 'XYZ']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/--currency: "XYZ" is not one of "USD", "EUR", "GBP"/);
  }, 30_000);

  it('prices EUR offers with fx.json, as the page does (Hetzner CX23 in europe)', () => {
    // CX23: €0.0088/h × 730 = €6.424, capped at €5.49 a month, plus its Primary IPv4 at €0.50 a
    // month; at the ECB rate of 2026-10-08 (1.1186 USD/EUR) that is 5.99 × 1.1186 = $6.700414.
    const r = json(['--region', 'europe', '--offers', 'hetzner-cx23']);
    expect(r.results.find((x) => x.offerId === 'hetzner-cx23')?.totalUsd).toBeCloseTo(6.700414, 6);
  });
  it('a family names its pick; --pin prices exactly that size; a size id in --offers stays itself', () => {
    // 50,000,000 requests a month, 120 ms, 1,024 MB per function, the default 16 MB working set
    // and 128 MB base: random arrivals put a few requests in flight (λ = 19.03/s × 0.12 s = 2.28,
    // 6 at the 99th percentile), so every t4g size holds them (even t4g.nano: (512 − 128) ÷ 16 = 24
    // working sets) and CPU (20 ms a request: 50e6 × 0.02 s ÷ 2,628,000 s = 0.38 vCPU) fits one
    // instance. The cheapest whole price is 1 × t4g.nano ($0.0042 × 730 = $3.066 before extras).
    const base = ['--requests-per-month', '50e6', '--duration-ms', '120', '--memory-mb', '1024'];
    const fam = json([...base, '--offers', 'aws-ec2-t4g']).results[0]!;
    expect(fam.offerId).toBe('aws-ec2-t4g');
    expect(fam.label).toBe('EC2 t4g: 1 × t4g.nano');
    expect(fam.pick).toMatchObject({ offerId: 'aws-ec2-t4g-nano', instances: 1, pinned: false });
    expect(fam.fleet).toMatchObject({ instances: 1, instanceType: 't4g.nano' });
    const pinned = json([...base, '--offers', 'aws-ec2-t4g', '--pin', 'aws-ec2-t4g-medium']);
    expect(pinned.results[0]!.pick).toMatchObject({ offerId: 'aws-ec2-t4g-medium', pinned: true });
    expect(pinned.results[0]!.label).toBe('EC2 t4g: 1 × t4g.medium');
    const size = json([...base, '--offers', 'aws-ec2-t4g-medium']).results[0]!;
    expect(size.offerId).toBe('aws-ec2-t4g-medium');
    expect(size.pick).toBeNull();
    // The pinned family and the size alone cost the same: exactly that size.
    expect(pinned.results[0]!.monthlyUsd).toBe(size.monthlyUsd);
  });

  it('echoes the server-side choices it priced: availability, fixed costs and commitment term', () => {
    const doc = json([
      '--availability',
      'multi-zone',
      '--no-server-extras',
      '--commitment',
      '1y',
      '--offers',
      'aws-lambda-arm64',
    ]);
    expect(doc.scenario).toMatchObject({
      availability: 'multi-zone',
      serverExtras: false,
      commitment: '1y',
    });
    // The table's header names them too.
    const table = runCost([
      '--availability',
      'multi-zone',
      '--no-server-extras',
      '--commitment',
      '1y',
    ]);
    expect(table.stdout.split('\n')[0]).toContain(
      'servers across two zones + load balancer · servers on a 1-year commitment, no upfront · no server IPv4 or disk',
    );
    // A fraction of a minute is shown as typed, never rounded to "every 0 min".
    const quick = runCost(['--every-minutes', '0.0001', '--offers', 'aws-lambda-arm64']);
    // 1,000 requests every 0.0001 min = 1,000 × 43,800 / 0.0001 = 438,000,000,000 a month.
    expect(quick.stdout.split('\n')[0]).toContain(
      '1,000 requests every 0.0001 min = 438,000,000,000/month',
    );
    // The share link carries the same choices back to the page.
    expect(doc.link).toMatch(/[?&]cmt=1y(&|$)/);
  });

  it('a day is 24/730 of the month and a week 168/730, for every offer', () => {
    // 730-hour billing month (AWS convention): day share = 24/730 ≈ 0.0328767, week = 168/730 ≈ 0.2301370.
    // E.g. a $4.00/month droplet is 4 × 24/730 = $0.1315068 a day.
    const month = json([]);
    const day = json(['--horizon', 'day']);
    const week = json(['--horizon', 'week']);
    expect(day.scenario.horizon).toBe('day');
    const dayById = new Map(day.results.map((r) => [r.offerId, r]));
    const weekById = new Map(week.results.map((r) => [r.offerId, r]));
    expect(dayById.size).toBe(month.results.length);
    for (const m of month.results) {
      const d = dayById.get(m.offerId)!;
      const w = weekById.get(m.offerId)!;
      if (m.totalUsd === null) continue; // unavailable here
      // Each figure is rounded to 9 decimal places: equal to within half a billionth, twice.
      expect(d.totalUsd).toBeCloseTo((m.totalUsd * 24) / 730, 8);
      expect(w.totalUsd).toBeCloseTo((m.totalUsd * 168) / 730, 8);
      // Line items are monthly whatever the horizon.
      expect(d.lines).toEqual(m.lines);
    }
  });

  it('documented example: AWS Lambda arm64, 1,000 requests every 5 minutes, 200 ms, 512 MB, no free tier', () => {
    const report = json([
      '--requests', '1000', '--every-minutes', '5', '--duration-ms', '200', '--memory-mb', '512',
      '--offers', 'aws-lambda-arm64', '--no-free-tier',
    ]); // prettier-ignore
    expect(report.results.map((r) => r.offerId)).toEqual(['aws-lambda-arm64']);
    const lambda = report.results[0]!;
    const line = (label: string) => lambda.lines.find((l) => l.label === label)?.monthlyUsd;
    // Requests: 1,000 / 5 min × 43,800 min (730 h) = 8,760,000 a month × $0.20 per 1M = $1.752.
    expect(line('Requests')).toBeCloseTo(1.752, 9);
    // Compute: 8,760,000 × 0.2 s × 0.5 GB = 876,000 GB-s × $0.0000133334 (Arm, first tier,
    // aws.amazon.com/lambda/pricing) = $11.6800584.
    expect(line('Compute (GB-s)')).toBeCloseTo(11.6800584, 9);
    // Egress: 8.76M × 4 KB ≈ 33 GB, inside AWS's 100 GB a month of free data transfer out → $0.
    // Total: 1.752 + 11.6800584 = $13.4320584.
    expect(lambda.totalUsd).toBeCloseTo(13.4320584, 9);
  });

  it('--requests-per-month is the same workload as N every M minutes', () => {
    // 1,000 every 5 minutes = 200/min × 43,800 min = 8,760,000 a month.
    const a = json(['--requests', '1000', '--every-minutes', '5', '--offers', 'aws-lambda-arm64']);
    const b = json(['--requests-per-month', '8760000', '--offers', 'aws-lambda-arm64']);
    expect(b.results[0]!.totalUsd).toBeCloseTo(a.results[0]!.totalUsd ?? NaN, 9);
  });

  it('caps the default CPU time at a shorter --duration-ms instead of failing', () => {
    // The default scenario has 20 ms of CPU; a 10 ms request cannot use more than 10 ms.
    const r = runCost(['--duration-ms', '10']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('10 ms ·');
  });

  it('table format: sorted, two-decimal money, break-even and warnings sections', () => {
    const r = runCost(['--offers', 'aws-lambda-arm64,aws-ec2-t4g-small']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Cost per month \(730 h\), cheapest first/);
    expect(r.stdout).toMatch(/aws-lambda-arm64/);
    expect(r.stdout).toMatch(/\$\d+\.\d\d\b/);
    expect(r.stdout).not.toMatch(/NaN|\$0\.00\d/);
    expect(r.stdout).toMatch(/Break-even against the cheapest always-on offer, aws-ec2-t4g-small/);
  });

  it('--url prices a share link of the page exactly as the page decodes it', () => {
    const link = `http://127.0.0.1:4173/?${encodeScenario({
      ...DEFAULT_PAGE_SCENARIO,
      memoryMb: 1024,
      offers: ['aws-lambda-arm64'],
    })}`;
    const fromUrl = json(['--url', link]);
    const fromFlags = json(['--memory-mb', '1024', '--offers', 'aws-lambda-arm64']);
    expect(fromUrl.results.map((r) => r.offerId)).toEqual(['aws-lambda-arm64']);
    // Requests: 8,760,000 − 1,000,000 free = 7,760,000 × $0.20/M = $1.552.
    // Compute: 8,760,000 × 0.2 s × 1 GB = 1,752,000 GB-s − 400,000 free = 1,352,000 × $0.0000133334
    // = $18.0267568. Total $19.5787568.
    expect(fromUrl.results[0]!.totalUsd).toBeCloseTo(19.5787568, 9);
    expect(fromFlags.results[0]!.totalUsd).toBeCloseTo(19.5787568, 9);
  });

  it('ranks offers that cannot run after every priced one, with their reason and no break-even', () => {
    // Sizes named one by one (with no --offers each family would be priced at a size that fits).
    const offers =
      'fly-shared-cpu-1x-256mb,do-basic-512mb,aws-ec2-t4g-small,aws-lambda-arm64,cloudflare-workers-standard';
    const args = ['--requests', '1000', '--every-minutes', '5', '--duration-ms', '200', '--base-memory-mb', '256', '--offers', offers]; // prettier-ignore
    const doc = json(args);
    // Fly's 256 MB machine ($2.89) is the cheapest figure, but its 256 MB base memory (OS and
    // runtime) leaves nothing for requests.
    const fly = doc.results.find((r) => r.offerId === 'fly-shared-cpu-1x-256mb')!;
    expect(fly.status).toBe('cannot-run');
    expect(fly.reasons.map((x) => x.message).join(' ')).toMatch(/256 MB/);
    const firstNotPriced = doc.results.findIndex((r) => r.status !== 'priced');
    expect(doc.results.indexOf(fly)).toBeGreaterThanOrEqual(firstNotPriced);
    expect(doc.results.slice(firstNotPriced).every((r) => r.status !== 'priced')).toBe(true);
    // DigitalOcean's $4.00 droplet (s-1vcpu-512mb-10gb, 730 h capped at $4) is the cheapest priced:
    // (512 − 256) ÷ 16 MB = 16 requests fit, and 3.33 req/s × 0.2 s = 0.67 in flight has 3 at the
    // 99th percentile, so one droplet.
    expect(doc.results[0]).toMatchObject({
      offerId: 'do-basic-512mb',
      status: 'priced',
      totalUsd: 4,
    });
    expect(doc.cheapest.alwaysOn).toBe('do-basic-512mb');
    const notPriced = new Set(
      doc.results.filter((r) => r.status !== 'priced').map((r) => r.offerId),
    );
    for (const b of doc.breakEven) {
      expect(notPriced.has(b.faasOfferId)).toBe(false);
      expect(notPriced.has(b.alwaysOnOfferId)).toBe(false);
    }
    // The table lists them after the priced offers, with the reason.
    const table = runCost(args).stdout;
    expect(table.indexOf('Cannot run this workload:')).toBeGreaterThan(
      table.indexOf(' 1  do-basic-512mb'),
    );
    expect(table).toMatch(/ {2}fly-shared-cpu-1x-256mb \(priced at \$2\.89\): .*256 MB/);
    expect(table).toContain('Break-even against the cheapest always-on offer, do-basic-512mb:');
  });

  it('prints the page’s own export document for a share link', () => {
    // What the page does with a link: decode it, price it with the same catalog and platform,
    // show it in the link's currency, and export resultsJson.
    const catalog = loadCatalog();
    const fx = loadFx();
    if (!fx.ok) throw new Error(fx.message);
    const platform = loadPlatform().platform;
    const links = [
      encodeScenario(DEFAULT_PAGE_SCENARIO),
      encodeScenario({ ...DEFAULT_PAGE_SCENARIO, offers: [], memoryMb: 512, currency: 'EUR' }),
      encodeScenario({ ...DEFAULT_PAGE_SCENARIO, offers: [], area: 'europe', horizon: 'week' }),
    ];
    for (const link of links) {
      const { scenario } = decodeScenario(link);
      const result = evaluateScenario(scenario, catalog.offers, { platform });
      // The page's spreads (the link's, its defaults where it writes none) come with it.
      const spreads = spreadAnalysis(scenario, catalog.offers, { platform });
      const page = JSON.parse(
        resultsJson(scenario, result, moneyFor(scenario.currency, fx.rates).money, { spreads }),
      ) as unknown;
      expect(json(['--url', `?${link}`])).toEqual(page);
    }
  });

  it('--url: a bad parameter costs only that field, with a notice, as on the page', () => {
    const r = runCost(['--url', '?v=1&n=banana&p=aws-lambda-arm64', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/--url: n \(requests\): "banana" is not a number \(ignored/);
    expect(runCost(['--url', 'banana']).code).toBe(2);
    expect(runCost(['--url', '?n=1', '--scenario', 'x.json']).stderr).toMatch(
      /use either --url or --scenario/,
    );
  });

  it('takes the cold-start, state and timer flags, with the same exit-2 rule', () => {
    expect(runCost(['--arrivals', 'sometimes']).stderr).toMatch(
      /--arrivals: "sometimes" is not one of "random", "even", "bursts"/,
    );
    expect(runCost(['--state', 'reads=x']).code).toBe(2);
    const timer = runCost([
      '--preset', 'timer', '--every-minutes', '60', '--run-seconds', '30',
      '--offers', 'aws-lambda-arm64,aws-ec2-t4g-small',
    ]); // prettier-ignore
    expect(timer.code, timer.stderr).toBe(0);
    // One 30 s run an hour: the verdict sentence follows the table.
    expect(timer.stdout).toMatch(/A job every 60 minutes for 30 s/);
  });
});
