/**
 * The page's only up-front script, and a small one. index.html paints the static shell (header,
 * intro, skeleton) with the CSS imported here; the calculator (React, the store, the panels) is
 * imported once that first frame is on screen, so no large script stands between the HTML and its
 * first paint. `npm run size` counts the calculator as first-load JavaScript all the same.
 */
import './lib/styles/global.css';
import './lib/styles/components.css';
import { PRERENDER_OK_CLASS } from './lib/prerendered.ts';
import { afterFirstPaint, showLoadFailure } from './lib/start-after-paint.ts';
import { applyStoredTheme } from './lib/theme-dom.ts';

// The built page's first-paint script applies the stored theme before the first paint (the build
// gives it the key); the dev server serves that script without it.
if (import.meta.env.DEV) applyStoredTheme();

afterFirstPaint(() => {
  // The engine chunk (lazy, as main.tsx and lib/engine.ts load it) is requested beside the
  // calculator rather than after it has run, one round trip sooner; the module is fetched once.
  // It usually arrives first: the catalog is fetched and parsed then, while the calculator's
  // code is still on its way, and the app's catalog query takes that load over.
  import('./engine/evaluate.ts').catch(() => undefined);
  import('./catalog/load-catalog.ts').then((m) => m.startCatalogLoad()).catch(() => undefined);
  // A share link (first-paint.js did not show the build's verdict): its own verdict first, from
  // the engine and the catalog without React DOM, then the calculator.
  const first = document.documentElement.classList.contains(PRERENDER_OK_CLASS)
    ? Promise.resolve()
    : import('./app/early-verdict.tsx').then((m) => m.showEarlyVerdict()).catch(() => undefined);
  first.then(() => import('./main.tsx')).catch(() => showLoadFailure('The calculator'));
});
