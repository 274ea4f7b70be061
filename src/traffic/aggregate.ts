/**
 * Bounded-memory aggregation of imported traffic: every parser adds requests (and, when it knows
 * them, request durations) for a time interval, and this keeps one bucket per hour of the data
 * (with 60 minute counts when the data is that fine) and one log-scaled duration histogram. A year
 * of per-request logs is 8,760 hour buckets, whatever the file's size.
 *
 * Rules (docs/MODEL.md, "Imported traffic"): buckets are summed, never averaged; the mean duration
 * is Σ(duration × requests) ÷ Σ requests with a duration; an interval longer than an hour is spread
 * evenly over its hours.
 */
import { HOURS_PER_MONTH } from '../scenario/calendar.ts';

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const HOURS_PER_WEEK = 168;

interface HourBucket {
  requests: number;
  /** Σ duration × requests over the requests whose duration is known (ms). */
  durationSumMs: number;
  /** Requests whose duration is known. */
  timedRequests: number;
  /** Requests per minute of the hour; null until minute-fine data arrives. */
  minutes: Float64Array | null;
}

/**
 * Durations in log-scaled bins 2% wide (ratio 1.02) from 1 µs to over an hour: a percentile read
 * from it is within 1% of the true value (the bin's geometric middle is reported).
 */
const BIN_RATIO = 1.02;
const MIN_MS = 0.001;
const BINS = 1200;
const LOG_RATIO = Math.log(BIN_RATIO);

export class DurationHistogram {
  readonly bins = new Float64Array(BINS);
  total = 0;

  add(ms: number, weight: number): void {
    if (!(weight > 0) || !Number.isFinite(ms) || ms < 0) return;
    const i =
      ms <= MIN_MS ? 0 : Math.min(BINS - 1, 1 + Math.floor(Math.log(ms / MIN_MS) / LOG_RATIO));
    this.bins[i] = (this.bins[i] ?? 0) + weight;
    this.total += weight;
  }

  /** The q-quantile (0 < q ≤ 1) in ms, or null when empty. */
  quantile(q: number): number | null {
    if (this.total <= 0) return null;
    const target = q * this.total;
    let seen = 0;
    for (let i = 0; i < BINS; i++) {
      seen += this.bins[i] ?? 0;
      if (seen >= target) {
        if (i === 0) return MIN_MS;
        // Bin i holds [MIN·r^(i-1), MIN·r^i): its geometric middle.
        return MIN_MS * Math.pow(BIN_RATIO, i - 0.5);
      }
    }
    return null;
  }
}

/** Where a week starts: Monday 00:00. 1970-01-01 (day 0 of the epoch) was a Thursday. */
function hourOfWeek(hourIndex: number, offsetHours: number): number {
  const local = hourIndex + offsetHours;
  const day = Math.floor(local / 24);
  const dow = (((day + 3) % 7) + 7) % 7; // 0 = Monday
  return dow * 24 + (((local % 24) + 24) % 24);
}

export interface Gap {
  /** ISO start of the first empty hour. */
  start: string;
  hours: number;
}

export interface Derived {
  totalRequests: number;
  /** ISO instants (UTC) of the first and last moment the data covers. */
  start: string;
  end: string;
  coveredHours: number;
  /** Total ÷ hours covered × 730. */
  requestsPerMonth: number;
  /** Request-weighted mean duration (ms), or null when the data has no durations. */
  meanDurationMs: number | null;
  /** 95th percentile of the duration histogram (ms), or null. */
  p95DurationMs: number | null;
  /** Share of the requests whose duration is known (0–1). */
  timedShare: number;
  peakHour: { start: string; requests: number };
  /** The busiest minute, when the data is minute-fine; null otherwise. */
  peakMinute: { start: string; requests: number } | null;
  /** The finest interval of the data (minutes). */
  resolutionMinutes: number;
  /** Requests per hour of a typical week, Monday 00:00 first (the file's time zone). */
  profile: number[];
  /** Slots of the week the data never covered (filled from the same hour on other days). */
  filledSlots: number;
  emptyHours: number;
  /** The longest runs of hours without a request, longest first (at most 3). */
  gaps: Gap[];
  /** The week's time zone as an offset from UTC in minutes. */
  offsetMinutes: number;
}

export class TrafficAggregator {
  private readonly hours = new Map<number, HourBucket>();
  private lastHour = NaN;
  private lastBucket: HourBucket | null = null;
  readonly histogram = new DurationHistogram();
  private spanStart = Infinity;
  private spanEnd = -Infinity;
  private finest = Infinity;
  /** The week's time zone (minutes east of UTC). */
  offsetMinutes = 0;

  private bucket(hour: number): HourBucket {
    let b = this.hours.get(hour);
    if (b === undefined) {
      b = { requests: 0, durationSumMs: 0, timedRequests: 0, minutes: null };
      this.hours.set(hour, b);
    }
    return b;
  }

  /** Extend the covered span to [startMs, startMs + periodMs) without adding requests. */
  cover(startMs: number, periodMs: number): void {
    if (startMs < this.spanStart) this.spanStart = startMs;
    if (startMs + periodMs > this.spanEnd) this.spanEnd = startMs + periodMs;
    if (periodMs < this.finest) this.finest = periodMs;
  }

  /** One request at `ms`, with its duration when known (the fast path of access logs). */
  addRequest(ms: number, durationMs: number | null): void {
    const minuteStart = ms - (((ms % MS_PER_MINUTE) + MS_PER_MINUTE) % MS_PER_MINUTE);
    if (minuteStart < this.spanStart) this.spanStart = minuteStart;
    if (minuteStart + MS_PER_MINUTE > this.spanEnd) this.spanEnd = minuteStart + MS_PER_MINUTE;
    if (this.finest > MS_PER_MINUTE) this.finest = MS_PER_MINUTE;
    const hour = Math.floor(ms / MS_PER_HOUR);
    // Lines arrive in time order: the hour's bucket is usually the last one's.
    let b = this.lastBucket;
    if (hour !== this.lastHour || b === null) {
      b = this.bucket(hour);
      this.lastHour = hour;
      this.lastBucket = b;
    }
    b.requests += 1;
    const minutes = (b.minutes ??= new Float64Array(60));
    const m = Math.floor((ms - hour * MS_PER_HOUR) / MS_PER_MINUTE);
    minutes[m] = (minutes[m] ?? 0) + 1;
    if (durationMs !== null) {
      b.durationSumMs += durationMs;
      b.timedRequests += 1;
      this.histogram.add(durationMs, 1);
    }
  }

  /**
   * `requests` over [startMs, startMs + periodMs); `durationSumMs` is Σ duration over `timedRequests`
   * of them (either may come alone: counts and durations are often separate series).
   */
  add(
    startMs: number,
    periodMs: number,
    requests: number,
    durationSumMs = 0,
    timedRequests = 0,
  ): void {
    this.cover(startMs, periodMs);
    const firstHour = Math.floor(startMs / MS_PER_HOUR);
    const lastHour = Math.floor((startMs + periodMs - 1) / MS_PER_HOUR);
    const n = lastHour - firstHour + 1;
    for (let h = firstHour; h <= lastHour; h++) {
      const b = this.bucket(h);
      b.requests += requests / n;
      b.durationSumMs += durationSumMs / n;
      b.timedRequests += timedRequests / n;
    }
    if (periodMs <= MS_PER_MINUTE && requests > 0) {
      const b = this.bucket(firstHour);
      const minutes = (b.minutes ??= new Float64Array(60));
      const m = Math.floor((startMs - firstHour * MS_PER_HOUR) / MS_PER_MINUTE);
      minutes[m] = (minutes[m] ?? 0) + requests;
    }
  }

  /** True once any interval was added. */
  get hasData(): boolean {
    return this.spanEnd > this.spanStart;
  }

  /** The derived workload. Call once the input has ended; requires `hasData`. */
  derive(): Derived {
    const start = this.spanStart;
    const end = this.spanEnd;
    const coveredHours = (end - start) / MS_PER_HOUR;
    const offsetHours = Math.round(this.offsetMinutes / 60);
    const slotRequests = new Float64Array(HOURS_PER_WEEK);
    const slotCover = new Float64Array(HOURS_PER_WEEK);
    let total = 0;
    let durationSum = 0;
    let timed = 0;
    let peakHour = { hour: Math.floor(start / MS_PER_HOUR), requests: -1 };
    let peakMinute: { ms: number; requests: number } | null = null;
    let emptyHours = 0;
    const runs: Gap[] = [];
    let runStart: number | null = null;
    const h0 = Math.floor(start / MS_PER_HOUR);
    const h1 = Math.ceil(end / MS_PER_HOUR);
    const closeRun = (h: number) => {
      if (runStart !== null) {
        runs.push({ start: new Date(runStart * MS_PER_HOUR).toISOString(), hours: h - runStart });
        runStart = null;
      }
    };
    for (let h = h0; h < h1; h++) {
      const from = Math.max(start, h * MS_PER_HOUR);
      const to = Math.min(end, (h + 1) * MS_PER_HOUR);
      const cover = Math.max(0, to - from) / MS_PER_HOUR;
      const slot = hourOfWeek(h, offsetHours);
      slotCover[slot] = (slotCover[slot] ?? 0) + cover;
      const b = this.hours.get(h);
      const requests = b?.requests ?? 0;
      if (b !== undefined) {
        slotRequests[slot] = (slotRequests[slot] ?? 0) + requests;
        total += requests;
        durationSum += b.durationSumMs;
        timed += b.timedRequests;
        if (requests > peakHour.requests) peakHour = { hour: h, requests };
        if (b.minutes !== null)
          for (let m = 0; m < 60; m++) {
            const v = b.minutes[m] ?? 0;
            if (peakMinute === null || v > peakMinute.requests)
              peakMinute = { ms: h * MS_PER_HOUR + m * MS_PER_MINUTE, requests: v };
          }
      }
      if (requests === 0) {
        emptyHours += 1;
        runStart ??= h;
      } else closeRun(h);
    }
    closeRun(h1);
    const profile = weekProfile(slotRequests, slotCover, total / Math.max(coveredHours, 1e-9));
    return {
      totalRequests: total,
      start: new Date(start).toISOString(),
      end: new Date(end).toISOString(),
      coveredHours,
      requestsPerMonth: (total / coveredHours) * HOURS_PER_MONTH,
      meanDurationMs: timed > 0 ? durationSum / timed : null,
      p95DurationMs: this.histogram.quantile(0.95),
      timedShare: total > 0 ? Math.min(1, timed / total) : 0,
      peakHour: {
        start: new Date(peakHour.hour * MS_PER_HOUR).toISOString(),
        requests: Math.max(0, peakHour.requests),
      },
      peakMinute:
        peakMinute !== null && this.finest <= MS_PER_MINUTE
          ? { start: new Date(peakMinute.ms).toISOString(), requests: peakMinute.requests }
          : null,
      resolutionMinutes: this.finest / MS_PER_MINUTE,
      profile: profile.values,
      filledSlots: profile.filled,
      emptyHours,
      gaps: runs.sort((a, b) => b.hours - a.hours).slice(0, 3),
      offsetMinutes: this.offsetMinutes,
    };
  }
}

/**
 * Requests per hour of a typical week: each slot's requests ÷ the hours the data covered that slot.
 * A slot never covered (less than a week of data) takes the mean of the same hour on the days that
 * were covered, or the overall hourly mean when that hour never was.
 */
export function weekProfile(
  slotRequests: ArrayLike<number>,
  slotCover: ArrayLike<number>,
  overallPerHour: number,
): { values: number[]; filled: number } {
  const values = new Array<number>(HOURS_PER_WEEK).fill(0);
  let filled = 0;
  for (let s = 0; s < HOURS_PER_WEEK; s++) {
    const cover = slotCover[s] ?? 0;
    if (cover > 0) {
      values[s] = (slotRequests[s] ?? 0) / cover;
      continue;
    }
    filled += 1;
    let req = 0;
    let cov = 0;
    for (let d = 0; d < 7; d++) {
      const o = d * 24 + (s % 24);
      req += slotRequests[o] ?? 0;
      cov += slotCover[o] ?? 0;
    }
    values[s] = cov > 0 ? req / cov : overallPerHour;
  }
  return { values, filled };
}
