/**
 * Writes imported rates into the raw catalog files and reports what changed. Only the targeted
 * fields change: every other byte of a curated file (notes, free tiers, granularity, sources) stays.
 *
 * With `live`, each offer that received rates also gets (or refreshes) one provenance record naming
 * the API it was read from and today's date, verification "official". Fixture runs never touch
 * dates or provenance: a recorded response is not a new check of the price.
 */
import type { Json } from './canonical.ts';
import { formatNumber } from './canonical.ts';
import {
  rawOffers,
  str,
  type ImportedRate,
  type RawFile,
  type RawOffer,
  type TierValue,
} from './types.ts';

export interface RateChange {
  file: string;
  offerId: string;
  region: string;
  /** Display path inside the offer, e.g. meters[basis=requests].tiers[0].pricePerUnit */
  path: string;
  label: string;
  old: number | null;
  new: number | null;
  /** Relative change in percent; null when there was no old value or the tier table changed shape. */
  pct: number | null;
  flagged: boolean;
}

export interface ApplyOptions {
  /** Flag changes whose absolute relative change exceeds this percentage. */
  thresholdPct: number;
  live?: { today: string; apiName: (rate: ImportedRate) => string };
}

export interface ApplyResult {
  changes: RateChange[];
  /** Rates that matched the file exactly. */
  unchanged: number;
  problems: string[];
}

type Obj = { [key: string]: Json };
const isObj = (v: Json | undefined): v is Obj =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Find the parent container and key that `path` points at inside the offer. */
function resolve(offer: RawOffer, path: string[]): { parent: Obj; key: string } | string {
  let cur: Json = offer;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i] as string;
    const next = path[i + 1] as string;
    if (!isObj(cur)) return `${path.slice(0, i).join('.')} is not an object`;
    let child: Json | undefined = cur[seg];
    if (next.includes('=')) {
      const [k, v] = next.split('=') as [string, string];
      if (!Array.isArray(child)) return `${seg} is not a list`;
      child = child.find((x) => isObj(x) && x[k] === v);
      if (child === undefined) return `no ${seg} entry with ${next}`;
      i++;
    }
    if (child === undefined) return `no ${seg}`;
    cur = child;
  }
  if (!isObj(cur)) return `${path.join('.')}: parent is not an object`;
  return { parent: cur, key: path[path.length - 1] as string };
}

/** The value at `path` inside the offer (same path syntax as ImportedRate), or undefined. */
export function readPath(offer: RawOffer, path: string[]): Json | undefined {
  const at = resolve(offer, path);
  return typeof at === 'string' ? undefined : at.parent[at.key];
}

const displayPath = (path: string[]) =>
  path.map((s, i) => (s.includes('=') ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');

function change(
  r: ImportedRate,
  path: string,
  oldV: number | null,
  newV: number | null,
  thresholdPct: number,
): RateChange {
  const pct = oldV !== null && newV !== null && oldV !== 0 ? ((newV - oldV) / oldV) * 100 : null;
  const flagged = pct === null || Math.abs(pct) > thresholdPct;
  return {
    file: r.file,
    offerId: r.offerId,
    region: r.region,
    path,
    label: r.label,
    old: oldV,
    new: newV,
    pct,
    flagged,
  };
}

function asTiers(v: Json | undefined): TierValue[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: TierValue[] = [];
  for (const t of v) {
    if (
      !isObj(t) ||
      typeof t.pricePerUnit !== 'number' ||
      !(t.upTo === null || typeof t.upTo === 'number')
    )
      return undefined;
    out.push({ upTo: t.upTo, pricePerUnit: t.pricePerUnit });
  }
  return out;
}

export function applyRates(
  files: Map<string, RawFile>,
  rates: ImportedRate[],
  opts: ApplyOptions,
): ApplyResult {
  const result: ApplyResult = { changes: [], unchanged: 0, problems: [] };
  const touched = new Map<RawOffer, ImportedRate[]>();
  for (const r of rates) {
    const file = files.get(r.file);
    const offer = rawOffers(file).find((o) => o.id === r.offerId && o.region === r.region);
    if (!offer) {
      result.problems.push(`${r.file}: no offer ${r.offerId} in ${r.region} for ${r.label}`);
      continue;
    }
    const at = resolve(offer, r.path);
    if (typeof at === 'string') {
      result.problems.push(
        `${r.file} offer ${r.offerId} (${r.region}): ${at}; ${r.label} not written`,
      );
      continue;
    }
    touched.set(offer, [...(touched.get(offer) ?? []), r]);
    const base = displayPath(r.path);
    const old = at.parent[at.key];
    if (typeof r.value === 'number') {
      const oldN = typeof old === 'number' ? old : null;
      // An absent allowance is the schema's default 0: an imported 0 matches it and adds nothing.
      if (oldN === r.value || (old === undefined && r.value === 0)) result.unchanged++;
      else {
        result.changes.push(change(r, base, oldN, r.value, opts.thresholdPct));
        at.parent[at.key] = r.value;
      }
      continue;
    }
    const oldTiers = asTiers(old);
    const newTiers = r.value;
    if (oldTiers && oldTiers.length === newTiers.length) {
      let same = true;
      newTiers.forEach((t, i) => {
        const o = oldTiers[i] as TierValue;
        if (o.pricePerUnit !== t.pricePerUnit) {
          same = false;
          result.changes.push(
            change(
              r,
              `${base}[${i}].pricePerUnit`,
              o.pricePerUnit,
              t.pricePerUnit,
              opts.thresholdPct,
            ),
          );
        }
        if (o.upTo !== t.upTo) {
          same = false;
          result.changes.push({
            ...change(r, `${base}[${i}].upTo`, o.upTo, t.upTo, opts.thresholdPct),
            flagged: true,
          });
        }
      });
      if (same) {
        result.unchanged++;
        continue;
      }
    } else {
      result.changes.push({
        ...change(
          r,
          `${base} (${oldTiers?.length ?? 0} → ${newTiers.length} tiers)`,
          null,
          null,
          opts.thresholdPct,
        ),
        flagged: true,
      });
    }
    at.parent[at.key] = newTiers.map((t) => ({ upTo: t.upTo, pricePerUnit: t.pricePerUnit }));
  }
  if (opts.live) {
    const { today, apiName } = opts.live;
    for (const [offer, rs] of touched) {
      const byApi = new Map<string, ImportedRate[]>();
      for (const r of rs) byApi.set(apiName(r), [...(byApi.get(apiName(r)) ?? []), r]);
      const list = Array.isArray(offer.provenance) ? offer.provenance : [];
      for (const [api, group] of byApi) {
        const covers = `Price API: ${group.map((r) => r.label).join('; ')}`;
        const rec = {
          covers,
          source: group[0]?.source ?? '',
          checkedOn: today,
          verification: 'official',
          note: `Read from the ${api} by npm run pricing:update --live.`,
        };
        const i = list.findIndex(
          (p) => isObj(p) && str(p.covers)?.startsWith('Price API:') && str(p.note)?.includes(api),
        );
        if (i >= 0) list[i] = rec;
        else list.push(rec);
      }
      offer.provenance = list;
    }
  }
  return result;
}

function fmt(v: number | null): string {
  return v === null ? '—' : formatNumber(v);
}

/** The printed summary: one line per changed rate, flagged ones marked, then the totals. */
export function formatSummary(r: ApplyResult, thresholdPct: number): string {
  const lines: string[] = [];
  for (const c of r.changes) {
    const pct = c.pct === null ? 'new/shape' : `${c.pct > 0 ? '+' : ''}${c.pct.toFixed(1)}%`;
    lines.push(
      `${c.flagged ? '!!' : '  '} ${c.file} ${c.offerId} (${c.region}) ${c.path}: ${fmt(c.old)} → ${fmt(c.new)} (${pct})  ${c.label}`,
    );
  }
  const flagged = r.changes.filter((c) => c.flagged).length;
  lines.push(
    `${r.changes.length} rates changed, ${r.unchanged} unchanged; ${flagged} flagged (change above ${thresholdPct}% or a new tier table): review them against the source.`,
  );
  for (const p of r.problems) lines.push(`problem: ${p}`);
  return lines.join('\n');
}
