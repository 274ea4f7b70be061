/**
 * Test helper: one pricing-data file parsed with the app's parser, and typed look-ups into it.
 * Only imported by src/catalog/*.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadFx } from './load-from-disk.ts';
import { parseCatalogFile, parseListedFile } from './parse.ts';
import type { ListedOffer, Offer } from './schema.ts';

type FaasOffer = Extract<Offer, { kind: 'faas' }>;

export function catalogTestFile(file: string) {
  const json: unknown = JSON.parse(
    fs.readFileSync(path.resolve(__dirname, '../../pricing-data', file), 'utf8'),
  );
  // Converted to USD with pricing-data/fx.json, as the page and the CLI load it.
  const fx = loadFx();
  const catalog = parseCatalogFile(file, json, fx.ok ? fx.rates : undefined);

  /** The offer with this id, kind and area, or a thrown error naming what is missing. */
  function offer<K extends Offer['kind']>(id: string, kind: K, area = 'us-east') {
    const o = catalog.offers.find((x) => x.id === id && x.area === area);
    if (!o || o.kind !== kind) throw new Error(`no ${kind} offer ${id} in ${area}`);
    return o as Extract<Offer, { kind: K }>;
  }

  /** A FaaS offer's meter by basis. */
  function meter(o: FaasOffer, basis: string) {
    const m = o.meters.find((x) => x.basis === basis);
    if (!m) throw new Error(`${o.id} has no ${basis} meter`);
    return m;
  }

  /** The offer as the file lists it (prices in its own currency), by id, kind and area. */
  function listed<K extends Offer['kind']>(id: string, kind: K, area = 'us-east') {
    const o = parseListedFile(file, json).offers.find((x) => x.id === id && x.area === area);
    if (!o || o.kind !== kind) throw new Error(`no listed ${kind} offer ${id} in ${area}`);
    return o as Extract<ListedOffer, { kind: K }>;
  }

  return { catalog, offer, meter, listed, rates: fx.ok ? fx.rates : undefined };
}
