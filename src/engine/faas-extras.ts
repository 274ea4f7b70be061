/**
 * Issue 6 on top of a FaaS price: cold starts (share, billed INIT cost, latency note, cost of
 * avoiding them), external state, the scheduler of a timer, and scaling limits. Called by
 * `priceOffer` right after `priceFaas`; it adds lines, meters and fixed cost to that price so the
 * lines still add up to the total, and returns the information the page shows.
 */
import type { FaasOffer } from '../catalog/schema.ts';
import { schedulerFor, scalingLimitFor } from '../catalog/platform.ts';
import {
  coldStartAssumption,
  countColdStarts,
  initMsFor,
  initUnits,
  latencyNote,
} from './cold-start.ts';
import type { PricingContext } from './context.ts';
import { fmtCount, fmtDuration, fmtMemory, fmtUsd, inSentence } from './describe.ts';
import { billedMemoryMb, cpuForMemory, priceFaas, type FaasPrice } from './faas.ts';
import { scalingInfo } from './limits.ts';
import { coldStartOptionsOf, SECONDS_PER_MONTH, stateOptionsOf } from './scenario.ts';
import { priceState } from './state.ts';
import { costAfterAllowance } from './tiers.ts';
import { priceScheduler } from './timers.ts';
import type { ColdStartInfo, ScalingInfo } from './types.ts';

export interface FaasExtras {
  coldStart?: ColdStartInfo;
  scaling?: ScalingInfo;
}

function totalOf(p: FaasPrice): number {
  let t = p.fixedMonthlyUsd;
  for (const m of p.meters) t += m.usd;
  return t;
}

/**
 * Adds issue 6's lines to `p` (in place) and returns what the page shows about them, from the
 * context's platform data (pricing-data/platform.json as the caller loaded it).
 */
export function applyFaasExtras(offer: FaasOffer, ctx: PricingContext, p: FaasPrice): FaasExtras {
  const s = ctx.scenario;
  const platform = ctx.platform;
  const out: FaasExtras = {};
  const baseTotal = ctx.detail ? totalOf(p) : 0;

  // --- Cold starts -------------------------------------------------------------------------
  const opts = coldStartOptionsOf(s);
  // Sweeps (no details) skip the lookups unless a cost depends on them.
  const assumption =
    ctx.detail || opts.includeCost ? coldStartAssumption(platform, offer) : undefined;
  const keepAlive = opts.keepAliveMinutes ?? assumption?.keepAliveMinutes ?? null;
  const initBilled = assumption?.initBilled ?? false;
  const wantCost = opts.includeCost && initBilled;
  if (keepAlive !== null && (ctx.detail || wantCost)) {
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
        const usage = p.meters.find((u) => u.id === m.id);
        if (!usage) continue;
        const extra = count.coldStartsPerMonth * perCold;
        const after = costAfterAllowance(usage.units + extra, usage.allowanceUnits, usage.tiers);
        coldUsd += after - usage.usd;
        if (opts.includeCost) {
          usage.units += extra;
          usage.usd = after;
        }
      }
      if (opts.includeCost)
        p.lines.push({
          id: 'cold-start',
          // "compute": INIT time is billed as duration; the id marks it as the cold-start line.
          kind: 'compute',
          quantity: count.coldStartsPerMonth,
          unit: 'cold start',
          unitPriceUsd: coldUsd / count.coldStartsPerMonth,
          usd: coldUsd,
          basis: { type: 'cold-start', initMs: init.initMs, memoryMb: memMb },
          label: 'Cold starts (billed start-up time)',
          detail: ctx.detail
            ? `${fmtCount(count.coldStartsPerMonth)} cold starts × ${fmtDuration(init.initMs)} at ${fmtMemory(memMb)}, at the compute rates`
            : '',
        });
    }
    if (ctx.detail) {
      const note = latencyNote(count.coldShare, init.initMs);
      const basis =
        opts.keepAliveMinutes !== null ? 'user' : (assumption?.keepAliveBasis ?? 'estimate');
      const info: ColdStartInfo = {
        arrivals: opts.arrivals,
        keepAliveMinutes: keepAlive,
        keepAliveBasis: basis,
        initMs: init.initMs,
        initMsBasis: init.basis,
        initBilled,
        initBilledNote:
          assumption?.initBilledNote ?? 'No source says whether start-up time is billed.',
        coldStartsPerMonth: count.coldStartsPerMonth,
        coldShare: count.coldShare,
        usdPerMonth: coldUsd,
        includedInTotal: wantCost,
        latencyNote: note,
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
        p.warnings.push({
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
          message: `On ${offer.product}, ${inSentence(note).replace(/\.$/, '')} (idle keep-alive ${fmtCount(keepAlive)} min, ${basis === 'user' ? 'as set' : 'an estimate'}).${initBilled ? ` Start-up time is billed: ${coldUsd > 0 ? `about ${fmtUsd(coldUsd)} a month${wantCost ? '' : ', not in the total'}` : 'inside the free tier here'}.` : ''}`,
        });
    }
  } else if (assumption?.model === 'isolate' && ctx.detail) {
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
      latencyNote: `Isolates start in under ${fmtDuration(init.initMs)}; cold starts are negligible.`,
      avoid: null,
      sources: assumption.provenance.map((x) => x.source),
    };
  }

  // --- External state -----------------------------------------------------------------------
  const st = stateOptionsOf(s);
  if (st.store !== 'none') {
    const store = platform.stateStores.find((x) => x.id === st.store);
    if (store) {
      const sp = priceState(store, st, ctx.requestsPerMonth, s.faas.freeTier, ctx.detail);
      if (sp.line.usd > 0 || st.readsPerRequest > 0 || st.writesPerRequest > 0) {
        p.lines.push(sp.line);
        p.meters.push(...sp.meters);
        p.fixedMonthlyUsd += sp.fixedMonthlyUsd;
        if (ctx.detail && store.provenance.verification === 'unverified')
          p.warnings.push({
            code: 'unverified-state-price',
            severity: 'info',
            offerId: offer.id,
            params: { storeId: store.id },
            message: `${store.product}'s price (external state for ${offer.product}) could not be verified against the provider's own page; treat it as an estimate.`,
          });
      }
    } else if (ctx.detail)
      p.warnings.push({
        code: 'no-state-store',
        severity: 'info',
        offerId: offer.id,
        params: { storeId: st.store },
        message: `No price for the ${st.store} state store in the catalog; external state is not included in ${offer.product}'s price.`,
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
        ctx.detail,
      );
      p.lines.push(sp.line);
      p.meters.push(...sp.meters);
      p.fixedMonthlyUsd += sp.fixedMonthlyUsd;
    } else if (ctx.detail)
      p.warnings.push({
        code: 'no-scheduler',
        severity: 'info',
        offerId: offer.id,
        params: {},
        message: `No scheduler price for ${offer.provider} in the catalog; ${offer.product}'s timer trigger is assumed to cost nothing extra.`,
      });
    if (ctx.detail && s.workload.everyMinutes < 1)
      p.warnings.push({
        code: 'timer-too-frequent',
        severity: 'warning',
        offerId: offer.id,
        params: { everySeconds: s.workload.everyMinutes * 60 },
        message: `Schedulers fire at most once a minute; a timer every ${fmtCount(s.workload.everyMinutes * 60)} s on ${offer.product} needs another trigger.`,
      });
  }

  // --- Scaling limits -----------------------------------------------------------------------
  if (ctx.detail) {
    const { info, warnings } = scalingInfo(
      offer,
      ctx,
      scalingLimitFor(platform, offer),
      opts.arrivals,
    );
    out.scaling = info;
    const hasConcurrencyWarning = p.warnings.some(
      (w) => w.code === 'concurrency-limit' && w.severity !== 'info',
    );
    for (const w of warnings)
      if (!(hasConcurrencyWarning && /account limit/.test(w.message))) p.warnings.push(w);
  }
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
  if (avoid === null)
    return {
      label: 'Not available on this plan',
      instances,
      usdPerMonth: null,
      note: `${offer.product} cannot keep instances warm; a plan with pre-warmed instances (not in the catalog) would be needed.`,
    };
  if (avoid.kind === 'provisioned-concurrency') {
    if (!offer.provisioned)
      return {
        label: avoid.label,
        instances,
        usdPerMonth: null,
        note: 'No provisioned-concurrency price for this offer in the catalog.',
      };
    const pc = Math.max(instances, s.faas.provisionedConcurrency);
    const warmCtx: PricingContext = {
      ...ctx,
      detail: false,
      scenario: { ...s, faas: { ...s.faas, provisionedConcurrency: pc } },
    };
    const warm = totalOf(priceFaas(offer, warmCtx));
    return {
      label: avoid.label,
      instances: pc,
      usdPerMonth: warm - baseTotal,
      note: `${pc} environment${pc === 1 ? '' : 's'} kept warm all month, priced with the offer's provisioned rates (the free tier no longer applies to the function).`,
    };
  }
  const perSecond = q.vcpu * avoid.idleUsdPerVcpuSecond + q.memGb * avoid.idleUsdPerGibSecond;
  return {
    label: avoid.label,
    instances,
    usdPerMonth: instances * perSecond * SECONDS_PER_MONTH,
    note: `${instances} minimum instance${instances === 1 ? '' : 's'} idle all month at the idle rate; time serving requests stays billed as now.`,
  };
}

type ColdStartAssumptionAvoid = NonNullable<ReturnType<typeof coldStartAssumption>>['avoid'];
