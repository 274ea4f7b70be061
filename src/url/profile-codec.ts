/**
 * An imported week in a share link: 168 whole levels (0–63 of the busiest hour) written one
 * base64url character per hour after a version character ("1"); a run of 4 to 63 equal hours is
 * the character, "." and the run's length as one character. A flat week is 10 characters, a week
 * with quiet nights and weekends about 60–100, and never more than 169.
 *
 * Hand-written rather than deflate (fflate, CompressionStream): this runs in the first-load chunk
 * (≈ 0.3 kB here against ≈ 4 kB for an inflater) and synchronously, and 6-bit levels with run
 * lengths leave deflate little to gain.
 */
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** A longer value is refused with a notice (a crafted or damaged link). */
export const MAX_PROFILE_TEXT = 400;

/** Levels (whole numbers 0–63) → link text. */
export function encodeProfile(levels: readonly number[]): string {
  let out = '1';
  for (let i = 0; i < levels.length;) {
    let n = 1;
    while (n < 63 && levels[i + n] === levels[i]) n++;
    const c = B64URL[levels[i] ?? 0] ?? 'A';
    out += n > 3 ? `${c}.${B64URL[n]}` : c.repeat(n);
    i += n;
  }
  return out;
}

/** Link text → levels, or why it cannot be read. */
export function decodeProfile(
  text: string,
  length: number,
): { ok: true; value: number[] } | { ok: false; reason: string } {
  const out: number[] = [];
  let good = text[0] === '1' && text.length <= MAX_PROFILE_TEXT;
  for (let i = 1; good && i < text.length; i++) {
    const v = B64URL.indexOf(text[i] ?? '');
    let n = text[i + 1] === '.' ? B64URL.indexOf(text[(i += 2)] ?? '') : 1;
    good = v >= 0 && n > 0 && out.length + n <= length;
    while (good && n-- > 0) out.push(v);
  }
  return good && out.length === length && out.some((v) => v > 0)
    ? { ok: true, value: out }
    : {
        ok: false,
        reason: `"${text.slice(0, 20)}" is not a week of ${length} hours (version 1, at most ${MAX_PROFILE_TEXT} characters)`,
      };
}
