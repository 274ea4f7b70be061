/**
 * The streaming importer: text goes in chunk by chunk (`push`), the derived workload comes out at
 * `end`. The whole file is never held: access logs and CSV are read line by line into hour
 * buckets; JSON metric exports are parsed one document at a time. Used by the page's Web Worker
 * and by the CLI (`--traffic`).
 */
import { TrafficAggregator, type Derived } from './aggregate.ts';
import { CsvParser } from './csv.ts';
import { FORMAT_NAMES, type TrafficFormat } from './formats.ts';
import { AlbLogParser, CloudFrontLogParser, CombinedLogParser, type LineParser } from './logs.ts';
import { readAzure, readCloudWatch, readGcp, type DocumentContext } from './metrics.ts';
import { PointCollector } from './points.ts';
import { offsetText, parseInstant } from './time.ts';

/** A line (or JSON document) that was skipped, with the rule it broke. */
export interface Malformed {
  line: number;
  rule: string;
}

export type ImportErrorCode = 'empty' | 'unknown-format' | 'no-usable-line' | 'all-zero';

export interface ImportOptions {
  /** The format, or undefined to detect it from the first lines. */
  format?: TrafficFormat;
  /** Memory the functions ran with (MB): Azure's FunctionExecutionUnits are MB-ms. */
  memoryMb?: number;
}

/** How the p95 was measured: per request, from a latency distribution, or over interval means. */
export type P95Basis = 'requests' | 'distribution' | 'interval-means';

export interface ImportSummary {
  format: TrafficFormat;
  /** Lines read (for JSON: lines of the file). */
  lines: number;
  usedRecords: number;
  malformedCount: number;
  /** The first few malformed lines, with their line number and rule. */
  malformed: Malformed[];
  notes: string[];
  p95Basis: P95Basis;
}

export type ImportResult =
  | ({ ok: true; derived: Derived } & ImportSummary)
  | ({ ok: false; code: ImportErrorCode; message: string } & Partial<ImportSummary> & {
        malformed: Malformed[];
        malformedCount: number;
      });

/** How many malformed lines are named (the rest are counted). */
export const MALFORMED_SHOWN = 5;
/** Bytes read before the format must be known. */
const DETECT_BYTES = 64 * 1024;

/** The format of a file from its first lines, or null. */
export function detectFormat(head: string): TrafficFormat | null {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{') || text.startsWith('[')) {
    if (/"(MetricDataResults|metricDataResults|Datapoints|datapoints)"/.test(text))
      return 'cloudwatch';
    if (/"(timeSeries|TimeSeries)"/.test(text)) return 'gcp';
    if (
      /"value"\s*:\s*\[/.test(text) &&
      /"timeseries"|"resourceregion"|"namespace"|"interval"/.test(text)
    )
      return 'azure';
    return null;
  }
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 5);
  const first = lines.find((l) => !l.startsWith('#')) ?? '';
  if (/^#Version:|^#Fields:.*\btime-taken\b/m.test(text)) return 'cloudfront';
  if (/^\d{4}-\d{2}-\d{2}\t\d{2}:\d{2}:\d{2}\t/.test(first)) return 'cloudfront';
  if (/^(http|https|h2|grpcs|ws|wss) \d{4}-\d{2}-\d{2}T\S+ \S+ /.test(first)) return 'alb';
  if (/\[\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\] "/.test(first)) return 'nginx';
  const cells = first.split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
  if (cells.length >= 2) {
    const header =
      cells.some((c) => /time|date/i.test(c)) &&
      cells.some((c) => /count|requests|invocations|hits|calls/i.test(c));
    const data = parseInstant(cells[0] ?? '') !== null && Number.isFinite(Number(cells[1]));
    if (header || data) return 'csv';
  }
  return null;
}

/** Splits a JSON text stream into top-level documents (objects or arrays), string-aware. */
class JsonDocuments {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private parts: string[] = [];
  private startLine = 1;
  line = 1;

  constructor(private readonly onDocument: (text: string, line: number) => void) {}

  push(chunk: string): void {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 10) this.line++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92) this.escaped = true;
        else if (c === 34) this.inString = false;
        continue;
      }
      if (c === 34) this.inString = true;
      else if (c === 123 || c === 91) {
        if (this.depth === 0) {
          from = i;
          this.startLine = this.line;
          this.parts = [];
        }
        this.depth++;
      } else if (c === 125 || c === 93) {
        this.depth--;
        if (this.depth === 0) {
          this.parts.push(chunk.slice(from, i + 1));
          this.onDocument(this.parts.join(''), this.startLine);
          this.parts = [];
        }
      }
    }
    if (this.depth > 0) this.parts.push(chunk.slice(from));
  }

  /** True when a document was left open at the end. */
  get unfinished(): boolean {
    return this.depth > 0;
  }
}

export class TrafficImporter {
  private readonly agg = new TrafficAggregator();
  private readonly points = new PointCollector();
  private format: TrafficFormat | null;
  private head = '';
  private carry = '';
  private lineNo = 0;
  private used = 0;
  private malformedCount = 0;
  private readonly malformed: Malformed[] = [];
  private readonly extraNotes: string[] = [];
  private lineParser: LineParser | null = null;
  private json: JsonDocuments | null = null;
  private docs = 0;
  private sawText = false;
  /** The first 64 KB matched no format: the rest is not kept. */
  private undetectable = false;

  constructor(private readonly opts: ImportOptions = {}) {
    this.format = opts.format ?? null;
  }

  private bad(line: number, rule: string): void {
    this.malformedCount++;
    if (this.malformed.length < MALFORMED_SHOWN) this.malformed.push({ line, rule });
  }

  private start(format: TrafficFormat): void {
    this.format = format;
    switch (format) {
      case 'nginx':
        this.lineParser = new CombinedLogParser(this.agg);
        break;
      case 'alb':
        this.lineParser = new AlbLogParser(this.agg);
        break;
      case 'cloudfront':
        this.lineParser = new CloudFrontLogParser(this.agg);
        break;
      case 'csv':
        this.lineParser = new CsvParser(this.points, this.agg);
        break;
      default: {
        const read = { cloudwatch: readCloudWatch, azure: readAzure, gcp: readGcp }[format];
        this.json = new JsonDocuments((text, line) => this.document(text, line, read));
      }
    }
  }

  private document(
    text: string,
    line: number,
    read: (doc: unknown, ctx: DocumentContext) => boolean,
  ): void {
    this.docs++;
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      this.bad(line, `not valid JSON (${e instanceof Error ? e.message : String(e)})`);
      return;
    }
    const docs = Array.isArray(doc) ? doc : [doc];
    for (const d of docs) {
      const before = this.points.size;
      let problems = 0;
      const ctx: DocumentContext = {
        points: this.points,
        histogram: this.agg.histogram,
        memoryMb: this.opts.memoryMb ?? 128,
        problem: (rule) => {
          problems++;
          this.bad(line, rule);
        },
        note: (t) => {
          if (!this.extraNotes.includes(t)) this.extraNotes.push(t);
        },
      };
      if (!read(d, ctx))
        this.bad(line, `not a ${this.format ? FORMAT_NAMES[this.format] : ''} document`.trim());
      else if (this.points.size > before || problems === 0) this.used++;
    }
  }

  private lines(text: string): void {
    const parser = this.lineParser!;
    let from = 0;
    for (;;) {
      const nl = text.indexOf('\n', from);
      if (nl < 0) break;
      let end = nl;
      if (end > from && text.charCodeAt(end - 1) === 13) end--;
      this.lineNo++;
      if (end > from) {
        const rule = parser.line(text.slice(from, end));
        if (rule === null) this.used++;
        else this.bad(this.lineNo, rule);
      }
      from = nl + 1;
    }
    this.carry = text.slice(from);
  }

  /** Feed the next chunk of text. */
  push(chunk: string): void {
    if (chunk.length === 0) return;
    if (!this.sawText && chunk.trim() !== '') this.sawText = true;
    if (this.format === null) {
      if (this.undetectable) return;
      this.head += chunk;
      const complete = this.head.includes('\n') && this.head.trim().split('\n').length > 1;
      if (!complete && this.head.length < DETECT_BYTES) return;
      const detected = detectFormat(this.head);
      if (detected === null) {
        // Try again with more text, up to 64 KB; past that the format is unknown.
        if (this.head.length >= DETECT_BYTES) {
          this.undetectable = true;
          this.head = this.head.slice(0, DETECT_BYTES);
        }
        return;
      }
      this.start(detected);
      const head = this.head;
      this.head = '';
      this.feed(head);
      return;
    }
    if (this.lineParser === null && this.json === null) this.start(this.format);
    this.feed(chunk);
  }

  private feed(chunk: string): void {
    if (this.json !== null) {
      this.json.push(chunk);
      return;
    }
    this.lines(this.carry + chunk);
  }

  /** Finish: the derived workload, or why there is none. */
  end(): ImportResult {
    if (this.format === null) {
      const detected =
        this.head.trim() === '' || this.undetectable ? null : detectFormat(this.head);
      if (detected === null) return this.fail(this.sawText ? 'unknown-format' : 'empty');
      this.start(detected);
      const head = this.head;
      this.head = '';
      this.feed(head);
    } else if (this.lineParser === null && this.json === null) {
      if (!this.sawText) return this.fail('empty');
      this.start(this.format);
    }
    if (this.lineParser !== null && this.carry !== '') {
      this.lines(`${this.carry}\n`);
      this.carry = '';
    }
    if (this.json?.unfinished) this.bad(this.json.line, 'the JSON document is cut off');
    this.points.flush(this.agg);
    const lines = this.json !== null ? this.json.line : this.lineNo;
    if (!this.agg.hasData) return this.fail(this.sawText ? 'no-usable-line' : 'empty', lines);
    const derived = this.agg.derive();
    if (derived.totalRequests <= 0) return this.fail('all-zero', lines);
    return { ok: true, derived, ...this.summary(lines) };
  }

  private summary(lines: number): ImportSummary {
    const notes = [...(this.lineParser?.notes() ?? []), ...this.extraNotes];
    const zones = this.lineParser instanceof CombinedLogParser ? this.lineParser.zones : null;
    if (
      zones?.mixed() ||
      (this.lineParser instanceof CsvParser && this.lineParser.zoneOffsets().length > 1)
    ) {
      const others =
        zones !== null
          ? [...zones.others.keys()]
          : (this.lineParser as CsvParser).zoneOffsets().slice(1);
      notes.push(
        `mixed time zones (${[this.agg.offsetMinutes, ...others].map(offsetText).join(', ')}): every time is placed by its own offset, and the week is laid out in ${offsetText(this.agg.offsetMinutes)}`,
      );
    }
    const format = this.format ?? 'csv';
    return {
      format,
      lines,
      usedRecords: this.used,
      malformedCount: this.malformedCount,
      malformed: this.malformed,
      notes,
      p95Basis:
        format === 'nginx' || format === 'alb' || format === 'cloudfront'
          ? 'requests'
          : format === 'gcp'
            ? 'distribution'
            : 'interval-means',
    };
  }

  private fail(code: ImportErrorCode, lines = this.lineNo): ImportResult {
    const name = this.format ? FORMAT_NAMES[this.format] : '';
    const message = {
      empty: 'The file is empty.',
      'unknown-format':
        'The format was not recognised: expected CloudWatch, Azure Monitor or Cloud Monitoring JSON, a CSV with a timestamp and a count, or a CloudFront, ALB, nginx or Apache access log. Choose the format if it is one of these.',
      'no-usable-line': `No line of the file could be read as ${name || 'traffic'}${this.malformed[0] ? ` (line ${this.malformed[0].line}: ${this.malformed[0].rule})` : ''}.`,
      'all-zero': 'Every count in the file is zero: there is no traffic to derive a workload from.',
    }[code];
    return {
      ok: false,
      code,
      message,
      malformed: this.malformed,
      malformedCount: this.malformedCount,
      ...(this.format ? { format: this.format } : {}),
      lines,
    };
  }
}

/** Import a whole string (tests, paste). */
export function importText(text: string, opts: ImportOptions = {}): ImportResult {
  const im = new TrafficImporter(opts);
  im.push(text);
  return im.end();
}
