/**
 * What every browser measurement (`ttv`, `edit-latency`, `lighthouse`, `size`) does around its own
 * timing: read its numeric flags, find Chromium, build the site into a folder of its own, serve it
 * with vite preview on a loopback port, and stop the server (and the browser) afterwards, whatever
 * happened. A usage error exits 2 and a missing Chromium or a failed build exits 1, each with the
 * tool's name in front of the message.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Browser } from '@playwright/test';
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.ts';
import { buildSite, startPreview } from './preview-server.ts';

/** Prints `tool: message` and exits with a usage error. */
export function usageError(tool: string, message: string): never {
  console.error(`${tool}: ${message}`);
  process.exit(2);
}

/** Prints `tool: message` and exits with a failure. */
export function failure(tool: string, message: string): never {
  console.error(`${tool}: ${message}`);
  process.exit(1);
}

/**
 * The tool's flags, parsed strictly (no positional arguments): a flag that is unknown or lacks its
 * value is a usage error in node's words, not a stack trace (an unknown one without node's advice
 * on positional arguments, which these tools do not take).
 */
export function toolFlags<O extends NonNullable<ParseArgsConfig['options']>>(
  tool: string,
  options: O,
  args: string[] = process.argv.slice(2),
) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    const err = e as Error & { code?: string };
    usageError(
      tool,
      err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? err.message.replace(/\. .*$/s, '')
        : err.message,
    );
  }
}

export interface NumberRule {
  /** What the value is, after "is not": "a whole number", "a port", "a slowdown". */
  what: string;
  min: number;
  max: number;
  /** Only whole numbers (true unless said otherwise). */
  whole?: boolean;
}

/** A numeric flag's value, or a usage error naming the flag: `--runs: "0" is not a whole number from 1 to 20`. */
export function numberFlag(
  tool: string,
  flag: string,
  raw: string | undefined,
  rule: NumberRule,
): number {
  const n = Number(raw);
  const ok =
    raw !== undefined &&
    raw.trim() !== '' &&
    (rule.whole === false ? Number.isFinite(n) : Number.isInteger(n)) &&
    n >= rule.min &&
    n <= rule.max;
  if (!ok)
    usageError(
      tool,
      `${flag}: ${JSON.stringify(raw)} is not ${rule.what} from ${rule.min} to ${rule.max}`,
    );
  return n;
}

/** A loopback port above the privileged ones. */
export const PORT_RULE: NumberRule = { what: 'a port', min: 1024, max: 65535 };

/** The flags every served-build measurement takes, with its own defaults. */
export function servedBuildOptions(defaults: { outDir: string; port: number }) {
  return {
    'no-build': { type: 'boolean', default: false },
    'out-dir': { type: 'string', default: defaults.outDir },
    port: { type: 'string', default: String(defaults.port) },
  } as const;
}

export interface ServedBuildFlags {
  /** Build first (false with `--no-build`: serve what is in `outDir`). */
  build: boolean;
  outDir: string;
  port: number;
}

/** The served-build flags as parsed by `servedBuildOptions`, the port checked. */
export function servedBuildFlags(
  tool: string,
  values: { 'no-build'?: boolean; 'out-dir'?: string; port?: string },
): ServedBuildFlags {
  return {
    build: !values['no-build'],
    outDir: values['out-dir'] ?? 'dist',
    port: numberFlag(tool, '--port', values.port, PORT_RULE),
  };
}

/** Chromium's path, or exit 1 with how to get one. */
export function chromiumPathOrExit(tool: string): string {
  const found = findChromium();
  if (!found) failure(tool, HOW_TO_GET_CHROMIUM);
  return found.path;
}

/** Launches Chromium through Playwright with the flags the e2e config uses. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  // Imported here so that Lighthouse, which drives Chromium itself, does not load Playwright.
  const { chromium } = await import('@playwright/test');
  return chromium.launch({ executablePath, args: ['--disable-gpu', '--disable-quic'] });
}

export interface ServedSite {
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  chromiumPath: string;
}

/**
 * Finds Chromium, builds into `flags.outDir` (unless `--no-build`), serves it and runs `measure`; the
 * server stops when `measure` settles.
 */
export async function withServedBuild<T>(
  tool: string,
  flags: ServedBuildFlags,
  measure: (site: ServedSite) => Promise<T>,
): Promise<T> {
  const chromiumPath = chromiumPathOrExit(tool);
  if (flags.build && !buildSite(flags.outDir)) failure(tool, 'vite build failed');
  const server = await startPreview(flags.outDir, flags.port).catch((e: unknown) =>
    failure(tool, e instanceof Error ? e.message : String(e)),
  );
  // Ctrl-C: exit through process.exit, so the server's exit handler stops it.
  process.on('SIGINT', () => process.exit(130));
  try {
    return await measure({ origin: server.origin, chromiumPath });
  } finally {
    server.stop();
  }
}

/** `withServedBuild` with Chromium launched by Playwright; the browser closes before the server stops. */
export async function withServedBrowser<T>(
  tool: string,
  flags: ServedBuildFlags,
  measure: (site: ServedSite & { browser: Browser }) => Promise<T>,
): Promise<T> {
  return withServedBuild(tool, flags, async (site) => {
    const browser = await launchChromium(site.chromiumPath);
    try {
      return await measure({ ...site, browser });
    } finally {
      await browser.close();
    }
  });
}
