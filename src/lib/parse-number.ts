/**
 * Numbers as people type them, read in their locale (docs/MODEL.md, "Typing numbers"):
 * - the locale's group and decimal separators (Intl's own, so "1.000" is 1000 in de-DE), plus
 *   spaces, "_" and apostrophes as groups; a group has three digits ("12,34,567" too), so "1,5"
 *   in en-US is refused, never read as 15;
 * - "1.000" with the locale's decimal separator and three digits after it could be 1 or 1000
 *   (a European group): refused with both readings, never read as 1;
 * - exponents ("1e6", "2.5E3");
 * - where allowed, k or K (thousand), M (million) and B or b (billion). A lower-case "m" is refused:
 *   it reads as minutes or milli as easily as million.
 * Hand-written (about 50 lines): @internationalized/number reads locales but knows no suffixes or
 * ambiguity, and would add its own weight to the first load.
 */

export interface Separators {
  group: string;
  decimal: string;
}

/** The group and decimal separators of a locale (the browser's when none is given). */
export function separatorsOf(locale?: string): Separators {
  const s: Separators = { group: ',', decimal: '.' };
  for (const p of new Intl.NumberFormat(locale).formatToParts(12345.6))
    if (p.type === 'group' || p.type === 'decimal') s[p.type] = p.value;
  return s;
}

let here: Separators | undefined;
const SCALE: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, b: 1e9, B: 1e9 };

/**
 * The number in `text`, or why it is not one (a phrase to follow the field's name). `NaN` when it
 * is not a number at all.
 */
export function parseNumber(
  text: string,
  allowSuffix = false,
  sep: Separators = (here ??= separatorsOf()),
): number | string {
  const { group: g, decimal: d } = sep;
  const t = text.trim();
  const q = `"${t}"`;
  // Separators are punctuation or spaces, never letters or digits: a backslash makes each literal.
  const m = new RegExp(
    `^([-+]?)(\\d+(?:[\\${g}\\s_'’]\\d+)*)?(?:\\${d}(\\d*))?(?:e([-+]?\\d+))?\\s*([a-z])?$`,
    'i',
  ).exec(t);
  if (!m || (!m[2] && !m[3])) return Number.NaN;
  const [, sign, whole = '', frac, exp, suffix] = m;
  const groups = whole.split(/\D/);
  const badGroup = (x: string, i: number) =>
    i === 0 ? x.length > 3 : x.length !== 3 && !(x.length === 2 && groups[i + 1]);
  if (groups.length > 1 && groups.some(badGroup))
    return `${q} is unclear: in your locale "${g}" groups thousands and "${d}" starts decimals`;
  if (suffix && !allowSuffix) return Number.NaN;
  if (suffix === 'm') return `${q} is unclear: write M for million`;
  if (suffix && !SCALE[suffix]) return Number.NaN;
  // "1.000" in en-US is 1 by the book, 1000 to half of Europe: ask, showing both readings.
  if (!suffix && !exp && groups.length === 1 && frac?.length === 3 && /^[1-9]\d?\d?$/.test(whole)) {
    const point = frac.replace(/0+$/, '');
    // 12.345 as a decimal is written 12.3450, which cannot be a group.
    const decimal = point ? `${d}${point}${point.length === 3 ? '0' : ''}` : '';
    return `${q} is unclear: type ${whole}${decimal} or ${whole}${g}${frac}`;
  }
  const v = Number(`${sign}${groups.join('') || '0'}.${frac ?? ''}e${exp ?? 0}`);
  return suffix ? v * (SCALE[suffix] ?? 1) : v;
}
