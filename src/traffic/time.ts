/** Timestamps as the formats write them, read without the host's time zone. */

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export interface Instant {
  ms: number;
  /** Minutes east of UTC as written; null when the text had no zone (read as UTC). */
  offsetMinutes: number | null;
}

function offsetOf(zone: string | undefined): number | null {
  if (zone === undefined) return null;
  if (zone === 'Z' || zone === 'z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/**
 * "2024-03-04T10:00:00Z", "2024-03-04 10:00:00+02:00", "2024-03-04T10:00" (no zone: UTC), or a Unix
 * time in seconds (10 digits) or milliseconds (13 digits). Null when it is none of these.
 */
export function parseInstant(text: string): Instant | null {
  const t = text.trim();
  if (/^\d{9,11}(\.\d+)?$/.test(t)) return { ms: Math.round(Number(t) * 1000), offsetMinutes: 0 };
  if (/^\d{12,14}$/.test(t)) return { ms: Number(t), offsetMinutes: 0 };
  const m = ISO.exec(t);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h) > 24 || Number(mi) > 59)
    return null;
  const offset = offsetOf(zone);
  const local = Date.UTC(
    Number(y),
    month - 1,
    day,
    Number(h),
    Number(mi),
    Number(s ?? 0),
    frac !== undefined ? Math.floor(Number(`0.${frac}`) * 1000) : 0,
  );
  return { ms: local - (offset ?? 0) * 60_000, offsetMinutes: offset };
}

const MONTHS: Readonly<Record<string, number>> = {
  Jan: 0,
  Feb: 1,
  Mar: 2,
  Apr: 3,
  May: 4,
  Jun: 5,
  Jul: 6,
  Aug: 7,
  Sep: 8,
  Oct: 9,
  Nov: 10,
  Dec: 11,
};

/**
 * The common log format's time, "10/Oct/2000:13:55:36 -0700" (nginx $time_local, Apache %t), as UTC
 * milliseconds and the offset; null when malformed.
 */
export function parseClfTime(t: string): Instant | null {
  if (t.length < 26 || t.charCodeAt(2) !== 47 || t.charCodeAt(6) !== 47) return null;
  const month = MONTHS[t.slice(3, 6)];
  const day = Number(t.slice(0, 2));
  const year = Number(t.slice(7, 11));
  const h = Number(t.slice(12, 14));
  const mi = Number(t.slice(15, 17));
  const s = Number(t.slice(18, 20));
  const zone = t.slice(21, 26);
  if (month === undefined || !(day >= 1 && day <= 31) || !(year > 1970) || !(h <= 23)) return null;
  if (!(mi <= 59) || !(s <= 60) || !/^[+-]\d{4}$/.test(zone)) return null;
  const offset = offsetOf(zone)!;
  return { ms: Date.UTC(year, month, day, h, mi, s) - offset * 60_000, offsetMinutes: offset };
}

/** "+0200" for 120 minutes. */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}${String(a % 60).padStart(2, '0')}`;
}

/** ISO 8601 durations as Azure writes intervals: "PT1M", "PT5M", "PT1H", "P1D". */
export function parseIsoDuration(text: string): number | null {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(text.trim());
  if (!m || text.trim().toUpperCase() === 'P' || text.trim().toUpperCase() === 'PT') return null;
  const [, d, h, mi, s] = m;
  const ms =
    ((Number(d ?? 0) * 24 + Number(h ?? 0)) * 60 + Number(mi ?? 0)) * 60_000 +
    Number(s ?? 0) * 1000;
  return ms > 0 ? ms : null;
}
