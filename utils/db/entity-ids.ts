/**
 * Stored records brought to the current entity ids (utils/entities/legacy-ids.ts): an article's
 * summary, a note's entities, the reader's merges and facts. Used once by the database upgrade
 * (db.ts, version 5) and on every backup read (utils/backup/backup.ts), so a file written by an
 * older version lands in the same dossiers as today's visits. Each returns its input unchanged
 * (the same object) when no id in it changed.
 */
import type { Annotation, Article, EntityMerge, ReaderFact } from '../model';
import { currentEntityId } from '../entities/legacy-ids';

export function upgradeArticle<A extends Article>(a: A): A {
  if (!a.entities?.some((e) => currentEntityId(e.id) !== e.id)) return a;
  // Two old ids may now be one entity ("tỉnh Bình Định", "Bình Định"): one entry, counts added.
  const byId = new Map<string, NonNullable<Article['entities']>[number]>();
  for (const e of a.entities) {
    const id = currentEntityId(e.id);
    const seen = byId.get(id);
    if (seen) seen.count += e.count;
    else byId.set(id, { ...e, id });
  }
  return { ...a, entities: [...byId.values()] };
}

export function upgradeAnnotation(a: Annotation): Annotation {
  if (!a.entityIds.some((id) => currentEntityId(id) !== id)) return a;
  const ids: string[] = [];
  const names: string[] = [];
  a.entityIds.forEach((old, i) => {
    const id = currentEntityId(old);
    if (ids.includes(id)) return;
    ids.push(id);
    names.push(a.entityNames[i] ?? '');
  });
  return { ...a, entityIds: ids, entityNames: names };
}

export function upgradeFact(f: ReaderFact): ReaderFact {
  const entityId = currentEntityId(f.entityId);
  return entityId === f.entityId ? f : { ...f, entityId };
}

/** Merges with current ids; one that now joins an entity to itself is dropped, a repeated `from` keeps the latest. */
export function upgradeMerges(list: readonly EntityMerge[]): EntityMerge[] {
  const byFrom = new Map<string, EntityMerge>();
  for (const m of list) {
    const from = currentEntityId(m.from);
    const into = currentEntityId(m.into);
    if (from === into) continue;
    const prev = byFrom.get(from);
    if (!prev || prev.created < m.created)
      byFrom.set(from, from === m.from && into === m.into ? m : { ...m, from, into });
  }
  return [...byFrom.values()];
}
