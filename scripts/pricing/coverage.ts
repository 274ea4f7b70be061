/**
 * `npm run docs:pricing`: writes the coverage table of docs/PRICING.md (offer × area: the region,
 * verification and date of each entry, linked to its source) and its egress table (provider ×
 * area) from pricing-data/, between their markers. A unit test fails when either is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import type { Offer, Provenance } from '../../src/catalog/schema.ts';
import { loadCatalog } from '../../src/catalog/load-from-disk.ts';
import { AREAS } from '../../src/scenario/spec.ts';

export const PRICING_DOC = fileURLToPath(new URL('../../docs/PRICING.md', import.meta.url));
const MARKER = 'coverage';
const EGRESS_MARKER = 'egress';

const SHORT: Record<Offer['verification'], string> = {
  official: 'off',
  secondary: 'sec',
  unverified: 'unv',
};

/** The table: one row per offer id (catalog order), one column per area, then the link list. */
export function coverageTable(offers: readonly Offer[]): string {
  const ids = [...new Set(offers.map((o) => o.id))];
  const links: string[] = [];
  const rows = ids.map((id) => {
    const cells = AREAS.map((area) => {
      const o = offers.find((x) => x.id === id && x.area === area);
      if (!o) return '—';
      const ref = `${id}/${area}`;
      links.push(`[${ref}]: ${o.source}`);
      return `[${o.region}][${ref}], ${SHORT[o.verification]}, ${o.checkedOn}`;
    });
    return `| \`${id}\` | ${cells.join(' | ')} |`;
  });
  const priced = AREAS.map((area) => offers.filter((o) => o.area === area).length);
  return [
    `| offer | ${AREAS.join(' | ')} |`,
    `| --- | ${AREAS.map(() => '---').join(' | ')} |`,
    ...rows,
    `| **offers priced** | ${priced.join(' | ')} |`,
    '',
    ...links,
  ].join('\n');
}

/**
 * The egress table: one row per provider, one column per area. Each cell lists the egress its
 * offers there take (those egress is priced for: all but front doors): each distinct table with its
 * region (and the products taking it, where products here take different tables), verification
 * and date, linked to its source; `unpriced in R` where the provider charges
 * egress with no sourced price (the engine warns); `no egress line (N)` for offers with neither.
 */
export function egressTable(offers: readonly Offer[]): string {
  const priced = offers.filter((o) => o.kind !== 'front-door');
  const providers = [...new Set(priced.map((o) => o.providerId))];
  const links: string[] = [];
  // One table: one provenance record, note included (tables from one source differ by their note).
  const tableKey = (e: NonNullable<Offer['egress']>) => {
    const p: Provenance = e.provenance;
    return `${p.source} ${p.checkedOn} ${p.verification} ${p.note ?? ''}`;
  };
  const rows = providers.map((providerId) => {
    const mine = priced.filter((o) => o.providerId === providerId);
    // A table the provider's offers take in several regions is one file-wide table: say so rather
    // than name each region as if it had its own source.
    const regionsOf = new Map<string, Set<string>>();
    for (const o of mine)
      if (o.egress) {
        const k = tableKey(o.egress);
        regionsOf.set(k, (regionsOf.get(k) ?? new Set()).add(o.region));
      }
    const cells = AREAS.map((area) => {
      const here = mine.filter((o) => o.area === area);
      if (here.length === 0) return '—';
      const parts: string[] = [];
      const seen = new Set<string>();
      // Where the provider's products here take different tables (Google Cloud bills Cloud Run's
      // egress apart from Compute Engine's), each table names the products (ids) that take it.
      const productsOf = new Map<string, Set<string>>();
      for (const o of here)
        if (o.egress) {
          const k = tableKey(o.egress);
          productsOf.set(k, (productsOf.get(k) ?? new Set()).add(o.productId));
        }
      const productSets = [...productsOf.values()].map((x) => [...x].sort().join());
      const sameProducts = new Set(productSets).size <= 1;
      for (const o of here) {
        if (!o.egress) continue;
        const p = o.egress.provenance;
        const k = tableKey(o.egress);
        if (seen.has(k)) continue;
        seen.add(k);
        const ref = `egress/${providerId}/${area}/${seen.size}`;
        const n = regionsOf.get(k)?.size ?? 1;
        const where = n > 1 ? `one table for ${n} regions` : o.region;
        const products = sameProducts ? '' : ` (${[...(productsOf.get(k) ?? [])].join(', ')})`;
        links.push(`[${ref}]: ${p.source}`);
        parts.push(`[${where}][${ref}]${products}, ${SHORT[p.verification]}, ${p.checkedOn}`);
      }
      for (const region of new Set(
        here.filter((o) => !o.egress && o.egressUnpriced).map((o) => o.region),
      ))
        parts.push(`unpriced in ${region}`);
      const none = here.filter((o) => !o.egress && !o.egressUnpriced).length;
      if (none > 0) parts.push(`no egress line (${none})`);
      return parts.join('; ');
    });
    return `| ${mine[0]?.provider ?? providerId} | ${cells.join(' | ')} |`;
  });
  return [
    `| provider | ${AREAS.join(' | ')} |`,
    `| --- | ${AREAS.map(() => '---').join(' | ')} |`,
    ...rows,
    '',
    ...links,
  ].join('\n');
}

/** `text` with the block between the `name` markers replaced by `body`. */
function fillBlock(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start (generated by npm run docs:pricing) -->`;
  const end = `<!-- ${name}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${PRICING_DOC}: markers ${start} … ${end} not found`);
  return `${text.slice(0, a + start.length)}\n\n${body}\n\n${text.slice(b)}`;
}

/** docs/PRICING.md with its coverage and egress tables regenerated, formatted as Prettier would. */
export async function renderPricingDoc(offers: readonly Offer[]): Promise<string> {
  const text = readFileSync(PRICING_DOC, 'utf8');
  const next = fillBlock(
    fillBlock(text, MARKER, coverageTable(offers)),
    EGRESS_MARKER,
    egressTable(offers),
  );
  const options = (await prettier.resolveConfig(PRICING_DOC)) ?? {};
  return prettier.format(next, { ...options, filepath: PRICING_DOC });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const catalog = loadCatalog();
  for (const p of catalog.problems)
    console.error(`${p.file} ${p.offerId ?? ''} ${p.path}: ${p.message}`);
  writeFileSync(PRICING_DOC, await renderPricingDoc(catalog.offers));
  console.log(`wrote the coverage table in ${PRICING_DOC}`);
}
