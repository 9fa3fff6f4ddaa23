/**
 * Imports a JSON backup into the database, in two steps the reader sees: a plan (what the file
 * adds and which of their notes it would replace) and, once they confirm, one Dexie transaction
 * that writes it and keeps what it replaced, so the import can be undone. The popup writes here
 * directly (it runs in the extension's origin) because a backup can hold far more than one
 * message should carry. Parsing errors stop before any write.
 */
import type { AnnotatorDB } from '../../utils/db/db';
import { parseBackupAsync } from '../../utils/backup/backup';
import { mergeBackup, type MergeCounts, type MergeResult } from '../../utils/backup/merge';
import type { Annotation, Article, EntityMerge, ReaderFact } from '../../utils/model';

export type ImportSummary = MergeCounts;

export interface ImportPlan {
  merged: MergeResult;
  /** The reader's notes the file would overwrite, as they are now and as the file has them. */
  replaced: { before: Annotation; after: Annotation }[];
  warnings: string[];
}

/** What an applied import changed, to put it back. */
export interface ImportUndo {
  annotationsBefore: Annotation[];
  addedIds: string[];
  articlesBefore: Article[];
  addedKeys: string[];
  /** The reader's merges of dossier entries the file replaced, and the ones it added. */
  mergesBefore: EntityMerge[];
  addedMerges: string[];
  /** The reader's own facts the file replaced, and the ids it added. */
  factsBefore: ReaderFact[];
  addedFacts: string[];
}

const CHUNK = 1000;

export async function planImport(
  db: AnnotatorDB,
  text: string,
  onProgress?: (done: number, total: number) => void,
): Promise<{ ok: true; plan: ImportPlan } | { ok: false; errors: string[] }> {
  const parsed = await parseBackupAsync(text, { onProgress, chunkSize: 2000 });
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const [articles, annotations, entityMerges, readerFacts] = await Promise.all([
    db.articles.toArray(),
    db.annotations.toArray(),
    db.entityMerges.toArray(),
    db.readerFacts.toArray(),
  ]);
  const merged = mergeBackup({ articles, annotations, entityMerges, readerFacts }, parsed.data);
  const have = new Map(annotations.map((a) => [a.id, a]));
  const replaced = merged.annotations.flatMap((after) => {
    const before = have.get(after.id);
    return before ? [{ before, after }] : [];
  });
  return { ok: true, plan: { merged, replaced, warnings: parsed.warnings } };
}

export async function applyImport(
  db: AnnotatorDB,
  plan: ImportPlan,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportUndo> {
  const { merged } = plan;
  return db.transaction('rw', [db.articles, db.annotations, db.entityMerges, db.readerFacts], async () => {
    const factsBefore = (await db.readerFacts.bulkGet(merged.readerFacts.map((f) => f.id))).filter(
      (f): f is ReaderFact => !!f,
    );
    await db.readerFacts.bulkPut(merged.readerFacts);
    const mergesBefore = (await db.entityMerges.bulkGet(merged.entityMerges.map((m) => m.from))).filter(
      (m): m is EntityMerge => !!m,
    );
    await db.entityMerges.bulkPut(merged.entityMerges);
    const annotationsBefore = (await db.annotations.bulkGet(merged.annotations.map((a) => a.id))).filter(
      (a): a is Annotation => !!a,
    );
    const articlesBefore = (await db.articles.bulkGet(merged.articles.map((a) => a.key))).filter(
      (a): a is Article => !!a,
    );
    const writes = merged.articles.length + merged.annotations.length;
    let done = 0;
    for (const [list, table] of [
      [merged.articles, db.articles],
      [merged.annotations, db.annotations],
    ] as const) {
      for (let i = 0; i < list.length; i += CHUNK) {
        const part = list.slice(i, i + CHUNK);
        await (table as typeof db.annotations).bulkPut(part as Annotation[]);
        onProgress?.((done += part.length), writes);
      }
    }
    const hadNote = new Set(annotationsBefore.map((a) => a.id));
    const hadArticle = new Set(articlesBefore.map((a) => a.key));
    return {
      annotationsBefore,
      addedIds: merged.annotations.filter((a) => !hadNote.has(a.id)).map((a) => a.id),
      articlesBefore,
      addedKeys: merged.articles.filter((a) => !hadArticle.has(a.key)).map((a) => a.key),
      mergesBefore,
      addedMerges: merged.entityMerges.filter((m) => !mergesBefore.some((b) => b.from === m.from)).map((m) => m.from),
      factsBefore,
      addedFacts: merged.readerFacts.filter((f) => !factsBefore.some((b) => b.id === f.id)).map((f) => f.id),
    };
  });
}

/** Puts back what an import replaced and removes what it added, in one transaction. */
export async function undoImport(db: AnnotatorDB, undo: ImportUndo): Promise<void> {
  await db.transaction('rw', [db.articles, db.annotations, db.entityMerges, db.readerFacts], async () => {
    await db.readerFacts.bulkDelete(undo.addedFacts);
    await db.readerFacts.bulkPut(undo.factsBefore);
    await db.entityMerges.bulkDelete(undo.addedMerges);
    await db.entityMerges.bulkPut(undo.mergesBefore);
    await db.annotations.bulkDelete(undo.addedIds);
    await db.annotations.bulkPut(undo.annotationsBefore);
    await db.articles.bulkDelete(undo.addedKeys);
    await db.articles.bulkPut(undo.articlesBefore);
  });
}

/** Plan and apply in one go, for the command line and for files that replace nothing. */
export async function importBackupText(
  db: AnnotatorDB,
  text: string,
  onProgress?: (done: number, total: number) => void,
): Promise<{ ok: true; summary: ImportSummary; undo: ImportUndo } | { ok: false; errors: string[] }> {
  const planned = await planImport(db, text, onProgress);
  if (!planned.ok) return planned;
  const { added, updated, unchanged } = planned.plan.merged;
  return { ok: true, summary: { added, updated, unchanged }, undo: await applyImport(db, planned.plan, onProgress) };
}
