/**
 * Requests in flight at the peak: what a server must hold in memory at once. Per arrival reading
 * (the scenario's cold-start "arrivals"), for an hour whose rate is `rps` and mean in-flight
 * λ = rps × duration (Little's law):
 * - random (Poisson arrivals): the 99th percentile of the number in flight, which is Poisson with
 *   mean λ (M/G/∞: any service-time distribution);
 * - even (one every 1/rps seconds): ⌈λ⌉, since the count in flight is always ⌊λ⌋ or ⌈λ⌉;
 * - bursts (all N of a period arrive together): the whole burst, N × ⌈duration ÷ period⌉ when a
 *   request outlasts the period and bursts overlap.
 * Pure functions; the Poisson percentile is cheap (a cached table below λ ≈ 200, a closed form
 * above).
 */

/** The percentile of Poisson in-flight a server is sized for (random arrivals). */
export const IN_FLIGHT_PERCENTILE = 0.99;
/** Φ⁻¹(0.99): the standard normal's 99th percentile. */
const Z = 2.3263478740408408;
const EPS = 1e-9;
/** Below this many requests, the percentile's λ bound is solved exactly; above, Wilson–Hilferty. */
const EXACT_BELOW = 200;

/** P(X ≤ m) for X ~ Poisson(λ), summed term by term (for m < EXACT_BELOW, where e^−λ is a normal double). */
function poissonCdf(m: number, lambda: number): { cdf: number; pmf: number } {
  let p = Math.exp(-lambda);
  let sum = p;
  for (let k = 1; k <= m; k++) {
    p *= lambda / k;
    sum += p;
  }
  return { cdf: sum, pmf: p };
}

const exactBound: number[] = [];
/**
 * λ*(m): the largest mean whose 99th percentile is at most m, i.e. P(X ≤ m; λ*) = 0.99. Since
 * P(X ≤ m; λ) = P(Gamma(m + 1) > λ), λ*(m) is the Gamma(m + 1, 1) distribution's 1st percentile.
 * Exact (Newton's method on the CDF, bracketed) below EXACT_BELOW, cached; above it the
 * Wilson–Hilferty cube-root approximation, whose error there is far below one request
 * (in-flight.test.ts compares both).
 */
export function maxMeanForPercentile(m: number): number {
  if (m < 0) return 0;
  if (m >= EXACT_BELOW) {
    const k = m + 1;
    const c = 1 - 1 / (9 * k) - Z * Math.sqrt(1 / (9 * k));
    return k * c * c * c;
  }
  const cached = exactBound[m];
  if (cached !== undefined) return cached;
  // F(λ) = P(X ≤ m; λ) falls from 1 to 0 as λ grows; F'(λ) = −pmf(m; λ).
  let lo = 0;
  let hi = m + 10 * Math.sqrt(m + 1) + 10;
  let x = Math.max(EPS, m + 1 - Z * Math.sqrt(m + 1));
  for (let i = 0; i < 100 && hi - lo > 1e-13 * hi; i++) {
    const { cdf, pmf } = poissonCdf(m, x);
    const g = cdf - IN_FLIGHT_PERCENTILE;
    if (g > 0) lo = x;
    else hi = x;
    let next = pmf > 0 ? x + g / pmf : NaN;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - x) <= 1e-14 * x) {
      x = next;
      break;
    }
    x = next;
  }
  exactBound[m] = x;
  return x;
}

/**
 * The 99th percentile of a Poisson(λ) count: the least m with P(X ≤ m) ≥ 0.99. Defined through
 * `maxMeanForPercentile`, so the two always agree (the break-even search inverts one with the
 * other).
 */
export function poissonPercentile(lambda: number): number {
  if (!(lambda > 0)) return 0;
  // Cornish–Fisher start, then step to the exact answer (one or two steps at most).
  let m = Math.max(0, Math.floor(lambda + Z * Math.sqrt(lambda) + (Z * Z - 1) / 6));
  while (maxMeanForPercentile(m) < lambda) m++;
  while (m > 0 && maxMeanForPercentile(m - 1) >= lambda) m--;
  return m;
}

export type Arrivals = 'random' | 'even' | 'bursts';

export interface InFlightInput {
  arrivals: Arrivals;
  /** Requests per second in the hour. */
  rps: number;
  durationMs: number;
  /** The burst period (the scenario's M minutes), for bursts. */
  everyMinutes: number;
}

/** Bursts of one period still in flight when the next arrives: ⌈duration ÷ period⌉, at least 1. */
export function overlappingBursts(durationMs: number, everyMinutes: number): number {
  return Math.max(1, Math.ceil(durationMs / (everyMinutes * 60_000) - EPS));
}

/** Requests in flight at the hour's peak, by arrival reading (see the module comment). */
export function peakInFlight(x: InFlightInput): number {
  const mean = (x.rps * x.durationMs) / 1000;
  if (!(mean > 0)) return 0;
  switch (x.arrivals) {
    case 'random':
      return poissonPercentile(mean);
    case 'even':
      return Math.ceil(mean - EPS);
    case 'bursts': {
      // All N of a period arrive at once: N = rps × period.
      const burst = x.rps * x.everyMinutes * 60;
      return burst * overlappingBursts(x.durationMs, x.everyMinutes);
    }
  }
}

/**
 * vCPUs the hour needs at its peak: the mean (rate × CPU time) for random and even arrivals,
 * where the target utilisation is the headroom for short peaks; for bursts, the whole burst at once
 * (each request in flight uses CPU time ÷ duration of a vCPU), so that it finishes in its duration.
 */
export function peakCpu(x: InFlightInput & { cpuMs: number }): number {
  const mean = (x.rps * x.cpuMs) / 1000;
  if (x.arrivals !== 'bursts' || !(mean > 0)) return mean;
  return Math.max(mean, (peakInFlight(x) * x.cpuMs) / x.durationMs);
}
