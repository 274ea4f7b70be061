/**
 * What the CLI prints about an imported file: a `traffic` block beside the results document in
 * JSON (README "CLI"), and a few lines above the table.
 */
import type { ImportResult } from '../../src/traffic/importer.ts';
import { FORMAT_NAMES } from '../../src/traffic/formats.ts';
import { offsetText } from '../../src/traffic/time.ts';

type Imported = Extract<ImportResult, { ok: true }>;

/** Three decimals: counts per hour and milliseconds need no more. */
const r3 = (v: number) => Math.round(v * 1000) / 1000;

export function trafficJson(r: Imported) {
  const d = r.derived;
  return {
    format: r.format,
    lines: r.lines,
    usedRecords: r.usedRecords,
    malformedCount: r.malformedCount,
    malformed: r.malformed,
    notes: r.notes,
    start: d.start,
    end: d.end,
    coveredHours: r3(d.coveredHours),
    totalRequests: r3(d.totalRequests),
    requestsPerMonth: r3(d.requestsPerMonth),
    meanDurationMs: d.meanDurationMs === null ? null : r3(d.meanDurationMs),
    p95DurationMs: d.p95DurationMs === null ? null : r3(d.p95DurationMs),
    p95Basis: r.p95Basis,
    peakHour: { start: d.peakHour.start, requests: r3(d.peakHour.requests) },
    peakMinute:
      d.peakMinute === null
        ? null
        : { start: d.peakMinute.start, requests: r3(d.peakMinute.requests) },
    resolutionMinutes: r3(d.resolutionMinutes),
    emptyHours: d.emptyHours,
    gaps: d.gaps,
    timeZone: offsetText(d.offsetMinutes),
    /** Requests per hour of a typical week, Monday 00:00 first, in `timeZone`. */
    profile: d.profile.map(r3),
  };
}

const n = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function trafficText(r: Imported): string {
  const d = r.derived;
  const duration =
    d.meanDurationMs === null
      ? 'no durations'
      : `mean ${n.format(d.meanDurationMs)} ms${d.p95DurationMs !== null ? `, p95 ${n.format(d.p95DurationMs)} ms` : ''}`;
  return [
    `Traffic from a ${FORMAT_NAMES[r.format]}: ${n.format(d.totalRequests)} requests over ${n.format(d.coveredHours)} h (${d.start} to ${d.end}) = ${n.format(d.requestsPerMonth)} a month; ${duration}`,
    `Peak hour ${d.peakHour.start} (${n.format(d.peakHour.requests)} requests)${d.peakMinute ? `, peak minute ${d.peakMinute.start} (${n.format(d.peakMinute.requests)})` : ''}; ${d.emptyHours} empty hours${r.malformedCount > 0 ? `; ${r.malformedCount} malformed lines skipped` : ''}`,
  ].join('\n');
}
