/*
 * Runs before the first paint (the build writes it into each page's head as the one inline script
 * the CSP allows, by its hash: scripts/lib/first-paint-inline.ts). The HTML carries the default scenario's verdict, pre-rendered at build time, hidden by
 * default. It is shown (<html class="prerender-ok">) only when the address carries no query
 * parameter but those listed in data-display-only (the widget's theme and chart), so a share link
 * never shows the default scenario's figures, not even for a frame; the app then takes over
 * (src/lib/prerendered.ts). If this script does not run, the verdict stays hidden: safe. For a
 * share link it also starts the downloads the verdict waits for (data-share-preload).
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var displayOnly = ((script && script.getAttribute('data-display-only')) || '').split(',');
  var scenarioKeys = 0;
  new URLSearchParams(window.location.search).forEach(function (_value, key) {
    if (displayOnly.indexOf(key) < 0) scenarioKeys++;
  });
  if (scenarioKeys === 0) {
    document.documentElement.classList.add('prerender-ok');
    return;
  }
  // A share link's verdict waits for the engine and the catalog (no pre-rendered verdict fits it),
  // and on the page for its early verdict's code (src/app/early-verdict.tsx), in the widget for the
  // widget's: start their downloads now, while the shell paints, not after (vite.config.ts names
  // the build's files in data-share-preload; boot.ts then imports them from the module map).
  var preload = (script && script.getAttribute('data-share-preload')) || '';
  preload.split(' ').forEach(function (href) {
    if (!href) return;
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.appendChild(link);
  });
})();
