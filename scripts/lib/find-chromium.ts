/**
 * Finds a Chromium for Playwright and Lighthouse, in this order: $CHROMIUM_PATH, Debian's
 * /usr/bin/chromium, then Playwright's own download (`npx playwright install chromium`).
 * Playwright cannot download browsers on machines without internet, so a system one comes first.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export interface ChromiumFound {
  path: string;
  from: 'CHROMIUM_PATH' | 'system' | 'playwright';
}

/** Playwright's bundled Chromium, when it has been downloaded. */
function playwrightChromium(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core') as { chromium: { executablePath(): string } };
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  places: { system: string; playwright: () => string | null } = {
    system: DEBIAN_CHROMIUM,
    playwright: playwrightChromium,
  },
): ChromiumFound | null {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return { path: fromEnv, from: 'CHROMIUM_PATH' };
  if (existsSync(places.system)) return { path: places.system, from: 'system' };
  const own = places.playwright();
  return own ? { path: own, from: 'playwright' } : null;
}

/** true on Debian (or a derivative) when running as root, where `apt-get install` may be used. */
export function canAptInstall(): boolean {
  return existsSync('/etc/debian_version') && process.getuid?.() === 0;
}

export const HOW_TO_GET_CHROMIUM = [
  'No Chromium found. Tried $CHROMIUM_PATH, /usr/bin/chromium and Playwright’s own browsers.',
  'Get one of these, then rerun:',
  '  - set CHROMIUM_PATH=/path/to/chromium (any Chromium or Chrome ≥ 120), or',
  '  - Debian/Ubuntu: sudo apt-get install -y chromium, or',
  '  - with internet access: npx playwright install chromium',
].join('\n');
