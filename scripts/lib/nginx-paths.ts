/** Where the e2e nginx lives: shared by scripts/nginx.ts (which starts it) and the tests. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Config, logs and the site's symlink for the nginx on `port`. */
export function nginxRunDir(port: number): string {
  return join(tmpdir(), `breakeven-nginx-${port}`);
}

/** The document root of the "third-party" host site on `port`; tests write their pages there. */
export function hostRoot(port: number): string {
  return join(tmpdir(), `breakeven-host-${port}`);
}

/** $NGINX_PATH, then nginx on the PATH, then Debian's /usr/sbin/nginx (not on a user's PATH). */
export function findNginx(): string | undefined {
  const env = process.env.NGINX_PATH;
  if (env) return existsSync(env) ? env : undefined;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  const onPath = which.status === 0 ? which.stdout.trim() : '';
  if (onPath) return onPath;
  return existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : undefined;
}
