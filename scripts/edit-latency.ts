/**
 * `npm run edit-latency [-- --edits 15] [--field Requests|Duration] [--gap 1000] [--no-build] [--out-dir DIR] [--port 4183] [--cpu 1] [--page NAME] [--json FILE]`
 *
 * Edit latency and the main thread during an edit: how long after a person types a new number the
 * verdict shows it, and the charts, and which long tasks (over 50 ms) run until the next edit.
 * Builds into DIR (default `.ttv/edit-latency`, so it never races another build of dist/), serves
 * it with vite preview, and opens two pages in headless Chromium at 1280 × 1800 (every chart drawn):
 * the default page, and the same page with growth over time and scenario B open (the default page
 * already has spreads: cost ranges, robustness and bands).
 *
 * Each edit is one `input` event in the Requests box (or Duration, `--field`, which also redoes the
 * break-even chart's sweep; Playwright's `fill`, a whole new value, as a paste would be). The clock
 * is the page's own: from the input event's timeStamp until a MutationObserver sees the verdict's
 * `data-scenario` change (the app sets it, in the same commit as the verdict's new figures, to the
 * scenario they are for), and until every chart card and the compare panel carry it too (their
 * data come from the spread worker after an edit: edit → charts). The page then gets `--gap` ms
 * (a quiet second by default; 250 has the next edit come while the cost ranges, bands and
 * robustness, started 150 ms after the last edit by src/lib/spread-results.ts, are under way), and
 * every long task (the Long Tasks API) that started from the edit until then is charged to it.
 * Prints, per page, the median and max latency, edit → charts, and the long tasks' count and
 * longest, with the load average, and the main-thread tasks over 50 ms of thread (CPU) time during
 * the edits, from a Chromium trace: on a loaded machine other processes stretch a task's wall time,
 * not its CPU time. Not part of `npm test`: timings depend on machine load. Targets: median
 * ≤ 50 ms, no long task on an edit.
 */
import { loadavg } from 'node:os';
import type { Browser } from '@playwright/test';
import { measuredCommit, median, metOrMissed, writeJsonReport } from './lib/runs-summary.ts';
import {
  numberFlag,
  servedBuildFlags,
  servedBuildOptions,
  toolFlags,
  usageError,
  withServedBrowser,
} from './lib/served-build.ts';

const TOOL = 'edit-latency';
const PORT = 4183;
const TARGET_MS = 50;
/** The time after each edit shows in the verdict until the next (`--gap`): a quiet second. */
const GAP_MS = 1000;

/** The box edited: Requests moves only the volume; Duration also redoes the break-even sweep. */
const FIELDS = {
  Requests: (k: number) => String(1000 + 37 * (k + 1)), // 1,037, 1,074 …
  Duration: (k: number) => String(200 + 13 * (k + 1)), // 213, 226 … ms
} as const;
type Field = keyof typeof FIELDS;

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
 * moments the verdict's data-scenario changes and every chart card and the compare panel follow. A string, not a function: tsx would wrap a
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
    w.__edit = { t0: e.timeStamp, before: v ? v.dataset.scenario : undefined, ms: null, chartsMs: null };
  }, true);
  const seen = () => {
    const ed = w.__edit;
    if (!ed || ed.chartsMs !== null) return;
    const v = document.querySelector('.verdict');
    if (!v || v.dataset.scenario === ed.before) return;
    const now = performance.now() - ed.t0;
    if (ed.ms === null) ed.ms = now;
    const parts = [...document.querySelectorAll('.chart-card[data-scenario], .compare-card')];
    if (parts.every((c) => c.dataset.scenario === v.dataset.scenario)) ed.chartsMs = now;
  };
  const start = () =>
    new MutationObserver(seen).observe(document.body, {
      subtree: true, childList: true, attributes: true, attributeFilter: ['data-scenario'],
    });
  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);
})();`;

/**
 * The page's main-thread tasks while editing, from a Chromium trace: their thread time (CPU), which
 * other processes on a loaded machine do not stretch, as they stretch a task's wall time.
 */
function mainThreadCpuMs(trace: Buffer): number[] {
  const events = (
    JSON.parse(trace.toString()) as {
      traceEvents: Array<{
        ph: string;
        name: string;
        pid: number;
        tid: number;
        tdur?: number;
        args?: { name?: string };
      }>;
    }
  ).traceEvents;
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.name === 'ThreadControllerImpl::RunTask' &&
        main.has(`${e.pid}:${e.tid}`) &&
        e.tdur !== undefined,
    )
    .map((e) => (e.tdur ?? 0) / 1000);
}

interface EditRun {
  latencyMs: number[];
  /** Until every chart card and the compare panel show the new scenario too. */
  chartsMs: number[];
  longTasksMs: number[];
  /** Main-thread tasks over 50 ms of CPU time during the edits (from the trace). */
  cpuLongTasksMs: number[];
}

async function measurePage(
  browser: Browser,
  url: string,
  shows: readonly string[],
  edits: number,
  cpu: number,
  field: Field,
  gapMs: number,
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
    await page.waitForTimeout(GAP_MS);
    if (cpu > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    }
    const box = page.getByLabel(field, { exact: true });
    const out: EditRun = { latencyMs: [], chartsMs: [], longTasksMs: [], cpuLongTasksMs: [] };
    await browser.startTracing(page, { categories: ['toplevel'] });
    for (let k = 0; k < edits; k++) {
      // Each a new value, so each moves the figures.
      await box.fill(FIELDS[field](k));
      const handle = await page.waitForFunction(
        () => (window as unknown as { __edit: { ms: number | null } | null }).__edit?.ms ?? null,
        undefined,
        { timeout: 30_000, polling: 'raf' },
      );
      out.latencyMs.push((await handle.jsonValue()) as number);
      await page.waitForTimeout(gapMs);
      // The charts' time if they have shown it by now, and every long task since the edit.
      const { chartsMs, tasks } = await page.evaluate(() => {
        const w = window as unknown as {
          __longTasks: Array<{ start: number; ms: number }>;
          __edit: { t0: number; chartsMs: number | null };
        };
        const t0 = w.__edit.t0;
        return {
          chartsMs: w.__edit.chartsMs,
          tasks: w.__longTasks.filter((t) => t.start >= t0).map((t) => t.ms),
        };
      });
      if (chartsMs !== null) out.chartsMs.push(chartsMs);
      out.longTasksMs.push(...tasks);
    }
    out.cpuLongTasksMs = mainThreadCpuMs(await browser.stopTracing()).filter(
      (ms) => ms > TARGET_MS,
    );
    return out;
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const values = toolFlags(TOOL, {
    edits: { type: 'string', default: '15' },
    ...servedBuildOptions({ outDir: '.ttv/edit-latency', port: PORT }),
    cpu: { type: 'string', default: '1' },
    field: { type: 'string', default: 'Requests' },
    gap: { type: 'string', default: String(GAP_MS) },
    page: { type: 'string' },
    json: { type: 'string' },
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
  const gapMs = numberFlag(TOOL, '--gap', values.gap, {
    what: 'a time in ms',
    min: 0,
    max: 10_000,
  });
  const field = values.field;
  if (field !== 'Requests' && field !== 'Duration')
    usageError(TOOL, `--field: ${JSON.stringify(field)} is not Requests or Duration`);
  const flags = servedBuildFlags(TOOL, values);
  const pages = PAGES.filter((p) => !values.page || p.name.includes(values.page));
  if (pages.length === 0)
    usageError(TOOL, `--page: no page name contains ${JSON.stringify(values.page)}`);
  const report: Array<Record<string, unknown>> = [];
  await withServedBrowser(TOOL, flags, async ({ origin, browser }) => {
    console.log(
      `Edit latency · ${edits} edits of ${field} a page, ${gapMs} ms apart · CPU ${cpu}× · ${measuredCommit()} · load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    for (const p of pages) {
      const run = await measurePage(browser, origin + p.path, p.shows, edits, cpu, field, gapMs);
      const m = median(run.latencyMs);
      const max = Math.max(...run.latencyMs);
      const longest = Math.max(0, ...run.longTasksMs);
      report.push({ page: p.name, path: p.path, medianMs: m, maxMs: max, ...run });
      const charts =
        run.chartsMs.length === edits
          ? `${median(run.chartsMs).toFixed(1)} ms`
          : `not reached on ${edits - run.chartsMs.length} of ${edits} edits`;
      console.log(
        `  ${p.name.padEnd(24)} edit → verdict median ${m.toFixed(1)} ms, max ${max.toFixed(1)} ms (target ≤ ${TARGET_MS}: ${metOrMissed(m <= TARGET_MS)}); edit → charts median ${charts}; long tasks ${run.longTasksMs.length}, longest ${longest.toFixed(0)} ms; over ${TARGET_MS} ms of CPU ${run.cpuLongTasksMs.length}, longest ${Math.max(0, ...run.cpuLongTasksMs).toFixed(0)} ms (target: none)`,
      );
    }
    console.log(`  load average after: ${loadavg()[0]?.toFixed(1)}`);
  });
  if (values.json)
    writeJsonReport(values.json, {
      commit: measuredCommit(),
      cpu,
      edits,
      field,
      gapMs,
      loadavg: loadavg(),
      pages: report,
    });
}

await main();
