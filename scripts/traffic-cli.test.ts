/**
 * `--traffic FILE`: the CLI derives the workload from each fixture (src/traffic/fixtures, figures
 * worked out in src/traffic/importer.test.ts) and prints it in the JSON `scenario` and `traffic`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCost } from './lib/cost-cli.ts';
import { decodeScenario } from '../src/url/codec.ts';

const FIXTURES = join(import.meta.dirname, '../src/traffic/fixtures');
const OFFERS = ['--offers', 'aws-lambda-arm64,aws-ec2-t4g-small'];

function json(args: string[]) {
  const out = runCost([...args, ...OFFERS, '--format', 'json']);
  expect(out.code, out.stderr).toBe(0);
  return { doc: JSON.parse(out.stdout), stderr: out.stderr };
}

describe('--traffic', () => {
  // Hand-computed in importer.test.ts: requests a month, mean duration (ms), peak hour.
  const cases: Array<[string, number, number | null, string]> = [
    ['nginx-combined.log', 1825, 300, '2024-03-04T08:00:00.000Z'],
    ['alb-access.log', 87_600, 32.333, '2018-07-02T22:00:00.000Z'],
    ['cloudfront-standard.log', 43_800, 2, '2019-12-04T21:00:00.000Z'],
    ['requests-hourly.csv', 109_500, 36.667, '2024-03-04T01:00:00.000Z'],
    ['cloudwatch-lambda-get-metric-data.json', 324_444.444, 67, '2024-03-04T01:00:00.000Z'],
    ['cloudwatch-alb-get-metric-statistics.json', 788_400, 200, '2024-03-04T10:00:00.000Z'],
    ['gcp-cloud-run-timeseries.json', 321_200, 53.636, '2024-03-04T10:00:00.000Z'],
  ];
  for (const [file, perMonth, ms, peak] of cases)
    it(`derives the workload from ${file}`, () => {
      const { doc } = json(['--traffic', join(FIXTURES, file)]);
      expect(doc.scenario.requestsPerMonth).toBeCloseTo(perMonth, 2);
      if (ms !== null) expect(doc.scenario.durationMs).toBeCloseTo(ms, 2);
      expect(doc.scenario.pattern.kind).toBe('custom');
      expect(doc.scenario.pattern.weights).toHaveLength(168);
      expect(doc.traffic.requestsPerMonth).toBeCloseTo(perMonth, 2);
      expect(doc.traffic.peakHour.start).toBe(peak);
      expect(doc.traffic.profile).toHaveLength(168);
      // The share link restores the imported week.
      expect(decodeScenario(doc.link).scenario.pattern).toEqual(doc.scenario.pattern);
    });

  it('reads Azure execution units at the memory given: 175 ms at 128 MB', () => {
    // 896,000 MB-ms ÷ 128 MB = 7,000 ms over 40 executions (importer.test.ts).
    const { doc } = json([
      '--traffic',
      join(FIXTURES, 'azure-functions-metrics.json'),
      '--memory-mb',
      '128',
    ]);
    expect(doc.scenario.durationMs).toBeCloseTo(175, 6);
    expect(doc.scenario.requestsPerMonth).toBeCloseTo(29_200 / 3, 3);
  });

  it('names malformed lines on stderr and still prices the rest', () => {
    const { stderr } = json(['--traffic', join(FIXTURES, 'nginx-combined.log')]);
    expect(stderr).toContain('cost: --traffic: line 4: no [time] field (skipped)\n');
    expect(stderr).toContain('cost: --traffic: 1 of 6 records skipped as malformed\n');
  });

  it('lets workload flags override what the file says', () => {
    const { doc } = json([
      '--traffic',
      join(FIXTURES, 'nginx-combined.log'),
      '--duration-ms',
      '120',
    ]);
    expect(doc.scenario.durationMs).toBe(120);
    expect(doc.scenario.requestsPerMonth).toBe(1825);
  });

  it('shows the imported traffic above the table', () => {
    const out = runCost(['--traffic', join(FIXTURES, 'requests-hourly.csv'), ...OFFERS]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(
      /^Traffic from a CSV: 600 requests over 4 h .* = 109,500 a month; mean 36\.7 ms/,
    );
  });

  it('exits 2 on a file with no usable line, an unknown format, a missing file or a bad format name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'traffic-'));
    const junk = join(dir, 'junk.log');
    writeFileSync(junk, 'hello\nworld\n');
    const named = runCost(['--traffic', junk, '--traffic-format', 'nginx']);
    expect(named.code).toBe(2);
    expect(named.stdout).toBe('');
    expect(named.stderr).toBe(
      'cost: --traffic: line 1: no [time] field (skipped)\n' +
        'cost: --traffic: line 2: no [time] field (skipped)\n' +
        'cost: --traffic: No line of the file could be read as combined access log (line 1: no [time] field).\n',
    );
    expect(runCost(['--traffic', junk]).stderr).toMatch(
      /^cost: --traffic: The format was not recognised/,
    );
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    expect(runCost(['--traffic', empty])).toMatchObject({
      code: 2,
      stderr: 'cost: --traffic: The file is empty.\n',
    });
    expect(runCost(['--traffic', join(dir, 'none.log')]).stderr).toBe(
      'cost: --traffic: cannot read "' + join(dir, 'none.log') + '": no such file\n',
    );
    expect(runCost(['--traffic', junk, '--traffic-format', 'xml']).stderr).toMatch(
      /^cost: --traffic-format: "xml" is not one of "cloudwatch"/,
    );
    expect(runCost(['--traffic-format', 'csv']).stderr).toBe(
      'cost: --traffic-format: only with --traffic FILE\n',
    );
  });
});
