/**
 * `npm run lighthouse [-- --runs 3] [--path embed.html] [--no-build] [--check] [--out-dir DIR]`:
 * builds, serves dist/ (or DIR, so a measurement never races another build of dist/)
 * with vite preview on a loopback port, runs Lighthouse 12 (mobile preset, its default) in headless
 * Chromium, prints the four category scores and LCP, and writes each JSON report to .lighthouse/.
 * Targets: performance ≥ 98; accessibility, best practices and SEO 100; LCP ≤ 1.5 s. With --check,
 * exits 1 when the median run misses one. Not part of `npm test`: scores vary with machine load.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findChromium, HOW_TO_GET_CHROMIUM } from './lib/find-chromium.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = join(ROOT, '.lighthouse');
const PORT = 4181;
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');
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
  console.error(`lighthouse: ${message}`);
  process.exit(1);
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) fail(`vite preview exited with code ${server.exitCode}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  fail(`no answer from ${url} after ${timeoutMs / 1000} s`);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? NaN;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '1' },
      path: { type: 'string', default: '' },
      'no-build': { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      'out-dir': { type: 'string', default: 'dist' },
    },
    strict: true,
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 20)
    fail(`--runs: ${JSON.stringify(values.runs)} is not a whole number from 1 to 20`);
  const chromium = findChromium();
  if (!chromium) fail(HOW_TO_GET_CHROMIUM);

  if (!values['no-build']) {
    const b = spawnSync(
      process.execPath,
      [VITE, 'build', '--logLevel', 'warn', '--emptyOutDir', '--outDir', values['out-dir']],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    );
    if (b.status !== 0) fail('vite build failed');
  }
  mkdirSync(OUT_DIR, { recursive: true });

  // `node …/vite.js` directly, so the pid we hold (and kill) is the server itself.
  const server = spawn(
    process.execPath,
    [
      VITE,
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
      '--outDir',
      values['out-dir'],
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const stop = () => {
    if (server.exitCode === null) server.kill('SIGTERM');
  };
  process.on('exit', stop);
  process.on('SIGINT', () => process.exit(130));

  try {
    const url = `http://127.0.0.1:${PORT}/${values.path.replace(/^\//, '')}`;
    await waitForServer(url, server);
    console.log(`Lighthouse 12 (mobile) on ${url} · Chromium ${chromium.path} · ${runs} run(s)`);
    const results: Array<{ scores: number[]; lcpMs: number; file: string }> = [];
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
        { cwd: ROOT, stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromium.path } },
      );
      if (lh.status !== 0) fail(`lighthouse exited with code ${lh.status ?? lh.signal}`);
      const report = JSON.parse(readFileSync(file, 'utf8')) as LighthouseReport;
      if (report.runtimeError) fail(`${report.runtimeError.code}: ${report.runtimeError.message}`);
      const scores = CATEGORIES.map(([id]) =>
        Math.round((report.categories[id]?.score ?? 0) * 100),
      );
      const lcpMs = report.audits['largest-contentful-paint']?.numericValue ?? NaN;
      results.push({ scores, lcpMs, file });
      console.log(
        `  run ${i}: ${CATEGORIES.map(([, label], j) => `${label} ${scores[j]}`).join(' · ')} · LCP ${(lcpMs / 1000).toFixed(2)} s`,
      );
    }

    console.log(runs > 1 ? `Median of ${runs} runs:` : 'Result:');
    let ok = true;
    CATEGORIES.forEach(([, label, target], j) => {
      const m = median(results.map((r) => r.scores[j] ?? 0));
      const met = m >= target * 100;
      ok &&= met;
      console.log(
        `  ${label.padEnd(15)} ${String(m).padStart(3)}   target ≥ ${target * 100}: ${met ? 'met' : 'MISSED'}`,
      );
    });
    const lcp = median(results.map((r) => r.lcpMs));
    const lcpMet = lcp <= LCP_TARGET_MS;
    ok &&= lcpMet;
    console.log(
      `  ${'LCP'.padEnd(15)} ${(lcp / 1000).toFixed(2)} s   target ≤ 1.5 s: ${lcpMet ? 'met' : 'MISSED'}`,
    );
    console.log(`Reports: ${results.map((r) => relative(ROOT, r.file)).join(', ')}`);
    if (!ok && values.check) process.exitCode = 1;
  } finally {
    stop();
  }
}

await main();
