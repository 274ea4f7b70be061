/**
 * The spread worker: cost ranges, robustness and the break-even chart's bands off the page's main
 * thread (spread-protocol.ts). Started by spread-results.ts as a module worker from the build's own
 * chunks (vite.config.ts, `sharedChunkWorker`), so the engine code it runs is the page's engine
 * chunk, fetched once.
 */
import { spreadWorkerHandler, type ToSpreadWorker } from './spread-protocol.ts';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToSpreadWorker>) => void) | null;
  postMessage: (m: unknown) => void;
};

const handle = spreadWorkerHandler(
  (m) => scope.postMessage(m),
  (next) => setTimeout(next, 0),
);
scope.onmessage = (e) => handle(e.data);
