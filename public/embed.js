/*
 * Breakeven embed helper (optional). Add it once to a page that embeds the widget:
 *   <script src="https://YOUR-HOST/tools/breakeven/embed.js" async></script>
 * Every Breakeven iframe on the page (src ending in embed.html, or marked data-breakeven) then
 * takes the height its widget reports, so it never scrolls inside the page. Without this script
 * the iframe keeps the height in its attribute, and the widget still works.
 *
 * A message is trusted only if it comes from the window of one of those iframes (event.source)
 * and from that iframe's own origin (event.origin); anything else is ignored.
 */
(function () {
  'use strict';
  if (window.__breakevenEmbed) return;
  window.__breakevenEmbed = true;
  var MIN = 120;
  var MAX = 10000;

  function isWidget(frame) {
    if (frame.hasAttribute('data-breakeven')) return true;
    try {
      return /\/embed(\.html)?$/.test(new URL(frame.src, document.baseURI).pathname);
    } catch (e) {
      return false;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'breakeven:resize') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, document.baseURI).origin;
      } catch (e) {
        return;
      }
      if (origin !== event.origin || !isWidget(frame)) return;
      frame.style.height = Math.round(Math.min(MAX, Math.max(MIN, height))) + 'px';
      frame.setAttribute('data-breakeven-sized', '');
      return;
    }
  });
})();
