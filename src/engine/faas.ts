/**
 * FaaS pricing: per-request billed quantities from the provider's granularity rules, summed over
 * the month, priced by cumulative tiers after allowances (base-fee inclusions, then free tier).
 */
import type { FaasOffer, Meter } from '../catalog/schema.ts';
import type { PricingContext } from './context.ts';
import { HOURS_PER_MONTH, SECONDS_PER_MONTH } from './scenario.ts';
import { costAfterAllowance, firstRate } from './tiers.ts';
import type { FreeTierRunOut, LineItem, MeterUsage, Warning } from './types.ts';

/** Billed memory (MB) for a configured memory, per the offer's rounding rules. */
export function billedMemoryMb(offer: FaasOffer, memoryMb: number): number {
  const g = offer.granularity;
  const m = Math.max(memoryMb, offer.limits.memoryMb.min);
  if (g.memorySizesMb && g.memorySizesMb.length > 0) {
    // The smallest listed size that holds m; above the largest, m itself.
    let best = Infinity;
    for (const size of g.memorySizesMb) if (size >= m && size < best) best = size;
    return best === Infinity ? m : best;
  }
  const rounded = Math.ceil(m / g.memoryRoundingMb - 1e-9) * g.memoryRoundingMb;
  return Math.max(rounded, g.minBilledMemoryMb);
}

/** Billed duration (ms) of one request: rounded up to the increment, at least the minimum. */
export function billedDurationMs(offer: FaasOffer, durationMs: number): number {
  const g = offer.granularity;
  const rounded = Math.ceil(durationMs / g.durationRoundingMs - 1e-9) * g.durationRoundingMs;
  return Math.max(rounded, g.minBilledDurationMs);
}

/** CPU allocated with a memory size: the row of the smallest memoryMb ≥ the memory. */
export function cpuForMemory(offer: FaasOffer, memoryMb: number): { vcpu: number; ghz: number } {
  const rows = offer.cpuForMemory;
  if (!rows || rows.length === 0) return { vcpu: 0, ghz: 0 };
  // The row of the smallest memoryMb ≥ the memory; above every row, the largest row.
  let row = rows[0]!;
  let best: (typeof rows)[number] | undefined;
  for (const r of rows) {
    if (r.memoryMb > row.memoryMb) row = r;
    if (r.memoryMb >= memoryMb && (!best || r.memoryMb < best.memoryMb)) best = r;
  }
  const chosen = best ?? row;
  return { vcpu: chosen.vcpu, ghz: chosen.ghz ?? 0 };
}

/** Units of a meter that one request consumes. */
function unitsPerRequest(
  m: Meter,
  offer: FaasOffer,
  q: {
    memGb: number;
    billedS: number;
    cpuMs: number;
    wallS: number;
    vcpu: number;
    ghz: number;
    storageGb: number;
  },
): number {
  switch (m.basis) {
    case 'requests':
      return 1;
    case 'memory-seconds':
      return q.memGb * q.billedS;
    case 'vcpu-seconds':
      return q.vcpu * q.billedS;
    case 'ghz-seconds':
      return q.ghz * q.billedS;
    case 'cpu-ms':
      return q.cpuMs;
    case 'cpu-hours':
      return q.cpuMs / 3_600_000;
    case 'memory-hours':
      return (q.memGb * q.billedS) / 3600;
    case 'ephemeral-storage-seconds':
      return q.storageGb * q.billedS;
  }
  void offer;
  return 0;
}

/**
 * Calendar view, as series.ts draws it: the hour of the month by which `share` of the month's
 * usage has accrued, traffic following the weekly profile from hour 0 (linear inside an hour).
 * With a constant profile it is 730 × share.
 */
export function hourWhenAccrued(profile: readonly number[], share: number): number {
  const cum = cumulativeOf(profile);
  const target = share * (cum[HOURS_PER_MONTH] ?? 0);
  // The first hour h whose end has accrued the target: cum[h + 1] ≥ target (binary search).
  let lo = 0;
  let hi = HOURS_PER_MONTH - 1;
  if ((cum[HOURS_PER_MONTH] ?? 0) < target) return HOURS_PER_MONTH;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cum[mid + 1] ?? 0) >= target) hi = mid;
    else lo = mid + 1;
  }
  const acc = cum[lo] ?? 0;
  const w = (cum[lo + 1] ?? 0) - acc;
  return w > 0 ? lo + (target - acc) / w : lo;
}

const cumulativeCache = new WeakMap<readonly number[], Float64Array>();
/** Usage accrued by the start of each hour of the month (731 values), remembered per profile. */
function cumulativeOf(profile: readonly number[]): Float64Array {
  let cum = cumulativeCache.get(profile);
  if (!cum) {
    const n = profile.length;
    cum = new Float64Array(HOURS_PER_MONTH + 1);
    for (let h = 0; h < HOURS_PER_MONTH; h++) cum[h + 1] = cum[h]! + (profile[h % n] ?? 1);
    cumulativeCache.set(profile, cum);
  }
  return cum;
}

export interface FaasPrice {
  lines: LineItem[];
  meters: MeterUsage[];
  fixedMonthlyUsd: number;
  warnings: Warning[];
  freeTierRunsOutAtHour: number | null;
  /** Each free allowance's run-out (with the breakdown only). */
  freeTierRunOuts?: FreeTierRunOut[];
  /** Peak concurrent executions (for limits and provisioned concurrency). */
  peakConcurrency: number;
}

/** What one request of a FaaS offer is billed for, before the month's volume multiplies it. */
interface FaasFacts {
  readonly scenario: PricingContext['scenario'];
  readonly durationMs: number;
  readonly cpuMs: number;
  /** Billed memory (MB) and duration (ms) of one request. */
  readonly memMb: number;
  readonly billedMs: number;
  readonly q: Quantities;
  /** Provisioned concurrency priced (the scenario's, where the offer sells it; else 0). */
  readonly pc: number;
  /** For each of the offer's meters, in order: units one request consumes, free-tier units. */
  readonly perRequest: readonly number[];
  readonly freeTier: readonly number[];
}

type Quantities = Parameters<typeof unitsPerRequest>[2];

const faasFactsCache = new WeakMap<FaasOffer, FaasFacts>();

/**
 * The volume-free part of a FaaS price, kept per offer for the last scenario it was priced for
 * (a sweep prices one scenario at every volume).
 */
function faasFacts(offer: FaasOffer, ctx: PricingContext): FaasFacts {
  const cached = faasFactsCache.get(offer);
  if (
    cached !== undefined &&
    cached.scenario === ctx.scenario &&
    cached.durationMs === ctx.durationMs &&
    cached.cpuMs === ctx.cpuMs
  )
    return cached;
  const s = ctx.scenario;
  const memMb = billedMemoryMb(offer, s.memoryMb);
  const billedMs = billedDurationMs(offer, ctx.durationMs);
  const { vcpu, ghz } = cpuForMemory(offer, s.memoryMb);
  const q = {
    memGb: memMb / 1024,
    billedS: billedMs / 1000,
    wallS: ctx.durationMs / 1000,
    cpuMs: ctx.cpuMs,
    vcpu,
    ghz,
    storageGb: Math.max(0, s.ephemeralStorageMb - offer.freeEphemeralStorageMb) / 1024,
  };
  const pc = offer.provisioned ? s.faas.provisionedConcurrency : 0;
  const facts: FaasFacts = {
    scenario: s,
    durationMs: ctx.durationMs,
    cpuMs: ctx.cpuMs,
    memMb,
    billedMs,
    q,
    pc,
    perRequest: offer.meters.map((m) => unitsPerRequest(m, offer, q)),
    // Lambda: "the free tier does not apply to functions with provisioned concurrency", so none
    // of its meters get it once provisioned concurrency is on.
    freeTier: offer.meters.map((m) =>
      s.faas.freeTier && !(pc > 0 && offer.provisioned) ? m.freeTierUnits : 0,
    ),
  };
  faasFactsCache.set(offer, facts);
  return facts;
}

/**
 * Provisioned concurrency (Lambda): environments kept warm all month; the share of duration they
 * serve is billed at the provisioned duration rate instead of on-demand, without free tier.
 */
function provisionedShareOf(ctx: PricingContext, pc: number): number {
  const avgConc = (ctx.averageRps * ctx.durationMs) / 1000;
  let served = 0;
  let total = 0;
  for (const { weight, hours } of ctx.bins) {
    const c = avgConc * weight;
    served += hours * Math.min(c, pc);
    total += hours * c;
  }
  return total > 0 ? served / total : 0;
}

/** Price a FaaS offer for the context's monthly volume. */
export function priceFaas(offer: FaasOffer, ctx: PricingContext): FaasPrice {
  const s = ctx.scenario;
  const R = ctx.requestsPerMonth;
  const f = faasFacts(offer, ctx);
  const { memMb, billedMs, pc } = f;
  const lines: LineItem[] = [];
  const meters: MeterUsage[] = [];
  const warnings: Warning[] = [];
  let runsOut: number | null = null;
  const runOuts: FreeTierRunOut[] = [];

  const peakConcurrency =
    (ctx.averageRps * ctx.peakFactor * ctx.durationMs) / 1000 / offer.concurrencyPerInstance;
  const provisionedShare = pc > 0 && offer.provisioned ? provisionedShareOf(ctx, pc) : 0;

  for (let i = 0; i < offer.meters.length; i++) {
    const m = offer.meters[i]!;
    let units = R * f.perRequest[i]!;
    const freeTier = f.freeTier[i]!;
    if (pc > 0 && m.basis === 'memory-seconds' && offer.provisioned)
      units = units * (1 - provisionedShare);
    const included = m.includedUnits;
    const allowance = included + freeTier;
    const net = costAfterAllowance(units, allowance, m.tiers);
    const afterIncluded = costAfterAllowance(units, included, m.tiers);
    const credit = afterIncluded - net;
    meters.push({
      id: m.id,
      label: m.label,
      unit: m.unit,
      units,
      allowanceUnits: allowance,
      tiers: m.tiers,
      usd: net,
    });
    const kind =
      m.basis === 'requests'
        ? 'requests'
        : m.basis === 'ephemeral-storage-seconds'
          ? 'storage'
          : 'compute';
    if (units === 0 && afterIncluded === 0 && m.basis !== 'requests') continue;
    const rate = firstRate(m.tiers);
    lines.push({
      id: m.id,
      kind,
      quantity: units,
      unit: m.unit,
      unitPriceUsd: rate,
      usd: afterIncluded,
      name: m.label,
      basis: { type: 'meter', meter: m.basis, includedUnits: included, tiered: m.tiers.length > 1 },
    });
    if (freeTier > 0 && units > 0) {
      lines.push({
        id: `free-tier-${m.id}`,
        kind: 'free-tier',
        quantity: Math.min(units - Math.min(units, included), freeTier),
        unit: m.unit,
        unitPriceUsd: rate,
        usd: -credit,
        name: m.label,
        basis: { type: 'free-tier', freeUnits: freeTier },
      });
      // Calendar view: usage accrues with the traffic profile from hour 0 and the allowance is
      // used first, so it runs out once allowance/units of the month's usage has accrued (the
      // even-traffic estimate without the breakdown: only the page's month chart reads it).
      let hour: number | null = null;
      if (units > allowance) {
        hour = ctx.breakdown
          ? hourWhenAccrued(ctx.profile, allowance / units)
          : (HOURS_PER_MONTH * allowance) / units;
        if (runsOut === null || hour < runsOut) runsOut = hour;
      }
      if (ctx.breakdown) runOuts.push({ meterId: m.id, label: m.label, hour });
    }
  }

  // A plan's usage credit (Vercel Pro) offsets metered charges first, and never goes below zero.
  // It is recorded as a negative meter so the cumulative chart spends it first too.
  if (offer.usageCreditUsdPerMonth > 0) {
    let metered = 0;
    for (const m of meters) metered += m.usd;
    const credit = Math.min(offer.usageCreditUsdPerMonth, metered);
    if (credit > 0) {
      meters.push({
        id: 'usage-credit',
        label: 'Plan usage credit',
        unit: 'USD',
        units: credit,
        allowanceUnits: 0,
        tiers: [{ upTo: null, usdPerUnit: -1 }],
        usd: -credit,
        credit: true,
      });
      lines.push({
        id: 'usage-credit',
        kind: 'free-tier',
        quantity: credit,
        unit: 'USD',
        unitPriceUsd: -1,
        usd: -credit,
        basis: { type: 'usage-credit', creditUsd: offer.usageCreditUsdPerMonth },
      });
    }
  }

  let fixed = offer.baseFeeUsdPerMonth;
  if (fixed > 0)
    lines.push({
      id: 'base-fee',
      kind: 'base-fee',
      quantity: 1,
      unit: 'month',
      unitPriceUsd: fixed,
      usd: fixed,
      basis: { type: 'base-fee' },
    });

  if (pc > 0 && offer.provisioned) {
    const { gbSecondsConfigured, configuredUsd, pcDurationGbS, durationUsd } = provisionedCosts(
      offer.provisioned,
      f,
      R,
      provisionedShare,
    );
    fixed += configuredUsd;
    lines.push({
      id: 'provisioned-concurrency',
      kind: 'provisioned',
      quantity: gbSecondsConfigured,
      unit: 'GB-s',
      unitPriceUsd: offer.provisioned.usdPerGbSecondConfigured,
      usd: configuredUsd,
      basis: { type: 'provisioned', instances: pc, memoryMb: memMb },
    });
    meters.push({
      id: 'provisioned-duration',
      label: 'Duration on provisioned concurrency',
      unit: 'GB-s',
      units: pcDurationGbS,
      allowanceUnits: 0,
      tiers: [{ upTo: null, usdPerUnit: offer.provisioned.usdPerGbSecondDuration }],
      usd: durationUsd,
    });
    lines.push({
      id: 'provisioned-duration',
      kind: 'provisioned',
      quantity: pcDurationGbS,
      unit: 'GB-s',
      unitPriceUsd: offer.provisioned.usdPerGbSecondDuration,
      usd: durationUsd,
      basis: { type: 'provisioned-duration', share: provisionedShare },
    });
  } else if (s.faas.provisionedConcurrency > 0) {
    warnings.push({
      code: 'no-provisioned-price',
      severity: 'info',
      offerId: offer.id,
      params: {},
    });
  }

  faasWarnings(offer, ctx, memMb, billedMs, peakConcurrency, warnings, runsOut);
  return {
    lines,
    meters,
    fixedMonthlyUsd: fixed,
    warnings,
    freeTierRunsOutAtHour: runsOut,
    ...(ctx.breakdown && runOuts.length > 0 ? { freeTierRunOuts: runOuts } : {}),
    peakConcurrency,
  };
}

/** Provisioned concurrency's two charges: environments configured all month, duration they serve. */
function provisionedCosts(
  rates: NonNullable<FaasOffer['provisioned']>,
  f: FaasFacts,
  requestsPerMonth: number,
  share: number,
): {
  gbSecondsConfigured: number;
  configuredUsd: number;
  pcDurationGbS: number;
  durationUsd: number;
} {
  const gbSecondsConfigured = f.pc * f.q.memGb * SECONDS_PER_MONTH;
  const pcDurationGbS = requestsPerMonth * f.q.memGb * f.q.billedS * share;
  return {
    gbSecondsConfigured,
    configuredUsd: gbSecondsConfigured * rates.usdPerGbSecondConfigured,
    pcDurationGbS,
    durationUsd: pcDurationGbS * rates.usdPerGbSecondDuration,
  };
}

/**
 * What `priceFaas`'s meters and fixed fees come to, without its lines, warnings or meter objects
 * (sweeps and searches, which read only the month's figure): the same sums in the same order.
 * Each meter's cost goes to `out.usd` in `priceFaas`'s order of meters (the offer's meters, its
 * usage credit, provisioned duration), with the offer's meters' units and allowances beside them
 * (a commitment reads its duration meter's); returns the fixed monthly cost.
 */
export function faasCosts(offer: FaasOffer, ctx: PricingContext, out: FaasMeterCosts): number {
  const R = ctx.requestsPerMonth;
  const f = faasFacts(offer, ctx);
  const pc = f.pc;
  const provisionedShare = pc > 0 && offer.provisioned ? provisionedShareOf(ctx, pc) : 0;
  let n = 0;
  let metered = 0;
  for (let i = 0; i < offer.meters.length; i++) {
    const m = offer.meters[i]!;
    let units = R * f.perRequest[i]!;
    if (pc > 0 && m.basis === 'memory-seconds' && offer.provisioned)
      units = units * (1 - provisionedShare);
    const allowance = m.includedUnits + f.freeTier[i]!;
    const usd = costAfterAllowance(units, allowance, m.tiers);
    out.units[n] = units;
    out.allowance[n] = allowance;
    out.usd[n++] = usd;
    metered += usd;
  }
  if (offer.usageCreditUsdPerMonth > 0) {
    const credit = Math.min(offer.usageCreditUsdPerMonth, metered);
    if (credit > 0) out.usd[n++] = -credit;
  }
  let fixed = offer.baseFeeUsdPerMonth;
  if (pc > 0 && offer.provisioned) {
    const p = provisionedCosts(offer.provisioned, f, R, provisionedShare);
    fixed += p.configuredUsd;
    out.usd[n++] = p.durationUsd;
  }
  out.count = n;
  return fixed;
}

/** Where `faasCosts` writes each meter's figures (reused from call to call). */
export interface FaasMeterCosts {
  count: number;
  usd: number[];
  units: number[];
  allowance: number[];
}

function faasWarnings(
  offer: FaasOffer,
  ctx: PricingContext,
  memMb: number,
  billedMs: number,
  peakConcurrency: number,
  warnings: Warning[],
  firstRunOutHour: number | null,
): void {
  const s = ctx.scenario;
  const L = offer.limits;
  if (L.maxDurationMs !== undefined && ctx.durationMs > L.maxDurationMs)
    warnings.push({
      code: 'duration-limit',
      severity: 'error',
      offerId: offer.id,
      params: { limitMs: L.maxDurationMs, durationMs: ctx.durationMs },
    });
  if (L.maxCpuMsPerRequest !== undefined && ctx.cpuMs > L.maxCpuMsPerRequest)
    warnings.push({
      code: 'cpu-limit',
      severity: 'error',
      offerId: offer.id,
      params: { limitMs: L.maxCpuMsPerRequest, cpuMs: ctx.cpuMs },
    });
  if (s.memoryMb > L.memoryMb.max)
    warnings.push({
      code: 'memory-limit',
      severity: 'error',
      offerId: offer.id,
      params: { limitMb: L.memoryMb.max, memoryMb: s.memoryMb },
    });
  else if (memMb !== s.memoryMb)
    warnings.push({
      code: 'memory-rounded',
      severity: 'info',
      offerId: offer.id,
      params: { billedMb: memMb, memoryMb: s.memoryMb },
    });
  if (billedMs > ctx.durationMs * 1.25 && billedMs - ctx.durationMs >= 10)
    warnings.push({
      code: 'duration-rounded',
      severity: 'info',
      offerId: offer.id,
      params: { billedMs, durationMs: ctx.durationMs },
    });
  if (L.maxEphemeralStorageMb !== undefined && s.ephemeralStorageMb > L.maxEphemeralStorageMb)
    warnings.push({
      code: 'storage-limit',
      severity: 'error',
      offerId: offer.id,
      params: { limitMb: L.maxEphemeralStorageMb, storageMb: s.ephemeralStorageMb },
    });
  if (L.defaultConcurrency !== undefined && peakConcurrency > L.defaultConcurrency)
    warnings.push({
      code: 'concurrency-limit',
      severity: 'warning',
      offerId: offer.id,
      params: { needed: peakConcurrency, limit: L.defaultConcurrency },
    });
  if (firstRunOutHour !== null)
    warnings.push({
      code: 'free-tier-used-up',
      severity: 'info',
      offerId: offer.id,
      params: { firstHour: firstRunOutHour },
    });
}
