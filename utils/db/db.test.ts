import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AnnotatorDB, type ArticleV1 } from './db';
import { recordVisit, updateAnnotation } from './queries';
import type { Annotation } from '../model';
import { makeAnnotation } from '../testing/records';
import { liteOf, statsFromArticles } from './derived';
import { entityKey } from '../entities/key';
import { DOSSIER_ARTICLES, DOSSIER_NOTES, MERGES, THUONG } from '../testing/dossier';

let n = 0;
const freshName = () => `test-db-${Date.now()}-${n++}`;

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
  // Versions 5 and 6 changed ids, not stores.
  5: {},
  6: {},
};

/** A database named `name` with the schema of versions 1 to `upTo` (none of their upgrades). */
function schemaUpTo(name: string, upTo: number): Dexie {
  const db = new Dexie(name);
  for (let v = 1; v <= upTo; v++) db.version(v).stores(STORES[v]);
  return db;
}

describe('schema versions', () => {
  it("upgrades version 4 data to the second engine's entity ids, dossier tables and all", async () => {
    const name = freshName();
    // Version 4's schema exactly, written with ids as the first engine made them.
    const v4 = schemaUpTo(name, 4);
    const OLD_PC = 'body:uy-ban-nhan-dan--tinh-binh-dinh';
    const OLD_PC_TP = 'body:uy-ban-nhan-dan--tp-ha-noi';
    const OLD_RULE = 'body:ủy ban kiểm tra đảng ủy khối thủy lợi';
    const article = {
      key: 'https://baobinhdinh.vn/a-1.htm',
      url: 'https://baobinhdinh.vn/a-1.htm',
      title: 'UBND tỉnh Bình Định họp phiên thường kỳ',
      site: 'baobinhdinh',
      firstVisit: '2024-05-01T08:00:00.000Z',
      lastVisit: '2024-05-01T08:00:00.000Z',
      entities: [
        { id: OLD_PC, kind: 'body', name: 'UBND tỉnh Bình Định', count: 3 },
        { id: 'body:uy-ban-nhan-dan--binh-dinh', kind: 'body', name: 'UBND Bình Định', count: 1 },
        { id: OLD_PC_TP, kind: 'body', name: 'UBND TP Hà Nội', count: 1 },
        { id: OLD_RULE, kind: 'body', name: 'Ủy ban Kiểm tra Đảng ủy Khối Thủy lợi', count: 1 },
        { id: 'body:quoc-hoi', kind: 'body', name: 'Quốc hội', count: 2 },
      ],
      entityIds: [OLD_PC, 'body:uy-ban-nhan-dan--binh-dinh', OLD_PC_TP, OLD_RULE, 'body:quoc-hoi'],
    };
    const note = makeAnnotation(article.key, 'UBND tỉnh Bình Định', 0, {
      entityIds: [OLD_PC, OLD_RULE],
      entityNames: ['UBND tỉnh Bình Định', 'Ủy ban Kiểm tra Đảng ủy Khối Thủy lợi'],
    });
    const fact = {
      id: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
      entityId: OLD_PC_TP,
      entityName: 'UBND TP Hà Nội',
      type: 'wrong',
      target: { title: 'Chủ tịch' },
      source: 'https://hanoi.gov.vn/vi-du',
      note: 'sai',
      created: '2024-05-02T00:00:00.000Z',
      updated: '2024-05-02T00:00:00.000Z',
    };
    await v4.table('articles').put(article);
    await v4.table('annotations').put(note);
    await v4.table('readerFacts').put(fact);
    await v4.table('entityMerges').bulkPut([
      { from: OLD_RULE, into: OLD_PC, created: '2024-05-03T00:00:00.000Z' },
      // Both sides the same entity now: the merge has nothing left to do.
      { from: 'body:uy-ban-nhan-dan--binh-dinh', into: OLD_PC, created: '2024-05-03T00:00:00.000Z' },
    ]);
    v4.close();

    const db = new AnnotatorDB(name);
    expect(db.verno).toBe(7);
    const PC = 'body:uy-ban-nhan-dan--binh-dinh';
    // What the engine writes today for the same rule find (utils/entities/key.ts).
    const RULE = entityKey({ kind: 'body', text: 'Ủy ban Kiểm tra Đảng ủy Khối Thủy lợi', start: 0, end: 37 });
    const a = await db.articles.get(article.key);
    expect(a?.entities).toEqual([
      { id: PC, kind: 'body', name: 'UBND tỉnh Bình Định', count: 4 },
      { id: 'body:uy-ban-nhan-dan--ha-noi', kind: 'body', name: 'UBND TP Hà Nội', count: 1 },
      { id: RULE, kind: 'body', name: 'Ủy ban Kiểm tra Đảng ủy Khối Thủy lợi', count: 1 },
      // The term the text meant was not kept: the id stays as it was.
      { id: 'body:quoc-hoi', kind: 'body', name: 'Quốc hội', count: 2 },
    ]);
    expect((await db.articles.where('entityIds').equals(PC).toArray()).map((x) => x.key)).toEqual([article.key]);
    expect(await db.articles.where('entityIds').equals(OLD_PC).count()).toBe(0);
    expect(await db.annotations.get(note.id)).toMatchObject({ entityIds: [PC, RULE], note: note.note });
    expect((await db.readerFacts.get(fact.id))?.entityId).toBe('body:uy-ban-nhan-dan--ha-noi');
    expect(await db.entityMerges.toArray()).toEqual([{ from: RULE, into: PC, created: '2024-05-03T00:00:00.000Z' }]);
    // The dossiers' tables are made from the upgraded articles.
    expect((await db.entityStats.get(PC))?.articles).toBe(1);
    expect(await db.entityStats.get(OLD_PC)).toBeUndefined();
    expect((await db.articleLite.get(article.key))?.ids).toContain(PC);
    db.close();
  });

  it('upgrades version 5 data: a name the data knows as a whole, once read in two parts, joins its own dossier', async () => {
    const name = freshName();
    const v5 = schemaUpTo(name, 5);
    // How version 5's engine named the Government Office without a title before it, and the
    // press's spelling of the 2025 board, before the data had it.
    const OLD_OFFICE = 'body:van-phong--chinh-phu';
    const OLD_BOARD = 'body:ban tuyên giáo - dân vận trung ương';
    const article = {
      key: 'https://baochinhphu.vn/a-2.htm',
      url: 'https://baochinhphu.vn/a-2.htm',
      title: 'Văn phòng Chính phủ họp báo',
      site: 'baochinhphu',
      firstVisit: '2025-05-01T08:00:00.000Z',
      lastVisit: '2025-05-01T08:00:00.000Z',
      entities: [
        { id: OLD_OFFICE, kind: 'body', name: 'Văn phòng Chính phủ', count: 2 },
        { id: 'body:van-phong-chinh-phu', kind: 'body', name: 'Văn phòng Chính phủ', count: 1 },
        { id: OLD_BOARD, kind: 'body', name: 'Ban Tuyên giáo - Dân vận Trung ương', count: 1 },
      ],
      entityIds: [OLD_OFFICE, 'body:van-phong-chinh-phu', OLD_BOARD],
    };
    const note = makeAnnotation(article.key, 'Văn phòng Chính phủ', 0, {
      entityIds: [OLD_OFFICE],
      entityNames: ['Văn phòng Chính phủ'],
    });
    await v5.table('articles').put(article);
    await v5.table('annotations').put(note);
    v5.close();

    const db = new AnnotatorDB(name);
    const OFFICE = 'body:van-phong-chinh-phu';
    const BOARD = 'body:ban-tuyen-giao-va-dan-van-trung-uong';
    expect((await db.articles.get(article.key))?.entities).toEqual([
      { id: OFFICE, kind: 'body', name: 'Văn phòng Chính phủ', count: 3 },
      { id: BOARD, kind: 'body', name: 'Ban Tuyên giáo - Dân vận Trung ương', count: 1 },
    ]);
    expect(await db.articles.where('entityIds').equals(OLD_OFFICE).count()).toBe(0);
    expect((await db.annotations.get(note.id))?.entityIds).toEqual([OFFICE]);
    expect((await db.entityStats.get(OFFICE))?.articles).toBe(1);
    expect(await db.entityStats.get(OLD_OFFICE)).toBeUndefined();
    db.close();
  });

  it('upgrades article visits written by version 1', async () => {
    const name = freshName();
    // Write with the first version's schema exactly as the foundation release did.
    const v1 = new Dexie(name);
    v1.version(1).stores({ articles: 'key, visitedAt' });
    const old: ArticleV1 = {
      key: 'https://baochinhphu.vn/thuong-truc-ban-bi-thu-102221212.htm',
      url: 'https://baochinhphu.vn/thuong-truc-ban-bi-thu-102221212.htm?utm_source=fb',
      title: 'Thường trực Ban Bí thư làm việc với Ban Thường vụ Thành ủy TPHCM',
      site: 'baochinhphu',
      published: '2022-12-12',
      visitedAt: '2022-12-13T08:00:00.000Z',
    };
    await v1.table('articles').put(old);
    v1.close();

    const db = new AnnotatorDB(name);
    const upgraded = await db.articles.get(old.key);
    expect(upgraded).toMatchObject({ title: old.title, firstVisit: old.visitedAt, lastVisit: old.visitedAt });
    expect(upgraded).not.toHaveProperty('visitedAt');
    expect(db.verno).toBe(7);
    expect(await db.annotations.count()).toBe(0);
    db.close();
  });

  it('upgrades version 2 data to version 3, keeping every record and indexing entity ids', async () => {
    const name = freshName();
    const v2 = new Dexie(name);
    v2.version(1).stores({ articles: 'key, visitedAt' });
    v2.version(2).stores({ articles: 'key, lastVisit, site', annotations: 'id, articleKey, updated, colour, *tags' });
    const article = {
      key: 'https://baochinhphu.vn/a-102221212.htm',
      url: 'https://baochinhphu.vn/a-102221212.htm',
      title: 'Thường trực Ban Bí thư làm việc',
      site: 'baochinhphu',
      firstVisit: '2024-05-01T08:00:00.000Z',
      lastVisit: '2024-05-02T08:00:00.000Z',
      entities: [
        { id: 'official:vo-van-thuong', kind: 'official', name: 'Võ Văn Thưởng', count: 4 },
        { id: 'body:bo-chinh-tri', kind: 'body', name: 'Bộ Chính trị', count: 2 },
      ],
    };
    const plain = {
      ...article,
      key: 'https://nhandan.vn/b-1.html',
      url: 'https://nhandan.vn/b-1.html',
      entities: undefined,
    };
    const note = makeAnnotation(article.key, 'Võ Văn Thưởng', 10, { entityIds: ['official:vo-van-thuong'] });
    await v2.table('articles').bulkPut([article, plain]);
    await v2.table('annotations').put(note);
    v2.close();

    const db = new AnnotatorDB(name);
    expect(db.verno).toBe(7);
    expect(await db.articles.count()).toBe(2);
    expect(await db.annotations.get(note.id)).toEqual(note);
    const mentioning = await db.articles.where('entityIds').equals('official:vo-van-thuong').toArray();
    expect(mentioning.map((a) => a.key)).toEqual([article.key]);
    expect(
      (await db.annotations.where('entityIds').equals('official:vo-van-thuong').toArray()).map((a) => a.id),
    ).toEqual([note.id]);
    // New and updated articles keep the index in step with their summary.
    await recordVisit(db, {
      ...plain,
      entities: [{ id: 'body:bo-chinh-tri', kind: 'body', name: 'Bộ Chính trị', count: 1 }],
    });
    expect((await db.articles.where('entityIds').equals('body:bo-chinh-tri').primaryKeys()).sort()).toEqual(
      [plain.key, article.key].sort(),
    );
    db.close();
  });
});

describe('version 7', () => {
  it("upgrades version 6 data: a plenum's or a congress's resolution, however worded, joins one dossier", async () => {
    const name = freshName();
    const v6 = schemaUpTo(name, 6);
    // How version 6's engine wrote three wordings of one plenum's resolution, and two of a congress's.
    const PLENUM_FULL = 'resolution:nghi-quyet-hoi-nghi-lan-thu-tu-ban-chap-hanh-trung-uong-dang-khoa-xii';
    const PLENUM_SHORT = 'resolution:nghi-quyet-hoi-nghi-trung-uong-4-khoa-xii';
    const PLENUM = 'resolution:nghi-quyet-trung-uong-4-khoa-xii';
    const CONGRESS_ORDINAL = 'resolution:nghi-quyet-dai-hoi-lan-thu-xiii';
    const CONGRESS = 'resolution:nghi-quyet-dai-hoi-xiii';
    const PROVINCE = 'resolution:nghi-quyet-dai-hoi-dang-bo-tinh-lan-thu-xx';
    const article = {
      key: 'https://nhandan.vn/a-3.html',
      url: 'https://nhandan.vn/a-3.html',
      title: 'Quán triệt Nghị quyết Trung ương 4 khóa XII',
      site: 'nhandan',
      firstVisit: '2017-01-05T08:00:00.000Z',
      lastVisit: '2017-01-05T08:00:00.000Z',
      entities: [
        { id: PLENUM, kind: 'resolution', name: 'Nghị quyết Trung ương 4 khóa XII', count: 2 },
        { id: PLENUM_FULL, kind: 'resolution', name: 'Nghị quyết Hội nghị lần thứ tư ...', count: 1 },
        { id: PLENUM_SHORT, kind: 'resolution', name: 'Nghị quyết Hội nghị Trung ương 4 khóa XII', count: 1 },
        { id: CONGRESS_ORDINAL, kind: 'resolution', name: 'Nghị quyết Đại hội lần thứ XIII', count: 1 },
        { id: PROVINCE, kind: 'resolution', name: 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX', count: 1 },
      ],
      entityIds: [PLENUM, PLENUM_FULL, PLENUM_SHORT, CONGRESS_ORDINAL, PROVINCE],
    };
    const note = makeAnnotation(article.key, 'Nghị quyết Hội nghị Trung ương 4 khóa XII', 0, {
      entityIds: [PLENUM_SHORT, CONGRESS_ORDINAL],
      entityNames: ['Nghị quyết Hội nghị Trung ương 4 khóa XII', 'Nghị quyết Đại hội lần thứ XIII'],
    });
    await v6.table('articles').put(article);
    await v6.table('annotations').put(note);
    v6.close();

    const db = new AnnotatorDB(name);
    expect(db.verno).toBe(7);
    expect((await db.articles.get(article.key))?.entities).toEqual([
      { id: PLENUM, kind: 'resolution', name: 'Nghị quyết Trung ương 4 khóa XII', count: 4 },
      { id: CONGRESS, kind: 'resolution', name: 'Nghị quyết Đại hội lần thứ XIII', count: 1 },
      // A province's congress keeps its own id.
      { id: PROVINCE, kind: 'resolution', name: 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX', count: 1 },
    ]);
    expect((await db.annotations.get(note.id))?.entityIds).toEqual([PLENUM, CONGRESS]);
    expect((await db.entityStats.get(PLENUM))?.articles).toBe(1);
    expect(await db.entityStats.get(PLENUM_SHORT)).toBeUndefined();
    db.close();
  });
});

describe('version 4', () => {
  it('upgrades version 3 data, keeping every record and deriving what dossiers read', async () => {
    const name = freshName();
    const v3 = new Dexie(name);
    v3.version(3).stores({
      articles: 'key, lastVisit, site, published, *entityIds',
      annotations: 'id, articleKey, updated, colour, *tags, *entityIds',
      readerFacts: 'id, entityId, updated',
      entityMerges: 'from, into',
    });
    const stored = DOSSIER_ARTICLES.map((a) => ({ ...a, entityIds: (a.entities ?? []).map((e) => e.id) }));
    const fact = {
      id: '6b1f5c0e-7a9d-4e2b-9c3f-1d2e3f4a5b6c',
      entityId: THUONG,
      entityName: 'Võ Văn Thưởng',
      type: 'position',
      title: 'Chủ tịch nước',
      from: '2023-03-02',
      source: 'https://example.vn/nguon',
      note: '',
      created: '2024-03-01T00:00:00.000Z',
      updated: '2024-03-01T00:00:00.000Z',
    };
    await v3.table('articles').bulkPut(stored);
    await v3.table('annotations').bulkPut(DOSSIER_NOTES);
    await v3.table('readerFacts').put(fact);
    await v3.table('entityMerges').bulkPut(MERGES);
    v3.close();

    const db = new AnnotatorDB(name);
    expect(db.verno).toBe(7);
    expect(await db.articles.toArray()).toEqual([...stored].sort((a, b) => (a.key < b.key ? -1 : 1)));
    expect(await db.annotations.count()).toBe(DOSSIER_NOTES.length);
    expect(await db.readerFacts.get(fact.id)).toEqual(fact);
    expect(await db.entityMerges.count()).toBe(MERGES.length);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect((await db.entityStats.toArray()).sort(byId)).toEqual(statsFromArticles(DOSSIER_ARTICLES).sort(byId));
    expect(await db.entityStats.get(THUONG)).toMatchObject({ articles: 4 });
    expect(await db.articleLite.where('ids').equals(THUONG).count()).toBe(4);
    expect((await db.articleLite.toArray()).sort((a, b) => (a.key < b.key ? -1 : 1))).toEqual(
      [...DOSSIER_ARTICLES].sort((a, b) => (a.key < b.key ? -1 : 1)).map(liteOf),
    );
    db.close();
  });
});

describe('queries', () => {
  it('keeps the first visit and moves the last one', async () => {
    const db = new AnnotatorDB(freshName());
    const input = {
      key: 'https://vnexpress.net/a-1.html',
      url: 'https://vnexpress.net/a-1.html',
      title: 'A',
      site: 'vnexpress',
    };
    await recordVisit(db, input, '2026-01-01T00:00:00.000Z');
    const second = await recordVisit(db, { ...input, title: 'A (sửa)' }, '2026-02-01T00:00:00.000Z');
    expect(second).toMatchObject({
      title: 'A (sửa)',
      firstVisit: '2026-01-01T00:00:00.000Z',
      lastVisit: '2026-02-01T00:00:00.000Z',
    });
  });

  it('stamps updated on edits but not on orphan status', async () => {
    const db = new AnnotatorDB(freshName());
    const a: Annotation = {
      id: '2f1b6c1e-8a7d-4f4e-9a55-0a4a4c7f1e11',
      articleKey: 'https://vnexpress.net/a-1.html',
      pageUrl: 'https://vnexpress.net/a-1.html',
      selectors: [{ type: 'TextPositionSelector', start: 0, end: 4 }],
      quote: 'Đảng',
      colour: 'yellow',
      note: '',
      tags: [],
      entityIds: [],
      entityNames: [],
      created: '2026-01-01T00:00:00.000Z',
      updated: '2026-01-01T00:00:00.000Z',
    };
    await db.annotations.put(a);
    const orphaned = await updateAnnotation(db, a.id, { orphan: true }, '2026-03-01T00:00:00.000Z');
    expect(orphaned?.updated).toBe(a.updated);
    const edited = await updateAnnotation(db, a.id, { note: 'ghi chú' }, '2026-03-02T00:00:00.000Z');
    expect(edited).toMatchObject({ note: 'ghi chú', orphan: true, updated: '2026-03-02T00:00:00.000Z' });
    expect(await updateAnnotation(db, 'missing', { note: 'x' })).toBeUndefined();
  });
});
