/**
 * Start an import in a Web Worker (cancel terminates it at once). The parsers live only in the
 * worker's chunk, so the dialog's own chunk stays small. Nothing is sent anywhere: the file is read
 * where it is.
 */
import type { ImportOptions, ImportResult } from '../../../traffic/importer.ts';
import type { ImportSource, Progress } from './read-source.ts';

export interface RunningImport {
  done: Promise<ImportResult | null>;
  cancel(): void;
}

export function runImport(
  source: ImportSource,
  options: ImportOptions,
  onProgress: (p: Progress) => void,
): RunningImport {
  if (typeof Worker === 'undefined')
    return {
      done: Promise.reject(
        new Error('this browser cannot read files in the background (no Web Workers)'),
      ),
      cancel: () => {},
    };
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  let settle: (r: ImportResult | null) => void = () => {};
  let fail: (e: Error) => void = () => {};
  const done = new Promise<ImportResult | null>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  worker.onmessage = (e: MessageEvent<{ type: string } & Record<string, unknown>>) => {
    const m = e.data;
    if (m.type === 'progress') onProgress({ bytes: Number(m.bytes), total: Number(m.total) });
    else if (m.type === 'done') {
      settle(m.result as ImportResult | null);
      worker.terminate();
    } else {
      fail(new Error(String(m.message)));
      worker.terminate();
    }
  };
  worker.onerror = (e) => {
    fail(new Error(e.message || 'the import worker stopped'));
    worker.terminate();
  };
  worker.postMessage({ source, options });
  return {
    done,
    cancel: () => {
      worker.terminate();
      settle(null);
    },
  };
}
