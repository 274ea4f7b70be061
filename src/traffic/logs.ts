/**
 * Access logs, one request a line: nginx / Apache combined (with `$request_time` appended), ALB
 * access logs and CloudFront standard logs. Each parser reads a line into the aggregator, or returns
 * the rule the line broke. Written for speed (≥ 50 MB/s): index scans, no regular expression per
 * line, and the minute part of a timestamp cached while it repeats.
 */
import type { TrafficAggregator } from './aggregate.ts';
import { parseClfTime, parseInstant } from './time.ts';

/** Reads one line; returns null when used, or the rule the line broke. */
export interface LineParser {
  line(text: string): string | null;
  /** Lines that carried no request (comments, headers); not malformed. */
  readonly skippedLines?: number;
  /** Notes for the summary (e.g. mixed time zones). */
  notes(): string[];
}

/** Time-zone bookkeeping: the first offset is the week's; other offsets are counted. */
export class ZoneTracker {
  first: number | null = null;
  others = new Map<number, number>();
  constructor(private readonly agg: TrafficAggregator) {}
  see(offset: number): void {
    if (this.first === null) {
      this.first = offset;
      this.agg.offsetMinutes = offset;
    } else if (offset !== this.first) this.others.set(offset, (this.others.get(offset) ?? 0) + 1);
  }
  mixed(): boolean {
    return this.others.size > 0;
  }
}

/**
 * nginx `log_format combined` (Apache `%h %l %u %t "%r" %>s %b "%{Referer}i" "%{User-agent}i"`) with
 * one more field at the end: nginx `$request_time` (seconds with a decimal point) or Apache `%D`
 * (whole microseconds). Without it, the line counts a request with no duration.
 */
export class CombinedLogParser implements LineParser {
  private cacheKey = '';
  private cacheZone = '';
  private cacheMs = 0;
  private cacheOffset = 0;
  readonly zones: ZoneTracker;
  constructor(private readonly agg: TrafficAggregator) {
    this.zones = new ZoneTracker(agg);
  }

  line(text: string): string | null {
    const open = text.indexOf('[');
    if (open < 0) return 'no [time] field';
    const close = open + 27;
    if (text.charCodeAt(close) !== 93) return 'time is not dd/Mon/yyyy:HH:mm:ss ±hhmm';
    if (text.charCodeAt(close + 2) !== 34) return 'no quoted request after the time';
    // "10/Oct/2000:13:55:36 -0700": the minute ("10/Oct/2000:13:55") and the zone repeat line after
    // line, so they are compared in place rather than parsed.
    let ms: number;
    if (
      this.cacheKey !== '' &&
      text.startsWith(this.cacheKey, open + 1) &&
      text.startsWith(this.cacheZone, close - 5)
    ) {
      const s = (text.charCodeAt(open + 19) - 48) * 10 + (text.charCodeAt(open + 20) - 48);
      if (!(s >= 0 && s <= 60)) return 'time is not dd/Mon/yyyy:HH:mm:ss ±hhmm';
      ms = this.cacheMs + s * 1000;
    } else {
      const t = parseClfTime(text.slice(open + 1, close));
      if (t === null) return 'time is not dd/Mon/yyyy:HH:mm:ss ±hhmm';
      const s = t.ms % 60_000;
      this.cacheKey = text.slice(open + 1, open + 18);
      this.cacheZone = text.slice(close - 5, close);
      this.cacheMs = t.ms - s;
      this.cacheOffset = t.offsetMinutes ?? 0;
      ms = t.ms;
    }
    this.zones.see(this.cacheOffset);
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) <= 32) end--;
    if (text.charCodeAt(end - 1) === 34) {
      this.agg.addRequest(ms, null);
      return null;
    }
    const space = text.lastIndexOf(' ', end - 1);
    const token = text.slice(space + 1, end);
    const v = Number(token);
    if (token === '-' || token === '') {
      this.agg.addRequest(ms, null);
      return null;
    }
    if (!Number.isFinite(v) || v < 0)
      return 'the request time after the user agent is not a number';
    // nginx writes seconds with a decimal point; Apache's %D whole microseconds.
    this.agg.addRequest(ms, token.includes('.') ? v * 1000 : v / 1000);
    return null;
  }

  notes(): string[] {
    return [];
  }
}

/**
 * ALB access logs: `type time elb client:port target:port request_processing_time
 * target_processing_time response_processing_time …`, time in ISO 8601 UTC, processing times in
 * seconds; -1 when the request never reached a target (counted, no duration).
 */
export class AlbLogParser implements LineParser {
  private cacheKey = '';
  private cacheMs = 0;
  constructor(private readonly agg: TrafficAggregator) {}

  line(text: string): string | null {
    let pos = 0;
    const fields: string[] = [];
    for (let i = 0; i < 8; i++) {
      const next = text.indexOf(' ', pos);
      if (next < 0) return 'fewer than 8 space-separated fields before the request';
      fields.push(text.slice(pos, next));
      pos = next + 1;
    }
    const time = fields[1] ?? '';
    // "2018-11-30T22:23:00.186641Z": cache the minute.
    const key = time.slice(0, 16);
    let ms: number;
    if (key === this.cacheKey && time.length >= 20 && time.endsWith('Z')) {
      const s = Number(time.slice(17, -1));
      if (!Number.isFinite(s)) return 'time is not ISO 8601';
      ms = this.cacheMs + Math.floor(s * 1000);
    } else {
      const t = parseInstant(time);
      if (t === null) return 'time is not ISO 8601';
      this.cacheKey = key;
      this.cacheMs = t.ms - (t.ms % 60_000);
      ms = t.ms;
    }
    const target = Number(fields[6]);
    if (!Number.isFinite(target)) return 'target_processing_time is not a number';
    this.agg.addRequest(ms, target < 0 ? null : target * 1000);
    return null;
  }

  notes(): string[] {
    return [];
  }
}

/**
 * CloudFront standard logs: tab-separated, `#Version` and `#Fields` comment lines, `date` and
 * `time` in UTC, `time-taken` in seconds. Without a `#Fields` line the documented order is assumed.
 */
export class CloudFrontLogParser implements LineParser {
  private date = 0;
  private time = 1;
  private taken = 18;
  skippedLines = 0;
  constructor(private readonly agg: TrafficAggregator) {}

  line(text: string): string | null {
    if (text.startsWith('#')) {
      this.skippedLines++;
      if (text.startsWith('#Fields:')) {
        const names = text.slice(8).trim().split(/\s+/);
        this.date = names.indexOf('date');
        this.time = names.indexOf('time');
        this.taken = names.indexOf('time-taken');
        if (this.date < 0 || this.time < 0) return '#Fields has no date or time field';
      }
      return null;
    }
    const f = text.split('\t');
    const t = parseInstant(`${f[this.date] ?? ''}T${f[this.time] ?? ''}Z`);
    if (t === null) return 'date and time are not YYYY-MM-DD and HH:MM:SS';
    const takenText = this.taken >= 0 ? f[this.taken] : undefined;
    if (takenText === undefined || takenText === '-') {
      this.agg.addRequest(t.ms, null);
      return null;
    }
    const taken = Number(takenText);
    if (!Number.isFinite(taken) || taken < 0) return 'time-taken is not a number of seconds';
    this.agg.addRequest(t.ms, taken * 1000);
    return null;
  }

  notes(): string[] {
    return [];
  }
}
