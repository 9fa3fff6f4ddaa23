/** The reader's merges, written by the background (messages `entity:merge` / `entity:unmerge`). */
import type { AnnotatorDB } from '../db/db';
import type { EntityMerge } from '../model';
import { mergeProblem } from './merges';

export async function mergeEntities(
  db: AnnotatorDB,
  from: string,
  into: string,
  now = new Date().toISOString(),
): Promise<EntityMerge> {
  return db.transaction('rw', db.entityMerges, async () => {
    const problem = mergeProblem(await db.entityMerges.toArray(), from, into);
    if (problem) throw new Error(`Cannot merge: ${problem}`);
    const merge: EntityMerge = { from, into, created: now };
    await db.entityMerges.put(merge);
    return merge;
  });
}

/** Undoes the merge of `from`; the removed merge, or null when there was none. */
export async function unmergeEntity(db: AnnotatorDB, from: string): Promise<EntityMerge | null> {
  return db.transaction('rw', db.entityMerges, async () => {
    const old = await db.entityMerges.get(from);
    if (old) await db.entityMerges.delete(from);
    return old ?? null;
  });
}
