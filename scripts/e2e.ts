/**
 * `npm run test:e2e [-- playwright args]`: finds (or, on Debian as root, installs) a Chromium and
 * nginx, then runs `playwright test` with CHROMIUM_PATH set, forwarding every argument.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { canAptInstall, findChromium, HOW_TO_GET_CHROMIUM } from './lib/find-chromium.ts';
import { findNginx } from './lib/nginx-paths.ts';

function run(cmd: string, args: string[]): void {
  console.log(`e2e: $ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.status !== 0) {
    console.error(`e2e: "${cmd} ${args.join(' ')}" failed (exit ${r.status ?? r.signal}).`);
    process.exit(1);
  }
}

let found = findChromium();
if (!found) {
  if (canAptInstall()) {
    console.log('e2e: no Chromium found; installing Debian’s chromium package (root on Debian).');
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium']);
    found = findChromium();
  }
  if (!found) {
    console.error(`e2e: ${HOW_TO_GET_CHROMIUM}`);
    process.exit(1);
  }
}
console.log(`e2e: using Chromium at ${found.path} (from ${found.from})`);

// The nginx project serves dist/ as a real host would (e2e/hosting); it needs the nginx binary.
let nginx = findNginx();
if (!nginx && canAptInstall()) {
  console.log('e2e: no nginx found; installing Debian’s nginx package (root on Debian).');
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'nginx']);
  nginx = findNginx();
}
if (!nginx) {
  console.error(
    'e2e: nginx not found (the nginx project serves dist/ with it). Install it, e.g. apt-get install nginx, or set NGINX_PATH.',
  );
  process.exit(1);
}
console.log(`e2e: using nginx at ${nginx}`);

const require = createRequire(import.meta.url);
const cli = require.resolve('@playwright/test/cli');
const r = spawnSync(process.execPath, [cli, 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: found.path },
});
process.exit(r.status ?? 1);
