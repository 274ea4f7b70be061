/**
 * `npm run edit-latency [-- --edits 15] [--no-build] [--out-dir DIR] [--port 4183] [--cpu 1] [--page NAME] [--json FILE]`
 *
 * Edit latency and the main thread during an edit: how long after a person types a new number the
 * verdict shows it, and which long tasks (over 50 ms, the Long Tasks API) run in the second after.
 * Builds into DIR (default `.ttv/edit-latency`, so it never races another build of dist/), serves
 * it with vite preview, and opens two pages in headless Chromium at 1280 × 1800 (every chart drawn):
 * the default page, and the same page with growth over time and scenario B open (the default page
 * already has spreads: cost ranges, robustness and bands).
 *
 * Each edit is one `input` event in the Requests box (Playwright's `fill`, a whole new value, as a
 * paste would be). The clock is the page's own: from the input event's timeStamp until a
 * MutationObserver sees the verdict's `data-scenario` change (the app sets it, in the same commit
 * as the verdict's new figures, to the scenario they are for). The page then gets one quiet second,
 * and every long task that started in that second is charged to the edit (the cost ranges, bands
 * and robustness start 150 ms after the last edit, src/lib/spread-results.ts). Prints, per page,
 * the median and max latency and the long tasks' count and longest, with the load average.
 * Not part of `npm test`: timings depend on machine load. Targets: median
 * ≤ 50 ms, no long task on an edit.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { measuredCommit, median, metOrMissed, writeJsonReport } from './lib/runs-summary.ts';
import {
  numberFlag,
  servedBuildFlags,
  servedBuildOptions,
  usageError,
  withServedBrowser,
} from './lib/served-build.ts';

const TOOL = 'edit-latency';
const PORT = 4183;
const TARGET_MS = 50;
/** The quiet time after each edit whose long tasks are charged to it. */
const WINDOW_MS = 1000;

/** The default page, then with the growth chart (+10 % a month, 24 months) and B at 1,024 MB. */
const PAGES = [
  { name: 'default page', path: '/', shows: [] },
  {
    name: 'growth and compare open',
    path: '/?v=1&gr=10&gm=24&b.mem=1024',
    shows: ['.growth-card .recharts-line-curve', '.compare-card'],
  },
] as const;

/**
 * Runs in the page before its scripts: records long tasks, the last input event's time and the
 * moment the verdict's data-scenario changes. A string, not a function: tsx would wrap a
 * function's inner names in a helper the page does not have.
 */
const WATCH = `(() => {
  const w = window;
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask' });
  w.__edit = null;
  document.addEventListener('input', (e) => {
    const v = document.querySelector('.verdict');
    w.__edit = { t0: e.timeStamp, before: v ? v.dataset.scenario : undefined, ms: null };
  }, true);
  const seen = () => {
    const ed = w.__edit;
    if (!ed || ed.ms !== null) return;
    const v = document.querySelector('.verdict');
    if (v && v.dataset.scenario !== ed.before) ed.ms = performance.now() - ed.t0;
  };
  const start = () =>
    new MutationObserver(seen).observe(document.body, {
      subtree: true, childList: true, attributes: true, attributeFilter: ['data-scenario'],
    });
  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);
})();`;

interface EditRun {
  latencyMs: number[];
  longTasksMs: number[];
}

async function measurePage(
  browser: Browser,
  url: string,
  shows: readonly string[],
  edits: number,
  cpu: number,
): Promise<EditRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH);
    await page.goto(url);
    const verdict = page.locator('.verdict[data-ready="true"]');
    await verdict.waitFor({ timeout: 60_000 });
    // Settled: the charts drawn for this scenario and the spread work done, then a quiet second.
    await page
      .locator('[data-testid="robustness"][data-ready="true"]')
      .waitFor({ timeout: 60_000 });
    await page
      .locator('.chart-card .recharts-line-curve')
      .first()
      .waitFor({ state: 'attached', timeout: 60_000 });
    for (const selector of shows)
      await page.locator(selector).first().waitFor({ state: 'attached', timeout: 60_000 });
    await page.waitForTimeout(WINDOW_MS);
    if (cpu > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    }
    const box = page.getByLabel('Requests', { exact: true });
    const out: EditRun = { latencyMs: [], longTasksMs: [] };
    for (let k = 0; k < edits; k++) {
      // 1,037, 1,074 … : each a new volume, so each moves the figures.
      await box.fill(String(1000 + 37 * (k + 1)));
      const handle = await page.waitForFunction(
        () => (window as unknown as { __edit: { ms: number | null } | null }).__edit?.ms ?? null,
        undefined,
        { timeout: 30_000, polling: 'raf' },
      );
      out.latencyMs.push((await handle.jsonValue()) as number);
      await page.waitForTimeout(WINDOW_MS);
      const tasks = await page.evaluate((windowMs) => {
        const w = window as unknown as {
          __longTasks: Array<{ start: number; ms: number }>;
          __edit: { t0: number };
        };
        const t0 = w.__edit.t0;
        return w.__longTasks
          .filter((t) => t.start >= t0 && t.start < t0 + windowMs)
          .map((t) => t.ms);
      }, WINDOW_MS);
      out.longTasksMs.push(...tasks);
    }
    return out;
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      edits: { type: 'string', default: '15' },
      ...servedBuildOptions({ outDir: '.ttv/edit-latency', port: PORT }),
      cpu: { type: 'string', default: '1' },
      page: { type: 'string' },
      json: { type: 'string' },
    },
    strict: true,
  });
  const edits = numberFlag(TOOL, '--edits', values.edits, {
    what: 'a whole number',
    min: 1,
    max: 200,
  });
  const cpu = numberFlag(TOOL, '--cpu', values.cpu, {
    what: 'a slowdown',
    min: 1,
    max: 20,
    whole: false,
  });
  const flags = servedBuildFlags(TOOL, values);
  const pages = PAGES.filter((p) => !values.page || p.name.includes(values.page));
  if (pages.length === 0)
    usageError(TOOL, `--page: no page name contains ${JSON.stringify(values.page)}`);
  const report: Array<Record<string, unknown>> = [];
  await withServedBrowser(TOOL, flags, async ({ origin, browser }) => {
    console.log(
      `Edit latency · ${edits} edits a page · CPU ${cpu}× · ${measuredCommit()} · load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    for (const p of pages) {
      const run = await measurePage(browser, origin + p.path, p.shows, edits, cpu);
      const m = median(run.latencyMs);
      const max = Math.max(...run.latencyMs);
      const longest = Math.max(0, ...run.longTasksMs);
      report.push({ page: p.name, path: p.path, medianMs: m, maxMs: max, ...run });
      console.log(
        `  ${p.name.padEnd(24)} edit → verdict median ${m.toFixed(1)} ms, max ${max.toFixed(1)} ms (target ≤ ${TARGET_MS}: ${metOrMissed(m <= TARGET_MS)}); long tasks ${run.longTasksMs.length}, longest ${longest.toFixed(0)} ms (target: none)`,
      );
    }
    console.log(`  load average after: ${loadavg()[0]?.toFixed(1)}`);
  });
  if (values.json)
    writeJsonReport(values.json, {
      commit: measuredCommit(),
      cpu,
      edits,
      loadavg: loadavg(),
      pages: report,
    });
}

await main();
