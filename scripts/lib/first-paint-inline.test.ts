import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from './headers-file.ts';
import { cspHashOf, firstPaintSource, inlineFirstPaint } from './first-paint-inline.ts';

describe('the inline first-paint script', () => {
  it('is allowed by public/_headers, by the hash of exactly its bytes, on both pages', () => {
    const source = firstPaintSource('.');
    const hash = cspHashOf(source);
    const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
    for (const path of ['/', '/index.html', '/embed.html', '/embed']) {
      const [[, policy] = ['', '']] = headersFor(rules, path).filter(
        ([n]) => n === 'Content-Security-Policy',
      );
      const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      // Only 'self' and this one hash: an edit to first-paint.js without a new hash fails here.
      expect(scriptSrc.trim().split(/\s+/), path).toEqual(['script-src', "'self'", hash]);
    }
  });

  it("writes the hash as CSP does: base64 of the SHA-256 of the script's UTF-8 text", () => {
    // The W3C CSP example: alert('Hello, world.'); hashes to
    // 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=' (CSP Level 3, "hash-source").
    expect(cspHashOf("alert('Hello, world.');")).toBe(
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    );
    expect(createHash('sha256').update('').digest('base64')).toBe(
      '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
    );
  });

  it('replaces the script tag with the script, keeping its data attributes', () => {
    const html =
      '<head><script src="./first-paint.js" data-share-preload="./a.js ./b.js" data-display-only="theme,chart" vite-ignore></script></head>';
    expect(inlineFirstPaint(html, 'X()')).toBe(
      '<head><script data-share-preload="./a.js ./b.js" data-display-only="theme,chart">X()</script></head>',
    );
    expect(() => inlineFirstPaint('<head></head>', 'X()')).toThrow(/first-paint/);
  });
});
