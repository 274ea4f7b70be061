// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCatalog } from './load-catalog.ts';
import { compactCatalogFrom } from './load-from-disk.ts';
import { EMPTY_PLATFORM, parsePlatform } from './platform.ts';

const DIR = join(import.meta.dirname, '../../pricing-data');
const real = (file: string): unknown => JSON.parse(readFileSync(join(DIR, file), 'utf8'));

/** A fetch that serves pricing-data/ from disk, with per-file overrides. */
function serve(overrides: Record<string, (() => Response) | undefined> = {}) {
  const seen: string[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    seen.push(url.pathname);
    const file = url.pathname.split('/pricing-data/')[1] ?? '';
    const o = overrides[file];
    if (o) return o();
    try {
      return new Response(readFileSync(join(DIR, file)), { status: 200 });
    } catch {
      return new Response('missing', { status: 404, statusText: 'Not Found' });
    }
  });
  vi.stubGlobal('fetch', fetchMock);
  return seen;
}

afterEach(() => vi.unstubAllGlobals());

describe('loadCatalog', () => {
  it('reads every file from the runtime catalog in one request when it is there', async () => {
    const compact = JSON.stringify(compactCatalogFrom(DIR));
    const seen = serve({ 'catalog.json': () => new Response(compact) });
    const { catalog, platform } = await loadCatalog(new AbortController().signal);
    expect(seen).toEqual(['/pricing-data/catalog.json']);
    expect(catalog.problems).toEqual([]);
    expect(catalog.offers.some((o) => o.id === 'hetzner-cx23')).toBe(true);
    expect(platform).not.toEqual(EMPTY_PLATFORM);
  });

  it('reports a file the runtime catalog lacks as missing, and keeps the rest', async () => {
    const compact = compactCatalogFrom(DIR);
    delete compact.files['fly.json'];
    serve({ 'catalog.json': () => new Response(JSON.stringify(compact)) });
    const { catalog } = await loadCatalog(new AbortController().signal);
    expect(catalog.problems).toEqual([
      { file: 'fly.json', path: '(file)', message: 'could not be loaded: not in catalog.json' },
    ]);
    expect(catalog.offers.some((o) => o.id === 'aws-lambda-arm64')).toBe(true);
  });

  it('without the runtime catalog, fetches index.json, then each file, relative to the page', async () => {
    const seen = serve();
    const { catalog, pricesAsOf } = await loadCatalog(new AbortController().signal);
    const files = (real('index.json') as { files: string[] }).files;
    expect(seen).toContain('/pricing-data/index.json');
    for (const f of files) expect(seen).toContain(`/pricing-data/${f}`);
    expect(catalog.problems).toEqual([]);
    expect(catalog.offers.some((o) => o.id === 'aws-lambda-arm64')).toBe(true);
    expect(pricesAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Offers listed in EUR arrive converted to USD, with the dated rate kept for display.
    const cx23 = catalog.offers.find((o) => o.id === 'hetzner-cx23');
    expect(cx23?.currency).toBe('USD');
    expect(cx23?.listedIn?.currency).toBe('EUR');
  });

  it('keeps the valid offers when one file fails its schema, naming the file and field', async () => {
    const bad = real('cloudflare.json') as { offers: Record<string, unknown>[] };
    const first = bad.offers[0];
    if (first) first.checkedOn = 'last Tuesday';
    serve({ 'cloudflare.json': () => new Response(JSON.stringify(bad)) });
    const { catalog } = await loadCatalog(new AbortController().signal);
    const p = catalog.problems.find((x) => x.file === 'cloudflare.json');
    expect(p?.path).toBe('offers[0].checkedOn');
    expect(p?.message).toMatch(/date/i);
    expect(catalog.offers.some((o) => o.id === 'aws-lambda-arm64')).toBe(true);
  });

  it('reports a missing or broken file and keeps the rest', async () => {
    serve({
      'fly.json': () => new Response('nope', { status: 404, statusText: 'Not Found' }),
      'heroku.json': () => new Response('{ not json'),
    });
    const { catalog } = await loadCatalog(new AbortController().signal);
    expect(catalog.problems).toEqual(
      expect.arrayContaining([
        { file: 'fly.json', path: '(file)', message: 'could not be loaded: HTTP 404 Not Found' },
        { file: 'heroku.json', path: '(file)', message: 'could not be loaded: not valid JSON' },
      ]),
    );
    expect(catalog.offers.some((o) => o.id.startsWith('fly-'))).toBe(false);
    expect(catalog.offers.some((o) => o.id === 'aws-lambda-arm64')).toBe(true);
  });

  it('fails as a whole when the index cannot be read (the page offers a retry)', async () => {
    serve({
      'index.json': () => new Response('down', { status: 503, statusText: 'Service Unavailable' }),
    });
    await expect(loadCatalog(new AbortController().signal)).rejects.toThrow(
      'index.json: HTTP 503 Service Unavailable',
    );
    serve({ 'index.json': () => new Response(JSON.stringify({ files: 'aws.json' })) });
    await expect(loadCatalog(new AbortController().signal)).rejects.toThrow(
      'index.json: expected {"files": ["name.json", …]}',
    );
  });

  it('fetches platform.json on its own (it is not in the index) and exposes it parsed', async () => {
    const seen = serve();
    const { platform, catalog } = await loadCatalog(new AbortController().signal);
    expect((real('index.json') as { files: string[] }).files).not.toContain('platform.json');
    expect(seen).toContain('/pricing-data/platform.json');
    expect(catalog.problems).toEqual([]);
    expect(platform).toEqual(parsePlatform(real('platform.json')));
    expect(platform.coldStarts.length).toBeGreaterThan(0);
  });

  it('names platform.json and the field when it is bad, and falls back to the empty platform', async () => {
    const bad = real('platform.json') as { coldStarts: Record<string, unknown>[] };
    const first = bad.coldStarts[0];
    if (first) first.keepAliveMinutes = 'ten';
    serve({ 'platform.json': () => new Response(JSON.stringify(bad)) });
    const loaded = await loadCatalog(new AbortController().signal);
    expect(loaded.platform).toEqual(EMPTY_PLATFORM);
    expect(loaded.catalog.problems).toEqual([
      {
        file: 'platform.json',
        path: 'coldStarts[0].keepAliveMinutes',
        message:
          'Invalid input: expected number, received string — platform.json is not used, so cold starts, external state, schedulers and scaling limits are left out',
      },
    ]);
    // What the engine prices with the empty platform: src/engine/platform-option.test.ts.
  });

  it('reports a missing platform.json and uses the empty platform', async () => {
    serve({
      'platform.json': () => new Response('nope', { status: 404, statusText: 'Not Found' }),
    });
    const { platform, catalog } = await loadCatalog(new AbortController().signal);
    expect(platform).toEqual(EMPTY_PLATFORM);
    expect(catalog.problems).toEqual([
      {
        file: 'platform.json',
        path: '(file)',
        message:
          'could not be loaded: HTTP 404 Not Found — platform.json is not used, so cold starts, external state, schedulers and scaling limits are left out',
      },
    ]);
    expect(catalog.offers.some((o) => o.id === 'aws-lambda-arm64')).toBe(true);
  });
});
