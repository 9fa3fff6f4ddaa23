import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AnnotatorDB } from '../db/db';
import { createHandler } from '../background/handle';
import type { EntityMerge } from '../model';
import { loadDossier, loadDossierExtras, loadEntityIndex } from './load';
import { dossierFromRecords } from './build';
import { filterIndex } from './entity-index';
import { dossierPath, idFromHash } from './link';
import { seenIn } from './seen';
import { dossierToMarkdown } from './markdown';
import { toBackup } from '../backup/backup';
import {
  DOSSIER_ARTICLES,
  DOSSIER_NOTES,
  ELSEWHERE,
  HANOI_PC,
  HANOI_PC_ABBR,
  MERGES,
  NAMING,
  PRESIDENT_2023,
  PRESIDENT_2023_NFD,
  PRESS_2019,
  QUOTING,
  SECRETARIAT_2022,
  THUONG,
  THUONG_BY_RULE,
  UNDATED,
} from '../testing/dossier';

let n = 0;
let db: AnnotatorDB;
beforeEach(async () => {
  db = new AnnotatorDB(`dossier-test-${Date.now()}-${n++}`);
  await db.articles.bulkPut(DOSSIER_ARTICLES);
  await db.annotations.bulkPut(DOSSIER_NOTES);
});
afterEach(() => db.close());

const titles = (roles: { title: string }[]) => roles.map((r) => r.title);

describe('a dossier from the database', () => {
  it("lists the entity's articles newest first, undated last, with outlet, day and mentions", async () => {
    const d = await loadDossier(db, THUONG);
    expect(d.id).toBe(THUONG);
    expect(d.name).toBe('Võ Văn Thưởng');
    expect(d.kind).toBe('official');
    expect(d.articles.map((a) => [a.key, a.outlet, a.day, a.mentions])).toEqual([
      [PRESIDENT_2023.key, 'VietNamNet', '2023-05-20', 5],
      [SECRETARIAT_2022.key, 'Báo Điện tử Chính phủ', '2022-12-12', 4],
      [PRESS_2019.key, 'Thanh Niên', '2019-06-19', 3],
      [UNDATED.key, 'Nhân Dân', undefined, 1],
    ]);
    expect(d.firstSeen).toBe(SECRETARIAT_2022.firstVisit);
    expect(d.lastSeen).toBe(UNDATED.lastVisit);
  });

  it('gives the position held on each article’s day, with its certainty and source', async () => {
    const d = await loadDossier(db, THUONG);
    const on = (key: string) => d.articles.find((a) => a.key === key)!.roles;
    expect(titles(on(PRESS_2019.key))).toEqual(
      expect.arrayContaining(['Trưởng Ban Tuyên giáo Trung ương', 'Ủy viên Bộ Chính trị']),
    );
    expect(titles(on(PRESS_2019.key))).not.toContain('Chủ tịch nước');
    expect(titles(on(SECRETARIAT_2022.key))).toContain('Thường trực Ban Bí thư');
    expect(titles(on(SECRETARIAT_2022.key))).not.toContain('Chủ tịch nước');
    expect(titles(on(PRESIDENT_2023.key))).toContain('Chủ tịch nước');
    expect(titles(on(PRESIDENT_2023.key))).not.toContain('Thường trực Ban Bí thư');
    expect(on(UNDATED.key)).toEqual([]);
    const president = on(PRESIDENT_2023.key).find((r) => r.title === 'Chủ tịch nước')!;
    expect(president.certain).toBe(true);
    expect(president.source).toMatch(/^https:\/\//);
    // Every position on the card, with its dates and sources.
    expect(d.facts.known).toBe(true);
    expect(d.facts.positions?.map((p) => p.title)).toContain('Chủ tịch nước');
    expect(d.facts.positions?.every((p) => p.source.startsWith('http'))).toBe(true);
  });

  it("takes the notes that quote it and the notes on its articles that name it, never others'", async () => {
    const d = await loadDossier(db, THUONG);
    // The articles first; the notes after.
    expect(d.notes).toEqual([]);
    const { notes } = await loadDossierExtras(db, d);
    expect(notes.map((x) => [x.id, x.via])).toEqual([
      [NAMING.id, 'note'],
      [QUOTING.id, 'quote'],
    ]);
    const quoting = notes.find((x) => x.id === QUOTING.id)!;
    expect(quoting.articleTitle).toBe(SECRETARIAT_2022.title);
    expect(quoting.link).toBe(
      `${QUOTING.pageUrl}#:~:text=${encodeURIComponent('Đồng chí Võ Văn Thưởng phát biểu tại cuộc làm việc')}`,
    );
  });

  it('counts who appears with it, in how many of its articles', async () => {
    const d = await loadDossier(db, THUONG);
    expect(d.related.slice(0, 2)).toEqual([
      { id: 'body:ban-bi-thu', kind: 'body', name: 'Ban Bí thư', count: 3 },
      expect.objectContaining({ count: 1 }),
    ]);
    expect(d.related.map((r) => r.id)).not.toContain(THUONG);
  });

  it('applies the reader’s merges: the other id’s articles count, and asking for it opens this one', async () => {
    const before = await loadDossier(db, THUONG);
    expect(before.articles).toHaveLength(4);
    await db.entityMerges.bulkPut(MERGES);
    const d = await loadDossier(db, THUONG_BY_RULE);
    expect(d.id).toBe(THUONG);
    expect(d.requested).toBe(THUONG_BY_RULE);
    expect(d.articles.map((a) => a.key)).toContain(PRESIDENT_2023_NFD.key);
    expect(d.articles.find((a) => a.key === PRESIDENT_2023_NFD.key)!.mentions).toBe(2);
    expect(d.merged.map((m) => m.from)).toEqual([THUONG_BY_RULE]);
    // The city, now one entry under both spellings.
    const city = await loadDossier(db, HANOI_PC);
    expect(city.articles.map((a) => a.key).sort()).toEqual([ELSEWHERE.key, PRESIDENT_2023.key, UNDATED.key].sort());
    expect(city.names).toEqual(expect.arrayContaining(['UBND TP Hà Nội', 'Ủy ban nhân dân thành phố Hà Nội']));
    // The latest reading's spelling, its abbreviation spelled out by the card.
    expect(city.name).toBe('Ủy ban nhân dân thành phố Hà Nội');
    expect(city.merged).toEqual([{ ...MERGES[1], name: 'UBND TP Hà Nội' }]);
    expect((await loadDossierExtras(db, city)).notes.map((x) => x.id)).toEqual([NAMING.id]);
  });

  it('is the same built from a whole backup as from the indexed records', async () => {
    await db.entityMerges.bulkPut(MERGES);
    const core = await loadDossier(db, THUONG);
    const fromDb = { ...core, ...(await loadDossierExtras(db, core)) };
    const fromAll = dossierFromRecords(
      { articles: DOSSIER_ARTICLES, annotations: DOSSIER_NOTES, merges: MERGES },
      THUONG,
    );
    expect(fromAll).toEqual(fromDb);
  });

  it('knows an entity that is in no article: facts, nothing read', async () => {
    const d = await loadDossier(db, 'official:to-lam');
    expect(d).toMatchObject({ name: 'Tô Lâm', articles: [], notes: [], related: [] });
    expect(d.facts.known).toBe(true);
  });

  it('shows visits recorded before the entity index existed (database version 2)', async () => {
    const name = `dossier-v2-${Date.now()}-${n++}`;
    const v2 = new Dexie(name);
    v2.version(1).stores({ articles: 'key, visitedAt' });
    v2.version(2).stores({ articles: 'key, lastVisit, site', annotations: 'id, articleKey, updated, colour, *tags' });
    await v2.table('articles').bulkPut(DOSSIER_ARTICLES);
    await v2.table('annotations').bulkPut(DOSSIER_NOTES);
    v2.close();
    const upgraded = new AnnotatorDB(name);
    const d = await loadDossier(upgraded, THUONG);
    expect(d.articles).toHaveLength(4);
    expect((await loadDossierExtras(upgraded, d)).notes).toHaveLength(2);
    expect((await loadEntityIndex(upgraded)).find((e) => e.id === THUONG)).toMatchObject({ articles: 4, notes: 1 });
    upgraded.close();
  });
});

describe('the index of dossiers', () => {
  it('lists every entity met, with article and note counts and the last time seen', async () => {
    const index = await loadEntityIndex(db);
    const thuong = index.find((e) => e.id === THUONG)!;
    expect(thuong).toMatchObject({ name: 'Võ Văn Thưởng', kind: 'official', articles: 4, notes: 1 });
    expect(thuong.lastSeen).toBe(UNDATED.lastVisit);
    expect(index.find((e) => e.id === 'body:ban-bi-thu')).toMatchObject({ articles: 3, notes: 0 });
    expect(index.map((e) => e.id)).toContain(THUONG_BY_RULE);
  });

  it('applies merges: one entry, both spellings searchable, members listed', async () => {
    await db.entityMerges.bulkPut(MERGES);
    const index = await loadEntityIndex(db);
    expect(index.map((e) => e.id)).not.toContain(THUONG_BY_RULE);
    expect(index.map((e) => e.id)).not.toContain(HANOI_PC_ABBR);
    const city = index.find((e) => e.id === HANOI_PC)!;
    expect(city).toMatchObject({ articles: 3, notes: 1, members: [HANOI_PC_ABBR] });
    expect(city.name).toBe('UBND thành phố Hà Nội'); // the latest reading's spelling
    expect(filterIndex(index, { text: 'ubnd tp ha noi' }).map((e) => e.id)).toEqual([HANOI_PC]);
    expect(index.find((e) => e.id === THUONG)!.articles).toBe(5);
  });

  it('is searched without accents and filtered by kind, most read first', async () => {
    const index = await loadEntityIndex(db);
    expect(filterIndex(index, { text: 'vo van thuong' }).map((e) => e.id)).toEqual([THUONG, THUONG_BY_RULE]);
    expect(filterIndex(index, { text: 'VĂN THƯỞNG', kind: 'body' })).toEqual([]);
    const bodies = filterIndex(index, { kind: 'body' });
    expect(bodies.every((e) => e.kind === 'body')).toBe(true);
    expect(bodies[0].id).toBe('body:ban-bi-thu');
    const byName = filterIndex(index, { kind: 'official', sort: 'name' }).map((e) => e.name);
    expect(byName).toEqual(['Phạm Minh Chính', 'Võ Văn Thưởng', 'Võ Văn Thưởng']);
    expect(filterIndex(index, { sort: 'recent' })[0].id).toBe('official:pham-minh-chinh');
  });
});

describe('links to dossiers', () => {
  it('counts the articles read and gives the dossier’s address, merges applied', async () => {
    expect(await seenIn(db, THUONG, (p) => `chrome-extension://abc${p}`)).toEqual({
      count: 4,
      url: 'chrome-extension://abc/dossier.html#official:vo-van-thuong',
    });
    await db.entityMerges.bulkPut(MERGES);
    expect(await seenIn(db, THUONG_BY_RULE)).toEqual({ count: 5, url: '/dossier.html#official:vo-van-thuong' });
    expect(await seenIn(db, 'official:to-lam')).toMatchObject({ count: 0 });
  });

  it('round-trips any id through the address', () => {
    for (const id of [THUONG, THUONG_BY_RULE, 'resolution:23-nq/tw', 'watch:a#b?c d', HANOI_PC])
      expect(idFromHash(new URL(`chrome-extension://x${dossierPath(id)}`).hash)).toBe(id);
    expect(idFromHash('')).toBeNull();
    expect(idFromHash('#%E0%A4%A')).toBeNull();
  });
});

describe('merges written through the background', () => {
  /** The background's handler, asked from an extension page (the dossier tab). */
  const send = (db: AnnotatorDB) => {
    const handle = createHandler({ db, version: 'test' });
    return (msg: unknown) => handle(msg, { kind: 'extension' });
  };

  it('stores a merge, refuses one that would loop or repeat, and undoes it', async () => {
    const handle = send(db);
    const ok = await handle({ type: 'entity:merge', from: THUONG_BY_RULE, into: THUONG });
    expect(ok).toMatchObject({ ok: true, data: { from: THUONG_BY_RULE, into: THUONG } });
    expect((await loadDossier(db, THUONG)).articles).toHaveLength(5);
    for (const [from, into, why] of [
      [THUONG, THUONG_BY_RULE, 'already one entry'],
      [THUONG, THUONG, 'into itself'],
      [THUONG_BY_RULE, HANOI_PC, 'already merged'],
    ]) {
      const r = (await handle({ type: 'entity:merge', from, into })) as { ok: boolean; error?: string };
      expect(r.ok, `${from} → ${into}`).toBe(false);
      expect(r.error).toContain(why);
    }
    const undone = await handle({ type: 'entity:unmerge', from: THUONG_BY_RULE });
    expect(undone).toMatchObject({ ok: true, data: { from: THUONG_BY_RULE } });
    expect((await loadDossier(db, THUONG)).articles).toHaveLength(4);
    expect(await db.entityMerges.count()).toBe(0);
  });

  it('refuses merges asked from a news page or a frame in it', async () => {
    const handle = createHandler({ db, version: 'test' });
    const msg = { type: 'entity:merge', from: THUONG_BY_RULE, into: THUONG };
    for (const caller of [
      { kind: 'content', origin: 'https://vnexpress.net' },
      { kind: 'frame', origin: 'https://vnexpress.net' },
    ] as const) {
      const r = (await handle(msg, caller)) as { ok: boolean; error?: string };
      expect(r.ok).toBe(false);
      expect(r.error).toContain('merging dossier entries');
    }
    expect(await db.entityMerges.count()).toBe(0);
  });

  it('refuses malformed merge messages', async () => {
    const r = (await send(db)({ type: 'entity:merge', from: 'x'.repeat(600), into: THUONG })) as { ok: boolean };
    expect(r.ok).toBe(false);
    expect(((await send(db)({ type: 'entity:merge', from: THUONG })) as { ok: boolean }).ok).toBe(false);
  });

  it('resolves chains, and a cycle from a hand-edited backup without hanging', async () => {
    const chain: EntityMerge[] = [
      { from: 'body:a', into: 'body:b', created: '2024-01-01T00:00:00.000Z' },
      { from: 'body:b', into: 'body:c', created: '2024-01-01T00:00:00.000Z' },
      { from: 'body:x', into: 'body:y', created: '2024-01-01T00:00:00.000Z' },
      { from: 'body:y', into: 'body:x', created: '2024-01-01T00:00:00.000Z' },
    ];
    const { mergeResolver } = await import('./merges');
    const r = mergeResolver(chain);
    expect(r.canonical('body:a')).toBe('body:c');
    expect(r.members('body:c')).toEqual(['body:c', 'body:a', 'body:b']);
    expect(r.canonical('body:y')).toBe('body:x');
    expect(r.canonical('body:x')).toBe('body:x');
    expect(r.members('body:x')).toEqual(['body:x', 'body:y']);
  });
});

describe('two people of one name', () => {
  const HUNG = 'official:nguyen-van-hung';
  const OTHER = 'https://vnexpress.net/le-giao-nhan-quan-quan-khu-7-5012345.html';
  const SAME = 'https://vnexpress.net/bo-truong-van-hoa-tham-di-tich-5012346.html';
  const visit = (key: string, role: string, roleBodies: string[]) => ({
    type: 'visit',
    article: {
      key,
      url: key,
      title: 'Một bài viết',
      site: 'vnexpress',
      published: '2026-03-09',
      entities: [{ id: HUNG, kind: 'official', name: 'Nguyễn Văn Hùng', count: 2, role, roleBodies }],
    },
  });

  it('marks the article that gives a known name an office the data never lists for that person, from the visit the page sends', async () => {
    const handle = createHandler({ db, version: 'test' });
    const page = { kind: 'content', origin: 'https://vnexpress.net' } as const;
    for (const msg of [
      visit(OTHER, 'Phó Tư lệnh Quân khu 7', ['body:quan-khu-7']),
      visit(SAME, 'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch', ['body:bo-van-hoa-the-thao-va-du-lich']),
    ])
      expect(await handle(msg, page)).toMatchObject({ ok: true });
    const d = await loadDossier(db, HUNG);
    const of = (key: string) => d.articles.find((a) => a.key === key)!;
    expect(of(OTHER).unlistedRole).toBe('Phó Tư lệnh Quân khu 7');
    expect(of(SAME).unlistedRole).toBeUndefined();
    // The Markdown dossier says it on that article's line only.
    const md = dossierToMarkdown(d, { exportedAt: '2026-12-05T00:00:00.000Z', lang: 'en' });
    const lines = md.split('\n').filter((l) => l.includes('matches no office the data lists'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(OTHER);
    // A backup leaves the office out: it is read from the page again on the next visit.
    const stored = await db.articles.get(OTHER);
    expect(stored?.entities?.[0]).toMatchObject({ role: 'Phó Tư lệnh Quân khu 7', roleBodies: ['body:quan-khu-7'] });
    expect(toBackup({ articles: [stored!], annotations: [] }, '2026-12-05T00:00:00.000Z')).not.toContain('Quân khu 7');
  });

  it('marks an article that gives the person a rank alone, when the data lists no army or police post for them', async () => {
    const handle = createHandler({ db, version: 'test' });
    const page = { kind: 'content', origin: 'https://vnexpress.net' } as const;
    expect(await handle(visit(OTHER, 'Thiếu tướng', []), page)).toMatchObject({ ok: true });
    expect((await loadDossier(db, HUNG)).articles.find((a) => a.key === OTHER)!.unlistedRole).toBe('Thiếu tướng');
  });

  it('refuses a visit whose office names more bodies than the limit, and stores nothing', async () => {
    const handle = createHandler({ db, version: 'test' });
    const many = Array.from({ length: 9 }, (_, i) => `body:quan-khu-${i + 1}`);
    const r = (await handle(visit(OTHER, 'x', many), { kind: 'content', origin: 'https://vnexpress.net' })) as {
      ok: boolean;
    };
    expect(r.ok).toBe(false);
    expect(await db.articles.get(OTHER)).toBeUndefined();
  });
});
