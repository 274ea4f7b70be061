/**
 * The widget, imported by boot.ts once embed.html has painted: starts the engine and catalog
 * downloads, restores the scenario and options from the query string, and renders into #root.
 */
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { loadEngine } from '../lib/engine.ts';
import { keepPrerenderedVerdict } from '../lib/prerendered.ts';
import { loadScenario } from '../state/scenario-store.ts';
import { EmbedApp } from './embed-app.tsx';
import { decodeEmbed } from '../features/embed/embed-params.ts';

// Start fetching the engine now, in parallel with React's first render and the catalog.
void loadEngine();
const { scenario, notices, options } = decodeEmbed(window.location.search);
loadScenario(scenario, notices);

// The build's pre-rendered verdict stays on screen until the live one is ready (for its scenario only).
keepPrerenderedVerdict();

const root = document.getElementById('root');
if (root) {
  // The HTML is already on screen, so the first render need not be urgent: as a transition, React
  // renders in 5 ms slices and the main thread never blocks for the whole widget at once.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <EmbedApp options={options} />
      </StrictMode>,
    );
  });
}
