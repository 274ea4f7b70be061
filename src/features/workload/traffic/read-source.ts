/**
 * Feed files (or pasted text) to the traffic importer in chunks, never whole: a file is read as a
 * stream and decoded as UTF-8 on the way. Used inside the import worker, and on the page itself
 * where workers are missing (tests, old browsers).
 */
import {
  TrafficImporter,
  type ImportOptions,
  type ImportResult,
} from '../../../traffic/importer.ts';

export type ImportSource = { files: readonly File[] } | { text: string };

export interface Progress {
  bytes: number;
  total: number;
}

/** Characters of pasted text handed over at a time. */
const TEXT_CHUNK = 1 << 20;

export async function readSource(
  source: ImportSource,
  options: ImportOptions,
  onProgress: (p: Progress) => void,
  signal: { cancelled: boolean },
): Promise<ImportResult | null> {
  const importer = new TrafficImporter(options);
  let last = 0;
  const report = (p: Progress, force = false) => {
    const now = Date.now();
    if (force || now - last > 50) {
      last = now;
      onProgress(p);
    }
  };
  if ('text' in source) {
    const total = source.text.length;
    for (let i = 0; i < total; i += TEXT_CHUNK) {
      if (signal.cancelled) return null;
      importer.push(source.text.slice(i, i + TEXT_CHUNK));
      report({ bytes: Math.min(total, i + TEXT_CHUNK), total });
      // Let a cancel through between chunks.
      await new Promise((r) => setTimeout(r, 0));
    }
  } else {
    const total = source.files.reduce((s, f) => s + f.size, 0);
    let bytes = 0;
    for (const file of source.files) {
      const reader = file.stream().getReader();
      const decoder = new TextDecoder();
      for (;;) {
        if (signal.cancelled) {
          await reader.cancel();
          return null;
        }
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.byteLength;
        importer.push(decoder.decode(value, { stream: true }));
        report({ bytes, total });
      }
      // Files follow each other as one stream (rotated logs, several metric exports): end each
      // with a line break so their lines do not run together.
      importer.push(`${decoder.decode()}\n`);
    }
    report({ bytes: total, total }, true);
  }
  return signal.cancelled ? null : importer.end();
}
