/**
 * "Seen in N articles you read": for the card and the entity panel, by the indexes alone (no
 * record is read, no gazetteer loaded), so it is cheap enough to ask on every card.
 */
import type { AnnotatorDB } from '../db/db';
import { mergeResolver } from './merges';
import { dossierPath } from './link';

/** How many articles the reader has read that mention the entity (merges applied), by index only. */
export async function countArticles(db: AnnotatorDB, id: string): Promise<{ id: string; count: number }> {
  return db.transaction('r', db.articles, db.entityMerges, async () => {
    const resolver = mergeResolver(await db.entityMerges.toArray());
    const canonical = resolver.canonical(id);
    const keys = await Promise.all(
      resolver.members(canonical).map((m) => db.articles.where('entityIds').equals(m).primaryKeys()),
    );
    return { id: canonical, count: new Set(keys.flat()).size };
  });
}

/**
 * For "Seen in N articles you read" on the card and the entity panel: the number of articles
 * that mention the entity (merges applied) and the URL of its dossier. `toUrl` makes the
 * extension URL (browser.runtime.getURL in the extension; the path as is elsewhere).
 */
export async function seenIn(
  db: AnnotatorDB,
  entityId: string,
  toUrl: (path: string) => string = (p) => p,
): Promise<{ count: number; url: string }> {
  const { id, count } = await countArticles(db, entityId);
  return { count, url: toUrl(dossierPath(id)) };
}
