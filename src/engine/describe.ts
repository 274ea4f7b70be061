/**
 * Short number formats for the engine's human-readable details and warnings. Display formatting of
 * money for the page lives in src/lib/format.ts; these are only for the engine's own sentences.
 */

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const small = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

/** 1234567 → "1,234,567"; 0.25 → "0.25". */
export function fmtCount(n: number): string {
  if (!Number.isFinite(n)) return '∞';
  if (Math.abs(n) < 100) return small.format(n);
  // Whole numbers with thousands separators, without Intl's cost on this hot path.
  const whole = Math.round(Math.abs(n));
  if (whole >= 1e21) return count.format(n);
  return (n < 0 ? '-' : '') + whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A unit price: "$0.0000166667". */
export function fmtRate(usd: number): string {
  if (usd === 0) return '$0';
  return `$${usd >= 0.01 ? usd.toFixed(4).replace(/0+$/, '').replace(/\.$/, '') : usd.toPrecision(6).replace(/0+$/, '')}`;
}

/** 900000 → "15 minutes"; 250 → "250 ms"; 1500 → "1.5 s". */
export function fmtDuration(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} minute${ms === 60_000 ? '' : 's'}`;
  if (ms >= 60_000) return `${small.format(ms / 60_000)} minutes`;
  if (ms >= 1000) return `${small.format(ms / 1000)} s`;
  return `${small.format(ms)} ms`;
}

/** 1536 → "1.5 GB"; 512 → "512 MB". */
export function fmtMemory(mb: number): string {
  return mb >= 1024 ? `${small.format(mb / 1024)} GB` : `${small.format(mb)} MB`;
}

/** 0.034 → "3.4%". */
export function fmtPercent(x: number): string {
  return `${small.format(x * 100)}%`;
}
