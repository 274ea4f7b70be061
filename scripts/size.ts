/**
 * `npm run size [-- --no-build]`: builds with Vite, then reports the gzip size (zlib level 9) of the
 * JavaScript each page loads before its first render, and of all JavaScript in dist/assets.
 * "Before first render" = the page's entry <script type="module">, its <link rel="modulepreload">s,
 * and every chunk they import statically (dynamic import() chunks are lazy and not counted), plus
 * the calculator itself: index.html's boot script imports `main-*.js` dynamically right after the
 * static shell paints, and that chunk and its static imports are needed for the first real render.
 * Targets: index.html ≤ 100 kB, embed.html ≤ 100 kB, all JS ≤ 250 kB (1 kB = 1000 bytes).
 * Exits 1 when a target is missed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = process.env.SIZE_DIST ?? join(ROOT, 'dist');
const KB = 1000;
const TARGETS = { first: 100 * KB, embed: 100 * KB, total: 250 * KB };

export function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);
}

/** Local JS files an HTML page loads up front: module entry scripts and modulepreload links. */
export function entryScripts(html: string, htmlPath: string): string[] {
  const out: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src && attr(tag, 'type') === 'module') out.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attr(tag, 'href');
    if (href && attr(tag, 'rel')?.split(/\s+/).includes('modulepreload')) out.push(href);
  }
  return out
    .filter((u) => !/^[a-z]+:|^\/\//i.test(u)) // third-party URLs would be a bug of their own
    .map((u) => resolve(dirname(htmlPath), u.split(/[?#]/)[0] ?? u));
}

/** Static imports of a built ES module (`import … from "./x.js"`, `import "./x.js"`, re-exports). */
export function staticImports(code: string, file: string): string[] {
  const out: string[] = [];
  const re =
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const m of code.matchAll(re)) if (m[1]) out.push(resolve(dirname(file), m[1]));
  return out;
}

/** Dynamic `import("./x.js")` targets in a built module (Vite may wrap them in its preload helper). */
export function dynamicImports(code: string, file: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/\bimport\(\s*[`"'](\.{1,2}\/[^`"']+)[`"']\s*\)/g))
    if (m[1]) out.push(resolve(dirname(file), m[1]));
  return out;
}

/**
 * Chunks an entry script imports dynamically but which still belong to the first render: the
 * calculator (`main-*.js`), which boot.ts imports as soon as the static shell has painted.
 */
export function deferredEntries(entries: string[], pattern = /[\\/]main-[\w-]+\.js$/): string[] {
  return entries.flatMap((f) =>
    f.endsWith('.js') && existsSync(f)
      ? dynamicImports(readFileSync(f, 'utf8'), f).filter((d) => pattern.test(d))
      : [],
  );
}

/** The entry files plus everything they import statically, transitively. */
export function firstLoadClosure(entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const f = queue.pop()!;
    if (seen.has(f) || !existsSync(f)) continue;
    seen.add(f);
    if (f.endsWith('.js')) queue.push(...staticImports(readFileSync(f, 'utf8'), f));
  }
  return [...seen].filter((f) => f.endsWith('.js')).sort();
}

/**
 * vite.config.ts puts React, Query, zustand and the formatters in one `core` chunk without their
 * dependencies' chunks (includeDependenciesRecursively: false). That is only safe while core
 * imports nothing but the bundler's runtime: an import back into app code could make a cycle and
 * change the order modules run in. Say so here, where the build is already at hand.
 */
export function coreImportProblems(files: string[]): string[] {
  const out: string[] = [];
  for (const f of files.filter((x) => /[\\/]core-[\w-]+\.js$/.test(x)))
    for (const dep of staticImports(readFileSync(f, 'utf8'), f))
      if (!/[\\/]rolldown-runtime-[\w-]+\.js$/.test(dep))
        out.push(`${relative(DIST, f)} imports ${relative(DIST, dep)}`);
  return out;
}

function checkCore(files: string[]): boolean {
  const problems = coreImportProblems(files);
  console.log(
    problems.length === 0
      ? 'core chunk: imports only the bundler runtime: ok'
      : `core chunk: must import only the bundler runtime, but ${problems.join('; ')}`,
  );
  return problems.length === 0;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

function report(title: string, files: string[], target: number): boolean {
  let total = 0;
  console.log(title);
  for (const f of files) {
    const gz = gzipSize(f);
    total += gz;
    console.log(
      `  ${relative(DIST, f).padEnd(44)} ${kb(gz).padStart(9)} gzip  (${kb(readFileSync(f).length)} raw)`,
    );
  }
  const ok = total <= target;
  console.log(
    `  ${'total'.padEnd(44)} ${kb(total).padStart(9)} gzip  target ≤ ${kb(target)}: ${ok ? 'met' : 'MISSED'}`,
  );
  return ok;
}

function main(): void {
  if (!process.argv.includes('--no-build')) {
    const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
    const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (r.status !== 0) {
      console.error('size: vite build failed');
      process.exit(1);
    }
  }
  const pages: Array<[string, number]> = [
    ['index.html', TARGETS.first],
    ['embed.html', TARGETS.embed],
  ];
  let ok = true;
  for (const [page, target] of pages) {
    const htmlPath = join(DIST, page);
    if (!existsSync(htmlPath)) {
      if (page === 'index.html') {
        console.error('size: dist/index.html not found; run the build first');
        process.exit(1);
      }
      continue;
    }
    const entries = entryScripts(readFileSync(htmlPath, 'utf8'), htmlPath);
    const files = firstLoadClosure([...entries, ...deferredEntries(entries)]);
    ok = report(`dist/${page}: JavaScript before first render`, files, target) && ok;
  }
  const assets = join(DIST, 'assets');
  const all = existsSync(assets)
    ? readdirSync(assets, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.js'))
        .map((f) => join(assets, f))
        .sort()
    : [];
  ok = report('dist/assets: all JavaScript', all, TARGETS.total) && ok;
  ok = checkCore(all) && ok;
  if (!ok) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
