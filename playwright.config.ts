import { defineConfig, devices } from '@playwright/test';
import { DEBIAN_CHROMIUM, findChromium } from './scripts/lib/find-chromium.ts';

/** A fixed loopback port for the built site (vite preview), away from dev (5173) and preview (4173). */
export const E2E_PORT = 4180;
const vite = 'node node_modules/vite/bin/vite.js';

// Run through `npm run test:e2e`, which finds or installs a Chromium and sets CHROMIUM_PATH.
const executablePath = process.env.CHROMIUM_PATH ?? findChromium()?.path ?? DEBIAN_CHROMIUM;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  ...(process.env.CI ? { workers: 2 } : {}),
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
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath, args: ['--disable-gpu', '--disable-quic'] },
      },
    },
  ],
  webServer: {
    // `node …/vite.js` rather than npx, so the process Playwright stops is the server itself.
    command: `${vite} build && ${vite} preview --host 127.0.0.1 --port ${E2E_PORT} --strictPort`,
    url: `http://127.0.0.1:${E2E_PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
