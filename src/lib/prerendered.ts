/**
 * The verdict the build pre-rendered into the HTML (the default scenario's, from the catalog of
 * that build), kept on screen while the app loads its code and catalog, then replaced by the live
 * verdict. Safe by default: public/first-paint.js, which runs before the first paint, shows it
 * only when the address carries no scenario (`<html class="prerender-ok">`), and the app keeps it
 * only while the scenario in the inputs is the one it was rendered for. A share link therefore
 * never shows the default's figures, and a build older than the served catalog shows its figures
 * for only as long as the app takes to start.
 */

/** Marks the pre-rendered verdict in the HTML (its wrapper) and the class that reveals it. */
export const PRERENDERED_CLASS = 'prerendered';
export const PRERENDER_OK_CLASS = 'prerender-ok';

let kept: { html: string; scenario: string } | null = null;

/**
 * Takes the pre-rendered verdict's markup from the page before the app replaces it (call once,
 * before the first render). Nothing is kept when the guard hid it.
 */
export function keepPrerenderedVerdict(doc: Document = document): void {
  if (!doc.documentElement.classList.contains(PRERENDER_OK_CLASS)) return;
  const wrapper = doc.querySelector(`.${PRERENDERED_CLASS}`);
  const scenario = wrapper?.querySelector('[data-scenario]')?.getAttribute('data-scenario');
  if (wrapper && scenario) kept = { html: wrapper.innerHTML, scenario };
}

/**
 * A rendered verdict's markup made fit to be set as HTML. The pages' CSP is `style-src 'self'`: a
 * style attribute in markup is blocked (the live page sets the same styles through the DOM, which
 * CSP allows), so they are left out of a stand-in; React escapes quotes inside attribute values,
 * so a value never holds a bare `"`.
 */
export function withoutStyleAttributes(html: string): string {
  return html.replace(/\sstyle="[^"]*"/g, '');
}

/** The pre-rendered verdict's markup if it shows `scenario` (encoded), else null. */
export function prerenderedVerdictFor(scenario: string): string | null {
  return kept?.scenario === scenario ? kept.html : null;
}
