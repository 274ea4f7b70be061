/**
 * Scenario B's changes in a share link, as text: read from and written after A's parameters under
 * the prefix `b.` (src/url/compare.ts builds B from them). Apart from compare.ts so the first load,
 * which only carries them between the address bar and the store, stays small.
 */

/** The prefix of scenario B's parameters. */
export const COMPARE_PREFIX = 'b.';

/** B's changes in a link (its `b.` parameters, without the prefix), or null when it has none. */
export function compareChangesOf(search: string | URLSearchParams): string | null {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const out = new URLSearchParams();
  for (const [k, v] of q)
    if (k.startsWith(COMPARE_PREFIX)) out.append(k.slice(COMPARE_PREFIX.length), v);
  if ([...out.keys()].length === 0) return null;
  // `b.v` only marks that B is shown when it changes nothing; B is read under the link's `v`.
  out.delete('v');
  return out.toString();
}

/** A's link with B's changes after it, each under `b.`. */
export function withCompare(linkOfA: string, changes: string | null): string {
  if (changes === null) return linkOfA;
  const q = new URLSearchParams(linkOfA);
  const c = new URLSearchParams(changes);
  // An empty set of changes still marks that B is shown (B equal to A).
  if ([...c.keys()].length === 0) q.set(`${COMPARE_PREFIX}v`, q.get('v') ?? '1');
  for (const [k, v] of c) q.append(`${COMPARE_PREFIX}${k}`, v);
  return q.toString();
}
