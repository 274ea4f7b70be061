/**
 * Short number formats for the engine's human-readable details and warnings. Display formatting of
 * money for the page lives in src/lib/format.ts; these are only for the engine's own sentences.
 */

/** "1234567" → "1,234,567" (a string of digits). */
function group(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/**
 * A number as `Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 })` writes it ("1,230,000",
 * "0.000123", "1.01" for 1.005), built by hand: this runs for every detail line of every offer in
 * each evaluation, and Intl's format costs about a microsecond a call. Like Intl, it rounds the
 * shortest decimal form of the double (String(n)) half away from zero. A property test compares
 * the two on random numbers.
 */
export function sig3(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  if (n === 0) return `${sign}0`;
  const text = String(Math.abs(n));
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const dot = mantissa.indexOf('.');
  let digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  // Where the decimal point sits, counted in digits from the left of `digits`.
  let point = (dot < 0 ? mantissa.length : dot) + (e < 0 ? 0 : Number(text.slice(e + 1)));
  const lead = digits.length - digits.replace(/^0+/, '').length;
  digits = digits.slice(lead);
  point -= lead;
  if (digits.length > 3) {
    let k = Number(digits.slice(0, 3)) + (digits.charCodeAt(3) >= 53 /* '5' */ ? 1 : 0);
    if (k === 1000) {
      k = 100;
      point += 1;
    }
    digits = String(k);
  }
  digits = digits.replace(/0+$/, '');
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + group(digits + '0'.repeat(point - digits.length));
  return `${sign}${group(digits.slice(0, point))}.${digits.slice(point)}`;
}

/** 1234567 → "1,234,567"; 0.25 → "0.25". */
export function fmtCount(n: number): string {
  if (!Number.isFinite(n)) return '∞';
  if (Math.abs(n) < 100) return sig3(n);
  // Whole numbers with thousands separators (half away from zero, as Intl rounds).
  const whole = Math.round(Math.abs(n));
  if (whole >= 1e21) return new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(n);
  return (n < 0 ? '-' : '') + group(whole.toString());
}

/** A unit price: "$0.0000166667". */
export function fmtRate(usd: number): string {
  if (usd === 0) return '$0';
  return `$${usd >= 0.01 ? usd.toFixed(4).replace(/0+$/, '').replace(/\.$/, '') : usd.toPrecision(6).replace(/0+$/, '')}`;
}

/** 900000 → "15 minutes"; 250 → "250 ms"; 1500 → "1.5 s". */
export function fmtDuration(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} minute${ms === 60_000 ? '' : 's'}`;
  if (ms >= 60_000) return `${sig3(ms / 60_000)} minutes`;
  if (ms >= 1000) return `${sig3(ms / 1000)} s`;
  return `${sig3(ms)} ms`;
}

/** 1536 → "1.5 GB"; 512 → "512 MB". */
export function fmtMemory(mb: number): string {
  return mb >= 1024 ? `${sig3(mb / 1024)} GB` : `${sig3(mb)} MB`;
}

/** 0.034 → "3.4%". */
export function fmtPercent(x: number): string {
  return `${sig3(x * 100)}%`;
}
