/**
 * Test helper: one pricing-data file parsed with the app's parser, and typed look-ups into it.
 * Only imported by src/catalog/*.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCatalogFile } from './parse.ts';
import type { Offer } from './schema.ts';

type FaasOffer = Extract<Offer, { kind: 'faas' }>;

export function catalogTestFile(file: string) {
  const json: unknown = JSON.parse(
    fs.readFileSync(path.resolve(__dirname, '../../pricing-data', file), 'utf8'),
  );
  const catalog = parseCatalogFile(file, json);

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

  return { catalog, offer, meter };
}
