import { describe, expect, it } from 'vitest';
import { AnnotatorDB } from '../../utils/db/db';
import { render } from './exports';
import { importBackupText, undoImport } from './import-backup';
import { defaultSettings } from '../../utils/settings/settings';
import { loadDossier, loadEntityIndex } from '../../utils/dossier/load';
import { DOSSIER_ARTICLES, DOSSIER_NOTES, HANOI_PC, MERGES, THUONG } from '../../utils/testing/dossier';

let n = 0;
const fresh = () => new AnnotatorDB(`backup-dossiers-${Date.now()}-${n++}`);

/** The popup's JSON backup of everything in `db`, as the export button makes it. */
async function backupOf(db: AnnotatorDB): Promise<string> {
  const data = {
    articles: await db.articles.toArray(),
    annotations: await db.annotations.toArray(),
    entityMerges: await db.entityMerges.toArray(),
    readerFacts: await db.readerFacts.toArray(),
  };
  return render('json', data, { now: new Date('2026-12-01T00:00:00Z'), settings: defaultSettings('vi') }).text;
}

describe("a backup keeps the reader's dossiers", () => {
  it('every visit and merge goes out and comes back into a fresh profile, dossiers identical', async () => {
    const from = fresh();
    await from.articles.bulkPut(DOSSIER_ARTICLES);
    await from.annotations.bulkPut(DOSSIER_NOTES);
    await from.entityMerges.bulkPut(MERGES);
    const text = await backupOf(from);
    // Articles without notes are kept too: they are the reading the dossiers are made of.
    expect(JSON.parse(text).articles).toHaveLength(DOSSIER_ARTICLES.length);

    const to = fresh();
    const r = await importBackupText(to, text);
    expect(r.ok).toBe(true);
    expect(await to.entityMerges.toArray()).toEqual(await from.entityMerges.toArray());
    expect(await backupOf(to)).toBe(text);
    for (const id of [THUONG, HANOI_PC]) expect(await loadDossier(to, id)).toEqual(await loadDossier(from, id));
    expect(await loadEntityIndex(to)).toEqual(await loadEntityIndex(from));
    // Imported articles are indexed by entity like visited ones.
    expect(await to.articles.where('entityIds').equals(THUONG).count()).toBe(4);
    // Undoing the import takes its merges back out with the rest.
    if (!r.ok) throw new Error('import failed');
    await undoImport(to, r.undo);
    expect(await to.entityMerges.count()).toBe(0);
    expect(await to.articles.count()).toBe(0);
    expect(await to.entityStats.count()).toBe(0);
    from.close();
    to.close();
  });

  it("the reader's own card facts go out, come back, and leave again with an undone import", async () => {
    const fact = {
      id: '5c2e8f1a-3b4d-4e6f-8a9b-0c1d2e3f4a5b',
      entityId: THUONG,
      entityName: 'Võ Văn Thưởng',
      type: 'position' as const,
      title: 'Thường trực Ban Bí thư',
      from: '2021-03',
      to: '2023-03',
      source: 'https://dangcongsan.vn/vi-du',
      note: 'Thêm từ bài đọc ngày 3/3/2023',
      created: '2026-11-01T00:00:00.000Z',
      updated: '2026-11-01T00:00:00.000Z',
    };
    const from = fresh();
    await from.articles.bulkPut(DOSSIER_ARTICLES);
    await from.readerFacts.put(fact);
    const text = await backupOf(from);
    const to = fresh();
    // A fact the reader already has, edited later than the file's copy, is kept.
    const mine = { ...fact, note: 'Sửa sau', updated: '2026-11-20T00:00:00.000Z' };
    await to.readerFacts.put(mine);
    const kept = await importBackupText(to, text);
    expect(kept.ok).toBe(true);
    expect(await to.readerFacts.toArray()).toEqual([mine]);

    await to.readerFacts.clear();
    const r = await importBackupText(to, text);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(await to.readerFacts.toArray()).toEqual([fact]);
    expect(await backupOf(to)).toBe(text);
    await undoImport(to, r.undo);
    expect(await to.readerFacts.count()).toBe(0);
    from.close();
    to.close();
  });
});
