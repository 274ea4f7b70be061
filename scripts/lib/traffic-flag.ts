/**
 * `--traffic FILE [--traffic-format F]`: the workload derived from a metrics export or an access
 * log (src/traffic). The file is read in 1 MB chunks, never whole. A file with no usable line is a
 * UsageError (exit 2); malformed lines are counted and the first few named on stderr.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { TRAFFIC_FORMATS, type TrafficFormat } from '../../src/traffic/formats.ts';
import { TrafficImporter, type ImportResult } from '../../src/traffic/importer.ts';
import { parseChoice, UsageError } from './cli-values.ts';

const CHUNK_BYTES = 1 << 20;

/** Import a file chunk by chunk. */
export function importFile(
  path: string,
  format: TrafficFormat | undefined,
  memoryMb: number,
): ImportResult {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      `--traffic: cannot read ${JSON.stringify(path)}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(e))}`,
    );
  }
  const importer = new TrafficImporter({ ...(format ? { format } : {}), memoryMb });
  const decoder = new StringDecoder('utf8');
  const buf = Buffer.allocUnsafe(CHUNK_BYTES);
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK_BYTES, null);
      if (n === 0) break;
      importer.push(decoder.write(buf.subarray(0, n)));
    }
    importer.push(decoder.end());
  } finally {
    closeSync(fd);
  }
  return importer.end();
}

export function parseTrafficFormat(raw: string | undefined): TrafficFormat | undefined {
  return raw === undefined ? undefined : parseChoice('traffic-format', raw.trim(), TRAFFIC_FORMATS);
}

/** The stderr lines for an import: malformed lines named, then counted; notes. */
export function importNotices(r: ImportResult): string[] {
  const out = r.malformed.map((m) => `--traffic: line ${m.line}: ${m.rule} (skipped)`);
  if (r.malformedCount > r.malformed.length)
    out.push(`--traffic: ${r.malformedCount - r.malformed.length} more malformed lines skipped`);
  if (r.ok) {
    if (r.malformedCount > 0)
      out.push(
        `--traffic: ${r.malformedCount} of ${r.malformedCount + r.usedRecords} records skipped as malformed`,
      );
    for (const n of r.notes) out.push(`--traffic: ${n}`);
    if (r.derived.meanDurationMs === null)
      out.push('--traffic: the file has no durations; the duration is the scenario’s own');
  }
  return out;
}
