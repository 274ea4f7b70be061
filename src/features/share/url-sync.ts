/**
 * Keeps the address bar in step with the scenario: history.replaceState, debounced, so every
 * state of the page is a link without filling the history with keystrokes.
 */
import { useScenarioStore } from '../../state/scenario-store.ts';
import { encodeScenario } from '../../url/codec.ts';

/** The link for the current scenario (and scenario B's changes, when B is shown). */
export function shareUrl(): string {
  const url = new URL(window.location.href);
  const { scenario, compare } = useScenarioStore.getState();
  const a = encodeScenario(scenario);
  url.search = compare === null ? a : `${a}&${compare}`;
  return url.href;
}

/** Start syncing; returns a function that stops it. */
export function startUrlSync(delayMs = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = useScenarioStore.subscribe((state, prev) => {
    if (state.scenario === prev.scenario && state.compare === prev.compare) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const next = shareUrl();
      if (next !== window.location.href) history.replaceState(history.state, '', next);
    }, delayMs);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
