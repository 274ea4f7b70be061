import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  coreImportProblems,
  dynamicImports,
  entryScripts,
  splitByLoad,
  staticImports,
} from './size.ts';

describe('size: what counts as loaded before first render', () => {
  it('takes module entry scripts and modulepreload links, not lazy chunks or CSS', () => {
    const html = `<!doctype html><head>
      <script type="module" crossorigin src="./assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-def.js">
      <link rel="stylesheet" href="./assets/index-123.css">
      <script src="https://example.com/analytics.js"></script>
    </head>`;
    expect(entryScripts(html, '/site/dist/index.html')).toEqual([
      '/site/dist/assets/index-abc.js',
      '/site/dist/assets/vendor-def.js',
    ]);
  });

  it('takes the boot script and preloads the first-paint script adds after the first paint', () => {
    const html = `<head><script data-boot="./assets/index-abc.js" data-boot-preload="./assets/a-1.js ./assets/b-2.js"
      data-fetch-preload="./pricing-data/catalog.json">(function(){})()</script></head>`;
    expect(entryScripts(html, '/site/dist/index.html')).toEqual([
      '/site/dist/assets/index-abc.js',
      '/site/dist/assets/a-1.js',
      '/site/dist/assets/b-2.js',
    ]);
  });

  it('follows static imports and ignores dynamic import()', () => {
    const code =
      'import{j as e}from"./react-1.js";import"./side-2.js";export{x}from"./re-3.js";' +
      'const C=()=>import("./charts-4.js");';
    expect(staticImports(code, '/d/assets/index.js')).toEqual([
      '/d/assets/react-1.js',
      '/d/assets/side-2.js',
      '/d/assets/re-3.js',
    ]);
  });

  it('reads dynamic import() targets, also inside the preload helper, for the boot script', () => {
    const code =
      'function n(){t(()=>import(`./main-Cv_A1.js`),__vite__mapDeps([0,1]),import.meta.url)}' +
      'const C=()=>import("./charts-4.js");';
    expect(dynamicImports(code, '/d/assets/index.js')).toEqual([
      '/d/assets/main-Cv_A1.js',
      '/d/assets/charts-4.js',
    ]);
  });

  it('flags a core chunk that something it imports imports back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'size-'));
    const core = join(dir, 'core-ab1.js');
    writeFileSync(join(dir, 'rolldown-runtime-x.js'), 'export const t=1;');
    writeFileSync(join(dir, 'app-9.js'), 'import{t}from"./rolldown-runtime-x.js";export{t as r};');
    writeFileSync(core, 'import{t as e}from"./rolldown-runtime-x.js";import"./app-9.js";');
    expect(coreImportProblems([core])).toEqual([]);
    writeFileSync(join(dir, 'app-9.js'), 'import"./page-2.js";export const r=1;');
    writeFileSync(join(dir, 'page-2.js'), 'import"./core-ab1.js";');
    expect(coreImportProblems([core])).toHaveLength(1);
    expect(coreImportProblems([core])[0]).toMatch(/imports .*app-9\.js, which imports it back$/);
  });
});

describe('size: the calculator page, the widget and on-demand tools', () => {
  it('counts a file once, under the first that fetches it without a user action', () => {
    const all = ['assets/core.js', 'assets/charts.js', 'assets/embed.js', 'assets/export.js'];
    expect(
      splitByLoad(all, {
        page: ['assets/core.js', 'assets/charts.js', 'assets/core.js'],
        widget: ['assets/core.js', 'assets/embed.js'],
      }),
    ).toEqual({
      page: ['assets/core.js', 'assets/charts.js'],
      widget: ['assets/embed.js'],
      onDemand: ['assets/export.js'],
    });
  });
});
