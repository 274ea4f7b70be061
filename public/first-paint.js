/*
 * Runs before the first paint (the build writes it into each page's head as the one inline script
 * the CSP allows, by its hash: scripts/lib/first-paint-inline.ts).
 * - The user's light/dark choice (data-theme-key names its localStorage key) is applied here, so a
 *   page never paints in the other theme first.
 * - The HTML carries the default scenario's verdict, pre-rendered at build time, hidden by default.
 *   It is shown (<html class="prerender-ok">) only when the address carries no query parameter but
 *   the version (v) and those listed in data-display-only (the widget's theme and chart), so a share link never shows
 *   the default scenario's figures, not even for a frame; the app then takes over
 *   (src/lib/prerendered.ts). If this script does not run, the verdict stays hidden: safe.
 * - For a share link it starts at once the downloads its verdict waits for (data-share-preload).
 * - The build may take the page's boot script out of the markup and name it here (data-boot, with
 *   data-boot-preload, data-boot-next (what it imports at once) and data-fetch-preload): it is then
 *   added once the first paint is on screen
 *   on the default page, whose figures are already in the HTML, so the shell and the verdict paint
 *   with only the HTML and the CSS on the wire; a share link adds it at once.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var attr = function (name) {
    return (script && script.getAttribute(name)) || '';
  };
  var list = function (name) {
    return attr(name).split(' ').filter(Boolean);
  };
  var head = document.head;
  var addLink = function (rel, href, as) {
    var link = document.createElement('link');
    link.rel = rel;
    if (as) link.as = as;
    link.crossOrigin = 'anonymous';
    link.href = href;
    head.appendChild(link);
  };

  var themeKey = attr('data-theme-key');
  if (themeKey) {
    try {
      var theme = localStorage.getItem(themeKey);
      if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
    } catch (e) {
      // No storage (private mode, blocked): the system's theme.
    }
  }

  var displayOnly = attr('data-display-only').split(',');
  var scenarioKeys = 0;
  // The link's version (v) alone names no scenario: "?v=1" is the default one.
  new URLSearchParams(window.location.search).forEach(function (_value, key) {
    if (key !== 'v' && displayOnly.indexOf(key) < 0) scenarioKeys++;
  });
  if (scenarioKeys === 0) document.documentElement.classList.add('prerender-ok');
  // A share link's verdict waits for the engine and the catalog (no pre-rendered verdict fits it),
  // and on the page for its early verdict's code (src/app/early-verdict.tsx), in the widget for the
  // widget's: start their downloads now, while the shell paints, not after (vite.config.ts names
  // the build's files in data-share-preload; boot.ts then imports them from the module map).
  else
    list('data-share-preload').forEach(function (href) {
      addLink('modulepreload', href);
    });

  var entry = attr('data-boot');
  if (!entry) return;
  var started = false;
  var start = function () {
    if (started) return;
    started = true;
    list('data-fetch-preload').forEach(function (href) {
      addLink('preload', href, 'fetch');
    });
    // A share link's boot script imports its early verdict first (data-share-preload): the rest
    // would only slow that down.
    list('data-boot-preload')
      .concat(scenarioKeys === 0 ? list('data-boot-next') : [])
      .forEach(function (href) {
        addLink('modulepreload', href);
      });
    // An added module script runs as soon as it arrives: not before the page's markup is parsed.
    var run = function () {
      var boot = document.createElement('script');
      boot.type = 'module';
      boot.crossOrigin = 'anonymous';
      boot.src = entry;
      head.appendChild(boot);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
    else run();
  };
  // After the first contentful paint has reached the screen (its entry is reported only then);
  // without paint timing, just after the next paint (requestAnimationFrame runs just before it, the
  // task it queues just after it). A hidden tab paints nothing, so it starts at once instead.
  var later = function () {
    setTimeout(start, 0);
  };
  if (scenarioKeys > 0 || document.visibilityState === 'hidden') start();
  else {
    document.addEventListener('visibilitychange', start);
    var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
    if (types.indexOf('paint') < 0) requestAnimationFrame(later);
    else {
      new PerformanceObserver(function (entries, observer) {
        entries.getEntriesByName('first-contentful-paint').forEach(function () {
          observer.disconnect();
          later();
        });
      }).observe({ type: 'paint', buffered: true });
      // A page whose first paint is never reported still starts.
      setTimeout(start, 3000);
    }
  }
})();
