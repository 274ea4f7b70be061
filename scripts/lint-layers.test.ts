/**
 * The import rules of eslint.config.js fire: a throwaway checkout with one tiny module per layer
 * imports every other layer, and ESLint (the project's own configuration, rooted there) must
 * report exactly the imports docs/ARCHITECTURE.md forbids, plus a two-file import cycle, a UI
 * library in a pure layer and a fixed sleep in a browser test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error eslint.config.js is plain JavaScript, without type declarations.
import { lintConfig } from '../eslint.config.js';

/** Each folder of src/ and what else in src/ it may import, as docs/ARCHITECTURE.md states it. */
const SHARED = [
  'src/scenario',
  'src/catalog',
  'src/engine',
  'src/describe',
  'src/url',
  'src/state',
  'src/lib',
];
const MAY_IMPORT: Record<string, string[]> = {
  // Each shared layer may import the layers before it.
  ...Object.fromEntries(SHARED.map((layer, i) => [layer, SHARED.slice(0, i)])),
  'src/features/alpha': SHARED,
  'src/features/beta': SHARED,
  'src/app': [...SHARED, 'src/features/alpha', 'src/features/beta'],
  'src/embed': [...SHARED, 'src/features/alpha', 'src/features/beta'],
  // The CLI and the other scripts: any React-free part of src/.
  scripts: SHARED,
};
const IMPORTERS = Object.keys(MAY_IMPORT);
const FOLDERS = [...IMPORTERS, 'e2e'];

const ZONE = 'import-x/no-restricted-paths';
let root: string;
let results: Map<string, Linter.LintMessage[]>;

/** `from` imports `to`'s module: e.g. src/engine/imports-src-catalog.ts. */
const importer = (from: string, to: string) => `${from}/imports-${to.replaceAll('/', '-')}.ts`;

function write(file: string, text: string) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

function importOf(from: string, to: string): string {
  const path = relative(from, `${to}/mod.ts`);
  return `import { value } from '${path.startsWith('.') ? path : `./${path}`}';\nexport const copy = value;\n`;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'lint-layers-'));
  const files: string[] = [];
  for (const folder of FOLDERS) write(`${folder}/mod.ts`, 'export const value = 1;\n');
  for (const from of IMPORTERS)
    for (const to of FOLDERS)
      if (from !== to) {
        write(importer(from, to), importOf(from, to));
        files.push(importer(from, to));
      }
  // Inside one feature, any import is fine.
  write(
    'src/features/alpha/components/panel.ts',
    importOf('src/features/alpha/components', 'src/features/alpha'),
  );
  // A cycle, a UI library in the engine, and classic zod.
  write('src/engine/cycle-a.ts', "import { b } from './cycle-b.ts';\nexport const a = () => b;\n");
  write('src/engine/cycle-b.ts', "import { a } from './cycle-a.ts';\nexport const b = () => a;\n");
  write(
    'src/engine/uses-react.ts',
    "import { useState } from 'react';\nexport const s = useState;\n",
  );
  write(
    'src/describe/uses-zustand.ts',
    "import { create } from 'zustand';\nexport const c = create;\n",
  );
  write('src/lib/uses-react.ts', "import { useState } from 'react';\nexport const s = useState;\n");
  write('scripts/uses-react.ts', "import { useState } from 'react';\nexport const s = useState;\n");
  write('src/catalog/uses-zod.ts', "import * as z from 'zod';\nexport const s = z.string();\n");
  write(
    'e2e/sleeps.ts',
    'export const nap = (page: { waitForTimeout(ms: number): Promise<void> }) =>\n  page.waitForTimeout(100);\n',
  );
  files.push(
    'src/features/alpha/components/panel.ts',
    'src/engine/cycle-a.ts',
    'src/engine/uses-react.ts',
    'src/describe/uses-zustand.ts',
    'src/lib/uses-react.ts',
    'scripts/uses-react.ts',
    'src/catalog/uses-zod.ts',
    'e2e/sleeps.ts',
  );
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: lintConfig(root),
  });
  const linted = await eslint.lintFiles(files);
  results = new Map(linted.map((r) => [relative(root, r.filePath), r.messages]));
}, 60_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const rulesOf = (file: string) => (results.get(file) ?? []).map((m) => m.ruleId ?? m.message);

describe('import zones', () => {
  const pairs = IMPORTERS.flatMap((from) =>
    FOLDERS.filter((to) => to !== from).map((to) => ({
      from,
      to,
      allowed: MAY_IMPORT[from]?.includes(to) ?? false,
    })),
  );

  it.each(pairs)('$from → $to: allowed $allowed', ({ from, to, allowed }) => {
    expect(rulesOf(importer(from, to))).toEqual(allowed ? [] : [ZONE]);
  });

  it('lets a feature import itself', () => {
    expect(rulesOf('src/features/alpha/components/panel.ts')).toEqual([]);
  });
});

describe('other import rules', () => {
  it('reports an import cycle', () => {
    expect(rulesOf('src/engine/cycle-a.ts')).toEqual(['import-x/no-cycle']);
  });

  it('keeps UI libraries out of the pure layers and scripts/, not out of src/lib', () => {
    expect(rulesOf('src/engine/uses-react.ts')).toEqual(['no-restricted-imports']);
    expect(rulesOf('src/describe/uses-zustand.ts')).toEqual(['no-restricted-imports']);
    expect(rulesOf('src/lib/uses-react.ts')).toEqual([]);
    expect(rulesOf('scripts/uses-react.ts')).toEqual(['no-restricted-imports']);
  });

  it('allows only zod/mini', () => {
    expect(rulesOf('src/catalog/uses-zod.ts')).toEqual(['no-restricted-imports']);
  });

  it('keeps fixed sleeps out of the browser tests', () => {
    expect(rulesOf('e2e/sleeps.ts')).toEqual(['no-restricted-properties']);
  });
});
