/**
 * The reader's merges of entity ids: `from` is shown and counted as `into`. Merges chain
 * (a → b, b → c: a is c), so every id resolves to one canonical id. A cycle can only come from a
 * hand-edited backup (writes refuse one, see `mergeProblem`); it resolves to the smallest id in
 * it, so two readings of the same data always agree.
 */
import type { EntityMerge } from '../model';

export interface MergeResolver {
  /** The id `id` is shown as: itself when it was never merged. */
  canonical(id: string): string;
  /** Every id shown as `canonicalId` (itself first, then the rest sorted). */
  members(canonicalId: string): string[];
  /** The merges whose `from` resolves to `canonicalId`, for listing and undoing them. */
  mergesInto(canonicalId: string): EntityMerge[];
}

export function mergeResolver(merges: readonly EntityMerge[]): MergeResolver {
  const next = new Map(merges.map((m) => [m.from, m.into] as const));
  const memo = new Map<string, string>();
  const canonical = (id: string): string => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const path: string[] = [];
    const seen = new Set<string>();
    let at = id;
    while (next.has(at) && !seen.has(at)) {
      seen.add(at);
      path.push(at);
      at = next.get(at)!;
    }
    // `at` is either an id nobody merged further, or the first id met twice (a cycle).
    let end = at;
    if (seen.has(at)) {
      const cycle = path.slice(path.indexOf(at));
      end = [...cycle].sort()[0];
    }
    for (const p of path) memo.set(p, end);
    memo.set(id, end);
    return end;
  };
  let groups: Map<string, string[]> | undefined;
  const grouped = () => {
    if (!groups) {
      groups = new Map();
      for (const from of next.keys()) {
        const c = canonical(from);
        if (c === from) continue;
        const g = groups.get(c);
        if (g) g.push(from);
        else groups.set(c, [from]);
      }
      for (const g of groups.values()) g.sort();
    }
    return groups;
  };
  return {
    canonical,
    members: (c) => [c, ...(grouped().get(c) ?? [])],
    mergesInto: (c) => merges.filter((m) => m.from !== c && canonical(m.from) === c),
  };
}

/** Why merging `from` into `into` must be refused, or null when it may be stored. */
export function mergeProblem(merges: readonly EntityMerge[], from: string, into: string): string | null {
  if (!from || !into) return 'both entities must be named';
  if (from === into) return 'an entity cannot be merged into itself';
  const r = mergeResolver(merges);
  if (r.canonical(into) === r.canonical(from)) return `${from} and ${into} are already one entry`;
  if (merges.some((m) => m.from === from)) return `${from} is already merged into another entry; undo that first`;
  return null;
}
