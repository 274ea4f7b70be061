/**
 * `npm run lighthouse [-- --runs 3] [--path embed.html] [--no-build] [--check] [--out-dir DIR] [--port N]`:
 * builds, serves dist/ (or DIR, so a measurement never races another build of dist/)
 * with vite preview on a loopback port, runs Lighthouse 12 (mobile preset, its default) in headless
 * Chromium, prints the four category scores, LCP, total blocking time and layout shift (CLS), and
 * writes each JSON report to .lighthouse/.
 * Targets (the page-speed issue's): the page performance ≥ 98, LCP ≤ 1.2 s, TBT ≤ 150 ms; the widget
 * (--path embed.html) performance ≥ 95; both accessibility and best practices 100, and the page SEO
 * 100 (the widget is `noindex` on purpose, so its SEO has no target). With --check, exits 1 when the
 * median run misses one. Not part of `npm test`: scores vary with machine load.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './lib/preview-server.ts';
import { median, metOrMissed } from './lib/runs-summary.ts';
import {
  failure,
  numberFlag,
  servedBuildFlags,
  servedBuildOptions,
  toolFlags,
  withServedBuild,
} from './lib/served-build.ts';

const OUT_DIR = join(ROOT, '.lighthouse');
const TOOL = 'lighthouse';
const PORT = 4181;
const LIGHTHOUSE = join(ROOT, 'node_modules/lighthouse/cli/index.js');

const CATEGORIES = [
  ['performance', 'Performance'],
  ['accessibility', 'Accessibility'],
  ['best-practices', 'Best practices'],
  ['seo', 'SEO'],
] as const;

/** Median targets per page: category scores (0–1; null: none), LCP and TBT in ms (null: none). */
interface Targets {
  scores: readonly (number | null)[];
  lcpMs: number | null;
  tbtMs: number | null;
}
const PAGE_TARGETS: Targets = { scores: [0.98, 1, 1, 1], lcpMs: 1200, tbtMs: 150 };
const WIDGET_TARGETS: Targets = { scores: [0.95, 1, 1, null], lcpMs: null, tbtMs: null };
const targetsFor = (path: string): Targets =>
  /embed(\.html)?([?#]|$)/.test(path) ? WIDGET_TARGETS : PAGE_TARGETS;

interface LighthouseReport {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
  runtimeError?: { code: string; message: string };
}

function fail(message: string): never {
  return failure(TOOL, message);
}

async function main(): Promise<void> {
  const values = toolFlags(TOOL, {
    runs: { type: 'string', default: '1' },
    path: { type: 'string', default: '' },
    ...servedBuildOptions({ outDir: 'dist', port: PORT }),
    check: { type: 'boolean', default: false },
  });
  const runs = numberFlag(TOOL, '--runs', values.runs, { what: 'a whole number', min: 1, max: 20 });
  const flags = servedBuildFlags(TOOL, values);
  mkdirSync(OUT_DIR, { recursive: true });

  await withServedBuild(TOOL, flags, async (server) => {
    const url = `${server.origin}/${values.path.replace(/^\//, '')}`;
    console.log(
      `Lighthouse 12 (mobile) on ${url} · Chromium ${server.chromiumPath} · ${runs} run(s)`,
    );
    const results: Array<{
      scores: number[];
      lcpMs: number;
      tbtMs: number;
      cls: number;
      file: string;
    }> = [];
    for (let i = 1; i <= runs; i++) {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = join(OUT_DIR, `${values.path.replace(/\W+/g, '-') || 'index'}-${stamp}.json`);
      const lh = spawnSync(
        process.execPath,
        [
          LIGHTHOUSE,
          url,
          '--output=json',
          `--output-path=${file}`,
          '--quiet',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
        ],
        { cwd: ROOT, stdio: 'inherit', env: { ...process.env, CHROME_PATH: server.chromiumPath } },
      );
      if (lh.status !== 0) fail(`lighthouse exited with code ${lh.status ?? lh.signal}`);
      const report = JSON.parse(readFileSync(file, 'utf8')) as LighthouseReport;
      if (report.runtimeError) fail(`${report.runtimeError.code}: ${report.runtimeError.message}`);
      const scores = CATEGORIES.map(([id]) =>
        Math.round((report.categories[id]?.score ?? 0) * 100),
      );
      const lcpMs = report.audits['largest-contentful-paint']?.numericValue ?? NaN;
      const tbtMs = report.audits['total-blocking-time']?.numericValue ?? NaN;
      const cls = report.audits['cumulative-layout-shift']?.numericValue ?? NaN;
      results.push({ scores, lcpMs, tbtMs, cls, file });
      console.log(
        `  run ${i}: ${CATEGORIES.map(([, label], j) => `${label} ${scores[j]}`).join(' · ')} · LCP ${(lcpMs / 1000).toFixed(2)} s · TBT ${Math.round(tbtMs)} ms · CLS ${cls.toFixed(3)}`,
      );
    }

    console.log(runs > 1 ? `Median of ${runs} runs:` : 'Result:');
    let ok = true;
    const targets = targetsFor(values.path);
    const verdict = (met: boolean) => {
      ok &&= met;
      return metOrMissed(met);
    };
    CATEGORIES.forEach(([, label], j) => {
      const m = median(results.map((r) => r.scores[j] ?? 0));
      const target = targets.scores[j];
      console.log(
        `  ${label.padEnd(15)} ${String(m).padStart(3)}   ${
          target == null ? 'no target' : `target ≥ ${target * 100}: ${verdict(m >= target * 100)}`
        }`,
      );
    });
    const lcp = median(results.map((r) => r.lcpMs));
    const tbt = median(results.map((r) => r.tbtMs));
    const cls = median(results.map((r) => r.cls));
    console.log(
      `  ${'LCP'.padEnd(15)} ${(lcp / 1000).toFixed(2)} s   ${
        targets.lcpMs == null
          ? 'no target'
          : `target ≤ ${targets.lcpMs / 1000} s: ${verdict(lcp <= targets.lcpMs)}`
      }`,
    );
    console.log(
      `  ${'TBT'.padEnd(15)} ${Math.round(tbt)} ms   ${
        targets.tbtMs == null
          ? 'no target'
          : `target ≤ ${targets.tbtMs} ms: ${verdict(tbt <= targets.tbtMs)}`
      }`,
    );
    console.log(`  ${'CLS'.padEnd(15)} ${cls.toFixed(3)}`);
    console.log(`Reports: ${results.map((r) => relative(ROOT, r.file)).join(', ')}`);
    if (!ok && values.check) process.exitCode = 1;
  });
}

await main();
