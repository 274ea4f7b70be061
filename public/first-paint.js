/*
 * Runs before the first paint (a small classic script in the head; the CSP allows no inline
 * script). The HTML carries the default scenario's verdict, pre-rendered at build time, hidden by
 * default. It is shown (<html class="prerender-ok">) only when the address carries no query
 * parameter but those listed in data-display-only (the widget's theme and chart), so a share link
 * never shows the default scenario's figures, not even for a frame; the app then takes over
 * (src/lib/prerendered.ts). If this script fails to load, the verdict stays hidden: safe.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var displayOnly = ((script && script.getAttribute('data-display-only')) || '').split(',');
  var scenarioKeys = 0;
  new URLSearchParams(window.location.search).forEach(function (_value, key) {
    if (displayOnly.indexOf(key) < 0) scenarioKeys++;
  });
  if (scenarioKeys === 0) document.documentElement.classList.add('prerender-ok');
})();
