import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { createServer, type Plugin, type Rollup } from 'vite';
import { COMPACT_CATALOG_FILE } from './src/catalog/compact.ts';
import { compactCatalogFrom } from './src/catalog/load-from-disk.ts';
import { deferBoot, firstPaintSource, inlineFirstPaint } from './scripts/lib/first-paint-inline.ts';
import { THEME_STORAGE_KEY } from './src/lib/theme-dom.ts';

/**
 * pricing-data/*.json is served as-is in dev and copied to dist/pricing-data/ on build (no second
 * copy in git), with the runtime catalog the page loads (catalog.json: every file in one, without
 * provenance notes; src/catalog/compact.ts), made from them on each request in dev and once at build.
 */
function pricingData(): Plugin {
  const dir = join(import.meta.dirname, 'pricing-data');
  const files = () => readdirSync(dir).filter((f) => f.endsWith('.json'));
  const compact = () => JSON.stringify(compactCatalogFrom(dir));
  return {
    name: 'breakeven-pricing-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /\/pricing-data\/([\w.-]+\.json)(?:\?.*)?$/.exec(req.url ?? '');
        const compactFile = m?.[1] === COMPACT_CATALOG_FILE;
        if (!m?.[1] || (!compactFile && !files().includes(m[1]))) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(compactFile ? compact() : readFileSync(join(dir, m[1])));
      });
    },
    generateBundle() {
      for (const f of files())
        this.emitFile({
          type: 'asset',
          fileName: `pricing-data/${f}`,
          source: readFileSync(join(dir, f)),
        });
      this.emitFile({
        type: 'asset',
        fileName: `pricing-data/${COMPACT_CATALOG_FILE}`,
        source: compact(),
      });
    },
  };
}

/**
 * The default scenario's verdict, pre-rendered into index.html and embed.html at build time: the
 * real Verdict component (React's static prerender) over the runtime catalog this build writes,
 * priced by the same engine and `calculate` as the page (src/app/prerender.tsx,
 * src/embed/prerender.tsx). It replaces the `<!-- prerendered-verdict … -->` marker, hidden unless
 * public/first-paint.js finds no share-link parameters, and the app swaps in the live verdict once
 * its code and the served catalog have loaded (src/lib/prerendered.ts). Build only: in dev the
 * skeleton shows.
 */
function prerenderedVerdict(): Plugin {
  const entries: Record<string, string> = {
    'index.html': '/src/app/prerender.tsx',
    'embed.html': '/src/embed/prerender.tsx',
  };
  const MARKER = /<!-- prerendered-verdict[^>]*-->/;
  let rendered: Promise<Map<string, string>> | undefined;
  async function renderAll(): Promise<Map<string, string>> {
    // A second Vite, in Node, that only transforms the modules (TSX) for the pre-render.
    const server = await createServer({
      configFile: false,
      root: import.meta.dirname,
      logLevel: 'warn',
      appType: 'custom',
      server: { middlewareMode: true, hmr: false, ws: false },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    try {
      const compact = compactCatalogFrom(join(import.meta.dirname, 'pricing-data'));
      const out = new Map<string, string>();
      for (const [page, entry] of Object.entries(entries)) {
        const mod = (await server.ssrLoadModule(entry)) as {
          prerenderVerdict: (c: typeof compact) => Promise<string>;
        };
        out.set(page, await mod.prerenderVerdict(compact));
      }
      return out;
    } finally {
      await server.close();
    }
  }
  return {
    name: 'breakeven-prerendered-verdict',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      async handler(html, ctx) {
        const page = basename(ctx.filename);
        if (!entries[page]) return html;
        if (!MARKER.test(html)) throw new Error(`${page}: no <!-- prerendered-verdict --> marker`);
        rendered ??= renderAll();
        const verdict = (await rendered).get(page) ?? '';
        return html.replace(MARKER, () => `<div class="prerendered" hidden>${verdict}</div>`);
      },
    },
  };
}

/**
 * A share link has no pre-rendered verdict to show, so its answer waits for the calculator's code,
 * the engine and the catalog. public/first-paint.js knows at once whether the address carries a
 * scenario; for a share link it adds `<link rel=modulepreload>` for the files named here, so they
 * download while the static shell paints instead of after it (boot.ts imports them then, from the
 * module map). The default page keeps its bandwidth for the shell. The names are the build's
 * hashed chunks: the calculator (main.tsx), the engine and the catalog loader, with their static
 * imports, less what the HTML already loads; the widget's likewise (src/embed/main.tsx).
 */
const ENGINE_AND_CATALOG = [
  /src[\\/]engine[\\/]evaluate\.ts$/,
  /src[\\/]catalog[\\/](load-catalog|parse|fx)\.ts$/,
];

/** The build's chunks for the modules `wanted` and everything they import statically, sorted. */
function chunkGraph(bundle: Rollup.OutputBundle, wanted: readonly RegExp[]): string[] {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const files = new Set<string>();
  const add = (fileName: string) => {
    const c = byName.get(fileName);
    if (!c || files.has(fileName)) return;
    files.add(fileName);
    c.imports.forEach(add);
  };
  for (const c of chunks)
    if (c.facadeModuleId && wanted.some((re) => re.test(c.facadeModuleId!))) add(c.fileName);
  return [...files].sort();
}

function sharePreload(): Plugin {
  // After the first paint, the page's boot script imports a share link's early verdict (the
  // calculator comes after it), the widget's its app (main.tsx).
  const LAZY_ENTRIES: Record<string, RegExp[]> = {
    'index.html': [/src[\\/]app[\\/]early-verdict\.tsx$/, ...ENGINE_AND_CATALOG],
    'embed.html': [/src[\\/]embed[\\/]main\.tsx$/, ...ENGINE_AND_CATALOG],
  };
  return {
    name: 'breakeven-share-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const wanted = LAZY_ENTRIES[basename(ctx.path)];
        if (!wanted || !ctx.bundle) return html;
        const list = chunkGraph(ctx.bundle, wanted).filter((f) => !html.includes(f));
        if (list.length === 0)
          throw new Error(`${ctx.path}: no chunks to preload for a share link`);
        return html.replace(
          /<script\s+src="\.\/first-paint\.js"/,
          (tag) => `${tag} data-share-preload="${list.map((f) => `./${f}`).join(' ')}"`,
        );
      },
    },
  };
}

/**
 * public/first-paint.js goes into each page's <head> as an inline script (after sharePreload has
 * given its tag the share link's files), so nothing waits a round trip for it before the first
 * paint. public/_headers allows it by hash (scripts/lib/first-paint-inline.ts).
 */
function firstPaintInline(): Plugin {
  const source = firstPaintSource(import.meta.dirname);
  return {
    name: 'breakeven-first-paint-inline',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => inlineFirstPaint(html, source) },
  };
}

/**
 * `import url from './x.ts?shared-worker-url'` gives the URL of a module worker whose entry is a
 * chunk of this build, so it imports the page's own chunks (the engine, fetched once and cached)
 * instead of a second copy that Vite's `new Worker(new URL(…))` would bundle. In dev (and tests)
 * it is the module's path, which Vite serves. The worker's graph must not reach code that needs
 * the DOM at load: spread-worker.ts imports only React-free modules (the `spread` chunk group).
 */
function sharedChunkWorker(): Plugin {
  const QUERY = '?shared-worker-url';
  let build = false;
  let root = '';
  return {
    name: 'breakeven-shared-chunk-worker',
    enforce: 'pre',
    configResolved(config) {
      build = config.command === 'build';
      root = config.root;
    },
    async resolveId(source, importer) {
      if (!source.endsWith(QUERY)) return null;
      const entry = await this.resolve(source.slice(0, -QUERY.length), importer);
      return entry ? `\0${entry.id}${QUERY}` : null;
    },
    load(id) {
      if (!id.startsWith('\0') || !id.endsWith(QUERY)) return null;
      const file = id.slice(1, -QUERY.length);
      if (!build)
        return `export default ${JSON.stringify(`/${relative(root, file).split(sep).join('/')}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: file, name: basename(file, '.ts') });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

/**
 * Social crawlers want absolute URLs in og:/twitter: tags, which a relative build cannot know.
 * `SITE_URL=https://example.com/tools/breakeven/ npm run build` makes their ./ paths absolute.
 */
function socialUrls(): Plugin {
  return {
    name: 'breakeven-social-urls',
    transformIndexHtml(html) {
      const site = process.env.SITE_URL;
      if (!site) return html;
      let base: URL;
      try {
        base = new URL(site.endsWith('/') ? site : `${site}/`);
      } catch {
        throw new Error(
          `SITE_URL: "${site}" is not an absolute URL like https://example.com/tools/breakeven/`,
        );
      }
      return html.replace(
        /(<meta\s+(?:property|name)="(?:og|twitter):[\w:]+"\s+content=")\.\/([^"]*)"/g,
        (_, head: string, rest: string) => `${head}${new URL(rest, base).href}"`,
      );
    },
  };
}

/**
 * The static shell in index.html (header, intro, pre-rendered verdict) paints with only the HTML
 * and the CSS on the wire: the boot script and its preloads leave the markup, and first-paint.js
 * adds them just after the first paint (at once for a share link), with the catalog's preload
 * (scripts/lib/first-paint-inline.ts). `npm run size` still counts them as first-load JavaScript.
 * With them come the calculator's chunks (main.tsx), the engine and the catalog's loader, which
 * boot.ts would otherwise ask for only once it has run, a round trip later.
 * The widget (embed.html) keeps its own loading.
 */
function bootAfterPaint(): Plugin {
  return {
    name: 'breakeven-boot-after-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        if (!ctx.path.endsWith('index.html')) return html;
        const calculator = ctx.bundle
          ? chunkGraph(ctx.bundle, [
              /src[\\/]main\.tsx$/,
              ...ENGINE_AND_CATALOG,
              // The notes the live verdict waits for before it replaces the pre-rendered one.
              /src[\\/]features[\\/]verdict[\\/]components[\\/](sizing|priced-here|cannot-run)-note\.tsx$/,
            ])
          : [];
        return deferBoot(
          html,
          THEME_STORAGE_KEY,
          calculator.map((f) => `./${f}`),
        );
      },
    },
  };
}

/**
 * The parts of d3 the charts ship. Recharts keeps every d3 curve, symbol and stack offset in lookup
 * tables, and d3-scale brings d3's colour interpolation and number formats, none of which a chart
 * here uses (about 8 kB gzip). When Recharts or d3-scale (and only they) import one of these, they
 * get the subset in src/features/charts/ instead, which takes what it keeps from the real package;
 * src/features/charts/d3-subsets.test.ts checks the charts ask for nothing more. Recharts' scale
 * lookup is the `victory-vendor/d3-scale` alias below.
 */
function chartD3Subsets(): Plugin {
  const charts = join(import.meta.dirname, 'src/features/charts');
  const SUBSETS: Array<{ source: string; importer: RegExp; file: string }> = [
    {
      source: 'victory-vendor/d3-shape',
      importer: /node_modules[\\/]recharts[\\/]/,
      file: 'd3-shapes.ts',
    },
    {
      source: 'd3-interpolate',
      importer: /node_modules[\\/]d3-scale[\\/]/,
      file: 'd3-interpolate.ts',
    },
    { source: 'd3-format', importer: /node_modules[\\/]d3-scale[\\/]/, file: 'd3-format.ts' },
    {
      source: '../../util/scale',
      importer: /node_modules[\\/]recharts[\\/]es6[\\/]state[\\/]selectors[\\/]axisSelectors\.js$/,
      file: 'nice-ticks.ts',
    },
  ];
  return {
    name: 'breakeven-chart-d3-subsets',
    enforce: 'pre',
    resolveId(source, importer) {
      const subset =
        importer && SUBSETS.find((s) => s.source === source && s.importer.test(importer));
      return subset ? join(charts, subset.file) : null;
    },
  };
}

/**
 * Chunks: the lazy pieces that always load together are one file each (fewer requests, better
 * gzip than many small files): the engine with zod and the catalog parser, loaded in parallel
 * with the catalog; and Recharts with the three charts. React, TanStack Query, zustand and the
 * formatters are the core both pages share. Everything else is chunked by Rolldown.
 */
// units.ts, default-scenario.ts and ranking.ts stay out: the first render needs them (the
// workload's units and defaults; the verdict's and table's ranking), and the engine chunk stays lazy.
// Ranges, robustness, growth and compare stay out too: only their lazy panels and the export use
// them, after the first verdict. The growth chart stays out of the charts chunk: it loads when
// growth is shown. So do the cost-over-time chart's card and data and the static plot (no
// Recharts): the widget draws its first chart with them and fetches Recharts only when the reader
// engages with it.
const ENGINE =
  /src[\\/]engine[\\/](?!units\.ts|default-scenario\.ts|ranking\.ts|ranges\.ts|robustness\.ts|growth\.ts|compare\.ts)|src[\\/]catalog[\\/](parse|schema|fx|platform|platform-data|zod-messages|load-catalog)\.ts$|node_modules[\\/]zod[\\/]/;
const CHARTS =
  /node_modules[\\/](recharts|d3-[\w-]+|victory-vendor|decimal\.js-light|es-toolkit|immer|redux|redux-thunk|@reduxjs[\\/]toolkit|react-redux|reselect|eventemitter3|clsx|use-sync-external-store)[\\/]|src[\\/]features[\\/]charts[\\/](?!components[\\/](growth-chart|light-horizon-chart|light-break-even-chart|static-line-plot|horizon-card|break-even-card|chart-bits|readout-layer)|horizon-model|break-even-model|chart-rows)/;
// The cost-over-time and break-even charts' data, cards and legend, the rows every chart reads
// (chart-rows.ts: ticks, markers), the hover read-out (readout-layer.tsx), without Recharts, and
// the offers' looks (the palette, marker shapes and line keys: the results table's swatches draw
// them too): one file the page's charts, the table and the widget's static charts (which fetch no
// Recharts) all import.
const HORIZON =
  /src[\\/](features[\\/]charts[\\/](horizon-model\.ts|break-even-model\.ts|chart-rows\.ts|components[\\/](horizon-card|break-even-card|chart-bits|readout-layer)\.tsx)|lib[\\/](palette\.ts|ui[\\/](marker-shape|line-key)\.tsx))$/;
// The widget's two charts drawn as static SVG (and the plot they share): one file, whichever
// chart the widget shows first.
const STATIC_CHARTS =
  /src[\\/]features[\\/]charts[\\/]components[\\/](light-horizon-chart|light-break-even-chart|static-line-plot)\.tsx$/;
// Cost ranges, robustness, the page's spread results and the charts' worker answers, with
// the redraws in tasks of their own (own-task.ts): one lazy file
// (fewer chunk names in the first load's preload lists), loaded with the verdict's robustness note,
// the table, the charts or the export.
const RANGES =
  /src[\\/](lib[\\/](spread-results|chart-answers|own-task|priced-scenario)|describe[\\/]ranges)\.ts$|robustness-note\.tsx$|spread-worker\.ts\?shared-worker-url$/;
// The spread work (ranges, robustness, bands) and the charts' own (chart-work.ts: the sweep, growth
// and scenario B; growth.ts is 0.6 kB): React-free, run by the spread worker (and on the main
// thread where there is none). A chunk of its own, so the worker loads it and the engine chunk,
// never React or the page's state. No import() in it: Vite's preload helper needs a document.
const SPREAD =
  /src[\\/](engine[\\/](ranges|robustness|growth)|lib[\\/](spread-work|spread-protocol|chart-work))\.ts$/;
// What both pages' boot scripts share (the start after the first paint, the stored theme, whether
// first-paint.js showed the pre-rendered verdict, the bundler's preload helper, the global and component CSS): one small file, not one per
// combination of the pages that use it, and its CSS comes before the widget's own.
const BOOT_SHARED =
  /src[\\/]lib[\\/](theme-dom\.ts|start-after-paint\.ts|prerendered\.ts|styles[\\/](global|components)\.css)$|vite[\\/]preload-helper/;
// React DOM and the page's libraries: what the page needs and a share link's early verdict does not.
const CORE = /node_modules[\\/](react-dom|scheduler|@tanstack[\\/][\w-]+)[\\/]/;
// The rest of the first render both pages share (the workload panel, the number boxes, the
// calculation provider, the error boxes): one file rather than one per set of importers.
const PAGE =
  /src[\\/](lib[\\/](ui[\\/](error-boundary|number-field|load-error)|engine|theme|volume|parse-number|number-input|calculation-provider)|catalog[\\/]catalog-query|features[\\/](share[\\/]components[\\/]notice-bar|workload[\\/]components[\\/](amounts|workload-panel)))\.tsx?$/;
// What the engine, a share link's early verdict (app/early-verdict.tsx) and the page all use: React
// itself (elements, not React DOM), zustand, the formatters, the scenario spec, the codec and store,
// the calculation and the verdict. One file, fetched before React DOM (chunkFileNames names it app).
const APP =
  /node_modules[\\/](react|zustand)[\\/]|src[\\/]describe[\\/]format\.ts$|src[\\/]scenario[\\/](spec|calendar)\.ts$|src[\\/]engine[\\/](units|default-scenario|ranking)\.ts$|src[\\/]catalog[\\/](areas|providers|comparable-ids|variants)\.ts$|src[\\/](lib[\\/](calculation|ui[\\/]preloadable)|describe[\\/](terms|picked-name)|url[\\/](profile-codec|codec)|state[\\/]scenario-store|features[\\/]verdict[\\/]components[\\/](verdict|currency-line))\.tsx?$/;

// Relative base: dist/ works from the domain root, a sub-path or a file-per-object store.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    chartD3Subsets(),
    pricingData(),
    prerenderedVerdict(),
    sharePreload(),
    bootAfterPaint(),
    firstPaintInline(),
    socialUrls(),
    sharedChunkWorker(),
  ],
  resolve: {
    // Recharts imports every d3 scale by namespace; ship only the ones the axes use.
    alias: [
      {
        find: /^victory-vendor\/d3-scale$/,
        replacement: join(import.meta.dirname, 'src/features/charts/d3-scales.ts'),
      },
      // Recharts' store hook comes through the shim for React < 18; React 19 has the hook itself.
      {
        find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
        replacement: 'use-sync-external-store/with-selector.js',
      },
    ],
  },
  build: {
    // Every browser the page supports (ES2020 modules, light-dark()) has <link rel=modulepreload>.
    modulePreload: { polyfill: false },
    // Two pages over one core: the calculator and the embeddable widget.
    rolldownOptions: {
      input: {
        index: join(import.meta.dirname, 'index.html'),
        embed: join(import.meta.dirname, 'embed.html'),
      },
      output: {
        // Rolldown names a shared chunk after one of its modules ("load-error"); name the two
        // shared ones after what they hold, so size reports read plainly.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => /src[\\/]state[\\/]scenario-store\.ts$/.test(id))
            ? 'assets/app-[hash].js'
            : chunk.moduleIds.some((id) => /src[\\/]lib[\\/]theme-dom\.ts$/.test(id))
              ? 'assets/boot-shared-[hash].js'
              : 'assets/[name]-[hash].js',
        codeSplitting: {
          // A group takes only the modules it names; their dependencies stay where Rolldown puts
          // them (else the engine group would pull units.ts and default-scenario.ts, which the first
          // render needs).
          includeDependenciesRecursively: false,
          groups: [
            { name: 'engine', test: ENGINE, priority: 30 },
            { name: 'ranges', test: RANGES, priority: 25 },
            { name: 'spread', test: SPREAD, priority: 24 },
            { name: 'charts', test: CHARTS, priority: 20 },
            { name: 'horizon', test: HORIZON, priority: 19 },
            { name: 'static-charts', test: STATIC_CHARTS, priority: 18 },
            { name: 'core', test: CORE, priority: 10 },
            { name: 'app', test: APP, priority: 9 },
            { name: 'page', test: PAGE, priority: 2 },
            { name: 'boot-shared', test: BOOT_SHARED, priority: 5 },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The CLI tests start real processes and the property tests run hundreds of cases: 2–4 s each on
    // a loaded 2-core machine, near vitest's default 5 s limit (docs/TESTING.md).
    testTimeout: 30_000,
    hookTimeout: 30_000,
    setupFiles: ['src/test-setup.ts'],
  },
});
