import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import './app/global.css';
import './app/components.css';
import { loadEngine } from './lib/engine.ts';
import { applyStoredTheme } from './lib/theme.ts';
import { loadScenario } from './state/scenario-store.ts';
import { decodeScenario } from './url/codec.ts';

applyStoredTheme();
// Start fetching the engine now, in parallel with React's first render and the catalog.
void loadEngine();
if (window.location.search.length > 1) {
  const { scenario, notices } = decodeScenario(window.location.search);
  loadScenario(scenario, notices);
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
