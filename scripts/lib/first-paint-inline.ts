/**
 * public/first-paint.js decides, before the first paint, whether the pre-rendered verdict may show
 * and, for a share link, starts the downloads its verdict waits for. Fetched as a file it cost a
 * round trip before anything painted (Lighthouse: render-blocking, about 300 ms of the page's LCP
 * under mobile throttling), so the build writes it into each page's <head> instead. The CSP still
 * allows no other inline script: public/_headers names this script by its SHA-256 hash, and a test
 * checks the hash there against the file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIRST_PAINT_PATH = 'public/first-paint.js';

/** The script's text exactly as the pages carry it (the hash is over these bytes). */
export function firstPaintSource(root: string): string {
  return readFileSync(join(root, FIRST_PAINT_PATH), 'utf8');
}

/** The CSP source expression that allows exactly this inline script. */
export function cspHashOf(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

const TAG = /<script src="\.\/first-paint\.js"([^>]*)><\/script>/;

/** The page with its first-paint.js tag replaced by the script itself, attributes kept. */
export function inlineFirstPaint(html: string, source: string): string {
  if (!TAG.test(html)) throw new Error('no <script src="./first-paint.js"> tag to inline');
  return html.replace(TAG, (_tag, attrs: string) => {
    const kept = attrs.replace(/\s+vite-ignore\b/, '').replace(/\s+$/, '');
    return `<script${kept}>${source}</script>`;
  });
}
