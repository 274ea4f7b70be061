/**
 * `npm run first-touch [-- --runs 5] [--no-build] [--out-dir DIR] [--port 4184] [--json FILE]`
 *
 * The widget's first touch: how long a reader who taps its chart waits for the hover read-out, and
 * what that tap costs the main thread. Builds into DIR (default `.ttv/first-touch`), serves it with
 * vite preview, and opens each of the widget's two charts (`embed.html`, `embed.html?chart=breakeven`)
 * in a fresh touch-screen context at 400 × 900 px under a 4× CPU slowdown (CDP
 * `Emulation.setCPUThrottlingRate`, as Lighthouse's mobile preset). Once the live verdict and the
 * chart are drawn and the page has been idle for 3 s, it taps the chart, and taps again every 100 ms
 * (a little further along) until the read-out shows. Reported per run and as medians: the time from
 * the first tap until the read-out shows, the taps it took, the longest Event Timing entry of those
 * taps (what INP is made of: input delay, handlers and the next paint) and the longest task after
 * the first tap. Not part of `npm test`: timings depend on machine load.
 */
import type { Browser } from '@playwright/test';
import { median, writeJsonReport } from './lib/runs-summary.ts';
import {
  numberFlag,
  servedBuildFlags,
  servedBuildOptions,
  toolFlags,
  withServedBrowser,
} from './lib/served-build.ts';

const TOOL = 'first-touch';
const PORT = 4184;
const CPU_SLOWDOWN = 4;
const CHARTS = [
  { name: 'cost over time', path: '/embed.html' },
  { name: 'break-even', path: '/embed.html?chart=breakeven' },
] as const;
/** Where each tap lands, as a share of the chart's width (a reader's finger moves a little). */
const TAP_AT = [0.55, 0.65, 0.75, 0.6, 0.7];

/**
 * Runs in the page before its scripts: keeps the long tasks and the Event Timing entries (16 ms
 * and over). A string, not a function: tsx would wrap a function's inner names in a helper the
 * page does not have.
 */
const WATCH = `(() => {
  window.__longTasks = [];
  window.__events = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__events.push([e.startTime, e.duration]);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
})();`;

interface Touch {
  /** From the first tap until the read-out shows, in ms. */
  readoutMs: number;
  taps: number;
  /** The longest Event Timing entry from the first tap on, in ms (0: none of 16 ms or more). */
  longestEventMs: number;
  /** The longest task from the first tap on, in ms (0: none over 50 ms). */
  longestTaskMs: number;
}

async function touchOnce(browser: Browser, url: string): Promise<Touch> {
  const context = await browser.newContext({
    viewport: { width: 400, height: 900 },
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(WATCH);
    await page.goto(url);
    await page.locator('.verdict[data-ready="true"]').waitFor({ timeout: 60_000 });
    const box = await page.locator('.chart-card .chart-box').boundingBox({ timeout: 60_000 });
    if (!box) throw new Error(`${url}: the chart has no box`);
    await page.waitForTimeout(3000);
    const start = await page.evaluate(() => performance.now());
    let taps = 0;
    for (;;) {
      const at = TAP_AT[taps % TAP_AT.length] ?? 0.6;
      await page.touchscreen.tap(box.x + box.width * at, box.y + box.height / 2);
      taps++;
      if (await page.locator('.hover-box').isVisible()) break;
      if (taps >= 100) throw new Error(`${url}: no read-out after 100 taps`);
      await page.waitForTimeout(100);
    }
    // No named functions inside: tsx would wrap their names in a helper the page does not have.
    const seen = await page.evaluate((t0) => {
      const w = window as unknown as { __longTasks: number[][]; __events: number[][] };
      return {
        readoutMs: performance.now() - t0,
        longestEventMs: Math.max(
          0,
          ...w.__events.filter((e) => (e[0] ?? 0) >= t0).map((e) => e[1] ?? 0),
        ),
        longestTaskMs: Math.max(
          0,
          ...w.__longTasks.filter((e) => (e[0] ?? 0) >= t0).map((e) => e[1] ?? 0),
        ),
      };
    }, start);
    return { ...seen, taps };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const values = toolFlags(TOOL, {
    runs: { type: 'string', default: '5' },
    ...servedBuildOptions({ outDir: '.ttv/first-touch', port: PORT }),
    json: { type: 'string' },
  });
  const runs = numberFlag(TOOL, '--runs', values.runs, { what: 'a whole number', min: 1, max: 20 });
  const flags = servedBuildFlags(TOOL, values);
  const report: Array<{ chart: string; path: string; runs: Touch[]; medians: Touch }> = [];
  await withServedBrowser(TOOL, flags, async ({ origin, browser, chromiumPath }) => {
    console.log(
      `The widget's first touch · ${runs} run(s) a chart · ${CPU_SLOWDOWN}× CPU · Chromium ${chromiumPath}`,
    );
    for (const c of CHARTS) {
      const touches: Touch[] = [];
      for (let i = 0; i < runs; i++) touches.push(await touchOnce(browser, origin + c.path));
      const medians: Touch = {
        readoutMs: median(touches.map((t) => t.readoutMs)),
        taps: median(touches.map((t) => t.taps)),
        longestEventMs: median(touches.map((t) => t.longestEventMs)),
        longestTaskMs: median(touches.map((t) => t.longestTaskMs)),
      };
      report.push({ chart: c.name, path: c.path, runs: touches, medians });
      const ms = (xs: number[]) => xs.map((x) => Math.round(x)).join(', ');
      console.log(
        `  ${c.name.padEnd(16)} read-out after ${Math.round(medians.readoutMs)} ms, ${medians.taps} tap(s)  (runs ${ms(touches.map((t) => t.readoutMs))})`,
      );
      console.log(
        `  ${''.padEnd(16)} longest event ${Math.round(medians.longestEventMs)} ms (runs ${ms(touches.map((t) => t.longestEventMs))}); longest task ${Math.round(medians.longestTaskMs)} ms (runs ${ms(touches.map((t) => t.longestTaskMs))})`,
      );
    }
  });
  if (values.json) writeJsonReport(values.json, { cpuSlowdown: CPU_SLOWDOWN, charts: report });
}

await main();
