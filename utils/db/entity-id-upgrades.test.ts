import { describe, expect, it } from 'vitest';
import { AnnotatorDB } from './db';
import { makeAnnotation } from '../testing/records';
import { entityKey } from '../entities/key';
import { freshName, openedAfter, schemaUpTo } from '../testing/db-versions';

/** Upgrades that bring stored entity ids to the ones the engine writes now (legacy-ids.ts). */
describe('entity id upgrades', () => {
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
    expect(db.verno).toBe(8);
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
    const db = await openedAfter(5, article, note);
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
});

describe('version 7', () => {
  it("upgrades version 6 data: a plenum's or a congress's resolution, however worded, joins one dossier", async () => {
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
    const db = await openedAfter(6, article, note);
    expect(db.verno).toBe(8);
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

describe('version 8', () => {
  it("upgrades version 7 data: another country's organ, however the country is written, joins one dossier", async () => {
    const OLD_LONG = 'body:bo-ngoai-giao-lien-bang-nga';
    const OLD_NA = 'body:quoc-hoi-nuoc-cong-hoa-dan-chu-nhan-dan-lao';
    const MOFA = 'body:bo-ngoai-giao-nga';
    const article = {
      key: 'https://baoquocte.vn/a-4.html',
      url: 'https://baoquocte.vn/a-4.html',
      title: 'Bộ trưởng Ngoại giao hội đàm với Bộ trưởng Ngoại giao Nga',
      site: 'baoquocte',
      firstVisit: '2024-06-20T08:00:00.000Z',
      lastVisit: '2024-06-20T08:00:00.000Z',
      entities: [
        { id: OLD_LONG, kind: 'body', name: 'Bộ Ngoại giao Liên bang Nga', count: 1 },
        { id: MOFA, kind: 'body', name: 'Bộ Ngoại giao Nga', count: 2 },
        { id: OLD_NA, kind: 'body', name: 'Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào', count: 1 },
        // A ward whose name ends like a country's ("Mỹ") is no foreign organ.
        { id: 'body:uy-ban-nhan-dan--phuong-phu-my', kind: 'body', name: 'UBND phường Phú Mỹ', count: 1 },
      ],
      entityIds: [OLD_LONG, MOFA, OLD_NA, 'body:uy-ban-nhan-dan--phuong-phu-my'],
    };
    const note = makeAnnotation(article.key, 'Bộ Ngoại giao Liên bang Nga', 0, {
      entityIds: [OLD_LONG],
      entityNames: ['Bộ Ngoại giao Liên bang Nga'],
    });
    const db = await openedAfter(7, article, note);
    expect(db.verno).toBe(8);
    expect((await db.articles.get(article.key))?.entities).toEqual([
      { id: MOFA, kind: 'body', name: 'Bộ Ngoại giao Liên bang Nga', count: 3 },
      { id: 'body:quoc-hoi-lao', kind: 'body', name: 'Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào', count: 1 },
      { id: 'body:uy-ban-nhan-dan--phuong-phu-my', kind: 'body', name: 'UBND phường Phú Mỹ', count: 1 },
    ]);
    expect((await db.annotations.get(note.id))?.entityIds).toEqual([MOFA]);
    expect((await db.entityStats.get(MOFA))?.articles).toBe(1);
    db.close();
  });
});
