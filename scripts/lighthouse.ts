/**
 * `npm run lighthouse [-- --runs 3] [--path embed.html] [--no-build] [--check] [--out-dir DIR] [--port N]`:
 * builds, serves dist/ (or DIR, so a measurement never races another build of dist/)
 * with vite preview on a loopback port, runs Lighthouse 12 (mobile preset, its default) in headless
 * Chromium, prints the four category scores, LCP, total blocking time and layout shift (CLS), and
 * writes each JSON report to .lighthouse/.
 * Targets: performance ≥ 98; accessibility, best practices and SEO 100; LCP ≤ 1.5 s. With --check,
 * exits 1 when the median run misses one. Not part of `npm test`: scores vary with machine load.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/preview-server.ts';
import { median, metOrMissed } from './lib/runs-summary.ts';
import {
  failure,
  numberFlag,
  servedBuildFlags,
  servedBuildOptions,
  withServedBuild,
} from './lib/served-build.ts';

const OUT_DIR = join(ROOT, '.lighthouse');
const TOOL = 'lighthouse';
const PORT = 4181;
const LIGHTHOUSE = join(ROOT, 'node_modules/lighthouse/cli/index.js');

const CATEGORIES = [
  ['performance', 'Performance', 0.98],
  ['accessibility', 'Accessibility', 1],
  ['best-practices', 'Best practices', 1],
  ['seo', 'SEO', 1],
] as const;
const LCP_TARGET_MS = 1500;

interface LighthouseReport {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
  runtimeError?: { code: string; message: string };
}

function fail(message: string): never {
  return failure(TOOL, message);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '1' },
      path: { type: 'string', default: '' },
      ...servedBuildOptions({ outDir: 'dist', port: PORT }),
      check: { type: 'boolean', default: false },
    },
    strict: true,
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
    CATEGORIES.forEach(([, label, target], j) => {
      const m = median(results.map((r) => r.scores[j] ?? 0));
      const met = m >= target * 100;
      ok &&= met;
      console.log(
        `  ${label.padEnd(15)} ${String(m).padStart(3)}   target ≥ ${target * 100}: ${metOrMissed(met)}`,
      );
    });
    const lcp = median(results.map((r) => r.lcpMs));
    const lcpMet = lcp <= LCP_TARGET_MS;
    ok &&= lcpMet;
    console.log(
      `  ${'LCP'.padEnd(15)} ${(lcp / 1000).toFixed(2)} s   target ≤ 1.5 s: ${metOrMissed(lcpMet)}`,
    );
    console.log(
      `  ${'TBT'.padEnd(15)} ${Math.round(median(results.map((r) => r.tbtMs)))} ms · CLS ${median(
        results.map((r) => r.cls),
      ).toFixed(3)} (medians)`,
    );
    console.log(`Reports: ${results.map((r) => relative(ROOT, r.file)).join(', ')}`);
    if (!ok && values.check) process.exitCode = 1;
  });
}

await main();
