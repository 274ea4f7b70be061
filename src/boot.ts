/**
 * The page's only up-front script, and a small one. index.html paints the static shell (header,
 * intro, skeleton) with the CSS imported here; the calculator (React, the store, the panels) is
 * imported once that first frame is on screen, so no large script stands between the HTML and its
 * first paint. `npm run size` counts the calculator as first-load JavaScript all the same.
 */
import './lib/styles/global.css';
import './lib/styles/components.css';
import { applyStoredTheme } from './lib/theme-dom.ts';

applyStoredTheme();

let started = false;
function start(): void {
  if (started) return;
  started = true;
  // The engine chunk (lazy, as main.tsx and lib/engine.ts load it) is requested beside the
  // calculator rather than after it has run, one round trip sooner; the module is fetched once.
  import('./engine/evaluate.ts').catch(() => undefined);
  import('./main.tsx').catch(() => {
    // A failed chunk (offline, or a deploy replaced the files) must not leave a skeleton forever.
    const root = document.getElementById('root');
    if (!root) return;
    const box = document.createElement('div');
    box.className = 'error-box';
    box.setAttribute('role', 'alert');
    const p = document.createElement('p');
    const strong = document.createElement('strong');
    strong.textContent = 'The calculator could not be loaded.';
    p.append(strong, ' Reload the page to try again; if it keeps failing, check the connection.');
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.className = 'btn';
    reload.textContent = 'Reload';
    reload.addEventListener('click', () => window.location.reload());
    box.append(p, reload);
    root.replaceChildren(box);
  });
}

// requestAnimationFrame runs just before the next paint; the task it queues runs just after it.
// A background tab paints nothing (rAF waits until it is shown), so a tab that is hidden now, or
// becomes hidden before that frame, starts at once instead.
if (document.visibilityState === 'hidden') start();
else {
  requestAnimationFrame(() => setTimeout(start, 0));
  document.addEventListener('visibilitychange', start, { once: true });
}
