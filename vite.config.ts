import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Relative base: dist/ works from the domain root, a sub-path or a file-per-object store.
export default defineConfig({
  base: './',
  plugins: [react()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
