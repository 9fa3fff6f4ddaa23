/**
 * Dossiers and the index from the database: only the records they need, through the indexes on
 * entity ids (db.ts, version 3), then the pure builders. Used by the dossier page (liveQuery).
 */
import type { AnnotatorDB } from '../db/db';
import type { EntityStat } from '../db/derived';
import {
  buildDossier,
  nameRelated,
  notesFor,
  relatedCounts,
  type Dossier,
  type DossierNote,
  type RelatedEntity,
} from './build';
import { indexFromStats, type IndexEntry } from './entity-index';
import { mergeResolver } from './merges';

/** For `npm run bench:dossier`: when the records are read (a no-op outside a browser page). */
const mark = (name: string) => globalThis.performance?.mark?.(name);

const byKey = <T>(list: T[], key: (x: T) => string): T[] => [
  ...new Map(list.map((x) => [key(x), x] as const)).values(),
];

/** Entries that appear with it whose names the first paint shows (the rest come with the notes). */
const FIRST_RELATED = 30;

/**
 * The dossier from its articles: what the page draws first. It reads the articles as the
 * dossiers keep them (ids and counts, no summary names) by the entity index, and the counts of
 * its own ids and of the entries most often beside it. `loadDossierExtras` reads the rest: the
 * notes, and the names of every entry beside it. Only an entity met in notes alone, with no
 * article, takes its notes here, for its name.
 */
export async function loadDossier(db: AnnotatorDB, requested: string): Promise<Dossier> {
  mark('vna:dossier-start');
  return db.transaction('r', [db.articleLite, db.entityStats, db.annotations, db.entityMerges], async () => {
    mark('vna:dossier-open');
    // The id's own articles are read while the merges are: most ids were never merged.
    const readIds = (ids: string[]) => Promise.all(ids.map((id) => db.articleLite.where('ids').equals(id).toArray()));
    const [merges, own] = await Promise.all([db.entityMerges.toArray(), readIds([requested])]);
    const resolver = mergeResolver(merges);
    const id = resolver.canonical(requested);
    const members = resolver.members(id);
    const others = members.filter((m) => m !== requested);
    const articles = byKey([own.flat(), ...(others.length ? await readIds(others) : [])].flat(), (a) => a.key);
    mark('vna:dossier-read');
    const top = relatedCounts(articles, id, resolver, merges.length > 0).slice(0, FIRST_RELATED);
    const wanted = [...members, ...top.flatMap((r) => resolver.members(r.id))];
    const [stats, quoting] = await Promise.all([
      db.entityStats.bulkGet(wanted),
      articles.length ? [] : Promise.all(members.map((m) => db.annotations.where('entityIds').equals(m).toArray())),
    ]);
    const known = stats.filter((x): x is EntityStat => !!x);
    return buildDossier({ articles, stats: known, annotations: byKey(quoting.flat(), (a) => a.id), merges }, requested);
  });
}

/** Below this many articles, their notes are read by key; above it, all notes are read at once. */
const BY_KEY = 200;

/**
 * What the first paint left out: every note that quotes the entity or, on its articles, names it;
 * and the names of every entry beside it.
 */
export async function loadDossierExtras(
  db: AnnotatorDB,
  d: Dossier,
): Promise<{ notes: DossierNote[]; related: RelatedEntity[] }> {
  const keys = d.articles.map((a) => a.key);
  const members = [d.id, ...d.merged.map((m) => m.from)];
  return db.transaction('r', [db.annotations, db.entityStats, db.entityMerges], async () => {
    const [quoting, onArticles, stats, merges] = await Promise.all([
      Promise.all(members.map((id) => db.annotations.where('entityIds').equals(id).toArray())),
      // One request per key costs a round trip each; one read of every note is faster for many.
      keys.length <= BY_KEY
        ? db.annotations.where('articleKey').anyOf(keys).toArray()
        : db.annotations.toArray().then((all) => {
            const mine = new Set(keys);
            return all.filter((a) => mine.has(a.articleKey));
          }),
      db.entityStats.toArray(),
      db.entityMerges.toArray(),
    ]);
    const byId = new Map(stats.map((x) => [x.id, x] as const));
    return {
      notes: notesFor(
        d,
        byKey([...quoting.flat(), ...onArticles], (a) => a.id),
      ),
      related: nameRelated(d.related, byId, mergeResolver(merges)),
    };
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
