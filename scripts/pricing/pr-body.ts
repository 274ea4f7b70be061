/**
 * `tsx scripts/pricing/pr-body.ts --base DIR --head DIR`: the body of the weekly pricing pull
 * request, a Markdown table of every price that changed between two snapshots of pricing-data/
 * (old → new, % change, source), plus offers added or removed. The workflow
 * (.github/workflows/pricing-refresh.yml) passes the base branch's pricing-data/ as --base and the
 * refreshed working tree as --head.
 *
 * Prices are the numeric fields whose name says they price something (pricePerHour,
 * pricePerUnit, monthlyCap…), compared offer by offer, keyed by (file, id, area). The source of a
 * row is the provenance record that covers the field, else the offer's own source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatNumber, type Json } from './canonical.ts';
import { listedFiles } from './check.ts';
import { rawOffers, str, type RawFile, type RawOffer } from './types.ts';

/** One changed price: where it is, before and after, and where it was read. */
export interface PriceChange {
  file: string;
  offerId: string;
  area: string;
  /** Dotted path inside the offer, e.g. "meters[1].tiers[0].pricePerUnit". */
  path: string;
  old: number | null;
  new: number | null;
  source: string;
}

/** A field that holds a price (never a size, a limit or an allowance). */
const PRICE_KEY = /^(price|pricePer|usdPer|monthlyCap|baseFee|idlePrice)/;

function priceLeaves(value: Json, path: string, out: Map<string, number>): void {
  if (Array.isArray(value)) value.forEach((v, i) => priceLeaves(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'provenance') continue;
      const p = path ? `${path}.${k}` : k;
      if (typeof v === 'number' && PRICE_KEY.test(k)) out.set(p, v);
      else priceLeaves(v, p, out);
    }
}

/** Every price of an offer, by path. */
export function offerPrices(offer: RawOffer): Map<string, number> {
  const out = new Map<string, number>();
  priceLeaves(offer, '', out);
  return out;
}

/** The source of a price: the provenance record whose `covers` names its top-level field. */
export function sourceOf(offer: RawOffer, path: string): string {
  const top = path.split(/[.[]/)[0] ?? path;
  const records = Array.isArray(offer.provenance) ? offer.provenance : [];
  for (const r of records) {
    if (r === null || typeof r !== 'object' || Array.isArray(r)) continue;
    const covers = str(r.covers) ?? '';
    if (covers.includes(top) && str(r.source)) return str(r.source) as string;
  }
  // Egress carries its own provenance object.
  const nested = offer[top];
  if (nested && typeof nested === 'object' && !Array.isArray(nested)) {
    const p = nested.provenance;
    if (p && typeof p === 'object' && !Array.isArray(p) && str(p.source))
      return str(p.source) as string;
  }
  return str(offer.source) ?? '';
}

type Snapshot = Map<string, { file: string; offer: RawOffer }>;

/** Offers of a pricing-data/ directory keyed by "file id area". A missing file counts as empty. */
export function readSnapshot(dir: string): Snapshot {
  const out: Snapshot = new Map();
  if (!existsSync(join(dir, 'index.json'))) return out;
  for (const file of listedFiles(dir)) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const raw = JSON.parse(readFileSync(path, 'utf8')) as RawFile;
    for (const offer of rawOffers(raw))
      out.set(`${file} ${str(offer.id)} ${str(offer.area)}`, { file, offer });
  }
  return out;
}

/** Every price that differs between two snapshots, in the head's order, then removed offers. */
export function diffPrices(base: Snapshot, head: Snapshot): PriceChange[] {
  const changes: PriceChange[] = [];
  const row = (file: string, offer: RawOffer, path: string, o: number | null, n: number | null) =>
    changes.push({
      file,
      offerId: str(offer.id) ?? '?',
      area: str(offer.area) ?? '?',
      path,
      old: o,
      new: n,
      source: sourceOf(offer, path),
    });
  for (const [key, { file, offer }] of head) {
    const before = base.get(key);
    const now = offerPrices(offer);
    const was = before ? offerPrices(before.offer) : new Map<string, number>();
    for (const [path, n] of now) {
      const o = was.get(path);
      if (o !== n) row(file, offer, path, o ?? null, n);
    }
    for (const [path, o] of was) if (!now.has(path)) row(file, offer, path, o, null);
  }
  for (const [key, { file, offer }] of base)
    if (!head.has(key)) for (const [path, o] of offerPrices(offer)) row(file, offer, path, o, null);
  return changes;
}

/** Plain decimals, never exponent notation (0.0000002, not 2e-7), as pricing-data/ writes them. */
const num = (n: number | null) => (n === null ? '—' : formatNumber(n));

/** "+12.5%", "-3%", "new", "removed": the change from old to new. */
export function percentChange(o: number | null, n: number | null): string {
  if (o === null) return 'new';
  if (n === null) return 'removed';
  if (o === 0) return n === 0 ? '0%' : 'from 0';
  const pct = ((n - o) / o) * 100;
  const text = `${Math.round(pct * 10) / 10}%`;
  return pct > 0 ? `+${text}` : text;
}

/** The pull request's body: a summary line and one table row per changed price. */
export function prBody(changes: readonly PriceChange[]): string {
  if (changes.length === 0)
    return 'The weekly price refresh found no changed price in `pricing-data/`.\n';
  const offers = new Set(changes.map((c) => `${c.offerId} ${c.area}`)).size;
  const rows = changes.map(
    (c) =>
      `| \`${c.offerId}\` | ${c.area} | \`${c.path}\` | ${num(c.old)} | ${num(c.new)} | ${percentChange(c.old, c.new)} | ${c.source ? `[source](${c.source})` : '—'} |`,
  );
  return [
    `The weekly price refresh changed ${changes.length} price${changes.length === 1 ? '' : 's'} in ${offers} offer entr${offers === 1 ? 'y' : 'ies'} (\`npm run pricing:update -- --live\`, then \`npm run pricing:check\`). Prices in the offer's currency, per unit as stored.`,
    '',
    '| offer | area | price | old | new | change | source |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    const v = i >= 0 ? process.argv[i + 1] : undefined;
    if (!v) {
      console.error(`pr-body: ${name} DIR is required (usage: pr-body.ts --base DIR --head DIR)`);
      process.exit(2);
    }
    return v;
  };
  const base = arg('--base');
  const head = arg('--head');
  process.stdout.write(prBody(diffPrices(readSnapshot(base), readSnapshot(head))));
}
