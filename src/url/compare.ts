/**
 * Compare in the share link: scenario B is scenario A with a few changes, written as B's own
 * parameters under the prefix `b.` (`?v=1&n=1000&…&b.mem=1024&b.a=europe`). They are read under the
 * link's version `v` (its migrations apply to them too), and a link without them decodes exactly as
 * before. B is always A with its changes applied on top, so an edit of A carries over to B unless
 * B changes that field: the page, the CLI's `--compare URL` and a `--url` link with `b.` keys all
 * build B with `applyChanges`.
 */
import type { Scenario } from '../engine/scenario.ts';
import { FIELDS, patternFields, PATTERN_KINDS } from '../scenario/spec.ts';
import {
  decodeScenario,
  encodeScenario,
  migrate,
  type Decoded,
  type DecodeOptions,
} from './codec.ts';
import { COMPARE_PREFIX } from './compare-link.ts';

/** The parameters of B's scenario that differ from A's (every field compared, defaults too). */
export function changesBetween(a: Scenario, b: Scenario): string {
  const qa = new URLSearchParams(encodeScenario(a, true));
  const qb = new URLSearchParams(encodeScenario(b, true));
  const out = new URLSearchParams();
  for (const [k, v] of qb) if (k !== 'v' && qa.get(k) !== v) out.set(k, v);
  // A pattern parameter B changes is written with B's pattern kind, so it is read for that kind.
  const kind = FIELDS.patternKind.url;
  const own = new Set(PATTERN_KINDS.flatMap((k) => patternFields(k).map((f) => f.url)));
  if ([...out.keys()].some((k) => own.has(k)) && qb.has(kind)) out.set(kind, qb.get(kind) ?? '');
  return out.toString();
}

/**
 * Scenario B: A with `changes` (link parameters, without the `b.` prefix) applied on top, each
 * restored and checked as a link's own parameters are; a bad one costs that change, with a notice
 * naming it under `b.`. A new duration shorter than A's CPU time caps it (CPU time never exceeds
 * wall time), and a new pattern kind starts from that kind's defaults.
 */
export function applyChanges(
  a: Scenario,
  changes: string | URLSearchParams,
  opts: DecodeOptions & { version?: number } = {},
): Decoded {
  const c = migrate(
    new URLSearchParams(changes),
    opts.version ?? Number(new URLSearchParams(changes).get('v') ?? '1'),
  );
  c.delete('v');
  const q = new URLSearchParams(encodeScenario(a));
  const kind = FIELDS.patternKind.url;
  if (c.has(kind)) for (const k of PATTERN_KINDS) for (const f of patternFields(k)) q.delete(f.url);
  for (const k of new Set(c.keys())) {
    q.delete(k);
    for (const v of c.getAll(k)) q.append(k, v);
  }
  const d = FIELDS.durationMs.url;
  const cpu = FIELDS.cpuMs.url;
  if (c.has(d) && !c.has(cpu) && a.cpuMs !== undefined && Number(c.get(d)) < a.cpuMs)
    q.set(cpu, c.get(d) ?? '');
  const decoded = decodeScenario(q, opts);
  return {
    scenario: decoded.scenario,
    notices: decoded.notices.map((n) => ({ ...n, param: `${COMPARE_PREFIX}${n.param}` })),
  };
}
