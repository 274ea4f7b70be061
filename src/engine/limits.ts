/**
 * Autoscaling limits: the peak concurrency the pattern needs, against the provider's
 * default limits (Lambda account concurrency and scale-out rate, Cloud Run maximum instances,
 * Azure scale-out), each with its source in platform.json.
 */
import type { FaasOffer } from '../catalog/schema.ts';
import type { ScalingLimit } from '../catalog/platform.ts';
import type { PricingContext } from './context.ts';
import { MINUTES_PER_MONTH, type ColdStartOptions } from './scenario.ts';
import type { ScalingInfo, Warning } from './types.ts';

const EPS = 1e-9;

/**
 * Peak requests in flight. Random or even arrivals: Little's law in the peak hour (rate × duration).
 * Bursts: the whole burst of the peak hour arrives at once.
 */
export function peakConcurrency(
  ctx: PricingContext,
  arrivals: ColdStartOptions['arrivals'],
): number {
  if (arrivals === 'bursts') {
    const burstAvg =
      (ctx.requestsPerMonth * ctx.scenario.workload.everyMinutes) / MINUTES_PER_MONTH;
    return burstAvg * ctx.peakFactor;
  }
  return (ctx.averageRps * ctx.peakFactor * ctx.durationMs) / 1000;
}

/** Peak concurrency and instances against the default limits, with warnings for each one passed. */
export function scalingInfo(
  offer: FaasOffer,
  ctx: PricingContext,
  limit: ScalingLimit | undefined,
  arrivals: ColdStartOptions['arrivals'],
): { info: ScalingInfo; warnings: Warning[] } {
  const conc = peakConcurrency(ctx, arrivals);
  const perInstance = limit?.requestsPerInstance ?? offer.concurrencyPerInstance;
  const instances = conc > 0 ? Math.ceil(conc / perInstance - EPS) : 0;
  const checks: ScalingInfo['checks'] = [];
  const source = limit?.provenance[0]?.source ?? offer.source;
  if (limit?.accountConcurrency != null)
    checks.push({
      id: 'account-concurrency',
      limit: limit.accountConcurrency,
      needed: conc,
      exceeded: conc > limit.accountConcurrency + EPS,
      source,
    });
  if (limit?.scaleOutPer10Seconds != null)
    checks.push({
      id: 'scale-out-rate',
      limit: limit.scaleOutPer10Seconds,
      // Only a burst asks for all its environments at once; hourly ramps are gradual.
      needed: arrivals === 'bursts' ? instances : null,
      exceeded: arrivals === 'bursts' && instances > limit.scaleOutPer10Seconds,
      source,
    });
  if (limit?.maxInstances != null)
    checks.push({
      id: 'max-instances',
      limit: limit.maxInstances,
      needed: limit.requestsPerInstance === null ? null : instances,
      exceeded: limit.requestsPerInstance !== null && instances > limit.maxInstances,
      source,
    });
  const warnings: Warning[] = [];
  for (const c of checks) {
    if (!c.exceeded || c.needed === null) continue;
    warnings.push({
      code: 'scaling-limit',
      severity: 'warning',
      offerId: offer.id,
      params: { check: c.id, needed: c.needed, limit: c.limit },
    });
  }
  return {
    info: {
      peakConcurrency: conc,
      peakInstances: instances,
      checks,
      note: limit?.note ?? null,
    },
    warnings,
  };
}
