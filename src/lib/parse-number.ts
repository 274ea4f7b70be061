/** "1,000" → 1000; "2k" → 2000 when suffixes are allowed; anything else → NaN. */
export function parseNumber(text: string, allowSuffix = false): number {
  const t = text.trim().replace(/[,_\s]/g, '');
  const m = /^([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)([kmb])?$/i.exec(t);
  if (!m || !m[1]) return Number.NaN;
  const scale = m[2] ? { k: 1e3, m: 1e6, b: 1e9 }[m[2].toLowerCase() as 'k' | 'm' | 'b'] : 1;
  if (m[2] && !allowSuffix) return Number.NaN;
  return Number(m[1]) * scale;
}
