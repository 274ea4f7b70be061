/**
 * Build the site into a folder of its own and serve it with `vite preview` on a loopback port, for
 * measurements (Lighthouse, time to verdict) that must never race another build of dist/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');

/** `vite build` into `outDir`; returns false when the build fails. */
export function buildSite(outDir: string): boolean {
  const b = spawnSync(
    process.execPath,
    [VITE, 'build', '--logLevel', 'warn', '--emptyOutDir', '--outDir', outDir],
    { cwd: ROOT, stdio: 'inherit' },
  );
  return b.status === 0;
}

export interface PreviewServer {
  origin: string;
  stop(): void;
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`vite preview exited with code ${server.exitCode}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer from ${url} after ${timeoutMs / 1000} s`);
}

/** Serves `outDir` on 127.0.0.1:`port` and resolves once it answers. */
export async function startPreview(
  outDir: string,
  port: number,
  timeoutMs = 30_000,
): Promise<PreviewServer> {
  // `node …/vite.js` directly, so the pid we hold (and kill) is the server itself.
  const server = spawn(
    process.execPath,
    [
      VITE,
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      outDir,
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const stop = () => {
    if (server.exitCode === null) server.kill('SIGTERM');
  };
  process.on('exit', stop);
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${origin}/`, server, timeoutMs);
  } catch (e) {
    stop();
    throw e;
  }
  return { origin, stop };
}
