import { defineConfig, devices } from '@playwright/test';
import { DEBIAN_CHROMIUM, findChromium } from './scripts/lib/find-chromium.ts';

/**
 * Loopback ports for the built site (vite preview), away from dev (5173) and preview (4173). Two
 * checkouts on one machine run their e2e suites side by side with E2E_PORT / E2E_NGINX_PORT set.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4180);
/** nginx serving dist/ under a sub-path (e2e/hosting), and a second origin that embeds the widget. */
export const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? 4280);
export const HOST_PORT = NGINX_PORT + 1;
export const SUB_PATH = '/tools/breakeven/';
/** The host page's name: a different site from 127.0.0.1, mapped to loopback in the browser. */
export const HOST_ORIGIN = `http://blog.test:${HOST_PORT}`;
const vite = 'node node_modules/vite/bin/vite.js';

// Run through `npm run test:e2e`, which finds or installs a Chromium and sets CHROMIUM_PATH.
const executablePath = process.env.CHROMIUM_PATH ?? findChromium()?.path ?? DEBIAN_CHROMIUM;

// Sized for a busy 2-core machine (docs/TESTING.md): under load a first verdict that takes 2 s on
// a quiet machine takes 10 s or more. Tests wait on the app's readiness (e2e/support/ready.ts),
// never on the clock, so a generous limit costs nothing when the machine is quick.
const EXPECT_TIMEOUT = 30_000;
const TEST_TIMEOUT = 180_000;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // No retries: a test that passes only on a second try is a bug to fix, not a pass.
  retries: 0,
  failOnFlakyTests: !!process.env.CI,
  ...(process.env.CI ? { workers: 2 } : {}),
  timeout: TEST_TIMEOUT,
  expect: { timeout: EXPECT_TIMEOUT },
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}/`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: ['hosting/**'],
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath, args: ['--disable-gpu', '--disable-quic'] },
      },
    },
    {
      // dist/ as it will be hosted: nginx, a sub-path, the headers of public/_headers (strict CSP).
      name: 'nginx',
      testMatch: 'hosting/**/*.spec.ts',
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://127.0.0.1:${NGINX_PORT}${SUB_PATH}`,
        launchOptions: {
          executablePath,
          args: [
            '--disable-gpu',
            '--disable-quic',
            '--host-resolver-rules=MAP blog.test 127.0.0.1',
          ],
        },
      },
    },
  ],
  // Started in order: the first builds dist/, which nginx then serves.
  webServer: [
    {
      // `node …/vite.js` rather than npx, so the process Playwright stops is the server itself.
      command: `${vite} build && ${vite} preview --host 127.0.0.1 --port ${E2E_PORT} --strictPort`,
      url: `http://127.0.0.1:${E2E_PORT}/`,
      reuseExistingServer: !process.env.CI,
      // A production build on a loaded machine: about 10 s when quiet, a minute or more when busy.
      timeout: 300_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // nginx runs in the foreground under this node process; Playwright stops both.
      command: `node --import tsx scripts/nginx.ts --port ${NGINX_PORT} --host-port ${HOST_PORT} --sub-path ${SUB_PATH}`,
      url: `http://127.0.0.1:${NGINX_PORT}${SUB_PATH}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
