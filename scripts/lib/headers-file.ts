/**
 * Reads `public/_headers` (the Netlify / Cloudflare Pages format): a path pattern on its own line,
 * then indented `Name: value` lines. `#` starts a comment line. A pattern is a path from the site
 * root with an optional trailing `*` (any rest of the path). Nothing else of the format (placeholders,
 * `!Name` detaching) is used here, and the parser rejects it rather than misreading it.
 */

export interface HeaderRule {
  /** e.g. "/*", "/assets/*", "/embed.html". */
  pattern: string;
  headers: Array<[name: string, value: string]>;
}

export class HeadersFileError extends Error {
  override name = 'HeadersFileError';
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  text.split(/\r?\n/).forEach((line, i) => {
    const where = `_headers line ${i + 1}`;
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      if (!/^\/[\w./-]*\*?$/.test(pattern))
        throw new HeadersFileError(`${where}: "${pattern}" is not a path like /assets/*`);
      current = { pattern, headers: [] };
      rules.push(current);
      return;
    }
    if (!current) throw new HeadersFileError(`${where}: a header before any path`);
    const m = /^\s+([A-Za-z0-9-]+):\s*(.+?)\s*$/.exec(line);
    if (!m?.[1] || !m[2]) throw new HeadersFileError(`${where}: expected "Name: value"`);
    current.headers.push([m[1], m[2]]);
  });
  return rules;
}

/** Whether a rule's pattern matches a request path (both from the site root). */
export function patternMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/** Every header sent for a path, in file order: what Netlify and Cloudflare Pages send. */
export function headersFor(rules: HeaderRule[], path: string): Array<[string, string]> {
  return rules.filter((r) => patternMatches(r.pattern, path)).flatMap((r) => r.headers);
}
