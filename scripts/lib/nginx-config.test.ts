import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HeadersFileError, headersFor, parseHeadersFile } from './headers-file.ts';
import { nginxConfig, nginxQuote } from './nginx-config.ts';

const SAMPLE = `# comment
/*
  X-Content-Type-Options: nosniff

/assets/*
  Cache-Control: public, max-age=31536000, immutable

/embed.html
  Content-Security-Policy: default-src 'none'; frame-ancestors *

/
  Content-Security-Policy: default-src 'none'; frame-ancestors 'self'
`;

describe('public/_headers', () => {
  it('parses paths and their headers, and gives each path every matching rule', () => {
    const rules = parseHeadersFile(SAMPLE);
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/assets/*', '/embed.html', '/']);
    expect(headersFor(rules, '/assets/index-abc.js')).toEqual([
      ['X-Content-Type-Options', 'nosniff'],
      ['Cache-Control', 'public, max-age=31536000, immutable'],
    ]);
    expect(headersFor(rules, '/embed.html').map(([n]) => n)).toEqual([
      'X-Content-Type-Options',
      'Content-Security-Policy',
    ]);
    expect(headersFor(rules, '/embed.htm')).toEqual([['X-Content-Type-Options', 'nosniff']]);
  });

  it('rejects what it does not understand instead of misreading it', () => {
    expect(() => parseHeadersFile('  X-A: b\n')).toThrow(HeadersFileError);
    expect(() => parseHeadersFile('/:placeholder/*\n  X-A: b\n')).toThrow(/line 1/);
    expect(() => parseHeadersFile('/*\n  ! X-A\n')).toThrow(/line 2: expected "Name: value"/);
  });

  it('the repo file gives the app and the widget one strict CSP each, differing in frame-ancestors', () => {
    const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
    const csp = (path: string) =>
      headersFor(rules, path).filter(([n]) => n === 'Content-Security-Policy');
    for (const path of ['/', '/index.html', '/embed.html', '/embed']) {
      expect(csp(path), path).toHaveLength(1);
      const policy = csp(path)[0]?.[1] ?? '';
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toMatch(/unsafe|https?:|data:/);
    }
    expect(csp('/index.html')[0]?.[1]).toMatch(/frame-ancestors 'self'$/);
    expect(csp('/embed.html')[0]?.[1]).toMatch(/frame-ancestors \*$/);
    expect(headersFor(rules, '/pricing-data/aws.json')).toContainEqual([
      'Cache-Control',
      'no-cache',
    ]);
    expect(headersFor(rules, '/assets/x-1234.js')).toContainEqual([
      'Cache-Control',
      'public, max-age=31536000, immutable',
    ]);
  });
});

describe('nginx config', () => {
  const conf = nginxConfig({
    rules: parseHeadersFile(SAMPLE),
    root: '/srv/site',
    subPath: '/tools/breakeven/',
    port: 4280,
    host: { port: 4281, root: '/srv/host' },
    runDir: '/tmp/run',
    mimeTypes: '/etc/nginx/mime.types',
  });

  it('gives each location all of its headers, since add_header does not inherit', () => {
    const block = (match: string) => {
      const start = conf.indexOf(`location ${match} {`);
      return conf.slice(start, conf.indexOf('}', start));
    };
    expect(block('^~ /tools/breakeven/assets/')).toContain(
      'add_header X-Content-Type-Options "nosniff" always;',
    );
    expect(block('^~ /tools/breakeven/assets/')).toContain(
      'add_header Cache-Control "public, max-age=31536000, immutable" always;',
    );
    expect(block('= /tools/breakeven/embed.html')).toContain(
      `add_header Content-Security-Policy "default-src 'none'; frame-ancestors *" always;`,
    );
    // Other files (robots.txt, images) get the /* headers only, not those of the page at "/".
    expect(block('/tools/breakeven/')).not.toContain('Content-Security-Policy');
    expect(block('= /tools/breakeven/')).toContain(`frame-ancestors 'self'" always;`);
    expect(conf).toContain('location = /tools/breakeven { return 301 /tools/breakeven/; }');
    expect(conf).toContain('listen 127.0.0.1:4281;');
  });

  it('quotes values and refuses a literal dollar sign (nginx would read a variable)', () => {
    expect(nginxQuote('a "b" \\c')).toBe('"a \\"b\\" \\\\c"');
    expect(() => nginxQuote('$uri')).toThrow(/literal/);
    expect(() =>
      nginxConfig({
        rules: [],
        root: '/',
        subPath: 'tools',
        port: 1,
        runDir: '/tmp',
        mimeTypes: '',
      }),
    ).toThrow(/must start and end/);
  });
});
