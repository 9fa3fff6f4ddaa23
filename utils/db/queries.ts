/**
 * Reads and writes on the database, used by the background's message handlers and by the
 * popup. Every write goes through here so "updated" times and article bookkeeping stay right.
 */
import type { AnnotatorDB } from './db';
import type { Annotation, Article } from '../model';

export type VisitInput = Omit<Article, 'firstVisit' | 'lastVisit'>;

/** Records a visit: creates the article or refreshes its metadata and last visit. */
export async function recordVisit(
  db: AnnotatorDB,
  input: VisitInput,
  now = new Date().toISOString(),
): Promise<Article> {
  return db.transaction('rw', db.articles, async () => {
    const old = await db.articles.get(input.key);
    const next: Article = {
      ...old,
      ...input,
      firstVisit: old?.firstVisit ?? now,
      lastVisit: now,
    };
    await db.articles.put(next);
    return next;
  });
}

export function annotationsFor(db: AnnotatorDB, articleKey: string): Promise<Annotation[]> {
  return db.annotations.where('articleKey').equals(articleKey).toArray();
}

export async function saveAnnotation(db: AnnotatorDB, a: Annotation): Promise<Annotation> {
  await db.annotations.put(a);
  return a;
}

export type AnnotationPatch = Partial<Pick<Annotation, 'note' | 'colour' | 'tags' | 'orphan'>>;

/** Applies a patch and stamps `updated`; undefined when no such annotation exists. */
export async function updateAnnotation(
  db: AnnotatorDB,
  id: string,
  patch: AnnotationPatch,
  now = new Date().toISOString(),
): Promise<Annotation | undefined> {
  return db.transaction('rw', db.annotations, async () => {
    const old = await db.annotations.get(id);
    if (!old) return undefined;
    // Orphan status is what the page saw, not an edit by the reader: it does not touch `updated`.
    const edited = Object.keys(patch).some((k) => k !== 'orphan');
    const next: Annotation = { ...old, ...stripUndefined(patch), updated: edited ? now : old.updated };
    await db.annotations.put(next);
    return next;
  });
}

export async function deleteAnnotation(db: AnnotatorDB, id: string): Promise<Annotation | undefined> {
  return db.transaction('rw', db.annotations, async () => {
    const old = await db.annotations.get(id);
    if (old) await db.annotations.delete(id);
    return old;
  });
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
