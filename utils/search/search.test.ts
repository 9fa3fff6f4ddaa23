import { describe, expect, it } from 'vitest';
import { syntheticData } from '../testing/synthetic';
import { computeFacets, createSearchIndex, type SearchQuery } from './index';
import { goodBackup } from '../testing/records';

const good = goodBackup();
const index = createSearchIndex(good.articles, good.annotations);
const ids = (q: SearchQuery) => index.search(q).map((r) => r.annotation.id.slice(0, 4));

describe('search', () => {
  it('answers on an empty collection (a new profile)', () => {
    const empty = createSearchIndex([], []);
    expect(empty.search({})).toEqual([]);
    expect(empty.search({ text: 'Bộ Chính trị', accentInsensitive: true })).toEqual([]);
  });

  it('returns everything, newest first, for an empty query', () => {
    expect(ids({})).toEqual(['a3bb', 'c9a6', '6f1c', '1b4e', 'f47a']);
  });

  it('matches quotes, notes, tags, titles and entity names, case-insensitively', () => {
    expect(index.search({ text: '"NGUYỄN HỒ HẢI"' }).map((r) => r.matched)).toEqual([['quote', 'entity']]);
    // Words match inside words: "hải" is also in the note's "phải".
    expect(index.search({ text: 'NGUYỄN HỒ HẢI' }).map((r) => r.matched)).toEqual([['quote', 'note', 'entity']]);
    expect(ids({ text: 'quy định 105' })).toEqual(['1b4e']); // note
    expect(ids({ text: 'cần đọc lại' })).toEqual(['a3bb']); // tag
    expect(ids({ text: 'Thường vụ' })).toEqual(['6f1c', '1b4e']); // article title
    expect(index.search({ text: 'Nghị quyết 23' }).map((r) => r.matched)).toEqual([['quote', 'tag', 'entity']]);
  });

  it('needs every word, unless quoted as a phrase', () => {
    expect(ids({ text: 'hành chính cấp' })).toEqual(['a3bb', 'c9a6']);
    expect(ids({ text: '"chính *cấp"' })).toEqual(['a3bb', 'c9a6']); // quote and title
    expect(ids({ text: '"cấp xã* ["' })).toEqual(['a3bb']);
    expect(ids({ text: 'Quốc hội nhân sự' })).toEqual([]);
  });

  it('is accent-sensitive by default but ignores tone placement and NFD', () => {
    expect(ids({ text: 'hoà bình' })).toEqual(['f47a']);
    expect(ids({ text: 'HÒA BÌNH'.normalize('NFD') })).toEqual(['f47a']);
    expect(ids({ text: 'hoa binh' })).toEqual([]);
    expect(ids({ text: 'Bố Chính trị' })).toEqual([]);
  });

  it('folds all diacritics and đ when asked', () => {
    expect(ids({ text: 'hoa binh', accentInsensitive: true })).toEqual(['f47a']);
    expect(ids({ text: 'dong chi nguyen', accentInsensitive: true })).toEqual(['1b4e']);
    expect(ids({ text: 'DANG KHOA IX', accentInsensitive: true })).toEqual(['6f1c']);
    expect(ids({ text: 'Bàn Bì thủ', accentInsensitive: true })).toEqual(['6f1c', '1b4e']);
    expect(ids({ text: 'Bàn Bì thủ' })).toEqual([]);
  });

  it('filters by site, tag, colour, entity and date', () => {
    expect(ids({ site: 'tuoitre' })).toEqual(['6f1c', '1b4e']);
    expect(ids({ tag: 'HOÀ BÌNH' })).toEqual(['f47a']);
    expect(ids({ tag: 'hoà' })).toEqual([]);
    expect(ids({ colour: 'pink' })).toEqual(['a3bb']);
    expect(ids({ entity: 'gaz:quoc-hoi' })).toEqual(['c9a6']);
    expect(ids({ entity: 'nghị quyết 23' })).toEqual(['6f1c']);
    expect(ids({ from: '2024-01-01', to: '2024-12-31' })).toEqual(['6f1c', '1b4e']);
    expect(ids({ to: '2023-11-20' })).toEqual(['f47a']);
    expect(ids({ from: '2025-06-12T01:06:00Z' })).toEqual(['a3bb']);
    expect(ids({ site: 'tuoitre', text: 'nhân sự', colour: 'green' })).toEqual(['1b4e']);
  });

  it('agrees with a naive scan on synthetic data', () => {
    const d = syntheticData(50, 800, 4);
    const idx = createSearchIndex(d.articles, d.annotations);
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
    for (const word of ['thuỷ', 'hòa', 'Bộ Chính', 'kinh tế', '23-NQ/TW']) {
      const expected = d.annotations.filter((a) => {
        const title = d.articles.find((x) => x.key === a.articleKey)!.title;
        return [a.quote, a.note, ...a.tags, title, ...a.entityNames].some((f) => fold(f).includes(fold(word)));
      });
      const got = idx.search({ text: `"${word}"`, accentInsensitive: true });
      expect(new Set(got.map((r) => r.annotation.id))).toEqual(new Set(expected.map((a) => a.id)));
      expect(got.length).toBeGreaterThan(0);
    }
  });
});

describe('facets', () => {
  it('counts sites, tags, colours and entities', () => {
    const f = computeFacets(good.articles, good.annotations);
    expect(f.sites).toEqual([
      { value: 'tuoitre', label: 'Tuổi Trẻ', count: 2 },
      { value: 'vnexpress', label: 'VnExpress', count: 2 },
      { value: 'nhandan', label: 'Nhân Dân', count: 1 },
    ]);
    expect(f.colours.map((c) => c.value)).toEqual(
      ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'].filter((c) => c !== 'yellow'),
    );
    expect(f.tags.find((t) => t.value === 'nhân sự')?.count).toBe(1);
    expect(f.entities.find((e) => e.value === 'gaz:quoc-hoi')).toEqual({
      value: 'gaz:quoc-hoi',
      label: 'Quốc hội',
      count: 1,
    });
  });

  it('merges tags that differ only in case or tone placement', () => {
    const [a, b] = good.annotations;
    const f = computeFacets(good.articles, [
      { ...a, tags: ['Hòa bình'] },
      { ...b, tags: ['hoà bình'] },
    ]);
    expect(f.tags).toEqual([{ value: 'Hòa bình', label: 'Hòa bình', count: 2 }]);
  });
});
