/**
 * `node --import tsx scripts/nginx.ts [--port 4280] [--host-port 4281] [--sub-path /tools/breakeven/]`
 * (`--print [--root DIR]` prints the config and exits)
 *
 * Serves an existing dist/ with nginx (the Debian package) in the foreground, as a static host
 * would: under a sub-path, with the headers of public/_headers. With --host-port, a second server
 * on that port stands for a third-party site (a different origin) whose pages the e2e tests write
 * into `hostRoot(port)`. Playwright starts this as a web server and stops it (SIGKILL to the process
 * group, which takes nginx with it); Ctrl-C and SIGTERM stop nginx too.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHeadersFile } from './lib/headers-file.ts';
import { nginxConfig } from './lib/nginx-config.ts';
import { findNginx, hostRoot, nginxRunDir } from './lib/nginx-paths.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  return v ?? fallback;
}

function main(): void {
  const port = Number(arg('port', '4280'));
  const hostPort = process.argv.includes('--host-port') ? Number(arg('host-port', '')) : undefined;
  const subPath = arg('sub-path', '/tools/breakeven/');
  const dist = resolve(ROOT, arg('dist', 'dist'));
  const nginx = findNginx();
  if (!nginx) {
    console.error(
      'nginx: not found. Install it (Debian: apt-get install nginx; .ci/run does this) or set NGINX_PATH.',
    );
    process.exit(1);
  }
  if (!existsSync(join(dist, 'index.html')))
    console.warn(`nginx: ${dist}/index.html does not exist yet; run the build`);

  const runDir = nginxRunDir(port);
  if (process.argv.includes('--print')) {
    // The config only, for a look or as a start for a real server's location blocks.
    const rules = parseHeadersFile(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));
    const root = arg('root', '/var/www');
    const mimeTypes = '/etc/nginx/mime.types';
    console.log(nginxConfig({ rules, root, subPath, port, runDir, mimeTypes }));
    return;
  }
  rmSync(runDir, { recursive: true, force: true });
  const site = join(runDir, 'site');
  // The sub-path is a symlink to dist/, so nginx serves the build in place (root, not alias).
  const mount = join(site, subPath);
  mkdirSync(resolve(mount, '..'), { recursive: true });
  symlinkSync(dist, mount.replace(/\/$/, ''));
  let host: { port: number; root: string } | undefined;
  if (hostPort !== undefined) {
    host = { port: hostPort, root: hostRoot(hostPort) };
    rmSync(host.root, { recursive: true, force: true });
    mkdirSync(host.root, { recursive: true });
    writeFileSync(
      join(host.root, 'index.html'),
      '<!doctype html><title>Another site</title><p>A page on another origin.</p>\n',
    );
  }
  const rules = parseHeadersFile(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));
  const conf = join(runDir, 'nginx.conf');
  writeFileSync(
    conf,
    nginxConfig({
      rules,
      root: site,
      subPath,
      port,
      runDir,
      mimeTypes: '/etc/nginx/mime.types',
      ...(host ? { host } : {}),
    }),
  );
  const test = spawnSync(nginx, ['-t', '-q', '-p', runDir, '-c', conf], { encoding: 'utf8' });
  if (test.status !== 0) {
    console.error(`nginx: the generated config ${conf} is invalid:\n${test.stderr}`);
    process.exit(1);
  }
  const child = spawn(nginx, ['-p', runDir, '-c', conf], { stdio: 'inherit' });
  console.log(
    `nginx: http://127.0.0.1:${port}${subPath}${host ? ` and host site http://127.0.0.1:${host.port}/` : ''} (pid ${child.pid})`,
  );
  const stop = () => child.kill('SIGTERM');
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, stop);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
