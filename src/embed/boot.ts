/**
 * The widget's only up-front script, and a small one (as src/boot.ts is the calculator's):
 * embed.html paints its pre-rendered verdict (or, for a share link, the skeleton) with the CSS
 * imported here and the colours its `theme` key pins; the widget itself (React, the store, the
 * workload and the verdict: main.tsx) is imported once that first frame is on screen, so no large
 * script stands between the HTML and its first paint. `npm run size` counts main.tsx as first-load
 * JavaScript all the same.
 */
import '../lib/styles/global.css';
import '../lib/styles/components.css';
import './embed.css';
import { pinnedTheme } from '../features/embed/embed-theme.ts';
import { afterFirstPaint, showLoadFailure } from '../lib/start-after-paint.ts';

// theme=light|dark pins the colours; auto (the default) follows the reader's system. Nothing is
// read from or written to storage: the host page's reader may block it.
const theme = pinnedTheme(window.location.search);
if (theme) document.documentElement.dataset.theme = theme;

afterFirstPaint(() => {
  // The engine chunk is requested beside the widget rather than after it has run (main.tsx asks
  // for it again through lib/engine.ts; the module is fetched once).
  import('../engine/evaluate.ts').catch(() => undefined);
  import('./main.tsx').catch(() => showLoadFailure('The calculator'));
});
