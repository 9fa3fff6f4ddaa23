/** Groups an article's entity spans by entity: the panel's list and the stored summary. */
import { entityKey } from '../entities/key';
import type { EntitySpan } from '../entities/types';
import type { EntityKind } from '../model';

export interface EntityGroup {
  /** entityKey(): the gazetteer id, or `kind:text` (spelling folded) for an entity found by rule. */
  key: string;
  kind: EntityKind;
  name: string;
  /** Indexes into the spans array, in text order. */
  mentions: number[];
}

// The key lives with the engine that makes the ids; the page's modules import it from here.
export { entityKey };

/** Groups in order of first mention within each kind; `nameOf` gives the canonical name for an id. */
export function groupEntities(
  spans: readonly EntitySpan[],
  nameOf: (span: EntitySpan) => string = (s) => s.text,
): EntityGroup[] {
  const groups = new Map<string, EntityGroup>();
  spans.forEach((span, i) => {
    const key = entityKey(span);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, kind: span.kind, name: nameOf(span), mentions: [] }));
    g.mentions.push(i);
  });
  return [...groups.values()];
}
