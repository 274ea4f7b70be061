/**
 * The only place money and volumes are formatted for people (the page, the widget, the CLI and the
 * exports). Engine numbers stay unrounded and in USD; rounding happens here, once, for display
 * (Intl.NumberFormat, en-US). Display in EUR or GBP is a conversion here too (`formatMoney` with a
 * `Money`), never in components or the engine. React-free.
 */

// Building an Intl formatter is slow (tens of ms on a phone for the first ones), so each is built on
// first use and kept: nothing is built while the page's first script runs.
function cached<T>(make: () => T): () => T {
  let v: T | undefined;
  return () => (v ??= make());
}
const integer = cached(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }));
// Counts in short: three significant figures, like their words (`words` below).
const compactCount = cached(
  () => new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 }),
);
const words = cached(
  () =>
    new Intl.NumberFormat('en-US', {
      notation: 'compact',
      compactDisplay: 'long',
      maximumSignificantDigits: 3,
    }),
);
const significant3 = cached(() => new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 }));
const significant6 = cached(() => new Intl.NumberFormat('en-US', { maximumSignificantDigits: 6 }));
const percent = cached(
  () => new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 }),
);
const percent1 = cached(
  () => new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }),
);
const dayMonthYear = cached(
  () =>
    new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);

/**
 * Decimal places below which a computed USD figure is binary noise, not money: a billionth of a
 * dollar (one AWS Lambda request is $0.0000002). Exports round to it (results-document.ts), and
 * formatMoney rounds to it before rounding to cents, so a bill of exactly $28.835 (4 × $7.20875)
 * that floats compute as 28.834999999999997 reads $28.84 on the page, in the CLI and in an export
 * alike.
 */
export const USD_DECIMALS = 9;

/** Currencies a person may read figures in. USD is the base of every computation. */
export const DISPLAY_CURRENCIES = ['USD', 'EUR', 'GBP'] as const;
export type DisplayCurrency = (typeof DISPLAY_CURRENCIES)[number];

/** One dated rate from pricing-data/fx.json: how many US dollars one unit buys. */
export interface FxQuote {
  currency: string;
  usdPerUnit: number;
  asOf: string;
  source: string;
}

/** How money is shown: the currency, and for EUR/GBP the rate used (absent for USD). */
export interface Money {
  currency: DisplayCurrency;
  rate?: FxQuote;
}

export const USD_MONEY: Money = { currency: 'USD' };

/**
 * The display for a chosen currency and the rates that loaded. Without a usable rate it falls back
 * to USD and says why (`notice`), so a missing fx.json never shows NaN or a wrong figure.
 */
export function moneyFor(
  currency: DisplayCurrency | undefined,
  rates: readonly FxQuote[] | undefined,
): { money: Money; notice?: string } {
  if (currency === undefined || currency === 'USD') return { money: USD_MONEY };
  const rate = rates?.find((r) => r.currency === currency);
  if (!rate || !Number.isFinite(rate.usdPerUnit) || rate.usdPerUnit <= 0)
    return {
      money: USD_MONEY,
      notice: `No ${currency} exchange rate could be loaded, so figures are shown in USD.`,
    };
  return { money: { currency, rate } };
}

const formatters = new Map<string, Intl.NumberFormat>();
function nf(currency: DisplayCurrency, kind: '2' | '0' | 'compact'): Intl.NumberFormat {
  const key = `${currency}${kind}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      ...(kind === 'compact' ? { notation: 'compact' } : {}),
      minimumFractionDigits: kind === '2' ? 2 : 0,
      maximumFractionDigits: kind === '2' ? 2 : kind === '0' ? 0 : 1,
    });
    formatters.set(key, f);
  }
  return f;
}

/** USD → the display currency, unrounded (USD stays as it is). */
export function convertUsd(usd: number, money: Money = USD_MONEY): number {
  return money.rate ? usd / money.rate.usdPerUnit : usd;
}

/** An amount in the display currency → USD (for placing round axis ticks in that currency). */
export function usdOf(amount: number, money: Money = USD_MONEY): number {
  return money.rate ? amount * money.rate.usdPerUnit : amount;
}

/**
 * Round linear axis ticks in the display currency (0, €2, €4… or 0, $50, $100…) from 0 to at least
 * `maxUsd`, as USD positions: steps of 1, 2, 2.5 or 5 × 10ⁿ, about `count` of them. Undefined for
 * an empty range. The charts' axes take these rather than Recharts' own, so the widget's static
 * plot (static-line-plot.tsx) draws the same ticks without it.
 */
export function linearMoneyTicks(maxUsd: number, money: Money, count = 5): number[] | undefined {
  const max = convertUsd(maxUsd, money);
  if (!Number.isFinite(max) || max <= 0) return undefined;
  const raw = max / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * pow >= raw) ?? 10) * pow;
  const ticks: number[] = [];
  for (let i = 0; i === 0 || ticks[ticks.length - 1]! < maxUsd; i++)
    ticks.push(usdOf(i * step, money));
  return ticks;
}

/**
 * How an amount is written: `amount` for costs ("$3.10", "$412.50", "$1,235"), `compact` for chart
 * axes ("$0", "$0.5", "$1.2k"), `price` for a price per unit, which keeps up to six significant
 * digits ("$0.20", "$0.0000166667", "$5").
 */
export type MoneyStyle = 'amount' | 'compact' | 'price';

/**
 * The one money formatter: converts a USD amount to the display currency at the dated rate, takes
 * binary noise off at USD_DECIMALS (amounts and axis labels), then rounds once. An amount that is
 * not zero never reads as zero: "< $0.01" (a credit: "-< $0.01"); never "$0.00", "-$0.00" or
 * "> -$0.01". Two decimals below 1,000 and none from 1,000 ("€5.10", "€1,235"), so cents still
 * matter to a reader comparing two bills.
 */
export function formatMoney(
  usd: number,
  money: Money = USD_MONEY,
  style: MoneyStyle = 'amount',
): string {
  // Float noise off first: 4 × $7.20875 computes as 28.834999999999997 (it is $28.835, which
  // reads $28.84), and axis ticks placed with usdOf come back as 0.01 × r / r ≠ 0.01. A price per
  // unit keeps its significant digits ($0.0000166667 per GB-s) instead.
  const raw = convertUsd(usd, money);
  const v = style === 'price' ? raw : Math.round(raw * 10 ** USD_DECIMALS) / 10 ** USD_DECIMALS;
  if (!Number.isFinite(v)) return '—';
  const cur = money.currency;
  if (v === 0) return style === 'amount' ? nf(cur, '2').format(0) : `${symbolOf(cur)}0`;
  const sign = v < 0 ? '-' : '';
  const abs = Math.abs(v);
  if (style === 'price') {
    // Up to six significant digits, never in exponent notation; two decimals once it has any.
    const text = significant6().format(abs);
    const dot = text.indexOf('.');
    return `${sign}${symbolOf(cur)}${dot >= 0 && text.length - dot - 1 < 2 ? `${text}0` : text}`;
  }
  const small = style === 'compact' ? 0.01 : 0.005;
  if (abs < small) return `${sign}< ${nf(cur, '2').format(0.01)}`;
  if (style === 'compact' && abs >= 1)
    return sign + nf(cur, 'compact').format(abs).replace(/K$/, 'k');
  return sign + (abs >= 1000 && style === 'amount' ? nf(cur, '0') : nf(cur, '2')).format(abs);
}

const symbols = new Map<DisplayCurrency, string>();
/** "$", "€", "£" as Intl writes them in en-US. */
function symbolOf(currency: DisplayCurrency): string {
  let sym = symbols.get(currency);
  if (sym === undefined) {
    sym = nf(currency, '0').format(0).replace('0', '');
    symbols.set(currency, sym);
  }
  return sym;
}

/** Who published a rate, for people: "ECB" for the ECB's file, else the source's host. */
export function rateSourceName(source: string): string {
  try {
    const host = new URL(source).hostname.replace(/^www\./, '');
    return host === 'ecb.europa.eu' ? 'ECB' : host;
  } catch {
    return source;
  }
}

/**
 * The line shown once next to converted figures: "at the ECB rate of 8 May 2026 (€1 = $1.1761)".
 * Null for USD, which needs none.
 */
export function describeRate(money: Money): string | null {
  const r = money.rate;
  if (!r) return null;
  const one = nf(money.currency, '0').format(1);
  return `at the ${rateSourceName(r.source)} rate of ${formatDate(r.asOf)} (${one} = $${r.usdPerUnit.toPrecision(5)})`;
}

/**
 * A count in short, the one form for volumes in sentences, axes and break-evens (page, widget, CLI
 * and exports): three significant figures with k, M, B or T, as `formatCountWords` says them in
 * words. 7,521,724 → "7.52M", 752,172 → "752k", 999,600 → "1M", 4,100 → "4.1k", 950 → "950",
 * 12.345 → "12.3", 0.25 → "0.25" (never "0" for a count that is not zero).
 */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return '—';
  return compactCount().format(n).replace(/K$/, 'k');
}

/** Request volumes in words, where a suffix could be misread: "438 billion", "8.76 million". */
export function formatCountWords(n: number): string {
  return words().format(n);
}

/** A whole number with separators: "8,760,000". */
export function formatInteger(n: number): string {
  return integer().format(n);
}

/** A rate like requests per second: 3 significant digits ("3.33", "0.0417", "1,200"). */
export function formatRate(n: number): string {
  if (!Number.isFinite(n)) return '—';
  if (n === 0) return '0';
  if (Math.abs(n) >= 1000) return integer().format(n);
  return significant3().format(n);
}

/**
 * Utilisation 0..1 → "3%"; a share within 1% of none or of all keeps one decimal ("0.4%", "99.6%"),
 * never "0%" or "100%" for what is not exactly that ("< 0.1%", "> 99.9%").
 */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return '—';
  if (share > 0 && share < 0.01) return share < 0.0005 ? '< 0.1%' : percent1().format(share);
  if (share > 0.99 && share < 1) return share > 0.9995 ? '> 99.9%' : percent1().format(share);
  return percent().format(share);
}

/** ISO date "2026-11-02" → "2 Nov 2026" (UTC, so it never shifts a day). */
export function formatDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return dayMonthYear().format(d);
}
