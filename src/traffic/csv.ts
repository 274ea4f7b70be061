/**
 * CSV: one row per interval (or per request), with a timestamp, a request count and an optional
 * mean duration. A first row that is not data is a header and names the columns; without one the
 * columns are timestamp, count, duration_ms. Fields are split by papaparse (quotes, delimiters),
 * one line at a time, so the file streams.
 */
import Papa from 'papaparse';
import type { LineParser } from './logs.ts';
import type { PointCollector } from './points.ts';
import { parseInstant } from './time.ts';
import type { TrafficAggregator } from './aggregate.ts';

const TIME = /time|date|^ts$|period|start|minute|hour/i;
const COUNT = /count|requests|invocations|hits|calls|total|sum|^n$/i;
const DURATION = /duration|latency|response.?time|elapsed/i;

interface Columns {
  time: number;
  count: number;
  duration: number;
  /** ms per unit of the duration column. */
  scale: number;
}

function durationScale(name: string): number {
  if (/(^|[_\s(-])(us|µs|micro)/i.test(name)) return 0.001;
  if (/(^|[_\s(-])(s|sec|secs|seconds)\)?$/i.test(name)) return 1000;
  return 1;
}

export class CsvParser implements LineParser {
  private columns: Columns | null = null;
  private delimiter: string | undefined;
  private zoneless = false;
  private offsets = new Set<number>();
  skippedLines = 0;

  constructor(
    private readonly points: PointCollector,
    private readonly agg: TrafficAggregator,
  ) {}

  private split(text: string): string[] {
    const r = Papa.parse<string[]>(text, {
      ...(this.delimiter !== undefined ? { delimiter: this.delimiter } : {}),
      skipEmptyLines: true,
    });
    if (this.delimiter === undefined) this.delimiter = r.meta.delimiter;
    return (r.data[0] ?? []).map((c) => c.trim());
  }

  line(text: string): string | null {
    if (text.trim() === '') {
      this.skippedLines++;
      return null;
    }
    const cells = this.split(text);
    if (this.columns === null) {
      const isData = parseInstant(cells[0] ?? '') !== null && Number.isFinite(Number(cells[1]));
      if (!isData) {
        const time = cells.findIndex((c) => TIME.test(c));
        const count = cells.findIndex((c, i) => i !== time && COUNT.test(c));
        const duration = cells.findIndex((c, i) => i !== time && i !== count && DURATION.test(c));
        if (time < 0 || count < 0)
          return 'header names no timestamp and request count columns (e.g. timestamp,count,duration_ms)';
        this.columns = {
          time,
          count,
          duration,
          scale: duration >= 0 ? durationScale(cells[duration] ?? '') : 1,
        };
        this.skippedLines++;
        return null;
      }
      this.columns = { time: 0, count: 1, duration: cells.length > 2 ? 2 : -1, scale: 1 };
    }
    const c = this.columns;
    if (cells.length <= Math.max(c.time, c.count))
      return `expected at least ${Math.max(c.time, c.count) + 1} columns`;
    const t = parseInstant(cells[c.time] ?? '');
    if (t === null) return 'timestamp is not ISO 8601 or Unix time';
    const count = Number(cells[c.count]);
    if (cells[c.count] === '' || !Number.isFinite(count) || count < 0)
      return 'count is not a number of requests';
    if (t.offsetMinutes === null) this.zoneless = true;
    else {
      if (this.offsets.size === 0) this.agg.offsetMinutes = t.offsetMinutes;
      this.offsets.add(t.offsetMinutes);
    }
    this.points.count(t.ms, count);
    const raw = c.duration >= 0 ? (cells[c.duration] ?? '') : '';
    if (raw !== '' && raw !== '-') {
      const d = Number(raw);
      if (!Number.isFinite(d) || d < 0) return 'duration is not a number';
      this.points.durations(t.ms, d * c.scale * count, count);
      this.agg.histogram.add(d * c.scale, count);
    }
    return null;
  }

  notes(): string[] {
    const out: string[] = [];
    if (this.zoneless) out.push('some timestamps have no time zone: read as UTC');
    return out;
  }

  /** Distinct UTC offsets written in the timestamps. */
  zoneOffsets(): number[] {
    return [...this.offsets];
  }
}
