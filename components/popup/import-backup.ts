/**
 * Imports a JSON backup into the database. The popup writes here directly (it runs in the
 * extension's origin) because a backup can hold far more than one message should carry. All or
 * nothing: parsing errors stop before any write, and the write is one Dexie transaction.
 */
import type { AnnotatorDB } from '../../utils/db/db';
import { parseBackupAsync } from '../../utils/backup/backup';
import { mergeBackup, type MergeCounts } from '../../utils/backup/merge';

export type ImportSummary = MergeCounts;
export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; errors: string[] };

const CHUNK = 1000;

export async function importBackupText(
  db: AnnotatorDB,
  text: string,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportResult> {
  const parsed = await parseBackupAsync(text, {
    onProgress: (_done, total) => onProgress?.(0, total),
    chunkSize: 2000,
  });
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const total = parsed.data.annotations.length + parsed.data.articles.length;
  return db.transaction('rw', db.articles, db.annotations, db.entityMerges, async () => {
    const [articles, annotations, entityMerges] = await Promise.all([
      db.articles.toArray(),
      db.annotations.toArray(),
      db.entityMerges.toArray(),
    ]);
    const merged = mergeBackup({ articles, annotations, entityMerges }, parsed.data);
    await db.entityMerges.bulkPut(merged.entityMerges);
    const writes = merged.articles.length + merged.annotations.length;
    let done = 0;
    for (let i = 0; i < merged.articles.length; i += CHUNK) {
      const part = merged.articles.slice(i, i + CHUNK);
      await db.articles.bulkPut(part);
      onProgress?.((done += part.length), writes || total);
    }
    for (let i = 0; i < merged.annotations.length; i += CHUNK) {
      const part = merged.annotations.slice(i, i + CHUNK);
      await db.annotations.bulkPut(part);
      onProgress?.((done += part.length), writes || total);
    }
    return {
      ok: true as const,
      summary: { added: merged.added, updated: merged.updated, unchanged: merged.unchanged },
    };
  });
}
