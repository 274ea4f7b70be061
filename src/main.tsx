/**
 * The calculator, imported by boot.ts once the static shell has painted: starts the engine and
 * catalog downloads, restores a shared scenario from the URL, and renders the app into #root.
 */
import { QueryClient } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { getCatalogQueryOptions } from './catalog/catalog-query.ts';
import { getEngineQueryOptions, loadEngine } from './lib/engine.ts';
import { keepPrerenderedVerdict, PRERENDER_OK_CLASS } from './lib/prerendered.ts';
import { loadScenario, setCompare } from './state/scenario-store.ts';
import { decodeScenario } from './url/codec.ts';

// Start fetching the engine and the catalog now, in parallel with React's first render (the
// catalog's request was started by index.html's <link rel=preload>, and this one takes it over).
void loadEngine();
const queryClient = new QueryClient();
void queryClient.prefetchQuery(getCatalogQueryOptions());
if (window.location.search.length > 1) {
  const { scenario, notices } = decodeScenario(window.location.search);
  loadScenario(scenario, notices);
  // Scenario B's parameters (`b.`…, src/url/compare-link.ts), kept as written.
  const b = window.location.search
    .slice(1)
    .split('&')
    .filter((p) => p.startsWith('b.'));
  if (b.length > 0) setCompare(b.join('&'));
}

// The build's pre-rendered verdict stays on screen until the live one is ready (for its scenario only).
keepPrerenderedVerdict();

function mount(root: HTMLElement): void {
  // The static shell is already on screen, so the first render need not be urgent: as a transition,
  // React renders in 5 ms slices and the main thread never blocks for the whole tree at once.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    );
  });
}

/** The engine and the catalog in the page's queries (a failed load is the page's to report). */
async function loaded(): Promise<void> {
  try {
    const [engine] = await Promise.all([
      loadEngine(),
      queryClient.fetchQuery(getCatalogQueryOptions()),
    ]);
    queryClient.setQueryData(getEngineQueryOptions().queryKey, engine);
  } catch {
    // The page shows the error (and a retry) when it mounts.
  }
}

const root = document.getElementById('root');
if (root) {
  // A share link (first-paint.js did not show the build's verdict; boot.ts has shown the link's
  // own, app/early-verdict.tsx): the page renders once, with everything loaded.
  if (document.documentElement.classList.contains(PRERENDER_OK_CLASS)) mount(root);
  else void loaded().then(() => mount(root));
}
