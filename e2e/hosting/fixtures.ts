/**
 * The nginx project's test fixture: every page (and every frame in it, cross-origin ones too)
 * reports Content-Security-Policy violations, and any violation, console error or uncaught error
 * fails the test after it ran. A test that expects one (a page that must not be framed) names it
 * in `allowedErrors`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { hostRoot } from '../../scripts/lib/nginx-paths.ts';
import { HOST_ORIGIN, HOST_PORT, NGINX_PORT, SUB_PATH } from '../../playwright.config.ts';

/** The site as nginx serves it, e.g. http://127.0.0.1:4280/tools/breakeven/. */
export const SITE = `http://127.0.0.1:${NGINX_PORT}${SUB_PATH}`;
export { HOST_ORIGIN };

/** Runs in every frame before its scripts: CSP violations become console errors we can count. */
function reportViolations() {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(
      `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} in ${e.documentURI} (${e.sourceFile}:${e.lineNumber}) sample=${e.sample}`,
    );
  });
}

export const test = base.extend<{ allowedErrors: RegExp[]; problems: string[] }>({
  allowedErrors: [[], { option: true }],
  problems: [
    async ({ page, allowedErrors }, use) => {
      const problems: string[] = [];
      // On the context, so pages opened later (a link with target=_blank) report too.
      await page.context().addInitScript(reportViolations);
      const watch = (p: Page) => {
        p.on('console', (m) => {
          if (m.type() === 'error') problems.push(`${p.url()}: console error: ${m.text()}`);
        });
        p.on('pageerror', (err) => problems.push(`${p.url()}: uncaught: ${err.message}`));
      };
      watch(page);
      page.context().on('page', watch);
      await use(problems);
      const unexpected = problems.filter((p) => !allowedErrors.some((re) => re.test(p)));
      expect(unexpected, 'CSP violations, console errors and uncaught errors').toEqual([]);
    },
    { auto: true },
  ],
});

/** Write a page on the other origin (the "blog"); returns its URL. */
export function hostPage(name: string, html: string): string {
  const dir = hostRoot(HOST_PORT);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), html);
  return `${HOST_ORIGIN}/${name}`;
}

export { expect };
