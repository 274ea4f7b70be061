/**
 * Traffic patterns as an hourly profile over a typical week: 168 relative rates, Monday 00:00
 * first, with mean exactly 1. Multiply by the average rate to get each hour's rate.
 */
import type { Pattern } from './scenario.ts';

export const HOURS_PER_WEEK = 168;

/** Business hours: 09:00–17:00, Monday to Friday. */
const BUSINESS_START = 9;
const BUSINESS_END = 17;
/** Diurnal peak hour (local time of the audience). */
const DIURNAL_PEAK_HOUR = 14;

function normalise(w: number[]): number[] {
  const mean = w.reduce((a, b) => a + b, 0) / w.length;
  return mean > 0 ? w.map((x) => x / mean) : w.map(() => 1);
}

/**
 * A day of 24 weights e^{k·cos(2π(h − peak)/24)}: smooth, always positive, one peak.
 * k is found by bisection so that max ÷ mean equals the wanted peak-to-average ratio.
 */
function diurnalDay(peakToAverage: number): number[] {
  const shape = (k: number) =>
    Array.from({ length: 24 }, (_, h) =>
      Math.exp(k * Math.cos((2 * Math.PI * (h - DIURNAL_PEAK_HOUR)) / 24)),
    );
  const ratio = (w: number[]) => Math.max(...w) / (w.reduce((a, b) => a + b, 0) / w.length);
  if (peakToAverage <= 1) return new Array<number>(24).fill(1);
  let lo = 0;
  let hi = 1;
  while (ratio(shape(hi)) < peakToAverage && hi < 1e4) hi *= 2;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (ratio(shape(mid)) < peakToAverage) lo = mid;
    else hi = mid;
  }
  return shape((lo + hi) / 2);
}

/** Bursts: `burstsPerDay` one-hour bursts spread over the day at `peakToAverage` × the mean. */
function spikyDay(peakToAverage: number, burstsPerDay: number): number[] {
  const b = Math.min(burstsPerDay, 24);
  const r = Math.min(peakToAverage, 24 / b);
  const base = b < 24 ? (24 - b * r) / (24 - b) : 1;
  const day = new Array<number>(24).fill(Math.max(0, base));
  for (let i = 0; i < b; i++) day[Math.floor(((i + 0.5) * 24) / b)] = r;
  return day;
}

const byKey = new Map<string, number[]>();
const byCustom = new WeakMap<Pattern, number[]>();
/** A number as a key, -0 apart from 0 (String(-0) is "0"). */
const keyOf = (x: number) => (Object.is(x, -0) ? '-0' : String(x));

/**
 * The weekly profile of a pattern (168 values, mean 1): one shared, frozen array per pattern (by
 * its values; an imported week by its object), so the sums cached per profile array (context.ts
 * bins and peak, faas.ts run-out hours) are worked out once, not at every evaluation.
 */
export function weeklyProfile(p: Pattern): number[] {
  if (p.kind === 'custom') {
    let w = byCustom.get(p);
    if (!w) byCustom.set(p, (w = Object.freeze(buildProfile(p)) as number[]));
    return w;
  }
  const key =
    p.kind === 'constant'
      ? p.kind
      : p.kind === 'business-hours'
        ? `${p.kind}|${keyOf(p.offHoursRatio)}`
        : p.kind === 'diurnal'
          ? `${p.kind}|${keyOf(p.peakToAverage)}`
          : `${p.kind}|${keyOf(p.peakToAverage)}|${keyOf(p.burstsPerDay)}`;
  let w = byKey.get(key);
  if (!w) {
    if (byKey.size >= 64) byKey.clear(); // a session's many edited patterns stay bounded
    byKey.set(key, (w = Object.freeze(buildProfile(p)) as number[]));
  }
  return w;
}

function buildProfile(p: Pattern): number[] {
  switch (p.kind) {
    case 'constant':
      return new Array<number>(HOURS_PER_WEEK).fill(1);
    case 'business-hours': {
      const w = Array.from({ length: HOURS_PER_WEEK }, (_, h) => {
        const day = Math.floor(h / 24);
        const hour = h % 24;
        const open = day < 5 && hour >= BUSINESS_START && hour < BUSINESS_END;
        return open ? 1 : p.offHoursRatio;
      });
      return normalise(w);
    }
    case 'diurnal': {
      const day = normalise(diurnalDay(p.peakToAverage));
      return Array.from({ length: HOURS_PER_WEEK }, (_, h) => day[h % 24] ?? 1);
    }
    case 'spiky': {
      const day = normalise(spikyDay(p.peakToAverage, p.burstsPerDay));
      return Array.from({ length: HOURS_PER_WEEK }, (_, h) => day[h % 24] ?? 1);
    }
    case 'custom':
      // An imported week (src/traffic): its levels scaled to mean 1.
      return normalise(Array.from({ length: HOURS_PER_WEEK }, (_, h) => p.weights[h] ?? 0));
  }
}

/** The average day of a weekly profile (24 values, mean 1). */
export function averageDay(profile: readonly number[]): number[] {
  const day = new Array<number>(24).fill(0);
  for (let h = 0; h < profile.length; h++)
    day[h % 24]! += (profile[h] ?? 0) / (profile.length / 24);
  return day;
}
