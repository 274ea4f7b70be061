/**
 * The only place money and volumes are formatted for people. Engine numbers stay unrounded;
 * rounding happens here, once, for display (Intl.NumberFormat, en-US, USD).
 */

const usd2 = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const usd0 = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});
const usdCompact = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });
const percent1 = new Intl.NumberFormat('en-US', {
  style: 'percent',
  maximumFractionDigits: 1,
});

/**
 * Money for people: two decimals below $1,000 ("$3.10", "$412.50"), none from $1,000 ("$1,235").
 * A cost that is not zero never shows as "$0.00": it reads "< $0.01" (or "> -$0.01" for credits).
 */
export function formatUsd(usd: number): string {
  if (!Number.isFinite(usd)) return '—';
  if (usd === 0) return '$0.00';
  const abs = Math.abs(usd);
  if (abs < 0.005) return usd > 0 ? '< $0.01' : '> -$0.01';
  // Between $100 and $1,000 cents still matter to a reader comparing two bills; above, they don't.
  return abs >= 1000 ? usd0.format(usd) : usd2.format(usd);
}

/** Compact money for chart axes: "$0", "$0.5", "$12", "$1.2K" → "$1.2k". */
export function formatUsdCompact(usd: number): string {
  if (!Number.isFinite(usd)) return '—';
  if (usd === 0) return '$0';
  if (Math.abs(usd) < 0.01) return usd > 0 ? '< $0.01' : '> -$0.01';
  if (Math.abs(usd) < 1) return usd2.format(usd);
  return usdCompact.format(usd).replace(/K$/, 'k');
}

/** Request volumes: "950", "1.2k", "41M", "1T". */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return '—';
  if (Math.abs(n) < 1000)
    return integer.format(n) === '0' && n > 0 ? formatSmall(n) : integer.format(n);
  return compact.format(n).replace(/K$/, 'k');
}

function formatSmall(n: number): string {
  return n.toPrecision(2).replace(/\.?0+$/, '');
}

/** A whole number with separators: "8,760,000". */
export function formatInteger(n: number): string {
  return integer.format(n);
}

/** A rate like requests per second: 3 significant digits ("3.33", "0.0417", "1,200"). */
export function formatRate(n: number): string {
  if (!Number.isFinite(n)) return '—';
  if (n === 0) return '0';
  if (Math.abs(n) >= 1000) return integer.format(n);
  return new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 }).format(n);
}

/** Utilisation 0..1 → "3%"; small non-zero shares keep one decimal ("0.4%"), never "0%". */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return '—';
  if (share > 0 && share < 0.01) return share < 0.0005 ? '< 0.1%' : percent1.format(share);
  return percent.format(share);
}

/** ISO date "2026-11-02" → "2 Nov 2026" (UTC, so it never shifts a day). */
export function formatDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}
