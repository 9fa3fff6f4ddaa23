import { describe, expect, it } from 'vitest';
import { AnnotatorDB, type ArticleV1 } from './db';
import { recordVisit, updateAnnotation } from './queries';
import type { Annotation } from '../model';
import { makeAnnotation } from '../testing/records';
import { liteOf, statsFromArticles } from './derived';
import { DOSSIER_ARTICLES, DOSSIER_NOTES, MERGES, THUONG } from '../testing/dossier';
import Dexie from 'dexie';
import { freshName } from '../testing/db-versions';

describe('schema versions', () => {
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
    expect(db.verno).toBe(8);
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
    expect(db.verno).toBe(8);
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
    expect(db.verno).toBe(8);
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
