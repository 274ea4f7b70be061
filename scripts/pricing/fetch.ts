/**
 * The fetch layer every importer goes through. It is injected, so tests answer from recorded
 * fixtures and the network is touched only by `pricing:update --live`.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';

export type Fetcher = (url: string) => Promise<Response>;

export class HttpError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly tries: number,
    detail: string,
  ) {
    super(
      `GET ${redactKey(url)} failed after ${tries} ${tries === 1 ? 'try' : 'tries'}: ${detail}`,
    );
    this.name = 'HttpError';
  }
}

/** Never print an API key: `key=…` in a query string becomes `key=REDACTED`. */
export function redactKey(url: string): string {
  return url.replace(/([?&]key=)[^&]*/g, '$1REDACTED');
}

export interface RetryOptions {
  /** Total tries, first included. */
  tries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export const isRetryable = (status: number) => status === 429 || status >= 500;

/**
 * GET with bounded retries: 429 and 5xx (and network failures) are retried with exponential
 * backoff (base × 2^n, capped, honouring Retry-After in seconds); any other non-2xx fails at once.
 */
export async function fetchWithRetry(
  fetcher: Fetcher,
  url: string,
  opts: RetryOptions = {},
): Promise<Response> {
  const tries = opts.tries ?? 5;
  const base = opts.baseDelayMs ?? 1000;
  const cap = opts.maxDelayMs ?? 30_000;
  const sleep = opts.sleep ?? realSleep;
  let last = '';
  let lastStatus = 0;
  for (let attempt = 1; attempt <= tries; attempt++) {
    let retryAfterMs: number | undefined;
    try {
      const res = await fetcher(url);
      if (res.ok) return res;
      lastStatus = res.status;
      last = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
      const body = await res.text().catch(() => '');
      if (body) last += `: ${body.slice(0, 200)}`;
      if (!isRetryable(res.status)) throw new HttpError(url, res.status, attempt, last);
      const ra = Number(res.headers.get('retry-after'));
      if (Number.isFinite(ra) && ra > 0) retryAfterMs = ra * 1000;
    } catch (e) {
      if (e instanceof HttpError) throw e;
      lastStatus = 0;
      last = `network error: ${(e as Error).message}`;
    }
    if (attempt < tries) await sleep(Math.min(cap, retryAfterMs ?? base * 2 ** (attempt - 1)));
  }
  throw new HttpError(url, lastStatus, tries, last);
}

/** The real network (Node's fetch), with a User-Agent that says who is asking. */
export const liveFetcher: Fetcher = (url) =>
  fetch(url, { headers: { 'user-agent': 'breakeven-pricing-update (+docs/PRICING.md)' } });

/**
 * A fetcher that answers from recorded files. `routes.json` in the fixture directory maps a URL
 * (with any `key=` parameter removed) to a response, or to a list of responses served in turn (the
 * last one repeats), so a test can replay "503, then 200":
 *
 *   { "https://…/index.json": "aws/lambda-us-east-1.json",
 *     "https://…?page=2": [{ "status": 503 }, { "file": "azure/page2.json" }] }
 *
 * An unknown URL is a 404 that names the URL, so a missing fixture is obvious.
 */
export function fixtureFetcher(dir: string, routesFile = 'routes.json'): Fetcher {
  const routesPath = join(dir, routesFile);
  if (!existsSync(routesPath)) throw new Error(`no ${routesFile} in fixture directory ${dir}`);
  type Reply =
    string | { status?: number; file?: string; body?: string; headers?: Record<string, string> };
  const routes = JSON.parse(readFileSync(routesPath, 'utf8')) as Record<string, Reply | Reply[]>;
  const served = new Map<string, number>();
  return async (url) => {
    const key = stripKey(url);
    const route = routes[key];
    if (route === undefined)
      return new Response(`no fixture for ${key} in ${routesPath}`, { status: 404 });
    let reply: Reply;
    if (Array.isArray(route)) {
      const n = served.get(key) ?? 0;
      served.set(key, n + 1);
      reply = route[Math.min(n, route.length - 1)] as Reply;
    } else reply = route;
    const r = typeof reply === 'string' ? { file: reply } : reply;
    const init = {
      status: r.status ?? 200,
      headers: r.headers ?? { 'content-type': 'application/json' },
    };
    if (r.file) {
      const path = join(dirname(routesPath), r.file);
      const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
      return new Response(body, init);
    }
    return new Response(r.body ?? '', init);
  };
}

/** A URL without its `key` query parameter (fixtures never hold a key); nothing else is re-encoded. */
export function stripKey(url: string): string {
  return url.replace(/([?&])key=[^&]*&?/, '$1').replace(/[?&]$/, '');
}
