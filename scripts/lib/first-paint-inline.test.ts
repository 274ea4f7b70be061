import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from './headers-file.ts';
import { cspHashOf, deferBoot, firstPaintSource, inlineFirstPaint } from './first-paint-inline.ts';

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

  it('names the boot script and its preloads on the first-paint tag, out of the markup', () => {
    // As Vite writes the calculator's head (the shape the build must keep for this to apply).
    const html = [
      '<head>',
      '    <script',
      '      src="./first-paint.js"',
      '      data-fetch-preload="./pricing-data/catalog.json"',
      '      vite-ignore',
      '    ></script>',
      '    <script type="module" crossorigin src="./assets/index-A.js"></script>',
      '    <link rel="modulepreload" crossorigin href="./assets/boot-shared-B.js">',
      '    <link rel="stylesheet" crossorigin href="./assets/boot-shared-C.css">',
      '</head>',
    ].join('\n');
    const out = deferBoot(html, 'the-key', [
      './assets/main-D.js',
      './assets/boot-shared-B.js',
      './assets/index-A.js',
    ]);
    expect(out).not.toMatch(/type="module"|modulepreload/);
    expect(out).toContain('<link rel="stylesheet" crossorigin href="./assets/boot-shared-C.css">');
    const tag = /<script src="\.\/first-paint\.js"[^>]*>/.exec(out)?.[0] ?? '';
    expect(tag).toContain('data-boot="./assets/index-A.js"');
    expect(tag).toContain('data-boot-preload="./assets/boot-shared-B.js"');
    expect(tag).toContain('data-theme-key="the-key"');
    // What boot imports next, apart (not first-load JavaScript), without what is named already.
    expect(tag).toContain('data-boot-next="./assets/main-D.js"');
    expect(tag).toContain('data-fetch-preload="./pricing-data/catalog.json"');
    // Then inlined as before, its attributes kept.
    expect(inlineFirstPaint(out, 'X()')).toMatch(/<script data-boot="[^"]+"[^>]*>X\(\)<\/script>/);
  });

  it('refuses a page whose boot script it cannot find, rather than ship a page that never starts', () => {
    const tag = '<script src="./first-paint.js"></script>';
    expect(() => deferBoot(`<head>${tag}</head>`, 'k')).toThrow(/one module entry/);
    expect(() =>
      deferBoot('<head><script type="module" crossorigin src="./a.js"></script>\n</head>', 'k'),
    ).toThrow(/first-paint/);
  });
});
