/**
 * Rules across files about what an offer is and who keeps it current (on top of rules.ts):
 * - provider: `provider` is the display name providers.ts gives its `providerId` (the id itself is
 *   checked by the schema against the same list);
 * - platform-facts: every FaaS offer's product has cold-start, scaling and scheduler facts in
 *   platform.json, or is listed in its `notModelled` for that fact; platform.json names only FaaS
 *   products that exist, once per section;
 * - importer: an offer with `refreshedBy: <importer>` sits in that importer's file and the
 *   importer has a rule for it; a `curated` one has no importer rule that would overwrite it.
 */
import { PROVIDERS } from '../../src/catalog/providers.ts';
import { platformSchema, type PlatformFact, type ProductRef } from '../../src/catalog/platform.ts';
import { offerSchema, IMPORTER_NAMES, type ListedOffer } from '../../src/catalog/schema.ts';
import type { Json } from './canonical.ts';
import { FILE_OF, REFRESHES } from './importers.ts';
import type { Finding } from './rules.ts';
import type { RawOffer } from './types.ts';

type Obj = { [key: string]: Json };
const isObj = (v: Json | undefined): v is Obj =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

interface Located {
  file: string;
  index: number;
  raw: RawOffer;
  offer: ListedOffer;
}

/** Every offer that passes the schema, with where it is (schema failures are reported elsewhere). */
function validOffers(files: readonly { file: string; json: Json }[]): Located[] {
  const out: Located[] = [];
  for (const { file, json } of files) {
    if (!isObj(json) || !Array.isArray(json.offers)) continue;
    json.offers.forEach((raw, index) => {
      if (!isObj(raw)) return;
      const r = offerSchema.safeParse(raw);
      if (r.success) out.push({ file, index, raw, offer: r.data });
    });
  }
  return out;
}

const productKey = (p: ProductRef) => `${p.providerId}/${p.productId}`;

const FACT_SECTIONS: readonly { fact: PlatformFact; section: 'coldStarts' | 'limits' }[] = [
  { fact: 'cold-start', section: 'coldStarts' },
  { fact: 'scaling', section: 'limits' },
];

/** All identity rules over the loaded catalog files and platform.json (when it parses). */
export function checkIdentity(
  files: readonly { file: string; json: Json }[],
  platformFile: string,
  platformJson: Json | undefined,
): Finding[] {
  const out: Finding[] = [];
  const offers = validOffers(files);
  const at = (l: Located, field: string) => ({
    file: l.file,
    offerId: l.offer.id,
    path: `offers[${l.index}].${field}`,
  });

  for (const l of offers) {
    const name = PROVIDERS.find((p) => p.id === l.offer.providerId)?.name;
    if (name !== undefined && l.offer.provider !== name)
      out.push({
        ...at(l, 'provider'),
        level: 'error',
        rule: 'provider',
        message: `"${l.offer.provider}" is not the name src/catalog/providers.ts gives "${l.offer.providerId}" ("${name}")`,
      });

    const by = l.offer.refreshedBy;
    if (by === 'curated') {
      for (const imp of IMPORTER_NAMES)
        if (REFRESHES[imp](l.raw))
          out.push({
            ...at(l, 'refreshedBy'),
            level: 'error',
            rule: 'importer',
            message: `marked curated, but the ${imp} importer has a rule for its product "${l.offer.productId}" and would overwrite it: set refreshedBy to "${imp}", or change the importer`,
          });
    } else if (l.file !== FILE_OF[by])
      out.push({
        ...at(l, 'refreshedBy'),
        level: 'error',
        rule: 'importer',
        message: `refreshed by the ${by} importer, which reads only ${FILE_OF[by]}: move the offer there or mark it curated`,
      });
    else if (!REFRESHES[by](l.raw))
      out.push({
        ...at(l, 'refreshedBy'),
        level: 'error',
        rule: 'importer',
        message: `refreshed by the ${by} importer, but it has no rule for product "${l.offer.productId}" (kind ${l.offer.kind}): it would skip this offer silently. Add a rule to the importer, or mark the offer curated`,
      });
  }

  const platform = platformSchema.safeParse(platformJson);
  // A platform.json that fails its schema is reported by rules.ts; without it nothing is joined.
  if (!platform.success) return out;
  const p = platform.data;
  const faasProducts = new Set(
    offers.filter((l) => l.offer.kind === 'faas').map((l) => productKey(l.offer)),
  );
  const notModelled = (o: ProductRef, fact: PlatformFact) =>
    p.notModelled.some((n) => productKey(n) === productKey(o) && n.facts.includes(fact));

  // platform.json names only FaaS products of the catalog, once per section.
  const sections: [string, readonly ProductRef[]][] = [
    ['coldStarts', p.coldStarts],
    ['limits', p.limits],
    ['notModelled', p.notModelled],
  ];
  for (const [section, entries] of sections) {
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      const key = productKey(e);
      const base = {
        file: platformFile,
        path: `${section}[${i}].productId`,
        level: 'error' as const,
      };
      if (!faasProducts.has(key))
        out.push({
          ...base,
          rule: 'platform-facts',
          message: `"${key}" is not the providerId/productId of any FaaS offer in the catalog`,
        });
      if (seen.has(key))
        out.push({ ...base, rule: 'platform-facts', message: `"${key}" is listed twice` });
      seen.add(key);
    });
  }
  p.schedulers.forEach((s, i) => {
    if (![...faasProducts].some((k) => k.startsWith(`${s.providerId}/`)))
      out.push({
        file: platformFile,
        path: `schedulers[${i}].providerId`,
        level: 'error',
        rule: 'platform-facts',
        message: `no FaaS offer of "${s.providerId}" in the catalog uses this scheduler`,
      });
  });

  // Every FaaS offer reaches each fact, or platform.json says why it is left out.
  for (const l of offers) {
    if (l.offer.kind !== 'faas') continue;
    const missing: string[] = [];
    const contradicted: string[] = [];
    for (const { fact, section } of FACT_SECTIONS) {
      const given = p[section].some((e) => productKey(e) === productKey(l.offer));
      if (!given && !notModelled(l.offer, fact)) missing.push(`${fact} (${section})`);
      if (given && notModelled(l.offer, fact)) contradicted.push(fact);
    }
    const scheduler = p.schedulers.some((s) => s.providerId === l.offer.providerId);
    if (!scheduler && !notModelled(l.offer, 'scheduler')) missing.push('scheduler (schedulers)');
    if (scheduler && notModelled(l.offer, 'scheduler')) contradicted.push('scheduler');
    if (missing.length > 0)
      out.push({
        ...at(l, 'productId'),
        level: 'error',
        rule: 'platform-facts',
        message: `${platformFile} has no ${missing.join(', ')} facts for FaaS product "${productKey(l.offer)}": add them, or list the product in notModelled with why`,
      });
    if (contradicted.length > 0)
      out.push({
        ...at(l, 'productId'),
        level: 'error',
        rule: 'platform-facts',
        message: `${platformFile} both gives and lists as notModelled the ${contradicted.join(', ')} facts of "${productKey(l.offer)}"`,
      });
  }
  return out;
}
