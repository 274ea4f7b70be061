/**
 * What sits on top of a FaaS price: cold starts (share, billed INIT cost, cost of avoiding them),
 * external state, the scheduler of a timer, and scaling limits. `priceOffer` composes it with
 * `priceFaas`'s result, so the lines still add up to the total.
 */
import type { FaasOffer } from '../catalog/schema.ts';
import { schedulerFor, scalingLimitFor } from '../catalog/platform.ts';
import { coldStartAssumption, countColdStarts, initMsFor, initUnits } from './cold-start.ts';
import type { PricingContext } from './context.ts';
import { billedMemoryMb, cpuForMemory, priceFaas, type FaasPrice } from './faas.ts';
import { scalingInfo } from './limits.ts';
import { coldStartOptionsOf, SECONDS_PER_MONTH, stateOptionsOf } from './scenario.ts';
import { priceState } from './state.ts';
import { costAfterAllowance } from './tiers.ts';
import { priceScheduler } from './timers.ts';
import type { ColdStartInfo, LineItem, MeterUsage, ScalingInfo, Warning } from './types.ts';

export interface FaasExtras {
  /** Lines added to the FaaS price: billed cold starts, external state, the scheduler. */
  lines: LineItem[];
  /**
   * Every meter the offer is priced with: the FaaS price's own (a copy, with the cold starts' billed
   * INIT time added when it counts), then external state's and the scheduler's.
   */
  meters: MeterUsage[];
  /** Fixed monthly cost added (hourly state nodes, scheduler jobs). */
  fixedMonthlyUsd: number;
  warnings: Warning[];
  coldStart?: ColdStartInfo;
  scaling?: ScalingInfo;
}

function totalOf(p: FaasPrice): number {
  let t = p.fixedMonthlyUsd;
  for (const m of p.meters) t += m.usd;
  return t;
}

/**
 * Appends an extra's line, and its meters to `meters` (copied first while it is still the FaaS
 * price's own array, which is never changed); returns the meters. Module-level, not a closure:
 * sweeps call priceFaasExtras for every FaaS offer at every volume.
 */
function addExtra(
  lines: LineItem[],
  meters: MeterUsage[],
  base: readonly MeterUsage[],
  extra: { line: LineItem; meters: MeterUsage[] },
): MeterUsage[] {
  lines.push(extra.line);
  if (extra.meters.length === 0) return meters;
  const out = meters === base ? base.slice() : meters;
  for (const m of extra.meters) out.push(m);
  return out;
}

/**
 * What cold starts, external state, a timer's scheduler and scaling limits add to a FaaS price,
 * from the context's platform data (pricing-data/platform.json as the caller loaded it). `p` is
 * read, never changed: the caller composes the two (see priceOffer).
 */
export function priceFaasExtras(
  offer: FaasOffer,
  ctx: PricingContext,
  p: Readonly<FaasPrice>,
): FaasExtras {
  const s = ctx.scenario;
  const platform = ctx.platform;
  const lines: LineItem[] = [];
  let meters: MeterUsage[] = p.meters;
  let fixed = 0;
  const warnings: Warning[] = [];
  const out: FaasExtras = { lines, meters, fixedMonthlyUsd: 0, warnings };
  const baseTotal = ctx.breakdown ? totalOf(p) : 0;

  // --- Cold starts -------------------------------------------------------------------------
  const opts = coldStartOptionsOf(s);
  // Without the breakdown (sweeps), skip the lookups unless a cost depends on them.
  const assumption =
    ctx.breakdown || opts.includeCost ? coldStartAssumption(platform, offer) : undefined;
  const keepAlive = opts.keepAliveMinutes ?? assumption?.keepAliveMinutes ?? null;
  const initBilled = assumption?.initBilled ?? false;
  const wantCost = opts.includeCost && initBilled;
  if (keepAlive !== null && (ctx.breakdown || wantCost)) {
    const warm = offer.provisioned ? s.faas.provisionedConcurrency : 0;
    const count = countColdStarts({
      arrivals: opts.arrivals,
      requestsPerMonth: ctx.requestsPerMonth,
      everyMinutes: s.workload.everyMinutes,
      averageRps: ctx.averageRps,
      bins: ctx.bins,
      profile: ctx.profile,
      durationMs: ctx.durationMs,
      keepAliveMinutes: keepAlive,
      requestsPerInstance: offer.concurrencyPerInstance,
      warmInstances: warm,
    });
    const init = initMsFor(opts, assumption, platform);
    const memMb = billedMemoryMb(offer, s.memoryMb);
    const { vcpu, ghz } = cpuForMemory(offer, s.memoryMb);
    const q = { memGb: memMb / 1024, vcpu, ghz, initS: init.initMs / 1000 };
    let coldUsd = 0;
    if (initBilled && count.coldStartsPerMonth > 0 && init.initMs > 0) {
      for (const m of offer.meters) {
        const perCold = initUnits(m, q);
        if (perCold === 0) continue;
        const i = meters.findIndex((u) => u.id === m.id);
        const usage = meters[i];
        if (!usage) continue;
        const extra = count.coldStartsPerMonth * perCold;
        const after = costAfterAllowance(usage.units + extra, usage.allowanceUnits, usage.tiers);
        coldUsd += after - usage.usd;
        if (opts.includeCost) {
          // A copy of the FaaS price's meter, with the INIT time added: the cumulative chart
          // draws it with the rest of the usage.
          if (meters === p.meters) meters = p.meters.slice();
          meters[i] = {
            id: usage.id,
            label: usage.label,
            unit: usage.unit,
            units: usage.units + extra,
            allowanceUnits: usage.allowanceUnits,
            tiers: usage.tiers,
            usd: after,
          };
        }
      }
      if (opts.includeCost)
        lines.push({
          id: 'cold-start',
          // "compute": INIT time is billed as duration; the id marks it as the cold-start line.
          kind: 'compute',
          quantity: count.coldStartsPerMonth,
          unit: 'cold start',
          unitPriceUsd: coldUsd / count.coldStartsPerMonth,
          usd: coldUsd,
          basis: { type: 'cold-start', initMs: init.initMs, memoryMb: memMb },
        });
    }
    if (ctx.breakdown) {
      const basis =
        opts.keepAliveMinutes !== null ? 'user' : (assumption?.keepAliveBasis ?? 'estimate');
      const info: ColdStartInfo = {
        arrivals: opts.arrivals,
        keepAliveMinutes: keepAlive,
        keepAliveBasis: basis,
        initMs: init.initMs,
        initMsBasis: init.basis,
        initBilled,
        initBilledNote: assumption?.initBilledNote ?? null,
        coldStartsPerMonth: count.coldStartsPerMonth,
        coldShare: count.coldShare,
        usdPerMonth: coldUsd,
        includedInTotal: wantCost,
        avoid: null,
        sources: assumption?.provenance.map((x) => x.source) ?? [],
      };
      if (count.coldStartsPerMonth > 0)
        info.avoid = avoidCost(
          offer,
          ctx,
          assumption?.avoid ?? null,
          count.instancesToKeepWarm,
          baseTotal,
          q,
        );
      out.coldStart = info;
      if (count.coldShare >= 0.01)
        warnings.push({
          code: 'cold-start',
          severity: 'info',
          offerId: offer.id,
          params: {
            coldShare: count.coldShare,
            initMs: init.initMs,
            keepAliveMinutes: keepAlive,
            keepAliveAsSet: basis === 'user',
            initBilled,
            usd: coldUsd,
            includedInTotal: wantCost,
          },
        });
    }
  } else if (assumption?.model === 'isolate' && ctx.breakdown) {
    const init = initMsFor(opts, assumption, platform);
    out.coldStart = {
      arrivals: opts.arrivals,
      keepAliveMinutes: null,
      keepAliveBasis: assumption.keepAliveBasis,
      initMs: init.initMs,
      initMsBasis: init.basis,
      initBilled: false,
      initBilledNote: assumption.initBilledNote,
      coldStartsPerMonth: 0,
      coldShare: 0,
      usdPerMonth: 0,
      includedInTotal: false,
      avoid: null,
      sources: assumption.provenance.map((x) => x.source),
    };
  }
  // --- External state -----------------------------------------------------------------------
  const st = stateOptionsOf(s);
  if (st.store !== 'none') {
    const store = platform.stateStores.find((x) => x.id === st.store);
    if (store) {
      const sp = priceState(store, st, ctx.requestsPerMonth, s.faas.freeTier);
      if (sp.line.usd > 0 || st.readsPerRequest > 0 || st.writesPerRequest > 0) {
        meters = addExtra(lines, meters, p.meters, sp);
        fixed += sp.fixedMonthlyUsd;
        if (store.provenance.verification === 'unverified')
          warnings.push({
            code: 'unverified-state-price',
            severity: 'info',
            offerId: offer.id,
            params: { storeId: store.id },
          });
      }
    } else
      warnings.push({
        code: 'no-state-store',
        severity: 'info',
        offerId: offer.id,
        params: { storeId: st.store },
      });
  }

  // --- Scheduler (timer trigger) ------------------------------------------------------------
  if (s.trigger === 'schedule') {
    const sched = schedulerFor(platform, offer.providerId);
    if (sched) {
      const sp = priceScheduler(
        sched,
        ctx.requestsPerMonth,
        s.workload.everyMinutes,
        s.faas.freeTier,
      );
      meters = addExtra(lines, meters, p.meters, sp);
      fixed += sp.fixedMonthlyUsd;
    } else warnings.push({ code: 'no-scheduler', severity: 'info', offerId: offer.id, params: {} });
    if (s.workload.everyMinutes < 1)
      warnings.push({
        code: 'timer-too-frequent',
        severity: 'warning',
        offerId: offer.id,
        params: { everySeconds: s.workload.everyMinutes * 60 },
      });
  }

  // --- Scaling limits -----------------------------------------------------------------------
  if (ctx.breakdown) {
    const scaling = scalingInfo(offer, ctx, scalingLimitFor(platform, offer), opts.arrivals);
    out.scaling = scaling.info;
    // The FaaS price already warns when the peak passes the offer's default concurrency: the
    // account-limit check would say the same again.
    const hasConcurrencyWarning = p.warnings.some(
      (w) => w.code === 'concurrency-limit' && w.severity !== 'info',
    );
    for (const w of scaling.warnings)
      if (!(
        hasConcurrencyWarning &&
        w.code === 'scaling-limit' &&
        w.params.check === 'account-concurrency'
      ))
        warnings.push(w);
  }
  out.meters = meters;
  out.fixedMonthlyUsd = fixed;
  return out;
}

/** What keeping `instances` warm costs a month, against the on-demand bill without cold starts. */
function avoidCost(
  offer: FaasOffer,
  ctx: PricingContext,
  avoid: ColdStartAssumptionAvoid,
  instances: number,
  baseTotal: number,
  q: { memGb: number; vcpu: number },
): ColdStartInfo['avoid'] {
  const s = ctx.scenario;
  if (avoid === null) return { kind: 'unavailable', label: null, instances, usdPerMonth: null };
  if (avoid.kind === 'provisioned-concurrency') {
    if (!offer.provisioned)
      return { kind: 'no-price', label: avoid.label, instances, usdPerMonth: null };
    const pc = Math.max(instances, s.faas.provisionedConcurrency);
    const warmCtx: PricingContext = {
      ...ctx,
      breakdown: false,
      scenario: { ...s, faas: { ...s.faas, provisionedConcurrency: pc } },
    };
    const warm = totalOf(priceFaas(offer, warmCtx));
    return {
      kind: 'provisioned',
      label: avoid.label,
      instances: pc,
      usdPerMonth: warm - baseTotal,
    };
  }
  const perSecond = q.vcpu * avoid.idleUsdPerVcpuSecond + q.memGb * avoid.idleUsdPerGibSecond;
  return {
    kind: 'min-instances',
    label: avoid.label,
    instances,
    usdPerMonth: instances * perSecond * SECONDS_PER_MONTH,
  };
}

type ColdStartAssumptionAvoid = NonNullable<ReturnType<typeof coldStartAssumption>>['avoid'];
