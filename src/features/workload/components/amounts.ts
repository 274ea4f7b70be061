import { formatInteger, formatRate } from '../../../describe/format.ts';

/** A duration as the workload panel shows it: "200 ms", "1.5 s", "15 min". */
export function ms(v: number): string {
  if (v >= 60_000) return `${formatRate(v / 60_000)} min`;
  if (v >= 1000) return `${formatRate(v / 1000)} s`;
  return `${formatRate(v)} ms`;
}

/** Memory as the workload panel shows it: "512 MB", "1.5 GB". */
export function mb(v: number): string {
  return v >= 1024 ? `${formatRate(v / 1024)} GB` : `${formatInteger(v)} MB`;
}
