import { describe, expect, it } from 'vitest';
import { AnnotatorDB } from './db';
import { recordVisit } from './queries';
import { liteOf, statsFromArticles, type EntityStat } from './derived';
import type { Article, EntityKind } from '../model';
import { seededRng } from '../testing/random';
import { makeAnnotation } from '../testing/records';
import { DOSSIER_ARTICLES, HANOI_PC, THUONG } from '../testing/dossier';

let n = 0;
const fresh = () => new AnnotatorDB(`stats-test-${Date.now()}-${n++}`);

/** What the derived tables must be: made from scratch from the articles stored now. */
async function expectExact(db: AnnotatorDB, step: string) {
  const articles = await db.articles.toArray();
  expect(await db.articleLite.toArray(), step).toEqual(articles.map(liteOf));
  const want = statsFromArticles(articles);
  const got = await db.entityStats.toArray();
  const core = (s: EntityStat) => ({
    id: s.id,
    kind: s.kind,
    name: s.name,
    articles: s.articles,
    lastSeen: s.lastSeen,
  });
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  expect(got.map(core).sort(byId), step).toEqual(want.map(core).sort(byId));
  // Spellings are a history: every one still read is there.
  const names = new Map(got.map((s) => [s.id, new Set(s.names)]));
  for (const s of want)
    for (const name of s.names) expect(names.get(s.id)?.has(name), `${step}: ${s.id} ${name}`).toBe(true);
}

const POOL: { id: string; kind: EntityKind; names: string[] }[] = [
  { id: THUONG, kind: 'official', names: ['Võ Văn Thưởng'] },
  { id: 'official:pham-minh-chinh', kind: 'official', names: ['Phạm Minh Chính'] },
  { id: HANOI_PC, kind: 'body', names: ['Ủy ban nhân dân thành phố Hà Nội', 'UBND thành phố Hà Nội'] },
  { id: 'body:ban-bi-thu', kind: 'body', names: ['Ban Bí thư', 'Ban Bí thư Trung ương Đảng'] },
  { id: 'body:bo-chinh-tri', kind: 'body', names: ['Bộ Chính trị'] },
  { id: 'resolution:15-nq/tw', kind: 'resolution', names: ['Nghị quyết 15-NQ/TW', 'Nghị quyết số 15-NQ/TW'] },
  { id: 'official:trần văn mười', kind: 'official', names: ['Trần Văn Mười'] },
];

describe('what the dossiers read, kept by the database', () => {
  it('stay exact through visits, re-visits that drop entities, imports, edits and deletions', async () => {
    const db = fresh();
    const r = seededRng(42);
    const int = (k: number) => Math.floor(r() * k);
    let clock = Date.UTC(2024, 0, 1);
    const tick = () => new Date((clock += 60_000 + int(3_600_000))).toISOString();
    const keys = Array.from({ length: 12 }, (_, i) => `https://vnexpress.net/bai-${i}-${4800000 + i}.html`);
    const summary = () =>
      POOL.filter(() => r() < 0.45).map((e) => ({
        id: e.id,
        kind: e.kind,
        name: e.names[int(e.names.length)],
        count: 1 + int(5),
      }));
    const input = (key: string) => ({
      key,
      url: key,
      title: `Bài ${key.slice(-12)}`,
      site: 'vnexpress',
      entities: summary(),
    });

    for (let step = 0; step < 60; step++) {
      const op = int(7);
      const key = keys[int(keys.length)];
      if (op <= 2) await recordVisit(db, input(key), tick());
      else if (op === 3) {
        // An import: several articles in one bulkPut, some new, some replacing.
        const at = tick();
        const batch: Article[] = keys
          .slice(int(6), 6 + int(6))
          .map((k) => ({ ...input(k), firstVisit: at, lastVisit: tick() }));
        await db.transaction('rw', db.articles, db.annotations, async () => {
          await db.articles.bulkPut(batch);
          await db.annotations.put(makeAnnotation(batch[0].key, 'trích', 0));
        });
      } else if (op === 4) await db.articles.update(key, { entities: summary(), lastVisit: tick() });
      else if (op === 5) await db.articles.delete(key);
      else
        await db.articles
          .where('site')
          .equals('vnexpress')
          .filter(() => r() < 0.3)
          .delete();
      await expectExact(db, `step ${step} (op ${op})`);
    }
    await db.articles.clear();
    expect(await db.entityStats.count()).toBe(0);
    expect(await db.articleLite.count()).toBe(0);
    db.close();
  });

  it('name each entity as its latest reading does, and go back to the one before when that reading drops it', async () => {
    const db = fresh();
    const city = (name: string) => [{ id: HANOI_PC, kind: 'body' as const, name, count: 1 }];
    const a = { key: 'https://nhandan.vn/a-1.html', url: 'https://nhandan.vn/a-1.html', title: 'A', site: 'nhandan' };
    const b = { ...a, key: 'https://nhandan.vn/b-2.html', url: 'https://nhandan.vn/b-2.html', title: 'B' };
    await recordVisit(db, { ...a, entities: city('Ủy ban nhân dân thành phố Hà Nội') }, '2024-01-01T00:00:00.000Z');
    await recordVisit(db, { ...b, entities: city('UBND thành phố Hà Nội') }, '2024-02-01T00:00:00.000Z');
    expect(await db.entityStats.get(HANOI_PC)).toMatchObject({
      name: 'UBND thành phố Hà Nội',
      articles: 2,
      lastSeen: '2024-02-01T00:00:00.000Z',
    });
    // B is read again and no longer names the city (the page was edited).
    await recordVisit(db, { ...b, entities: [] }, '2024-03-01T00:00:00.000Z');
    expect(await db.entityStats.get(HANOI_PC)).toMatchObject({
      name: 'Ủy ban nhân dân thành phố Hà Nội',
      articles: 1,
      lastSeen: '2024-01-01T00:00:00.000Z',
    });
    await db.articles.delete(a.key);
    expect(await db.entityStats.get(HANOI_PC)).toBeUndefined();
    db.close();
  });

  it('count the reading of the dossier tests', async () => {
    const db = fresh();
    await db.articles.bulkPut(DOSSIER_ARTICLES);
    await expectExact(db, 'bulkPut');
    expect(await db.entityStats.get(THUONG)).toMatchObject({ articles: 4, kind: 'official', name: 'Võ Văn Thưởng' });
    db.close();
  });
});
