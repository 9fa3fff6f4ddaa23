/**
 * Reads and writes on the database, used by the background's message handlers and by the
 * popup. Every write goes through here so "updated" times and article bookkeeping stay right.
 */
import type { AnnotatorDB } from './db';
import type { Annotation, Article } from '../model';

export type VisitInput = Omit<Article, 'firstVisit' | 'lastVisit'>;

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
};

/**
 * Records a visit: creates the article or refreshes its metadata and last visit. A visit from
 * another origin than the stored page never rewrites its address or title (they feed the popup's
 * links and the exports' "open article").
 */
export async function recordVisit(
  db: AnnotatorDB,
  input: VisitInput,
  now = new Date().toISOString(),
): Promise<Article> {
  return db.transaction('rw', db.articles, async () => {
    const old = await db.articles.get(input.key);
    const foreign = old && originOf(old.url) !== originOf(input.url);
    const next: Article = {
      ...old,
      ...input,
      ...(foreign ? { url: old.url, title: old.title } : {}),
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
/** The reader's editable fields, as the editor saw them when it opened. */
export type AnnotationBase = Partial<Pick<Annotation, 'note' | 'colour' | 'tags'>>;

/** Two editors changed the same field of one note differently; nothing was written. */
export class EditConflict extends Error {
  constructor(
    readonly fields: string[],
    readonly current: Annotation,
  ) {
    super(
      `This note was changed elsewhere (in the popup or another tab) since you opened it: your change to ${fields.join(', ')} was not saved. Reopen the note to see its current text.`,
    );
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies a patch and stamps `updated`; undefined when no such annotation exists. With `base`
 * (what the editor showed when it opened), edits merge field by field: a field changed
 * meanwhile by someone else to another value than this patch's is a conflict (EditConflict,
 * nothing written); fields the patch does not name are never reverted.
 */
export async function updateAnnotation(
  db: AnnotatorDB,
  id: string,
  patch: AnnotationPatch,
  now = new Date().toISOString(),
  base?: AnnotationBase,
): Promise<Annotation | undefined> {
  patch = { ...patch };
  return db.transaction('rw', db.annotations, async () => {
    const old = await db.annotations.get(id);
    if (!old) return undefined;
    if (base) {
      // A field the editor did not change is not part of its edit, whatever it sent.
      for (const k of Object.keys(base) as (keyof AnnotationBase)[]) if (same(patch[k], base[k])) delete patch[k];
      const conflicts = (Object.keys(patch) as (keyof AnnotationBase)[]).filter(
        (k) => k in base && !same(old[k], base[k]) && !same(old[k], patch[k]),
      );
      if (conflicts.length) throw new EditConflict(conflicts, old);
    }
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
