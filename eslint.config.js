import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';

// Schemas use zod/mini, which tree-shakes: classic zod would add ~15 kB gzip to the schema chunk.
const classicZod = {
  name: 'zod',
  message: "Use `import * as z from 'zod/mini'` (classic zod does not tree-shake).",
};

export default tseslint.config(
  { ignores: ['dist', '.ttv', 'node_modules', 'test-results', 'playwright-report', 'pricing-data'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [classicZod] }],
    },
  },
  {
    // The engine is pure: no React, no DOM, no app state. The CLI and the widget reuse it unchanged.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [classicZod],
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react/*',
                'zustand',
                'zustand/*',
                '@tanstack/*',
                'recharts',
              ],
              message: 'src/engine is pure: no UI libraries.',
            },
            {
              group: ['../app/*', '../features/*', '../components/*', '../ui/*'],
              message: 'src/engine must not import the app.',
            },
          ],
        },
      ],
    },
  },
);
