/**
 * Burstable sizes past their CPU baseline (the catalog's `baselineCpuFraction` and `burstCredits`).
 * A burstable instance earns CPU credits at its baseline share of each vCPU and spends them above
 * it, so its average over the credits' horizon is what counts, not an hour's:
 *
 * - surplus billed (EC2 T3/T4g in unlimited mode, AWS's default for them): the instance runs above
 *   its baseline and pays for it. Surplus credits not paid down within a rolling 24 hours are
 *   billed "at a flat additional rate per vCPU-hour" (EC2 User Guide, unlimited mode concepts).
 *   Worked day by day over the typical week, a fleet of N even instances bills
 *     Σ_days max(0, the day's mean busy vCPUs − N × vCPU × baseline) × 730 / days  vCPU-hours
 *   at the rate: a quiet day's credits do not pay for a busy one (an instance banks at most a
 *   day's earnings). One t3.micro (2 vCPU, 10 %) busy 30 % all month:
 *   (0.30 − 0.10) × 2 × 730 h = 292 vCPU-hours × $0.05 = $14.60.
 * - throttled (Azure B-series, Lightsail, Compute Engine shared-core, Fly shared CPUs, and EC2 in
 *   standard mode where no unlimited rate is sourced): once its credits run out an instance is held
 *   to its baseline, so the fleet is sized for the busiest day's (or, where the burst balance lasts
 *   minutes, the busiest hour's) mean busy vCPUs at the baseline:
 *     N ≥ ⌈busy vCPUs ÷ (vCPU × baseline)⌉
 *   Short peaks above the baseline are what the credits are for; the CPU rule (target
 *   utilisation of each whole vCPU at the hour's peak) still applies beside this one.
 */
import type { BurstCredits } from '../catalog/schema.ts';
import type { PricingContext } from './context.ts';
import { HOURS_PER_MONTH } from './scenario.ts';

const EPS = 1e-9;

/** What a size's burst rules need (an instance offer has them; a container size has neither). */
export interface BurstableSize {
  vcpu: number;
  baselineCpuFraction?: number | undefined;
  burstCredits?: BurstCredits | undefined;
}

const daysCache = new WeakMap<readonly number[], { means: number[]; max: number }>();

/**
 * The mean relative rate of each day of a profile (24 hours each; one "day" for a shorter one),
 * and the largest, remembered per profile array.
 */
export function dayMeans(profile: readonly number[]): { means: number[]; max: number } {
  let d = daysCache.get(profile);
  if (!d) {
    const days = Math.max(1, Math.floor(profile.length / 24));
    const per = profile.length >= 24 ? 24 : profile.length;
    const means: number[] = [];
    let max = 0;
    for (let k = 0; k < days; k++) {
      let sum = 0;
      for (let h = k * per; h < (k + 1) * per; h++) sum += profile[h] ?? 0;
      const m = sum / per;
      means.push(m);
      if (m > max) max = m;
    }
    d = { means, max };
    daysCache.set(profile, d);
  }
  return d;
}

/** vCPUs busy on average over the month (rate × CPU time), whatever the fleet. */
export function averageBusyVcpu(ctx: PricingContext): number {
  return (ctx.averageRps * ctx.cpuMs) / 1000;
}

/**
 * Instances of a throttled burstable size needed to keep each one's average within its baseline
 * over the credits' horizon (the hour at `weight` × the average rate, for a balance of minutes;
 * the busiest day otherwise); 0 for a size with no baseline or one that bills its surplus.
 */
export function baselineInstances(
  size: BurstableSize,
  ctx: PricingContext,
  weight: number = ctx.peakFactor,
): number {
  const b = size.baselineCpuFraction;
  const c = size.burstCredits;
  if (b === undefined || c?.mode !== 'throttled') return 0;
  const f = c.sustainedOver === 'hour' ? weight : dayMeans(ctx.profile).max;
  return instancesWithinBaseline(averageBusyVcpu(ctx) * f, size.vcpu * b);
}

/**
 * Instances that keep `busyVcpu` (the month's average busy vCPUs × the busiest hour's or day's
 * relative rate) within a baseline of `baselineVcpu` each (vCPUs × baseline fraction).
 */
export function instancesWithinBaseline(busyVcpu: number, baselineVcpu: number): number {
  return Math.ceil(busyVcpu / baselineVcpu - EPS);
}

/**
 * Busy vCPUs per request a month that a throttled size's baseline is measured against (the busiest
 * hour's or day's rate), for the break-even staircase; 0 when the size is not throttled.
 */
export function baselineLoadFactor(size: BurstableSize, ctx: PricingContext): number {
  const c = size.burstCredits;
  if (size.baselineCpuFraction === undefined || c?.mode !== 'throttled') return 0;
  return c.sustainedOver === 'hour' ? ctx.peakFactor : dayMeans(ctx.profile).max;
}

/**
 * Surplus vCPU-hours a month a fleet of `instances` of a surplus-billed size runs above its
 * baseline (0 when it stays within it, or the size is not surplus-billed).
 */
export function surplusVcpuHours(
  size: BurstableSize,
  ctx: PricingContext,
  instances: number,
): number {
  const b = size.baselineCpuFraction;
  if (b === undefined || size.burstCredits?.mode !== 'surplus-billed' || !(instances > 0)) return 0;
  const avg = averageBusyVcpu(ctx);
  if (!(avg > 0)) return 0;
  const base = instances * size.vcpu * b;
  const { means } = dayMeans(ctx.profile);
  let over = 0;
  for (const f of means) {
    const x = avg * f - base;
    if (x > 0) over += x;
  }
  // Each day of the typical week stands for 730 ÷ 7 hours of the month.
  return (over * HOURS_PER_MONTH) / means.length;
}

/** What the surplus vCPU-hours of `surplusVcpuHours` cost a month, in USD. */
export function surplusCreditsMonthlyUsd(
  size: BurstableSize,
  ctx: PricingContext,
  instances: number,
): number {
  const c = size.burstCredits;
  if (c?.mode !== 'surplus-billed') return 0;
  const h = surplusVcpuHours(size, ctx, instances);
  return h > 0 ? h * c.usdPerVcpuHour : 0;
}
