import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';

// Schemas use zod/mini, which tree-shakes: classic zod would add ~15 kB gzip to the schema chunk.
const classicZod = {
  name: 'zod',
  message: "Use `import * as z from 'zod/mini'` (classic zod does not tree-shake).",
};

const uiLibraries = [
  'react',
  'react-dom',
  'react/*',
  'zustand',
  'zustand/*',
  '@tanstack/*',
  'recharts',
];

/**
 * The layers of src/, lowest first: each may import itself and the layers before it, nothing
 * after (docs/ARCHITECTURE.md). Features come next (each may import these layers and itself, not
 * another feature), then the two pages, src/app and src/embed, which may not import each other.
 */
const LAYERS = ['scenario', 'traffic', 'catalog', 'engine', 'describe', 'url', 'state', 'lib'];

/** The import zones of a checkout at `root`, for import-x/no-restricted-paths. */
function layerZones(root) {
  const featuresDir = join(root, 'src/features');
  const features = existsSync(featuresDir)
    ? readdirSync(featuresDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
    : [];
  const below = (i) => LAYERS.slice(0, i).map((l) => `src/${l}`);
  return [
    ...LAYERS.map((layer, i) => ({
      target: `src/${layer}`,
      from: 'src',
      except: [`./${layer}`, ...LAYERS.slice(0, i).map((l) => `./${l}`)],
      message: `src/${layer} may import ${i > 0 ? `only ${below(i).join(', ')}` : 'nothing else'} from src/ (docs/ARCHITECTURE.md).`,
    })),
    ...features.map((f) => ({
      target: `src/features/${f}`,
      from: 'src',
      except: [`./features/${f}`, ...LAYERS.map((l) => `./${l}`)],
      message: `A feature may import only src/{${LAYERS.join(',')}} and itself: not another feature, src/app or src/embed.`,
    })),
    {
      target: 'src/app',
      from: 'src/embed',
      message: 'The page and the widget do not import each other.',
    },
    {
      target: 'src/embed',
      from: 'src/app',
      message:
        'The page and the widget do not import each other: share through src/lib or a feature.',
    },
    {
      target: 'src',
      from: ['scripts', 'e2e'],
      message: 'src/ never imports scripts/ or e2e/: move the shared part into src/.',
    },
    {
      target: 'scripts',
      from: ['src/app', 'src/embed', 'src/features'],
      message: 'scripts/ may import only React-free parts of src/.',
    },
    { target: 'scripts', from: 'e2e', message: 'scripts/ do not import the browser tests.' },
  ];
}

/** The whole lint configuration of a checkout at `root` (a parameter so a test can lint fixtures). */
export function lintConfig(root) {
  return tseslint.config(
    {
      ignores: [
        'dist',
        '.ttv',
        'node_modules',
        'test-results',
        'playwright-report',
        'pricing-data',
      ],
    },
    {
      extends: [js.configs.recommended, ...tseslint.configs.recommended],
      files: ['**/*.{ts,tsx}'],
      languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
      plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh, 'import-x': importX },
      settings: {
        'import-x/extensions': ['.ts', '.tsx', '.js'],
        'import-x/resolver-next': [createNodeResolver()],
      },
      rules: {
        ...reactHooks.configs.recommended.rules,
        'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
        'no-restricted-imports': ['error', { paths: [classicZod] }],
        'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones(root) }],
        'import-x/no-cycle': ['error', { ignoreExternal: true }],
      },
    },
    {
      // The engine is pure: no React, no DOM, no app state. The CLI and the widget reuse it
      // unchanged. The scenario spec, the traffic importer and the describe layer are React-free too.
      files: ['src/{scenario,traffic,engine,describe}/**/*.ts'],
      languageOptions: { globals: {} },
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: [classicZod],
            patterns: [{ group: uiLibraries, message: 'This layer is pure: no UI libraries.' }],
          },
        ],
      },
    },
    {
      // The spread worker runs without a DOM: it and what it imports from lib/ are React-free, so
      // its chunks never pull React or the page's state into the worker.
      files: ['src/lib/spread-{work,protocol,worker}.ts'],
      languageOptions: { globals: {} },
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: [classicZod],
            patterns: [
              { group: uiLibraries, message: 'The spread worker has no DOM: no UI libraries.' },
              {
                group: [
                  '**/state/*',
                  '**/features/**',
                  '**/app/*',
                  '**/embed/*',
                  './spread-results*',
                ],
                message:
                  'The spread worker imports the engine, the catalog and React-free lib modules only.',
              },
            ],
          },
        ],
      },
    },
    {
      // The CLI and the other scripts run in Node; they reuse only React-free parts of src/.
      files: ['scripts/**/*.ts'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: [classicZod],
            patterns: [{ group: uiLibraries, message: 'scripts/ run in Node: no UI libraries.' }],
          },
        ],
      },
    },
    {
      // Browser tests wait on the app's readiness, never on the clock (docs/TESTING.md).
      files: ['e2e/**/*.ts'],
      rules: {
        'no-restricted-properties': [
          'error',
          {
            property: 'waitForTimeout',
            message:
              'No fixed sleeps: wait for what the app shows (e2e/support/ready.ts), see docs/TESTING.md.',
          },
        ],
      },
    },
  );
}

export default lintConfig(import.meta.dirname);
