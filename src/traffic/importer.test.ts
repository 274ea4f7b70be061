/**
 * Each format's fixture (fixtures/README.md names the documentation it follows), with its figures
 * worked out by hand: requests a month = total ÷ hours covered × 730; the mean duration is
 * Σ(duration × requests) ÷ Σ requests; the peak hour and minute are the busiest UTC hour and minute.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText, TrafficImporter, type ImportResult } from './importer.ts';
import type { TrafficFormat } from './formats.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

function ok(r: ImportResult) {
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r;
}

/** Import in chunks of `size` characters, as the worker and the CLI feed it. */
function chunked(text: string, size: number, format?: TrafficFormat) {
  const im = new TrafficImporter({ memoryMb: 128, ...(format ? { format } : {}) });
  for (let i = 0; i < text.length; i += size) im.push(text.slice(i, i + size));
  return im.end();
}

describe('nginx combined log with $request_time', () => {
  // 5 requests (one more line is not a log line) on Monday 4 March 2024, +0200:
  // 10:00:10 0.100 s, 10:00:50 0.300 s, 10:30:00 0.200 s, 11:15:00 0.400 s, 11:59:30 0.500 s.
  // Covered: the minute 10:00 to the end of the minute 11:59 = 2 h → 5 ÷ 2 × 730 = 1,825 a month.
  // Mean (100 + 300 + 200 + 400 + 500) ÷ 5 = 300 ms. Peak hour 10:00+02:00 = 08:00Z (3 requests);
  // peak minute 10:00+02:00 (2). p95: the 5th of 5 sorted durations, 500 ms, within the 1% bins.
  const r = ok(importText(fixture('nginx-combined.log')));
  it('derives the workload', () => {
    expect(r.format).toBe('nginx');
    expect(r.derived.totalRequests).toBe(5);
    expect(r.derived.coveredHours).toBe(2);
    expect(r.derived.requestsPerMonth).toBe(1825);
    expect(r.derived.meanDurationMs).toBeCloseTo(300, 9);
    expect(r.derived.p95DurationMs! / 500).toBeCloseTo(1, 1);
    expect(r.derived.peakHour).toEqual({ start: '2024-03-04T08:00:00.000Z', requests: 3 });
    expect(r.derived.peakMinute).toEqual({ start: '2024-03-04T08:00:00.000Z', requests: 2 });
    expect(r.derived.offsetMinutes).toBe(120);
  });
  it('names the malformed line and its rule', () => {
    expect(r.malformedCount).toBe(1);
    expect(r.malformed).toEqual([{ line: 4, rule: 'no [time] field' }]);
  });
  it('lays the week out in the log’s time zone: Monday 10:00 and 11:00 local', () => {
    // Slot 10 (Monday 10:00) saw 3 requests in its one hour, slot 11 saw 2; every other slot was
    // never covered and has no same-hour day to borrow from, so it takes the mean 5 ÷ 2 = 2.5.
    expect(r.derived.profile[10]).toBe(3);
    expect(r.derived.profile[11]).toBe(2);
    expect(r.derived.profile[0]).toBe(2.5);
    expect(r.derived.filledSlots).toBe(166);
  });
  it('gives the same figures whatever the chunk size', () => {
    for (const size of [1, 7, 64])
      expect(ok(chunked(fixture('nginx-combined.log'), size)).derived).toEqual(r.derived);
  });
  it('counts requests without a duration when $request_time is absent', () => {
    const line =
      '192.0.2.10 - - [04/Mar/2024:10:00:10 +0000] "GET / HTTP/1.1" 200 5 "-" "curl/8"\n';
    const d = ok(importText(line + line)).derived;
    expect(d.totalRequests).toBe(2);
    expect(d.meanDurationMs).toBeNull();
  });
  it('reads Apache %D as microseconds', () => {
    const line =
      '192.0.2.10 - - [04/Mar/2024:10:00:10 +0000] "GET / HTTP/1.1" 200 5 "-" "curl/8" 2500\n';
    expect(ok(importText(line)).derived.meanDurationMs).toBe(2.5);
  });
  it('says when time zones are mixed', () => {
    const a = '192.0.2.10 - - [31/Mar/2024:01:59:00 +0100] "GET / HTTP/1.1" 200 5 "-" "c" 0.010\n';
    const b = '192.0.2.10 - - [31/Mar/2024:03:01:00 +0200] "GET / HTTP/1.1" 200 5 "-" "c" 0.010\n';
    expect(ok(importText(a + b)).notes.join(' ')).toMatch(/mixed time zones \(\+0100, \+0200\)/);
  });
});

describe('ALB access log', () => {
  // The documentation's three example entries at 22:23:00.186641Z (target_processing_time 0.001,
  // 0.048, 0.048 s) and one at 22:24:10Z that never reached a target (-1: counted, no duration).
  // Covered: minutes 22:23 and 22:24 = 2/60 h → 4 × 30 × 730 = 87,600 a month.
  // Mean over the 3 timed: (1 + 48 + 48) ÷ 3 = 32.333… ms. Peak minute 22:23 (3).
  const r = ok(importText(fixture('alb-access.log')));
  it('derives the workload', () => {
    expect(r.format).toBe('alb');
    expect(r.derived.totalRequests).toBe(4);
    expect(r.derived.requestsPerMonth).toBeCloseTo(87_600, 6);
    expect(r.derived.meanDurationMs).toBeCloseTo(97 / 3, 9);
    expect(r.derived.timedShare).toBe(0.75);
    expect(r.derived.peakHour).toEqual({ start: '2018-07-02T22:00:00.000Z', requests: 4 });
    expect(r.derived.peakMinute).toEqual({ start: '2018-07-02T22:23:00.000Z', requests: 3 });
  });
});

describe('CloudFront standard log', () => {
  // Three requests on 2019-12-04 (UTC): 21:02:31 (0.001 s), 21:02:31 (0.002 s), 21:04:10 (0.003 s).
  // Covered: minutes 21:02 to the end of 21:04 = 3 min = 0.05 h → 3 ÷ 0.05 × 730 = 43,800 a month.
  // Mean (1 + 2 + 3) ÷ 3 = 2 ms. Peak hour 21:00 (3), peak minute 21:02 (2).
  const r = ok(importText(fixture('cloudfront-standard.log')));
  it('derives the workload', () => {
    expect(r.format).toBe('cloudfront');
    expect(r.derived.totalRequests).toBe(3);
    expect(r.derived.requestsPerMonth).toBeCloseTo(43_800, 6);
    expect(r.derived.meanDurationMs).toBeCloseTo(2, 9);
    expect(r.derived.peakHour).toEqual({ start: '2019-12-04T21:00:00.000Z', requests: 3 });
    expect(r.derived.peakMinute).toEqual({ start: '2019-12-04T21:02:00.000Z', requests: 2 });
    expect(r.malformedCount).toBe(0);
  });
});

describe('CSV with a header', () => {
  // Hourly rows from 00:00Z: 100 at 50 ms, 300 at 30 ms, 0, 200 at 40 ms; the 04:00 row's count is
  // "lots" (skipped). Covered 00:00–04:00 = 4 h → 600 ÷ 4 × 730 = 109,500 a month.
  // Mean (100×50 + 300×30 + 200×40) ÷ 600 = 22,000 ÷ 600 = 36.667 ms. Peak hour 01:00 (300); hourly
  // data has no peak minute; 02:00 is one empty hour.
  const r = ok(importText(fixture('requests-hourly.csv')));
  it('derives the workload', () => {
    expect(r.format).toBe('csv');
    expect(r.derived.totalRequests).toBe(600);
    expect(r.derived.coveredHours).toBe(4);
    expect(r.derived.requestsPerMonth).toBe(109_500);
    expect(r.derived.meanDurationMs).toBeCloseTo(22_000 / 600, 9);
    expect(r.derived.peakHour).toEqual({ start: '2024-03-04T01:00:00.000Z', requests: 300 });
    expect(r.derived.peakMinute).toBeNull();
    expect(r.derived.emptyHours).toBe(1);
    expect(r.derived.gaps).toEqual([{ start: '2024-03-04T02:00:00.000Z', hours: 1 }]);
    expect(r.malformed).toEqual([{ line: 6, rule: 'count is not a number of requests' }]);
  });
});

describe('CloudWatch get-metric-data (Lambda)', () => {
  // Newest first. Invocations: 02:10 50, 02:05 30, 02:00 20 (5-minute points), 01:00 600,
  // 00:00 300 (hourly: older data is coarser). Covered 00:00–02:15 = 2.25 h → 1,000 ÷ 2.25 × 730 =
  // 324,444.4 a month. Duration averages 100, 200, 100, 50, 80 ms weighted by the invocations:
  // (5,000 + 6,000 + 2,000 + 30,000 + 24,000) ÷ 1,000 = 67 ms. Peak hour 01:00 (600 > 100).
  const r = ok(importText(fixture('cloudwatch-lambda-get-metric-data.json')));
  it('derives the workload', () => {
    expect(r.format).toBe('cloudwatch');
    expect(r.derived.totalRequests).toBe(1000);
    expect(r.derived.coveredHours).toBe(2.25);
    expect(r.derived.requestsPerMonth).toBeCloseTo(730_000 / 2.25, 6);
    expect(r.derived.meanDurationMs).toBeCloseTo(67, 9);
    expect(r.derived.peakHour).toEqual({ start: '2024-03-04T01:00:00.000Z', requests: 600 });
    expect(r.derived.peakMinute).toBeNull();
    expect(r.derived.resolutionMinutes).toBe(5);
    expect(r.p95Basis).toBe('interval-means');
  });
  it('gives the same figures in any chunking', () => {
    expect(ok(chunked(fixture('cloudwatch-lambda-get-metric-data.json'), 13)).derived).toEqual(
      r.derived,
    );
  });
  it('reads Duration alone from get-metric-statistics: SampleCount is the invocations', () => {
    const doc = JSON.stringify({
      Label: 'Duration',
      Datapoints: [
        { Timestamp: '2024-03-04T00:00:00Z', SampleCount: 10, Average: 30, Unit: 'Milliseconds' },
        { Timestamp: '2024-03-04T01:00:00Z', SampleCount: 30, Average: 10, Unit: 'Milliseconds' },
      ],
    });
    // 40 invocations over 2 h → 14,600 a month; (10×30 + 30×10) ÷ 40 = 15 ms.
    const d = ok(importText(doc)).derived;
    expect(d.requestsPerMonth).toBe(14_600);
    expect(d.meanDurationMs).toBe(15);
  });
});

describe('CloudWatch get-metric-statistics (ALB), two outputs in one file', () => {
  // RequestCount 10:00 120, 10:05 60 (5-minute points) → covered 10 min = 1/6 h → 180 × 6 × 730 =
  // 788,400 a month. TargetResponseTime (seconds) 0.25 and 0.1 → (120×250 + 60×100) ÷ 180 = 200 ms.
  const r = ok(importText(fixture('cloudwatch-alb-get-metric-statistics.json')));
  it('derives the workload', () => {
    expect(r.derived.totalRequests).toBe(180);
    expect(r.derived.requestsPerMonth).toBeCloseTo(788_400, 6);
    expect(r.derived.meanDurationMs).toBeCloseTo(200, 9);
    expect(r.derived.peakHour).toEqual({ start: '2024-03-04T10:00:00.000Z', requests: 180 });
  });
});

describe('Azure Monitor metrics (Functions)', () => {
  // Hourly (PT1H): executions 10 at 09:00, 30 at 10:00, none at 11:00 (no `total`). Covered
  // 09:00–12:00 = 3 h → 40 ÷ 3 × 730 = 9,733.3 a month. Execution units 128,000 and 768,000 MB-ms
  // at 128 MB = 1,000 and 6,000 ms in all → 7,000 ÷ 40 = 175 ms. Peak hour 10:00 (30).
  const r = ok(importText(fixture('azure-functions-metrics.json'), { memoryMb: 128 }));
  it('derives the workload', () => {
    expect(r.format).toBe('azure');
    expect(r.derived.coveredHours).toBe(3);
    expect(r.derived.requestsPerMonth).toBeCloseTo(29_200 / 3, 6);
    expect(r.derived.meanDurationMs).toBeCloseTo(175, 9);
    expect(r.derived.peakHour).toEqual({ start: '2024-03-04T10:00:00.000Z', requests: 30 });
    expect(r.derived.emptyHours).toBe(1);
  });
});

describe('Cloud Monitoring timeSeries (Cloud Run)', () => {
  // request_count per minute, two series (200 and 500): 10:00 15 + 2 = 17, 10:02 5. Covered
  // 10:00–10:03 = 0.05 h → 22 ÷ 0.05 × 730 = 321,200 a month. request_latencies: 17 at mean 40 ms,
  // 5 at mean 100 ms → (680 + 500) ÷ 22 = 53.64 ms. Peak minute 10:00 (17).
  const r = ok(importText(fixture('gcp-cloud-run-timeseries.json')));
  it('derives the workload', () => {
    expect(r.format).toBe('gcp');
    expect(r.derived.totalRequests).toBe(22);
    expect(r.derived.requestsPerMonth).toBeCloseTo(321_200, 6);
    expect(r.derived.meanDurationMs).toBeCloseTo(1180 / 22, 9);
    expect(r.derived.peakMinute).toEqual({ start: '2024-03-04T10:00:00.000Z', requests: 17 });
    // p95 from the buckets: 22 × 0.95 = 20.9 falls in the bucket [80, 160) (the 5 slow requests),
    // reported at its geometric middle √(80 × 160) ≈ 113 ms.
    expect(r.derived.p95DurationMs! / Math.sqrt(80 * 160)).toBeCloseTo(1, 1);
    expect(r.p95Basis).toBe('distribution');
  });
});

describe('bad input', () => {
  it('an empty file', () => {
    expect(importText('')).toMatchObject({ ok: false, code: 'empty' });
    expect(importText('\n\n  \n')).toMatchObject({ ok: false, code: 'empty' });
  });
  it('an unknown format', () => {
    const r = importText('hello world\nthis is not traffic\n');
    expect(r).toMatchObject({ ok: false, code: 'unknown-format' });
    if (!r.ok) expect(r.message).toMatch(/Choose the format/);
  });
  it('a named format with no usable line', () => {
    const r = importText('hello\nworld\n', { format: 'nginx' });
    expect(r).toMatchObject({ ok: false, code: 'no-usable-line', malformedCount: 2 });
    if (!r.ok)
      expect(r.message).toBe(
        'No line of the file could be read as combined access log (line 1: no [time] field).',
      );
  });
  it('all-zero data', () => {
    const r = importText('timestamp,count\n2024-03-04T00:00:00Z,0\n2024-03-04T01:00:00Z,0\n');
    expect(r).toMatchObject({ ok: false, code: 'all-zero' });
  });
  it('counts every malformed line, names the first five', () => {
    const bad = Array.from({ length: 8 }, () => 'junk').join('\n');
    const good = '192.0.2.10 - - [04/Mar/2024:10:00:10 +0000] "GET / HTTP/1.1" 200 5 "-" "c" 0.010';
    const r = ok(importText(`${good}\n${bad}\n`));
    expect(r.malformedCount).toBe(8);
    expect(r.malformed.map((m) => m.line)).toEqual([2, 3, 4, 5, 6]);
  });
  it('broken JSON is named with its line', () => {
    const r = importText('\n{"MetricDataResults": [{"Id": "invocations", "Values": [1,]}]}\n', {
      format: 'cloudwatch',
    });
    expect(r.ok).toBe(false);
    expect(r.malformed[0]?.line).toBe(2);
    expect(r.malformed[0]?.rule).toMatch(/^not valid JSON/);
    const cut = importText('{"MetricDataResults": [\n{"Id": "invocations"', {
      format: 'cloudwatch',
    });
    expect(cut.malformed[0]?.rule).toBe('the JSON document is cut off');
  });
});
