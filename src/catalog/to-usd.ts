/**
 * Money is converted once, when the catalog loads: every price field of a listed offer (the keys
 * of `USD_NAME_OF`) is multiplied by the dated rate of its currency and renamed to its US-dollar
 * name. The engine then prices in USD only, and refuses an offer that is not.
 */
import { USD_NAME_OF, type Fx, type InUsd, type ListedOffer, type Offer } from './schema.ts';

function isUsdKey(key: string): key is keyof typeof USD_NAME_OF {
  return Object.hasOwn(USD_NAME_OF, key);
}

/** A listed value with its price fields renamed and multiplied by `usdPerUnit`. */
function convert(value: unknown, usdPerUnit: number, isPrice: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => convert(v, usdPerUnit, false));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (isUsdKey(k)) out[USD_NAME_OF[k]] = convert(v, usdPerUnit, true);
      else out[k] = convert(v, usdPerUnit, false);
    }
    return out;
  }
  return isPrice && typeof value === 'number' ? value * usdPerUnit : value;
}

export type ToUsdResult = { ok: true; offer: Offer } | { ok: false; message: string };

/**
 * The offer in US dollars. A USD offer keeps its numbers; another currency needs its rate in
 * `fx` (pricing-data/fx.json), and keeps the rate and its date in `listedIn` for display.
 */
export function toUsdOffer(listed: ListedOffer, rates: Fx['rates'] | undefined): ToUsdResult {
  if (listed.currency === 'USD') return { ok: true, offer: convert(listed, 1, false) as Offer };
  const rate = rates?.find((r) => r.currency === listed.currency);
  if (rate === undefined)
    return {
      ok: false,
      message: `priced in ${listed.currency}, and fx.json has no ${listed.currency}→USD rate: the offer is left out`,
    };
  // convert() renames exactly the keys InUsd<> renames, so its result has the converted type.
  const usd = convert(listed, rate.usdPerUnit, false) as InUsd<ListedOffer>;
  return {
    ok: true,
    offer: {
      ...usd,
      currency: 'USD',
      listedIn: { currency: listed.currency, usdPerUnit: rate.usdPerUnit, asOf: rate.asOf },
    },
  };
}
