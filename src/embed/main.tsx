import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../lib/styles/global.css';
import '../lib/styles/components.css';
import './embed.css';
import { loadEngine } from '../lib/engine.ts';
import { keepPrerenderedVerdict } from '../lib/prerendered.ts';
import { loadScenario } from '../state/scenario-store.ts';
import { EmbedApp } from './embed-app.tsx';
import { decodeEmbed } from '../features/embed/embed-params.ts';

// Start fetching the engine now, in parallel with React's first render and the catalog.
void loadEngine();
const { scenario, notices, options } = decodeEmbed(window.location.search);
loadScenario(scenario, notices);
// theme=light|dark pins the colours; auto (the default) follows the reader's system. Nothing is
// read from or written to storage: the host page's reader may block it.
if (options.theme !== 'auto') document.documentElement.dataset.theme = options.theme;

// The build's pre-rendered verdict stays on screen until the live one is ready (for its scenario only).
keepPrerenderedVerdict();

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <EmbedApp options={options} />
    </StrictMode>,
  );
