/**
 * Exchange rates from pricing-data/fx.json, in the form the engine takes.
 */
import { fxSchema, type Fx } from './schema.ts';

/** USD value of one unit of each non-USD currency the catalog uses. */
export interface FxRates {
  usdPerUnit: Readonly<Partial<Record<string, number>>>;
  asOf?: string;
}

/** The engine's rates: USD per unit of each currency, with the oldest rate's date. */
export function fxRatesFrom(fx: Fx): FxRates {
  const usdPerUnit: Record<string, number> = {};
  let asOf: string | undefined;
  for (const r of fx.rates) {
    usdPerUnit[r.currency] = r.usdPerUnit;
    if (asOf === undefined || r.asOf < asOf) asOf = r.asOf;
  }
  return asOf === undefined ? { usdPerUnit } : { usdPerUnit, asOf };
}

/** Parse fx.json; on failure, a message naming the field and what was expected. */
export function parseFx(json: unknown): { ok: true; fx: Fx } | { ok: false; message: string } {
  const r = fxSchema.safeParse(json);
  if (r.success) return { ok: true, fx: r.data };
  const i = r.error.issues[0];
  return {
    ok: false,
    message: `fx.json: ${i ? `${i.path.join('.') || '(file)'}: ${i.message}` : 'invalid'}`,
  };
}
