/**
 * Engine results in words: line labels and details, warnings, each offer's status, break-evens,
 * fleets, cold starts and scaling checks. Money is written in the display currency (`Money`, at its
 * dated rate) by format.ts; offers are named by their short label. React-free: the page, the
 * widget, the CLI and the exports all read the same sentences from here.
 */
import { AREA_LABELS } from '../catalog/areas.ts';
import type { Area } from '../catalog/schema.ts';
import type {
  BreakEven,
  ColdStartInfo,
  FleetInfo,
  LineItem,
  LinePart,
  OfferResult,
  ScalingCheckId,
  Warning,
} from '../engine/types.ts';
import { formatCount, formatMoney, USD_MONEY, type Money } from './format.ts';
import { COMMITMENT_PLAN_LABEL, commitmentName } from './server-costs.ts';
import { termLabel } from './terms.ts';
import {
  fmtCount,
  fmtDuration,
  fmtMemory,
  fmtPercent,
  freeTierRunOutText,
  inSentence,
  meterUnit,
  plural,
  possessive,
  sig3,
} from './words.ts';

/** The part of a result the sentences need: its name, provider, fleet and lines. */
export type Named = Pick<OfferResult, 'label' | 'provider' | 'product'> &
  Partial<Pick<OfferResult, 'fleet' | 'lines' | 'freeTierRunOuts'>>;

const price = (usd: number, money: Money) => formatMoney(usd, money, 'price');

/**
 * A price per single unit, per million when that reads better (below a tenth of a cent a unit):
 * (2e-7, "request") → "$0.20 per 1M"; (0.09, "GB") → "$0.09 per GB".
 */
export function pricePer(usdPerUnit: number, unit: string, money: Money = USD_MONEY): string {
  return usdPerUnit > 0 && usdPerUnit < 0.001
    ? `${price(usdPerUnit * 1e6, money)} per 1M`
    : `${price(usdPerUnit, money)} per ${unit}`;
}

/** The size of an autoscaled fleet's instance, or a fixed fleet's instance type. */
export function instanceLabel(fleet: FleetInfo): string {
  return (
    fleet.instanceType ??
    `${sig3(fleet.vcpuPerInstance)} vCPU / ${fmtMemory(fleet.memoryMbPerInstance)}`
  );
}

/** What a line is called: "Requests", "Free tier: Compute (GB-s)", "2 × t4g.small". */
export function lineLabel(line: LineItem, r: Pick<OfferResult, 'product'>): string {
  const b = line.basis;
  const name = line.name ?? '';
  switch (b.type) {
    case 'meter':
    case 'front-door':
      return name;
    case 'free-tier':
      return `Free tier: ${name}`;
    case 'usage-credit':
      return 'Plan usage credit';
    case 'base-fee':
      return 'Monthly base fee';
    case 'provisioned':
      return 'Provisioned concurrency';
    case 'provisioned-duration':
      return 'Duration on provisioned concurrency';
    case 'cold-start':
      return 'Cold starts (billed start-up time)';
    case 'hours':
      return `${name} hours`;
    case 'lcu':
      return `${name} capacity units`;
    case 'lb-data':
      return `${name} data processed`;
    case 'included-routing':
      return `${name} (included)`;
    case 'egress':
      return 'Data transfer out';
    case 'instances':
      return `${fmtCount(line.quantity)} × ${b.instanceType}`;
    case 'container-hours':
      return `${r.product} tasks (${sig3(b.vcpu)} vCPU, ${fmtMemory(b.memoryMb)})`;
    case 'container-free-tier':
      return 'Free tier: instance time';
    case 'container-requests':
      return 'Requests';
    case 'state':
      return `External state: ${name}`;
    case 'scheduler':
      return `Scheduler: ${name}`;
    case 'public-ipv4':
      return 'Public IPv4 address';
    case 'root-disk':
      return `Root disk (${fmtCount(b.sizeGb)} GB ${b.volumeType})`;
    case 'commitment':
      return commitmentName(b.term, b.plan);
    case 'surplus-credits':
      return 'Surplus CPU credits';
  }
}

function partText(p: LinePart, money: Money): string {
  switch (p.unit) {
    case 'read':
    case 'write':
      return `${plural(p.quantity, p.unit)} at ${pricePer(p.unitPriceUsd, p.unit, money)}`;
    case 'node-hour':
      return `1 node × 730 h × ${price(p.unitPriceUsd, money)}/h`;
    case 'invocation':
      return `${plural(p.quantity, 'invocation')} at ${pricePer(p.unitPriceUsd, 'invocation', money)}${p.freeUnits > 0 ? `, ${fmtCount(p.freeUnits)} free a month` : ''}`;
    case 'job':
      return `${plural(p.quantity, 'job')} at ${price(p.unitPriceUsd, money)} a month${p.freeUnits > 0 ? `, ${fmtCount(p.freeUnits)} free` : ''}`;
  }
}

/**
 * How a line was worked out, in the display currency: "8,760,000 requests at $0.20 per 1M",
 * "1 × 730 h × €0.0068/h".
 */
export function lineDetail(line: LineItem, money: Money = USD_MONEY): string {
  const b = line.basis;
  const q = line.quantity;
  switch (b.type) {
    case 'meter': {
      // Counts in single units; a price per single request or CPU-ms is quoted per million, as
      // the providers' pages quote it; others per the meter's unit ("per GB-s").
      const u = meterUnit(line.unit);
      const perMillion = b.meter === 'requests' || b.meter === 'cpu-ms';
      const at =
        u.scale === 1 && perMillion
          ? pricePer(line.unitPriceUsd, u.per, money)
          : `${price(line.unitPriceUsd * u.scale, money)} per ${u.per}`;
      return `${fmtCount(q)} ${q === 1 ? u.many.replace(/s$/, '') : u.many}${b.includedUnits > 0 ? ` (${fmtCount(b.includedUnits)} included)` : ''} at ${at}${b.tiered ? ', tiered' : ''}`;
    }
    case 'free-tier':
      return `${fmtCount(q)} of ${fmtCount(b.freeUnits)} free ${meterUnit(line.unit).many} a month`;
    case 'usage-credit':
      return `${formatMoney(b.creditUsd, money)} of usage included in the plan each month`;
    case 'base-fee':
      return `flat ${formatMoney(line.unitPriceUsd, money)} a month per account`;
    case 'provisioned':
      return `${fmtCount(b.instances)} × ${fmtMemory(b.memoryMb)} kept warm for 730 h`;
    case 'provisioned-duration':
      return `${Math.round(b.share * 100)}% of the duration runs warm`;
    case 'cold-start':
      return `${plural(q, 'cold start')} × ${fmtDuration(b.initMs)} at ${fmtMemory(b.memoryMb)}, at the compute rates`;
    case 'front-door':
      return `${plural(q, 'request')}${b.perCall > 1 ? ` (${b.perCall} per call, metered per ${b.meteringKb ?? 0} KB)` : ''} at ${price(line.unitPriceUsd * 1e6, money)} per 1M${b.tiered ? ', tiered' : ''}${b.newCustomerFreeUnits > 0 ? `, ${fmtCount(b.newCustomerFreeUnits)} free (new customers, 12 months)` : ''}`;
    case 'hours':
      return `${fmtCount(q)} h × ${price(line.unitPriceUsd, money)}/h`;
    case 'lcu':
      return `${fmtCount(q)} LCU-hours × ${price(line.unitPriceUsd, money)}`;
    case 'lb-data':
      return `${fmtCount(q)} GB of requests and responses × ${price(line.unitPriceUsd, money)} per GB`;
    case 'included-routing':
      return 'routing across instances comes with the servers, at no separate charge';
    case 'egress':
      return `${fmtCount(q)} GB${b.freeUnits > 0 ? ` (${fmtCount(b.freeUnits)} GB free)` : ''} at ${price(line.unitPriceUsd, money)} per GB${b.tiered ? ', tiered' : ''}`;
    case 'instances':
      if (b.hourlyUsd !== null)
        return `${fmtCount(q)} × 730 h × ${price(b.hourlyUsd, money)}/h${b.monthlyCapUsd !== null ? `, capped at ${price(b.monthlyCapUsd, money)} a month${q === 1 ? '' : ' each'}` : ''}`;
      return `${fmtCount(q)} × ${price(line.unitPriceUsd, money)} a month`;
    case 'container-hours':
      return `${fmtCount(q)} instance-hours × (${sig3(b.vcpu)} vCPU × ${price(b.usdPerVcpuHour, money)}/vCPU-h + ${sig3(b.memoryMb / 1024)} GB × ${price(b.usdPerGbHour, money)}/GB-h)${b.idleRate ? '; idle time at the idle rate' : ''}`;
    case 'container-free-tier':
      return `${fmtCount(b.vcpuSeconds)} vCPU-s and ${fmtCount(b.gbSeconds)} GB-s free a month`;
    case 'container-requests':
      return `${plural(q, 'request')} at ${price(line.unitPriceUsd * 1e6, money)} per 1M`;
    case 'state': {
      const parts = b.parts.map((p) => partText(p, money));
      if (b.afterFreeQuota) parts.push('after the free quota');
      return parts.join('; ');
    }
    case 'scheduler':
      return b.parts.length > 0
        ? b.parts.map((p) => partText(p, money)).join('; ')
        : 'no separate charge';
    case 'public-ipv4':
      return b.hourlyUsd !== null
        ? `${fmtCount(q)} × 730 h × ${price(b.hourlyUsd, money)}/h`
        : `${fmtCount(q)} × ${price(line.unitPriceUsd, money)} a month`;
    case 'root-disk':
      return b.usdPerGbMonth !== null
        ? `${fmtCount(q)} × ${fmtCount(b.sizeGb)} GB × ${price(b.usdPerGbMonth, money)} per GB-month`
        : `${fmtCount(q)} × ${price(line.unitPriceUsd, money)} a month`;
    case 'commitment':
      if (b.per === 'instance-month')
        return `${fmtCount(q)} × (${price(b.onDemandUsd, money)} on demand − ${price(b.committedUsd, money)} committed) a month`;
      if (b.per === 'gb-second')
        return `${fmtCount(q)} GB-s × (${price(b.onDemandUsd, money)} on demand − ${price(b.committedUsd, money)} committed) per GB-s: the quietest hour's duration, ${fmtPercent(b.coveredShare)} of it; requests and the rest on demand`;
      return `${fmtCount(q)} instance-hours × (${price(b.onDemandUsd, money)} − ${price(b.committedUsd, money)}) an hour: the fleet's quietest hour, ${fmtPercent(b.coveredShare)} of its instance-hours; the rest on demand`;
    case 'surplus-credits':
      return `${fmtCount(q)} vCPU-hours above the ${fmtPercent(b.baseline)} baseline (${fmtCount(b.instances)} × ${b.instanceType}) at ${price(line.unitPriceUsd, money)} per vCPU-hour`;
  }
}

/** Hour h of the month is in day ⌊h / 24⌋ + 1. */
const dayOf = (hour: number) => Math.floor(hour / 24) + 1;

/**
 * When an offer's free allowances run out, without a full stop: "AWS Lambda (Arm)'s free tier runs
 * out on day 4 for requests and on day 14 for compute (GB-s)". `firstHour`: the first run-out,
 * used when the result has no per-meter run-outs.
 */
export function freeTierRunOutSentence(r: Named, firstHour: number): string {
  const byMeter = r.freeTierRunOuts ? freeTierRunOutText(r.freeTierRunOuts) : '';
  return `${possessive(r.label)} free tier ${byMeter || `runs out on day ${dayOf(firstHour)}`}`;
}

/** "About 1 in 3 requests waits ~400 ms for a cold start." */
export function latencyNote(coldShare: number, initMs: number): string {
  const wait = `~${fmtDuration(Math.round(initMs))}`;
  if (!(coldShare > 0)) return 'No request is expected to start cold at this rate.';
  if (coldShare >= 0.95) return `Almost every request waits ${wait} for a cold start.`;
  if (coldShare > 0.5) {
    const tenths = Math.round(coldShare * 10);
    return `About ${tenths} in 10 requests wait ${wait} for a cold start.`;
  }
  if (coldShare < 1e-6) return `Fewer than 1 in a million requests waits ${wait} for a cold start.`;
  const k = Math.round(1 / coldShare);
  return `About 1 in ${fmtCount(k)} requests waits ${wait} for a cold start.`;
}

/** What cold starts mean for latency; isolates (no keep-alive) start too fast to matter. */
export function coldStartNote(cs: ColdStartInfo): string {
  return cs.keepAliveMinutes === null
    ? `Isolates start in under ${fmtDuration(cs.initMs)}; cold starts are negligible.`
    : latencyNote(cs.coldShare, cs.initMs);
}

/** Whether start-up time is billed, with its source; a plain "not known" when none is. */
export function initBilledNote(cs: ColdStartInfo): string {
  return cs.initBilledNote ?? 'No source says whether start-up time is billed.';
}

/** How keeping instances warm would avoid cold starts, or why it cannot be priced. */
export function avoidNote(avoid: NonNullable<ColdStartInfo['avoid']>, r: Named): string {
  const n = avoid.instances;
  switch (avoid.kind) {
    case 'unavailable':
      return `${r.label} cannot keep instances warm; a plan with pre-warmed instances (not in the catalog) would be needed.`;
    case 'no-price':
      return 'No provisioned-concurrency price for this offer in the catalog.';
    case 'provisioned':
      return `${plural(n, 'environment')} kept warm all month, priced with the offer's provisioned rates (the free tier no longer applies to the function).`;
    case 'min-instances':
      return `${plural(n, 'minimum instance')} idle all month at the idle rate; time serving requests stays billed as now.`;
  }
}

/** The name of the way to avoid cold starts ("Provisioned concurrency", "Not available…"). */
export function avoidLabel(avoid: NonNullable<ColdStartInfo['avoid']>): string {
  return avoid.label ?? 'Not available on this plan';
}

export const SCALING_CHECK_LABEL: Readonly<Record<ScalingCheckId, string>> = {
  'account-concurrency': 'Concurrent executions per account and region',
  'scale-out-rate': 'New execution environments per function every 10 seconds',
  'max-instances': 'Default maximum instances',
};

/** The catalog's note on an offer's scaling limits, or that it has none. */
export function scalingNote(note: string | null): string {
  return note ?? 'No default scaling limits for this offer in the catalog.';
}

/**
 * A warning as a sentence naming the offer by its short label, money in the display currency:
 * "AWS Lambda (Arm)'s limit is 15 minutes per request; this workload asks for 20 minutes."
 */
export function warningText(w: Warning, r: Named, money: Money = USD_MONEY): string {
  const name = r.label;
  const its = possessive(name);
  switch (w.code) {
    case 'duration-limit':
      return `${its} limit is ${fmtDuration(w.params.limitMs)} per request; this workload asks for ${fmtDuration(w.params.durationMs)}.`;
    case 'duration-rounded':
      return `${name} bills each request as ${fmtDuration(w.params.billedMs)} (rounding or minimum), not ${fmtDuration(w.params.durationMs)}.`;
    case 'cpu-limit':
      return `${name} allows at most ${fmtDuration(w.params.limitMs)} of CPU per request; this workload uses ${fmtDuration(w.params.cpuMs)}.`;
    case 'memory-limit':
      return `${name} caps memory at ${fmtMemory(w.params.limitMb)}; this workload asks for ${fmtMemory(w.params.memoryMb)}.`;
    case 'memory-rounded':
      return `${name} bills ${fmtMemory(w.params.billedMb)} for the ${fmtMemory(w.params.memoryMb)} asked for (its memory rounding).`;
    case 'storage-limit':
      return `${name} allows at most ${fmtMemory(w.params.limitMb)} of ephemeral storage; this workload asks for ${fmtMemory(w.params.storageMb)}.`;
    case 'concurrency-limit':
      return `The peak hour needs about ${fmtCount(w.params.needed)} concurrent executions; ${its} default limit is ${fmtCount(w.params.limit)}. Ask for a quota increase.`;
    case 'no-provisioned-price':
      return `${name} has no provisioned-concurrency price in the catalog; it is not included.`;
    case 'free-tier-used-up':
      return `${freeTierRunOutSentence(r, w.params.firstHour)}.`;
    case 'burst-surplus':
      return `${name} runs above its ${fmtPercent(w.params.baseline)} CPU baseline (${fmtPercent(w.params.averageUtilization)} on average): surplus CPU credits ${formatMoney(w.params.surplusUsd, money)} a month, included in ${its} price.`;
    case 'burst-throttled': {
      const p = w.params;
      const over = p.window === 'day' ? 'the busiest day' : 'the busiest hour';
      return p.unlimitedUnpriced
        ? `${name} is sized as in standard mode, held to its ${fmtPercent(p.baseline)} CPU baseline over ${over}: no sourced unlimited-mode (surplus credit) rate in ${p.region}.`
        : `${name} is held to its ${fmtPercent(p.baseline)} CPU baseline once its credits run out, so the fleet is sized to average within it over ${over}.`;
    }
    case 'burstable-baseline':
      return `${name} can sustain ${fmtPercent(w.params.baseline)} of each vCPU (its baseline); this fleet averages ${fmtPercent(w.params.averageUtilization)}, so it would be throttled or pay for bursting. Pick a larger or non-burstable instance.`;
    case 'fleet-limit':
      return `${name} allows at most ${plural(w.params.limit, 'instance')}; this workload needs ${fmtCount(w.params.needed)}.`;
    case 'fleet-overloaded':
      return `The peak hour needs ${fmtCount(w.params.neededVcpu)} vCPUs of work; the fleet (${fmtCount(w.params.instances)} × ${name}) has ${fmtCount(w.params.vcpu)}.`;
    case 'instance-memory': {
      const p = w.params;
      const holder = r.fleet && !r.fleet.fixed ? `${its} ${instanceLabel(r.fleet)} task` : name;
      const base = `${fmtMemory(p.baseMemoryMb)} for the OS and runtime`;
      return p.instanceMemoryMb <= p.baseMemoryMb
        ? `${holder} has ${fmtMemory(p.instanceMemoryMb)}, no more than the ${base}: nothing is left for requests.`
        : `Each request holds ${fmtMemory(p.workingSetMb)} while in flight; ${holder} has ${fmtMemory(p.instanceMemoryMb - p.baseMemoryMb)} after ${base}.`;
    }
    case 'unverified-price':
      return `${its} price could not be verified against the provider's own page; treat it as an estimate.`;
    case 'unverified-state-price': {
      const store = r.lines?.find((l) => l.basis.type === 'state')?.name ?? w.params.storeId;
      return `${possessive(store)} price (external state for ${name}) could not be verified against the provider's own page; treat it as an estimate.`;
    }
    case 'no-front-door':
      return `Front door "${w.params.frontDoorId}" is not in the catalog for this area; it is not included in ${its} price.`;
    case 'no-load-balancer':
      return w.params.multiZone
        ? `No load-balancer price for ${r.provider} in the catalog, so two zones are not fully priced for ${name}: its figure has the spare instance but no load balancer.`
        : `No load-balancer price for ${r.provider} in the catalog; none is included with ${name}.`;
    case 'no-state-store':
      return `No price for the ${w.params.storeId} state store in the catalog; external state is not included in ${its} price.`;
    case 'no-scheduler':
      return `No scheduler price for ${r.provider} in the catalog; ${its} timer trigger is assumed to cost nothing extra.`;
    case 'timer-too-frequent':
      return `Schedulers fire at most once a minute; a timer every ${fmtCount(w.params.everySeconds)} s on ${name} needs another trigger.`;
    case 'size-adjusted':
      return `${name} has no ${sig3(w.params.vcpu)} vCPU / ${fmtMemory(w.params.memoryMb)} size; priced as ${sig3(w.params.pricedVcpu)} vCPU / ${fmtMemory(w.params.pricedMemoryMb)}.`;
    case 'cold-start': {
      const p = w.params;
      const note = inSentence(latencyNote(p.coldShare, p.initMs)).replace(/\.$/, '');
      const billed = p.initBilled
        ? ` Start-up time is billed: ${p.usd > 0 ? `about ${formatMoney(p.usd, money)} a month${p.includedInTotal ? '' : ', not in the total'}` : 'inside the free tier here'}.`
        : '';
      return `On ${name}, ${note} (idle keep-alive ${fmtCount(p.keepAliveMinutes)} min, ${p.keepAliveAsSet ? 'as set' : 'an estimate'}).${billed}`;
    }
    case 'server-extra-unpriced':
      return `${r.provider} charges for ${w.params.extra === 'public-ipv4' ? "each instance's public IPv4 address" : "each instance's root disk"}, but the catalog has no sourced price in ${w.params.region}; it is not included in ${its} price.`;
    case 'egress-unpriced':
      return `${r.provider} charges for data sent out to the internet, but the catalog has no sourced price in ${w.params.region}; the month's ${fmtCount(w.params.gb)} GB are not included in ${its} price.`;
    case 'server-extras-unknown':
      return `The catalog does not say whether ${r.provider} charges for a public IPv4 address or a root disk in ${w.params.region}; none is included in ${its} price.`;
    case 'commitment-unpriced':
      return `No sourced ${termLabel(w.params.term)} price for ${name} (${COMMITMENT_PLAN_LABEL[w.params.plan]}, no upfront): priced on demand.`;
    case 'no-commitment':
      return `The catalog has no ${termLabel(w.params.term)} commitment for ${name}: priced on demand.`;
    case 'scaling-limit': {
      const { needed, limit } = w.params;
      switch (w.params.check) {
        case 'scale-out-rate':
          return `Each burst needs about ${fmtCount(needed)} new environments at once; ${name} adds at most ${fmtCount(limit)} every 10 seconds, so the rest of the burst waits or is throttled.`;
        case 'max-instances':
          return `The peak needs about ${fmtCount(needed)} instances; ${its} default maximum is ${fmtCount(limit)}. Raise the maximum (and the quota) or requests will queue.`;
        case 'account-concurrency':
          return `The peak needs about ${fmtCount(needed)} concurrent executions; ${its} default account limit is ${fmtCount(limit)}. Ask for a quota increase.`;
      }
    }
  }
}

/**
 * Why an offer has no comparable price here: why it is unavailable, or the hard limit that stops
 * it running the workload. Null when it is priced.
 */
export function statusText(r: OfferResult, money: Money = USD_MONEY): string | null {
  const reason = r.reason;
  if (r.status === 'priced' || reason === null) return null;
  if ('severity' in reason) return warningText(reason, r, money);
  switch (reason.code) {
    case 'no-fx-rate':
      return `${r.label} is priced in ${reason.params.currency}: the engine prices only offers converted to USD when the catalog loads.`;
    case 'front-door':
      return `${r.label} is a front door: it is priced as part of the offers behind it.`;
    case 'not-in-area':
      return `${r.label} has no sourced price in the ${AREA_LABELS[reason.params.area as Area] ?? reason.params.area} area; it is not priced at another region's rate.`;
  }
}

/** Every error-level warning of an offer, in words: why it cannot run this workload. */
export function cannotRunReasons(r: OfferResult, money: Money = USD_MONEY): string[] {
  return r.warnings.filter((w) => w.severity === 'error').map((w) => warningText(w, r, money));
}

/**
 * Why an offer has no comparable price, each reason with its code and words: every hard limit of
 * an offer that cannot run, or why it is unavailable. Empty when it is priced.
 */
export function statusReasons(
  r: OfferResult,
  money: Money = USD_MONEY,
): Array<{ code: string; message: string }> {
  if (r.status === 'unavailable')
    return r.reason ? [{ code: r.reason.code, message: statusText(r, money) ?? '' }] : [];
  return r.warnings
    .filter((w) => w.severity === 'error')
    .map((w) => ({ code: w.code, message: warningText(w, r, money) }));
}

/**
 * A break-even as a sentence: "AWS Lambda (Arm) stays cheaper than EC2 t4g.small up to about
 * 7.52M requests a month." `labelOf` names an offer by its id.
 */
export function breakEvenText(b: BreakEven, labelOf: (offerId: string) => string): string {
  const faas = labelOf(b.faasOfferId);
  const server = labelOf(b.alwaysOnOfferId);
  switch (b.status) {
    case 'crosses':
      return `${faas} stays cheaper than ${server} up to about ${formatCount(b.requestsPerMonth ?? 0)} requests a month.`;
    case 'never':
      return `${faas} vs ${server}: FaaS stays cheaper at every volume up to 10^12 requests a month.`;
    case 'faas-always-dearer':
      return `${faas} vs ${server}: FaaS is dearer at any volume up to 10^12 requests a month.`;
  }
}

/** Names offers of a result by their short label (the id when the result does not list it). */
export function labelsOf(results: readonly OfferResult[]): (offerId: string) => string {
  const byId = new Map(results.map((r) => [r.offerId, r.label]));
  return (id) => byId.get(id) ?? id;
}
