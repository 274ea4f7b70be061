/**
 * `npm run bench:import [-- --mb 200]`: parse speed of the traffic importer on a generated nginx
 * combined log with $request_time (a week of requests, realistic line lengths), fed in 1 MB chunks
 * as the page's worker and the CLI feed it. Prints MB/s of wall time (median of 3 runs) and MB per
 * CPU-second (the parse's own cost, what an idle machine gives: a busy shared machine stretches wall
 * time), and the heap used; the target is ≥ 50 MB/s on the 2-core machine (docs/BENCHMARKS.md).
 */
import { TrafficImporter } from '../src/traffic/importer.ts';

const arg = process.argv.indexOf('--mb');
const targetMb = arg > 0 ? Number(process.argv[arg + 1]) : 100;

const PATHS = [
  '/api/items',
  '/api/items/42?expand=owner',
  '/health',
  '/static/app.4f9c2.js',
  '/login',
];
const AGENTS = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
  'curl/8.5.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** One MB-ish chunk of log lines starting at `t` (ms); returns the chunk and the next time. */
function chunk(t: number, lines: number): { text: string; t: number } {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    t += 37; // ≈ 27 requests a second: a week is ≈ 16 M lines
    const d = new Date(t);
    const p = (n: number) => String(n).padStart(2, '0');
    const time = `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
    out.push(
      `192.0.2.${i % 250} - - [${time}] "GET ${PATHS[i % PATHS.length]} HTTP/1.1" 200 ${512 + (i % 900)} "https://example.com/" "${AGENTS[i % AGENTS.length]}" 0.${String(i % 1000).padStart(3, '0')}`,
    );
  }
  return { text: `${out.join('\n')}\n`, t };
}

/**
 * --stream: generate each chunk just before it is parsed and time only the parsing, so a 1 GB log
 * runs in bounded memory and the heap figure is the importer's own.
 */
if (process.argv.includes('--stream')) {
  let t = Date.UTC(2026, 10, 2);
  let bytes = 0;
  let parseNs = 0n;
  let cpuUs = 0;
  let peakHeap = 0;
  const im = new TrafficImporter({ format: 'nginx' });
  while (bytes < targetMb * 1e6) {
    const c = chunk(t, 6000);
    t = c.t;
    bytes += Buffer.byteLength(c.text);
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    im.push(c.text);
    const used = process.cpuUsage(cpu);
    cpuUs += used.user + used.system;
    parseNs += process.hrtime.bigint() - started;
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const started = process.hrtime.bigint();
  const r = im.end();
  parseNs += process.hrtime.bigint() - started;
  if (!r.ok) throw new Error(r.message);
  const [load1] = (await import('node:os')).loadavg();
  console.log(
    `bench:import --stream: ${(bytes / 1e6).toFixed(0)} MB, ${r.usedRecords.toLocaleString('en-US')} lines over ${r.derived.coveredHours.toFixed(0)} h: ${(bytes / 1e6 / (Number(parseNs) / 1e9)).toFixed(1)} MB/s wall, ${(bytes / cpuUs).toFixed(1)} MB per CPU-second; peak heap ${(peakHeap / 1e6).toFixed(0)} MB; load average ${load1!.toFixed(2)}`,
  );
  process.exit(0);
}

const chunks: string[] = [];
let t = Date.UTC(2026, 10, 2);
let bytes = 0;
while (bytes < targetMb * 1e6) {
  const c = chunk(t, 6000);
  t = c.t;
  chunks.push(c.text);
  bytes += Buffer.byteLength(c.text);
}

const runs: number[] = [];
const cpuRuns: number[] = [];
let lines = 0;
for (let run = 0; run < 3; run++) {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const im = new TrafficImporter({ format: 'nginx' });
  for (const c of chunks) im.push(c);
  const r = im.end();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  cpuRuns.push(bytes / (used.user + used.system));
  if (!r.ok) throw new Error(r.message);
  lines = r.usedRecords;
  runs.push(bytes / 1e6 / seconds);
}
runs.sort((a, b) => a - b);
cpuRuns.sort((a, b) => a - b);
const [load1] = (await import('node:os')).loadavg();
console.log(
  `bench:import: ${(bytes / 1e6).toFixed(0)} MB, ${lines.toLocaleString('en-US')} nginx lines: ${runs[1]!.toFixed(1)} MB/s wall, median of 3 (${runs.map((r) => r.toFixed(1)).join(', ')}), ${cpuRuns[1]!.toFixed(1)} MB per CPU-second; heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB with the input held; load average ${load1!.toFixed(2)}`,
);
