/**
 * `npx tsx scripts/render-social.ts`: renders the social preview card (scripts/social/og-card.html)
 * to public/og-image.png (1200 × 630, what Open Graph and Twitter cards ask for) and the favicon to
 * the web manifest's PNG icons, in the same Chromium the e2e tests use. The PNGs are committed;
 * rerun after changing the card or the favicon.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { DEBIAN_CHROMIUM, findChromium } from './lib/find-chromium.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const executablePath = process.env.CHROMIUM_PATH ?? findChromium()?.path ?? DEBIAN_CHROMIUM;

const browser = await chromium.launch({ executablePath, args: ['--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.goto(`file://${join(ROOT, 'scripts/social/og-card.html')}`);
  await page.screenshot({ path: join(ROOT, 'public/og-image.png') });

  const svg = readFileSync(join(ROOT, 'public/favicon.svg'), 'utf8');
  for (const size of [192, 512]) {
    await page.setViewportSize({ width: size, height: size });
    // A maskable icon keeps its drawing inside the central 80%: pad the mark by 10% each side.
    await page.setContent(
      `<body style="margin:0;background:#ffffff;display:grid;place-items:center;width:${size}px;height:${size}px">` +
        `<div style="width:${size * 0.8}px;height:${size * 0.8}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
    );
    await page.screenshot({ path: join(ROOT, `public/icon-${size}.png`), omitBackground: false });
  }
  console.log('render-social: wrote public/og-image.png, public/icon-192.png, public/icon-512.png');
} finally {
  await browser.close();
}
