/**
 * `npm run size [-- --no-build] [--port 4183]`: builds with Vite, then reports the gzip size (zlib
 * level 9, 1 kB = 1000 bytes) of the JavaScript in dist/assets, four ways:
 *
 * 1. Before first render, read from the built files: the page's entry <script type="module">, its
 *    <link rel="modulepreload">s, and every chunk they import statically (dynamic import() chunks
 *    are lazy and not counted), plus the calculator itself: index.html's boot script imports
 *    `main-*.js` right after the static shell paints, and that chunk and its static imports are
 *    needed for the first real render. Targets: index.html ≤ 100 kB, embed.html ≤ 100 kB.
 * 2. The calculator page, measured in Chromium: every .js file the built page fetches with no user
 *    action, for the default page and for a share link with parameters (1280 × 900, until the
 *    verdict is ready and the network has been idle for half a second, so the charts count).
 *    Target ≤ 250 kB. The widget is measured the same way and reported.
 * 3. On-demand tools: every other file, fetched only after a user action (import, export, embed,
 *    options, compare…), each listed. Target ≤ 60 kB in all.
 * 4. All JavaScript, with no target, so growth stays visible.
 *
 * Exits 1 when a target is missed. docs/BENCHMARKS.md has the reasoning and the figures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { findChromium, HOW_TO_GET_CHROMIUM } from './lib/find-chromium.ts';
import { MEASURED_PAGES } from './lib/measured-pages.ts';
import { buildSite, startPreview } from './lib/preview-server.ts';
import { failure, launchChromium, numberFlag, PORT_RULE, toolFlags } from './lib/served-build.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = process.env.SIZE_DIST ?? join(ROOT, 'dist');
const KB = 1000;
const TARGETS = { first: 100 * KB, embed: 100 * KB, page: 250 * KB, onDemand: 60 * KB };
const PORT = 4183;

export function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);
}

/**
 * Local JS files an HTML page loads up front: module entry scripts and modulepreload links, in the
 * markup or named for first-paint.js to add.
 */
export function entryScripts(html: string, htmlPath: string): string[] {
  const out: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src && attr(tag, 'type') === 'module') out.push(src);
    // The boot script and its preloads that first-paint.js adds just after the first paint.
    for (const name of ['data-boot', 'data-boot-preload'])
      out.push(...(attr(tag, name) ?? '').split(/\s+/).filter(Boolean));
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
 * vite.config.ts puts React DOM and Query in one `core` chunk, and React itself with what a share
 * link's early verdict shares with the page in the `app` chunk, without their dependencies' chunks
 * (includeDependenciesRecursively: false). That is only safe while nothing core imports leads back
 * to core: a cycle could change the order modules run in. Say so here, where the build is already
 * at hand.
 */
export function coreImportProblems(files: string[]): string[] {
  const out: string[] = [];
  for (const f of files.filter((x) => /[\\/]core-[\w-]+\.js$/.test(x))) {
    const seen = new Set<string>();
    const walk = (file: string, via: string): void => {
      for (const dep of existsSync(file) ? staticImports(readFileSync(file, 'utf8'), file) : []) {
        if (dep === f) out.push(`${relative(DIST, f)} imports ${via}, which imports it back`);
        else if (!seen.has(dep)) {
          seen.add(dep);
          walk(dep, via);
        }
      }
    };
    for (const dep of staticImports(readFileSync(f, 'utf8'), f)) walk(dep, relative(DIST, dep));
  }
  return out;
}

function checkCore(files: string[]): boolean {
  const problems = coreImportProblems(files);
  console.log(
    problems.length === 0
      ? 'core chunk: nothing it imports imports it back: ok'
      : `core chunk: must not be imported back by what it imports, but ${problems.join('; ')}`,
  );
  return problems.length === 0;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

function report(title: string, files: string[], target?: number): boolean {
  let total = 0;
  console.log(title);
  for (const f of files) {
    const gz = gzipSize(f);
    total += gz;
    console.log(
      `  ${relative(DIST, f).padEnd(44)} ${kb(gz).padStart(9)} gzip  (${kb(readFileSync(f).length)} raw)`,
    );
  }
  const ok = target === undefined || total <= target;
  console.log(
    `  ${'total'.padEnd(44)} ${kb(total).padStart(9)} gzip${
      target === undefined ? '' : `  target ≤ ${kb(target)}: ${ok ? 'met' : 'MISSED'}`
    }`,
  );
  return ok;
}

/**
 * The built site's .js files a page fetches with no user action: loaded in Chromium at 1280 ×
 * 900 (wide enough that the charts sit on the first screen) until the verdict is ready and the
 * network has been idle for 500 ms. Paths are relative to the site's root ("assets/core-….js").
 */
async function fetchedWithoutAction(
  origin: string,
  paths: readonly string[],
): Promise<Map<string, Set<string>>> {
  const found = findChromium();
  if (!found) throw new Error(HOW_TO_GET_CHROMIUM);
  const browser = await launchChromium(found.path);
  const out = new Map<string, Set<string>>();
  try {
    for (const path of paths) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        const files = new Set<string>();
        page.on('response', (r) => {
          const url = new URL(r.url());
          if (url.origin === origin && url.pathname.endsWith('.js'))
            files.add(url.pathname.replace(/^\//, ''));
        });
        await page.goto(origin + path);
        await page
          .locator('.verdict[data-ready="true"]')
          .waitFor({ state: 'attached', timeout: 120_000 });
        await page.waitForLoadState('networkidle', { timeout: 120_000 });
        out.set(path, files);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}

/**
 * Splits the site's JavaScript by when it loads: `page` (fetched by the calculator's default page
 * or its share link), `widget` (fetched by the widget and not by the page) and `onDemand`
 * (everything else: fetched only after a user action). Files are paths relative to the site.
 */
export function splitByLoad(
  all: readonly string[],
  fetched: { page: Iterable<string>; widget: Iterable<string> },
): { page: string[]; widget: string[]; onDemand: string[] } {
  const page = new Set(fetched.page);
  const widget = new Set([...fetched.widget].filter((f) => !page.has(f)));
  return {
    page: all.filter((f) => page.has(f)),
    widget: all.filter((f) => widget.has(f)),
    onDemand: all.filter((f) => !page.has(f) && !widget.has(f)),
  };
}

async function main(): Promise<void> {
  const values = toolFlags('size', {
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string', default: String(PORT) },
  });
  const port = numberFlag('size', '--port', values.port, PORT_RULE);
  if (!values['no-build'] && !buildSite(DIST)) failure('size', 'vite build failed');
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

  const server = await startPreview(DIST, port);
  let fetched: Map<string, Set<string>>;
  try {
    fetched = await fetchedWithoutAction(
      server.origin,
      MEASURED_PAGES.map((p) => p.path),
    );
  } catch (e) {
    console.error(`size: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  } finally {
    server.stop();
  }
  const of = (name: string) => {
    const p = MEASURED_PAGES.find((x) => x.name === name)?.path;
    return p === undefined ? [] : [...(fetched.get(p) ?? [])];
  };
  const split = splitByLoad(
    all.map((f) => relative(DIST, f)),
    {
      page: [...of('default page'), ...of('share link with parameters')],
      widget: of('widget (embed.html)'),
    },
  );
  const abs = (fs: string[]) => fs.map((f) => join(DIST, f));
  ok =
    report(
      'the calculator page: all JavaScript fetched with no user action (default page and a share link, measured in Chromium)',
      abs(split.page),
      TARGETS.page,
    ) && ok;
  report("the widget: fetched with no user action, beyond the page's files", abs(split.widget));
  ok =
    report(
      'on-demand tools: fetched only after a user action',
      abs(split.onDemand),
      TARGETS.onDemand,
    ) && ok;
  report('dist/assets: all JavaScript (no target)', all);
  ok = checkCore(all) && ok;
  if (!ok) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
