/**
 * Streams an AWS Price List offer file (`{ products: {sku: …}, terms: { OnDemand: {sku: …},
 * Reserved: … } }`) and keeps only what is asked for. The EC2 file is over 350 MB: it is never held
 * in memory. Each product is assembled alone (about 1 KB), offered to `keepProduct`, and dropped
 * unless kept; OnDemand terms are assembled only for kept SKUs; Reserved terms and everything else
 * are skipped token by token. Peak memory is the parser's buffer plus the kept SKUs.
 *
 * AWS writes `products` before `terms`. A file with terms first is refused rather than buffered.
 */
import { jsonParser, type Token } from 'stream-json/parser.js';
import { getManyValues, isMany, none } from 'stream-chain/defs.js';
import type { Json } from './canonical.ts';

export interface AwsProduct {
  sku: string;
  productFamily?: string;
  attributes: Record<string, string>;
}

export interface AwsPriceDimension {
  rateCode?: string;
  description?: string;
  beginRange?: string;
  endRange?: string;
  unit?: string;
  pricePerUnit: Record<string, string>;
}

export interface AwsOnDemandTerm {
  offerTermCode?: string;
  sku?: string;
  effectiveDate?: string;
  priceDimensions: Record<string, AwsPriceDimension>;
}

export interface OfferSlice {
  offerCode?: string;
  version?: string;
  publicationDate?: string;
  products: Map<string, AwsProduct>;
  onDemand: Map<string, AwsOnDemandTerm[]>;
  /** Products read, kept or not: proof the whole file went through. */
  productsSeen: number;
}

export class OfferFileError extends Error {
  override name = 'OfferFileError';
}

type Frame = { arr: Json[] } | { obj: Record<string, Json>; key: string | undefined };

/** Builds one JSON value from tokens. */
class Assembler {
  private stack: Frame[] = [];
  done: Json | undefined = undefined;

  private add(v: Json): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      this.done = v;
      return;
    }
    if ('arr' in top) top.arr.push(v);
    else if (top.key !== undefined) {
      top.obj[top.key] = v;
      top.key = undefined;
    }
  }

  /** Feed one token; returns true when the value is complete. */
  feed(t: Token): boolean {
    switch (t.name) {
      case 'startObject':
        this.stack.push({ obj: {}, key: undefined });
        return false;
      case 'startArray':
        this.stack.push({ arr: [] });
        return false;
      case 'endObject':
      case 'endArray': {
        const f = this.stack.pop();
        if (f) this.add('arr' in f ? f.arr : f.obj);
        return this.stack.length === 0;
      }
      case 'keyValue': {
        const top = this.stack[this.stack.length - 1];
        if (top && 'obj' in top) top.key = t.value;
        return false;
      }
      case 'stringValue':
        this.add(t.value);
        break;
      case 'numberValue':
        this.add(Number(t.value));
        break;
      case 'nullValue':
        this.add(null);
        break;
      case 'trueValue':
        this.add(true);
        break;
      case 'falseValue':
        this.add(false);
        break;
      default:
        return false;
    }
    return this.stack.length === 0;
  }
}

function asProduct(sku: string, v: Json): AwsProduct {
  const o = v && typeof v === 'object' && !Array.isArray(v) ? v : {};
  const attributes: Record<string, string> = {};
  const a = o.attributes;
  if (a && typeof a === 'object' && !Array.isArray(a))
    for (const [k, x] of Object.entries(a)) if (typeof x === 'string') attributes[k] = x;
  return {
    sku: typeof o.sku === 'string' ? o.sku : sku,
    ...(typeof o.productFamily === 'string' ? { productFamily: o.productFamily } : {}),
    attributes,
  };
}

function asTerms(v: Json): AwsOnDemandTerm[] {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return [];
  return Object.values(v).flatMap((t) => {
    if (!t || typeof t !== 'object' || Array.isArray(t)) return [];
    const dims: Record<string, AwsPriceDimension> = {};
    const pd = t.priceDimensions;
    if (pd && typeof pd === 'object' && !Array.isArray(pd))
      for (const [k, d] of Object.entries(pd)) {
        if (!d || typeof d !== 'object' || Array.isArray(d)) continue;
        const price: Record<string, string> = {};
        const ppu = d.pricePerUnit;
        if (ppu && typeof ppu === 'object' && !Array.isArray(ppu))
          for (const [c, p] of Object.entries(ppu)) if (typeof p === 'string') price[c] = p;
        const s = (x: Json | undefined) => (typeof x === 'string' ? x : undefined);
        const dim: AwsPriceDimension = { pricePerUnit: price };
        for (const key of ['rateCode', 'description', 'beginRange', 'endRange', 'unit'] as const) {
          const val = s(d[key]);
          if (val !== undefined) dim[key] = val;
        }
        dims[k] = dim;
      }
    const term: AwsOnDemandTerm = { priceDimensions: dims };
    if (typeof t.offerTermCode === 'string') term.offerTermCode = t.offerTermCode;
    if (typeof t.sku === 'string') term.sku = t.sku;
    if (typeof t.effectiveDate === 'string') term.effectiveDate = t.effectiveDate;
    return [term];
  });
}

/**
 * Read an offer file from a byte stream, keeping the products `keepProduct` accepts and their
 * OnDemand terms.
 */
export async function sliceOfferFile(
  body: AsyncIterable<Uint8Array>,
  keepProduct: (p: AwsProduct) => boolean,
  name = 'offer file',
): Promise<OfferSlice> {
  const parse = jsonParser({ packValues: true, streamValues: false });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const out: OfferSlice = { products: new Map(), onDemand: new Map(), productsSeen: 0 };
  const keys: (string | undefined)[] = [];
  let depth = 0;
  let capture: { kind: 'product' | 'term'; sku: string; asm: Assembler } | undefined;
  let productsDone = false;
  let started = false;

  const onToken = (t: Token): void => {
    if (capture) {
      if (t.name === 'startObject' || t.name === 'startArray') depth++;
      else if (t.name === 'endObject' || t.name === 'endArray') depth--;
      if (capture.asm.feed(t)) {
        const { kind, sku, asm } = capture;
        capture = undefined;
        if (kind === 'product') {
          out.productsSeen++;
          const p = asProduct(sku, asm.done ?? null);
          if (keepProduct(p)) out.products.set(sku, p);
        } else out.onDemand.set(sku, asTerms(asm.done ?? null));
      }
      return;
    }
    switch (t.name) {
      case 'startObject':
      case 'startArray': {
        if (depth === 0) {
          if (t.name !== 'startObject') throw new OfferFileError(`${name}: not a JSON object`);
          started = true;
        }
        const k1 = keys[1];
        if (depth === 1 && k1 === 'terms' && !productsDone && out.productsSeen === 0)
          throw new OfferFileError(
            `${name}: "terms" comes before "products"; this importer needs products first`,
          );
        const sku2 = keys[2];
        const sku3 = keys[3];
        if (depth === 2 && k1 === 'products' && sku2 !== undefined && t.name === 'startObject') {
          capture = { kind: 'product', sku: sku2, asm: new Assembler() };
          capture.asm.feed(t);
          depth++;
          return;
        }
        if (
          depth === 3 &&
          k1 === 'terms' &&
          keys[2] === 'OnDemand' &&
          sku3 !== undefined &&
          out.products.has(sku3)
        ) {
          capture = { kind: 'term', sku: sku3, asm: new Assembler() };
          capture.asm.feed(t);
          depth++;
          return;
        }
        depth++;
        keys[depth] = undefined;
        return;
      }
      case 'endObject':
      case 'endArray':
        if (depth === 2 && keys[1] === 'products') productsDone = true;
        depth--;
        return;
      case 'keyValue':
        if (depth <= 3) keys[depth] = t.value;
        return;
      case 'stringValue':
        if (depth === 1) {
          const k = keys[1];
          if (k === 'offerCode' || k === 'version' || k === 'publicationDate') out[k] = t.value;
        }
        return;
      default:
        return;
    }
  };

  const feed = (result: unknown): void => {
    if (result === none || result === undefined) return;
    if (isMany(result)) for (const t of getManyValues(result) as Token[]) onToken(t);
    else onToken(result as Token);
  };

  try {
    for await (const chunk of body) feed(parse(decoder.decode(chunk, { stream: true })));
    feed(parse(decoder.decode()));
    feed(parse(none as unknown as string));
  } catch (e) {
    if (e instanceof OfferFileError) throw e;
    throw new OfferFileError(`${name}: malformed JSON: ${(e as Error).message}`);
  }
  if (!started || depth !== 0 || capture)
    throw new OfferFileError(`${name}: truncated JSON (the file ends inside a value)`);
  if (out.productsSeen === 0) throw new OfferFileError(`${name}: no "products" in the offer file`);
  return out;
}
