/**
 * Metric exports as JSON documents: AWS CloudWatch (`aws cloudwatch get-metric-data` and
 * `get-metric-statistics`), Azure Monitor (`az monitor metrics list`, the Metrics - List REST
 * response) and Google Cloud Monitoring (`projects.timeSeries.list`). Several documents may follow
 * each other in one file (`cat invocations.json duration.json`, or pages of one listing). Each
 * handler reads one parsed document into the point collector and returns problems by rule.
 */
import type { DurationHistogram } from './aggregate.ts';
import type { PointCollector } from './points.ts';
import { parseInstant, parseIsoDuration } from './time.ts';

type Json = Record<string, unknown>;

function obj(v: unknown): Json | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null;
}

/** A key as the CLI writes it (PascalCase) or as the SDKs do (camelCase). */
function get(o: Json, key: string): unknown {
  return o[key] ?? o[key.charAt(0).toLowerCase() + key.slice(1)];
}

function num(v: unknown): number | null {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

export interface DocumentContext {
  points: PointCollector;
  histogram: DurationHistogram;
  /** Memory the functions ran with (MB), to turn Azure's MB-ms into durations. */
  memoryMb: number;
  problem(rule: string): void;
  note(text: string): void;
}

const COUNT_NAME = /invocations|requestcount|request_count|requests|executioncount|count/i;
const DURATION_NAME = /duration|responsetime|response_time|latenc/i;
/** A percentile statistic ("p95", "p99.9"). */
const PERCENTILE = /(^|[^a-z0-9])p\d{1,2}(\.\d+)?($|[^a-z0-9])/i;

/** Milliseconds per unit of a duration series: Lambda's Duration is in ms, ALB's TargetResponseTime in s. */
function durationScale(name: string, unit: unknown): number {
  if (unit === 'Seconds') return 1000;
  if (unit === 'Microseconds') return 0.001;
  if (unit === 'Milliseconds') return 1;
  return /targetresponsetime|target_response_time/i.test(name) ? 1000 : 1;
}

export function readCloudWatch(doc: unknown, ctx: DocumentContext): boolean {
  const o = obj(doc);
  if (o === null) return false;
  const results = get(o, 'MetricDataResults');
  if (Array.isArray(results)) {
    for (const r of results) {
      const res = obj(r);
      if (res === null) continue;
      const name = `${String(get(res, 'Label') ?? '')} ${String(get(res, 'Id') ?? '')}`;
      const ts = get(res, 'Timestamps');
      const values = get(res, 'Values');
      if (!Array.isArray(ts) || !Array.isArray(values) || ts.length !== values.length) {
        ctx.problem(`result "${name.trim()}": Timestamps and Values are not lists of one length`);
        continue;
      }
      const isDuration = DURATION_NAME.test(name);
      if (!isDuration && !COUNT_NAME.test(name)) {
        ctx.note(`result "${name.trim()}" is neither a request count nor a duration; left out`);
        continue;
      }
      if (isDuration && PERCENTILE.test(name))
        ctx.note(`durations are a percentile ("${name.trim()}"), read as if they were the mean`);
      const scale = durationScale(name, undefined);
      for (let i = 0; i < ts.length; i++) {
        const t = typeof ts[i] === 'string' ? parseInstant(ts[i] as string) : null;
        const v = num(values[i]);
        if (t === null || v === null || v < 0) {
          ctx.problem(`result "${name.trim()}" point ${i + 1}: timestamp or value unreadable`);
          continue;
        }
        if (isDuration) ctx.points.average(t.ms, v * scale, null);
        else ctx.points.count(t.ms, v);
      }
    }
    return true;
  }
  const points = get(o, 'Datapoints');
  if (Array.isArray(points)) {
    const name = String(get(o, 'Label') ?? '');
    const isDuration = DURATION_NAME.test(name);
    if (!isDuration && !COUNT_NAME.test(name)) {
      ctx.problem(
        `Label "${name}" is neither a request count (Invocations, RequestCount) nor a duration (Duration, TargetResponseTime)`,
      );
      return true;
    }
    let percentileNoted = false;
    for (const [i, raw] of points.entries()) {
      const p = obj(raw);
      const time = p && get(p, 'Timestamp');
      const t = typeof time === 'string' ? parseInstant(time) : null;
      if (p === null || t === null) {
        ctx.problem(`"${name}" datapoint ${i + 1}: no readable Timestamp`);
        continue;
      }
      if (!isDuration) {
        const sum = num(get(p, 'Sum'));
        if (sum === null || sum < 0) {
          ctx.problem(
            `"${name}" datapoint ${i + 1}: no Sum (request counts need the Sum statistic)`,
          );
          continue;
        }
        ctx.points.count(t.ms, sum);
        continue;
      }
      const scale = durationScale(name, get(p, 'Unit'));
      const samples = num(get(p, 'SampleCount'));
      let value = num(get(p, 'Average'));
      if (value === null) {
        const ext = obj(get(p, 'ExtendedStatistics'));
        const first = ext && Object.entries(ext)[0];
        if (first) {
          value = num(first[1]);
          if (!percentileNoted)
            ctx.note(`durations are ${first[0]}, read as if they were the mean`);
          percentileNoted = true;
        }
      }
      if (value === null || value < 0) {
        ctx.problem(`"${name}" datapoint ${i + 1}: no Average or percentile`);
        continue;
      }
      ctx.points.average(t.ms, value * scale, samples);
    }
    return true;
  }
  return false;
}

export function readAzure(doc: unknown, ctx: DocumentContext): boolean {
  const o = obj(doc);
  const metrics = o && get(o, 'Value');
  if (o === null || !Array.isArray(metrics)) return false;
  const interval = typeof o.interval === 'string' ? parseIsoDuration(o.interval) : null;
  for (const m of metrics) {
    const metric = obj(m);
    if (metric === null) continue;
    const nameObj = obj(metric.name);
    const name = String(nameObj?.value ?? metric.name ?? '');
    const kind = /^FunctionExecutionCount$|^Requests$/i.test(name)
      ? 'count'
      : /^FunctionExecutionUnits$/i.test(name)
        ? 'units'
        : /^HttpResponseTime$|^AverageResponseTime$/i.test(name)
          ? 'seconds'
          : null;
    if (kind === null) {
      ctx.note(
        `metric "${name}" left out (not FunctionExecutionCount, FunctionExecutionUnits, Requests or HttpResponseTime)`,
      );
      continue;
    }
    const series = Array.isArray(metric.timeseries) ? metric.timeseries : [];
    for (const s of series) {
      const data = obj(s)?.data;
      if (!Array.isArray(data)) continue;
      for (const [i, raw] of data.entries()) {
        const p = obj(raw);
        const time = p?.timeStamp;
        const t = typeof time === 'string' ? parseInstant(time) : null;
        if (p === null || t === null) {
          ctx.problem(`"${name}" point ${i + 1}: no readable timeStamp`);
          continue;
        }
        if (kind === 'seconds') {
          const avg = num(p.average);
          if (avg !== null) ctx.points.average(t.ms, avg * 1000, null, interval);
          continue;
        }
        // Azure leaves `total` out of an interval with no executions: 0, still covered.
        const total = num(p.total) ?? 0;
        if (kind === 'count') ctx.points.count(t.ms, total, interval);
        // FunctionExecutionUnits are MB-milliseconds: ÷ memory gives Σ duration (ms).
        else if (total > 0) ctx.points.total(t.ms, total / ctx.memoryMb, interval);
      }
    }
  }
  return true;
}

/** Bucket bounds of a Cloud Monitoring distribution: bucket i covers [lower(i), lower(i+1)). */
function bucketMiddle(options: Json | null, i: number): number | null {
  if (options === null) return null;
  const exp = obj(options.exponentialBuckets);
  if (exp) {
    const g = num(exp.growthFactor) ?? 2;
    const scale = num(exp.scale) ?? 1;
    if (i === 0) return scale / 2;
    return scale * Math.pow(g, i - 0.5);
  }
  const lin = obj(options.linearBuckets);
  if (lin) {
    const w = num(lin.width) ?? 1;
    const off = num(lin.offset) ?? 0;
    return i === 0 ? off : off + (i - 0.5) * w;
  }
  const explicit = obj(options.explicitBuckets);
  const bounds = explicit && Array.isArray(explicit.bounds) ? explicit.bounds.map(num) : null;
  if (bounds) {
    const lo = i === 0 ? 0 : (bounds[i - 1] ?? null);
    const hi = bounds[i] ?? null;
    if (lo === null) return null;
    return hi === null ? lo : (lo + hi) / 2;
  }
  return null;
}

export function readGcp(doc: unknown, ctx: DocumentContext): boolean {
  const o = obj(doc);
  const series = o && get(o, 'TimeSeries');
  if (o === null || !Array.isArray(series)) return false;
  for (const s of series) {
    const ts = obj(s);
    const type = String(obj(ts?.metric)?.type ?? '');
    const isCount = /request_count$/.test(type);
    const isLatency = /request_latencies$/.test(type);
    if (!isCount && !isLatency) {
      ctx.note(`series "${type}" left out (not request_count or request_latencies)`);
      continue;
    }
    const points = Array.isArray(ts?.points) ? ts.points : [];
    for (const [i, raw] of points.entries()) {
      const p = obj(raw);
      const interval = obj(p?.interval);
      const end = typeof interval?.endTime === 'string' ? parseInstant(interval.endTime) : null;
      const start =
        typeof interval?.startTime === 'string' ? parseInstant(interval.startTime) : null;
      const value = obj(p?.value);
      if (end === null || value === null) {
        ctx.problem(`"${type}" point ${i + 1}: no interval.endTime or value`);
        continue;
      }
      const from = start !== null && start.ms < end.ms ? start.ms : null;
      const at = from ?? end.ms;
      const period = from !== null ? end.ms - from : null;
      if (isCount) {
        const v = num(value.int64Value) ?? num(value.doubleValue);
        if (v === null || v < 0) {
          ctx.problem(`"${type}" point ${i + 1}: int64Value is not a count`);
          continue;
        }
        ctx.points.count(at, v, period);
        continue;
      }
      const dist = obj(value.distributionValue);
      const count = num(dist?.count) ?? 0;
      const mean = num(dist?.mean);
      if (dist === null || (count > 0 && mean === null)) {
        ctx.problem(`"${type}" point ${i + 1}: no distributionValue with count and mean`);
        continue;
      }
      if (count === 0) continue;
      // request_latencies is in milliseconds.
      ctx.points.durations(at, mean! * count, count, period);
      const options = obj(dist.bucketOptions);
      const counts = Array.isArray(dist.bucketCounts) ? dist.bucketCounts : [];
      let placed = 0;
      counts.forEach((c, b) => {
        const n = num(c) ?? 0;
        const mid = bucketMiddle(options, b);
        if (n > 0 && mid !== null) {
          ctx.histogram.add(mid, n);
          placed += n;
        }
      });
      if (placed === 0) ctx.histogram.add(mean!, count);
    }
  }
  return true;
}
