/**
 * Databases as earlier versions of the extension left them, for upgrade tests: the stores each
 * version declared and a fresh database name per test.
 */
import Dexie from 'dexie';
import { AnnotatorDB } from '../db/db';

let n = 0;
export const freshName = () => `test-db-${Date.now()}-${n++}`;

/** The stores each earlier version declared, exactly as db.ts declared them then. */
const STORES: Record<number, Record<string, string>> = {
  1: { articles: 'key, visitedAt' },
  2: { articles: 'key, lastVisit, site', annotations: 'id, articleKey, updated, colour, *tags' },
  3: {
    articles: 'key, lastVisit, site, published, *entityIds',
    annotations: 'id, articleKey, updated, colour, *tags, *entityIds',
    readerFacts: 'id, entityId, updated',
    entityMerges: 'from, into',
  },
  4: { entityStats: 'id, lastSeen', articleLite: 'key, *ids' },
  // Versions 5 to 8 changed ids, not stores.
  5: {},
  6: {},
  7: {},
};

/** A database named `name` with the schema of versions 1 to `upTo` (none of their upgrades). */
export function schemaUpTo(name: string, upTo: number): Dexie {
  const db = new Dexie(name);
  for (let v = 1; v <= upTo; v++) db.version(v).stores(STORES[v]);
  return db;
}

/** A database as version `from` left it, holding one article and one note, opened by today's code (its upgrades run). */
export async function openedAfter(from: number, article: object, note: object): Promise<AnnotatorDB> {
  const name = freshName();
  const old = schemaUpTo(name, from);
  await old.table('articles').put(article);
  await old.table('annotations').put(note);
  old.close();
  return new AnnotatorDB(name);
}
