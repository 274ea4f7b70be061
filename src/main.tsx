import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import './app/global.css';
import './app/components.css';
import { getCatalogQueryOptions } from './catalog/catalog-query.ts';
import { loadEngine } from './lib/engine.ts';
import { applyStoredTheme } from './lib/theme.ts';
import { loadScenario } from './state/scenario-store.ts';
import { decodeScenario } from './url/codec.ts';

applyStoredTheme();
// Start fetching the engine and the catalog now, in parallel with React's first render. (A <link
// rel=preload> for index.json in index.html would chain its request into the simulated LCP.)
void loadEngine();
const queryClient = new QueryClient();
void queryClient.prefetchQuery(getCatalogQueryOptions());
if (window.location.search.length > 1) {
  const { scenario, notices } = decodeScenario(window.location.search);
  loadScenario(scenario, notices);
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}
