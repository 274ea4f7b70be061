/**
 * Words and short number formats for the sentences src/describe writes from engine data: counts,
 * durations, memory, meter units, possessives and plurals. Money is formatted by format.ts only.
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
 * A number as `Intl.NumberFormat('en-US', { maximumSignificantDigits: digits })` writes it
 * ("1,230,000", "0.000123", "1.01" for 1.005 at 3 digits): never in exponent notation. Built by
 * hand: this runs for every detail line of every offer in each evaluation, and Intl's format costs
 * about a microsecond a call. Like Intl, it rounds the shortest decimal form of the double
 * (String(n)) half away from zero. A property test compares the two on random numbers.
 */
export function sigDigits(n: number, digits: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  if (n === 0) return `${sign}0`;
  const text = String(Math.abs(n));
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const dot = mantissa.indexOf('.');
  let ds = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  // Where the decimal point sits, counted in digits from the left of `ds`.
  let point = (dot < 0 ? mantissa.length : dot) + (e < 0 ? 0 : Number(text.slice(e + 1)));
  let lead = 0;
  while (ds.charCodeAt(lead) === 48 /* '0' */) lead++;
  ds = ds.slice(lead);
  point -= lead;
  if (ds.length > digits) {
    // At most 17 digits (a double's shortest form), so `digits` ≤ 15 stays an exact integer.
    let k = Number(ds.slice(0, digits)) + (ds.charCodeAt(digits) >= 53 /* '5' */ ? 1 : 0);
    if (k === 10 ** digits) {
      k = 10 ** (digits - 1);
      point += 1;
    }
    ds = String(k);
  }
  let end = ds.length;
  while (end > 0 && ds.charCodeAt(end - 1) === 48) end--;
  ds = ds.slice(0, end);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${ds}`;
  if (point >= ds.length) return sign + group(ds + '0'.repeat(point - ds.length));
  return `${sign}${group(ds.slice(0, point))}.${ds.slice(point)}`;
}

/** `sigDigits(n, 3)`: "1,230,000", "0.000123", "1.01" for 1.005. */
export function sig3(n: number): string {
  return sigDigits(n, 3);
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

/**
 * A label's possessive: "AWS Lambda (Arm)'s", but "Cloud Run functions'" (a plural name takes the
 * apostrophe alone).
 */
export function possessive(label: string): string {
  // A last word of letters ending in a lower-case s is a plural ("functions", "Workers"); a code
  // like "B2s" or an acronym like "AWS" takes 's.
  return /(^|[\s(])[A-Za-z-]*[a-z]s$/.test(label) ? `${label}'` : `${label}'s`;
}

/** A count with its noun, singular for exactly one: (1, "request") → "1 request". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${fmtCount(n)} ${n === 1 ? one : many}`;
}

/**
 * An amount of money in a price, without the currency sign: up to 6 significant digits, never in
 * exponent notation, and two decimals once it has any ("0.20", "7", "4.50", "0.0000166667").
 */
export function fmtAmount(x: number): string {
  const text = sigDigits(x, 6);
  const dot = text.indexOf('.');
  return dot >= 0 && text.length - dot - 1 < 2 ? `${text}0` : text;
}

const meterUnits = new Map<string, { scale: number; many: string; per: string }>();

/**
 * How a catalog meter's unit reads (the catalog's units are single units like "GB-s" or "request";
 * a multiple like "1M requests" is still read, though pricing:check rejects it in the data). `scale` is the multiplier the unit names,
 * `many` the plural for a count of single units, `per` what a price is quoted per.
 *   "1M requests" → { scale: 1e6, many: "requests", per: "1M" }
 *   "request"     → { scale: 1, many: "requests", per: "request" }
 *   "CPU-hour"    → { scale: 1, many: "CPU-hours", per: "CPU-hour" }
 *   "GB-s"        → { scale: 1, many: "GB-s", per: "GB-s" }
 */
export function meterUnit(unit: string): { scale: number; many: string; per: string } {
  let u = meterUnits.get(unit);
  if (!u) {
    u = parseMeterUnit(unit);
    meterUnits.set(unit, u);
  }
  return u;
}

function parseMeterUnit(unit: string): { scale: number; many: string; per: string } {
  const m = /^(\d+(?:\.\d+)?)([kKMB]?)\s+(\S.*)$/.exec(unit.trim());
  const noun = m ? m[3]! : unit.trim();
  const many = /s$/.test(noun) ? noun : `${noun}s`;
  if (!m) return { scale: 1, many, per: noun };
  const scale =
    Number(m[1]) *
    ({ '': 1, k: 1e3, K: 1e3, M: 1e6, B: 1e9 } as const)[m[2] as '' | 'k' | 'K' | 'M' | 'B'];
  return { scale, many, per: `${m[1]}${m[2]}` };
}

/**
 * A label as it reads inside a sentence: "Requests" → "requests", "Compute (GB-s)" →
 * "compute (GB-s)"; a word in capitals keeps them ("CPU (vCPU-s)").
 */
export function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}

/**
 * When each free allowance runs out, to follow "<offer>'s free tier ": "runs out on day 4 for
 * requests and on day 14 for compute (GB-s)", "…, but the allowance for compute (GB-s) lasts the
 * month". Day n is hours [24(n − 1), 24n). Empty when no allowance runs out.
 */
export function freeTierRunOutText(
  runOuts: readonly { label: string; hour: number | null }[],
): string {
  const byDay = new Map<number, string[]>();
  const lasting: string[] = [];
  for (const r of [...runOuts].sort((a, b) => (a.hour ?? Infinity) - (b.hour ?? Infinity))) {
    if (r.hour === null) lasting.push(inSentence(r.label));
    else {
      const day = Math.floor(r.hour / 24) + 1;
      byDay.set(day, [...(byDay.get(day) ?? []), inSentence(r.label)]);
    }
  }
  if (byDay.size === 0) return '';
  const days = [...byDay].map(([day, labels]) => `on day ${day} for ${listOf(labels)}`);
  const rest =
    lasting.length === 0
      ? ''
      : `, but the allowance${lasting.length > 1 ? 's' : ''} for ${listOf(lasting)} last${lasting.length > 1 ? '' : 's'} the month`;
  return `runs out ${listOf(days)}${rest}`;
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
