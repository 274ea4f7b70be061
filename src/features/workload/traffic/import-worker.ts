/** The import's Web Worker: parses off the page's thread, so a 1 GB log never freezes the tab. */
import { readSource, type ImportSource } from './read-source.ts';
import type { ImportOptions } from '../../../traffic/importer.ts';

export interface StartMessage {
  source: ImportSource;
  options: ImportOptions;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<StartMessage>) => void) | null;
  postMessage: (m: unknown) => void;
};

scope.onmessage = (e) => {
  const { source, options } = e.data;
  readSource(source, options, (p) => scope.postMessage({ type: 'progress', ...p }), {
    cancelled: false,
  }).then(
    (result) => scope.postMessage({ type: 'done', result }),
    (err: unknown) =>
      scope.postMessage({
        type: 'failed',
        message: err instanceof Error ? err.message : String(err),
      }),
  );
};
