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

const TAG = /<script\s+src="\.\/first-paint\.js"([^>]*)><\/script>/;
const MODULE_ENTRY = /[ \t]*<script type="module" crossorigin src="([^"]+)"><\/script>\n?/g;
const MODULE_PRELOAD = /[ \t]*<link rel="modulepreload" crossorigin href="([^"]+)">\n?/g;

/**
 * The page as Vite writes it, with its module entry script and its modulepreload links taken out of
 * the markup and named on the first-paint tag instead (data-boot, data-boot-preload; and in
 * data-boot-next `alsoPreload`, the chunks the boot script imports at once), with the
 * user's theme key (data-theme-key): first-paint.js adds them just after the first paint, or at
 * once for a share link. Lighthouse counts every request that ends before the largest paint as
 * holding that paint up (its LCP came out 150 ms later whenever the boot chunks had arrived
 * first); this way the shell paints with only the HTML and the CSS on the wire.
 */
export function deferBoot(
  html: string,
  themeKey: string,
  alsoPreload: readonly string[] = [],
): string {
  const entries = [...html.matchAll(MODULE_ENTRY)].map((m) => m[1]);
  if (entries.length !== 1)
    throw new Error(`expected one module entry script, found ${entries.length}`);
  const preloads = [...html.matchAll(MODULE_PRELOAD)].map((m) => m[1]);
  // What the boot script imports next: fetched beside it, but not first-load JavaScript.
  const next = [...new Set(alsoPreload)].filter((f) => f !== entries[0] && !preloads.includes(f));
  if (!TAG.test(html))
    throw new Error('no <script src="./first-paint.js"> tag to give the boot script');
  const named = [
    `data-boot="${entries[0]}"`,
    ...(preloads.length > 0 ? [`data-boot-preload="${preloads.join(' ')}"`] : []),
    ...(next.length > 0 ? [`data-boot-next="${next.join(' ')}"`] : []),
    `data-theme-key="${themeKey}"`,
  ].join(' ');
  return html
    .replace(MODULE_ENTRY, '')
    .replace(MODULE_PRELOAD, '')
    .replace(
      TAG,
      (_tag, attrs: string) => `<script src="./first-paint.js" ${named}${attrs}></script>`,
    );
}

/** The page with its first-paint.js tag replaced by the script itself, attributes kept. */
export function inlineFirstPaint(html: string, source: string): string {
  if (!TAG.test(html)) throw new Error('no <script src="./first-paint.js"> tag to inline');
  return html.replace(TAG, (_tag, attrs: string) => {
    const kept = attrs.replace(/\s+vite-ignore\b/, '').replace(/\s+$/, '');
    return `<script${kept}>${source}</script>`;
  });
}
