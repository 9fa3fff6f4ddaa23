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
});
