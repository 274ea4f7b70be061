/**
 * The tail every timing script shares: the median of its runs, whether a target was met, and the
 * JSON report it writes with `--json FILE` (a path under the repository's root).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './preview-server.ts';

/** The middle value (the lower of the two middle ones for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? NaN;
}

/** How a target reads in a summary line. */
export function metOrMissed(met: boolean): 'met' | 'MISSED' {
  return met ? 'met' : 'MISSED';
}

/** The measured build's commit (short hash), or "unknown" outside a git checkout. */
export function measuredCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  } catch {
    return 'unknown';
  }
}

/** Writes `report` as indented JSON to `path` (relative to the repository's root), making its folder. */
export function writeJsonReport(path: string, report: unknown): void {
  const file = join(ROOT, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
