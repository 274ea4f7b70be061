/**
 * Metric points (CloudWatch, Azure Monitor, Cloud Monitoring, CSV rows): a count and a duration per
 * interval, often from separate series that join on the timestamp. Points are kept per distinct
 * timestamp (metric files hold thousands, not millions) and handed to the aggregator at the end,
 * once every series is in and each point's interval is known.
 */
import { MS_PER_HOUR, type TrafficAggregator } from './aggregate.ts';

interface Point {
  /** The interval's length when the format states it; null: inferred from the spacing. */
  periodMs: number | null;
  /** Requests from a count series (summed over series). */
  requests: number;
  counted: boolean;
  /** Σ duration × requests already known for this interval (ms). */
  durationSumMs: number;
  timedRequests: number;
  /** A duration average (ms) that takes its weight from the interval's count. */
  averageMs: number | null;
  /** The duration series' own sample count (CloudWatch Duration SampleCount = invocations). */
  samples: number | null;
  /** Σ duration over all of the interval's requests (Azure's execution units ÷ memory). */
  totalMs: number | null;
}

/** Periods CloudWatch, Azure and Cloud Monitoring aggregate to (seconds). */
const PERIODS_S = [1, 5, 10, 30, 60, 300, 600, 900, 1800, 3600, 21_600, 43_200, 86_400];

/** The largest usual period not longer than `gapMs` (a missing point makes a gap two periods long). */
export function snapPeriod(gapMs: number): number {
  let best = gapMs;
  for (const s of PERIODS_S) if (s * 1000 <= gapMs) best = s * 1000;
  return best;
}

export class PointCollector {
  private readonly points = new Map<number, Point>();
  /** True once any count series was seen: then a point without a count had no requests. */
  private anyCount = false;

  private at(ms: number, periodMs: number | null): Point {
    let p = this.points.get(ms);
    if (p === undefined) {
      p = {
        periodMs,
        requests: 0,
        counted: false,
        durationSumMs: 0,
        timedRequests: 0,
        averageMs: null,
        samples: null,
        totalMs: null,
      };
      this.points.set(ms, p);
    } else if (periodMs !== null) p.periodMs = periodMs;
    return p;
  }

  get size(): number {
    return this.points.size;
  }

  count(ms: number, requests: number, periodMs: number | null = null): void {
    const p = this.at(ms, periodMs);
    p.requests += requests;
    p.counted = true;
    this.anyCount = true;
  }

  /** A duration average for the interval; weighted by the interval's requests at the end. */
  average(
    ms: number,
    averageMs: number,
    samples: number | null,
    periodMs: number | null = null,
  ): void {
    const p = this.at(ms, periodMs);
    p.averageMs = averageMs;
    if (samples !== null) p.samples = (p.samples ?? 0) + samples;
  }

  /** Durations already summed over `timedRequests` requests (CSV rows, distributions, MB-ms). */
  durations(
    ms: number,
    durationSumMs: number,
    timedRequests: number,
    periodMs: number | null = null,
  ): void {
    const p = this.at(ms, periodMs);
    p.durationSumMs += durationSumMs;
    p.timedRequests += timedRequests;
  }

  /** Σ duration over every request of the interval, however many the count series says. */
  total(ms: number, totalMs: number, periodMs: number | null = null): void {
    const p = this.at(ms, periodMs);
    p.totalMs = (p.totalMs ?? 0) + totalMs;
  }

  /** Hand every point to the aggregator (averages and totals weighted by the interval's count). */
  flush(agg: TrafficAggregator): void {
    const times = [...this.points.keys()].sort((a, b) => a - b);
    for (let i = 0; i < times.length; i++) {
      const ms = times[i]!;
      const p = this.points.get(ms)!;
      let period = p.periodMs;
      if (period === null) {
        const prev = i > 0 ? ms - times[i - 1]! : Infinity;
        const next = i + 1 < times.length ? times[i + 1]! - ms : Infinity;
        const gap = Math.min(prev, next);
        period = Number.isFinite(gap) ? snapPeriod(gap) : MS_PER_HOUR;
      }
      const requests = p.counted ? p.requests : this.anyCount ? 0 : (p.samples ?? p.timedRequests);
      let durationSum = p.durationSumMs;
      let timed = p.timedRequests;
      if (p.averageMs !== null && requests > 0) {
        durationSum += p.averageMs * requests;
        timed += requests;
        agg.histogram.add(p.averageMs, requests);
      }
      if (p.totalMs !== null && requests > 0) {
        durationSum += p.totalMs;
        timed += requests;
        agg.histogram.add(p.totalMs / requests, requests);
      }
      agg.add(ms, period, requests, durationSum, timed);
    }
    this.points.clear();
  }
}
