/**
 * Dossiers and the index from the database: only the records they need, through the indexes on
 * entity ids (db.ts, version 3), then the pure builders. Used by the dossier page (liveQuery).
 */
import type { AnnotatorDB } from '../db/db';
import type { Annotation, Article } from '../model';
import { buildDossier, type Dossier } from './build';
import { buildEntityIndex, type IndexEntry } from './entity-index';
import { mergeResolver } from './merges';

const byKey = <T>(lists: T[][], key: (x: T) => string): T[] => {
  const out = new Map<string, T>();
  for (const list of lists) for (const x of list) out.set(key(x), x);
  return [...out.values()];
};

export async function loadDossier(db: AnnotatorDB, requested: string): Promise<Dossier> {
  return db.transaction('r', db.articles, db.annotations, db.entityMerges, async () => {
    const merges = await db.entityMerges.toArray();
    const resolver = mergeResolver(merges);
    const members = resolver.members(resolver.canonical(requested));
    const [articleLists, quoting] = await Promise.all([
      Promise.all(members.map((id) => db.articles.where('entityIds').equals(id).toArray())),
      Promise.all(members.map((id) => db.annotations.where('entityIds').equals(id).toArray())),
    ]);
    const articles: Article[] = byKey(articleLists, (a) => a.key);
    // Notes that only name the entity in their text: looked for on its own articles.
    const keys = articles.map((a) => a.key);
    const onArticles = keys.length ? await db.annotations.where('articleKey').anyOf(keys).toArray() : [];
    const annotations: Annotation[] = byKey([...quoting, onArticles], (a) => a.id);
    return buildDossier({ articles, annotations, merges }, requested);
  });
}

export async function loadEntityIndex(db: AnnotatorDB): Promise<IndexEntry[]> {
  return db.transaction('r', db.articles, db.annotations, db.entityMerges, async () => {
    const [articles, merges, noteEntities] = await Promise.all([
      db.articles.toArray(),
      db.entityMerges.toArray(),
      notesByEntity(db),
    ]);
    return buildEntityIndex(articles, merges, noteEntities.values());
  });
}

/** Each note's entity ids, read from the index on them (no note records are read). */
async function notesByEntity(db: AnnotatorDB): Promise<Map<string, string[]>> {
  const byNote = new Map<string, string[]>();
  await db.annotations.orderBy('entityIds').eachKey((entityId, cursor) => {
    const id = String(cursor.primaryKey);
    const list = byNote.get(id);
    if (list) list.push(String(entityId));
    else byNote.set(id, [String(entityId)]);
  });
  return byNote;
}
