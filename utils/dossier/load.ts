/**
 * Dossiers and the index from the database: only the records they need, through the indexes on
 * entity ids (db.ts, version 3), then the pure builders. Used by the dossier page (liveQuery).
 */
import type { AnnotatorDB } from '../db/db';
import type { Article } from '../model';
import { buildDossier, notesFor, type Dossier, type DossierNote } from './build';
import { indexFromStats, type IndexEntry } from './entity-index';
import { mergeResolver } from './merges';

/** For `npm run bench:dossier`: when the records are read (a no-op outside a browser page). */
const mark = (name: string) => globalThis.performance?.mark?.(name);

const byKey = <T>(lists: T[][], key: (x: T) => string): T[] => {
  const out = new Map<string, T>();
  for (const list of lists) for (const x of list) out.set(key(x), x);
  return [...out.values()];
};

/**
 * The dossier from its articles: what the page draws first. Its notes come from
 * `loadDossierNotes` (read after the first paint); only an entity met in notes alone, with no
 * article, takes them here, for its name.
 */
export async function loadDossier(db: AnnotatorDB, requested: string): Promise<Dossier> {
  mark('vna:dossier-start');
  return db.transaction('r', db.articles, db.annotations, db.entityMerges, async () => {
    mark('vna:dossier-open');
    // The id's own articles are read while the merges are: most ids were never merged.
    const readIds = (ids: string[]) =>
      Promise.all(ids.map((id) => db.articles.where('entityIds').equals(id).toArray()));
    const [merges, own] = await Promise.all([db.entityMerges.toArray(), readIds([requested])]);
    const resolver = mergeResolver(merges);
    const members = resolver.members(resolver.canonical(requested));
    const others = members.filter((id) => id !== requested);
    const lists = others.length ? [...(members.includes(requested) ? own : []), ...(await readIds(others))] : own;
    const articles: Article[] = byKey(lists, (a) => a.key);
    mark('vna:dossier-read');
    const quoting = articles.length
      ? []
      : await Promise.all(members.map((id) => db.annotations.where('entityIds').equals(id).toArray()));
    return buildDossier({ articles, annotations: byKey(quoting, (a) => a.id), merges }, requested);
  });
}

/** Below this many articles, their notes are read by key; above it, all notes are read at once. */
const BY_KEY = 200;

/** All the dossier's notes: those that quote it and those on its articles that name it. */
export async function loadDossierNotes(db: AnnotatorDB, d: Dossier): Promise<DossierNote[]> {
  const keys = d.articles.map((a) => a.key);
  const members = [d.id, ...d.merged.map((m) => m.from)];
  return db.transaction('r', db.annotations, async () => {
    const [quoting, onArticles] = await Promise.all([
      Promise.all(members.map((id) => db.annotations.where('entityIds').equals(id).toArray())),
      // One request per key costs a round trip each; one read of every note is faster for many.
      keys.length <= BY_KEY
        ? db.annotations.where('articleKey').anyOf(keys).toArray()
        : db.annotations.toArray().then((all) => {
            const mine = new Set(keys);
            return all.filter((a) => mine.has(a.articleKey));
          }),
    ]);
    return notesFor(
      d,
      byKey([...quoting, onArticles], (a) => a.id),
    );
  });
}

/** The index of every entity met, from the per-entity counts (no article is read). */
export async function loadEntityIndex(db: AnnotatorDB): Promise<IndexEntry[]> {
  return db.transaction('r', [db.entityStats, db.entityMerges, db.articles, db.annotations], async () => {
    const [stats, merges, noteEntities] = await Promise.all([
      db.entityStats.toArray(),
      db.entityMerges.toArray(),
      notesByEntity(db),
    ]);
    mark('vna:index-read');
    // Merged entries: their articles counted once each, by the entity index (keys only).
    const resolver = mergeResolver(merges);
    const groups = new Map<string, number>();
    for (const id of new Set(merges.map((m) => resolver.canonical(m.from)))) {
      const keys = await Promise.all(
        resolver.members(id).map((m) => db.articles.where('entityIds').equals(m).primaryKeys()),
      );
      groups.set(id, new Set(keys.flat()).size);
    }
    return indexFromStats(stats, merges, noteEntities.values(), groups);
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
