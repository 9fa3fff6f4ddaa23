import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup, parseBackupAsync, toBackup, type BackupData } from './backup';
import { mergeBackup } from './merge';
import { MAX_BACKUP_BYTES } from './schema';
import { syntheticData } from '../testing/synthetic';
import type { EntityMerge } from '../model';
import { backupFixtureText, goodBackup, makeArticleNote } from '../testing/records';
import { DOSSIER_ARTICLES, DOSSIER_NOTES, MERGES, THUONG, THUONG_BY_RULE } from '../testing/dossier';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../tests/fixtures/backups', name), 'utf8');

function errorsOf(text: string): string[] {
  const r = parseBackup(text);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors;
}

/** Simulates the database: put() by primary key, export reads everything back. */
class FakeProfile {
  articles = new Map<string, BackupData['articles'][number]>();
  annotations = new Map<string, BackupData['annotations'][number]>();
  merges = new Map<string, EntityMerge>();
  import(text: string) {
    const r = parseBackup(text);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const m = mergeBackup(this.dump(), r.data);
    m.articles.forEach((a) => this.articles.set(a.key, structuredClone(a)));
    m.annotations.forEach((a) => this.annotations.set(a.id, structuredClone(a)));
    m.entityMerges.forEach((x) => this.merges.set(x.from, structuredClone(x)));
    return m;
  }
  dump(): BackupData {
    // Reverse insertion order: the export must not depend on how the store orders records.
    return {
      articles: [...this.articles.values()].reverse(),
      annotations: [...this.annotations.values()].reverse(),
      entityMerges: [...this.merges.values()].reverse(),
    };
  }
}

describe('toBackup / parseBackup round trip', () => {
  it('export → import into an empty profile → export is byte-identical (fixture)', () => {
    const text = fixture('good.json');
    const profile = new FakeProfile();
    const m = profile.import(text);
    expect(m.added).toBe(5);
    expect(m.articleCounts.added).toBe(3);
    expect(toBackup(profile.dump(), '2025-07-01T00:00:00.000Z')).toBe(text);
  });

  it('is byte-identical for synthetic data, and a second import writes nothing', () => {
    const text = toBackup(syntheticData(60, 400, 7), '2025-01-01T00:00:00.000Z');
    const profile = new FakeProfile();
    profile.import(text);
    expect(toBackup(profile.dump(), '2025-01-01T00:00:00.000Z')).toBe(text);
    const again = profile.import(text);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 400, annotations: [], articles: [] });
  });

  it('keeps Vietnamese text, NBSP and special characters exactly', () => {
    const r = parseBackup(fixture('good.json'));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const quotes = r.data.annotations.map((a) => a.quote);
    expect(quotes).toContain('hòa bình, hợp tác\u00a0và phát triển\nlà xu thế lớn');
    expect(r.data.annotations.find((a) => a.note.includes('C:\\thư'))?.note.endsWith('\\   ')).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it('reports progress up to the total, sync and async alike', async () => {
    const text = toBackup(syntheticData(10, 95, 3), '2025-01-01T00:00:00.000Z');
    const seen: number[] = [];
    const r = parseBackup(text, { chunkSize: 20, onProgress: (d, t) => (expect(t).toBe(105), seen.push(d)) });
    expect(seen).toEqual([20, 40, 60, 80, 100, 105]);
    const seenAsync: number[] = [];
    const ra = await parseBackupAsync(text, { chunkSize: 50, onProgress: (d) => seenAsync.push(d) });
    expect(seenAsync).toEqual([50, 100, 105]);
    expect(ra).toEqual(r);
  });

  it('stops when the import is cancelled', async () => {
    const ac = new AbortController();
    const text = toBackup(syntheticData(5, 100, 3), '2025-01-01T00:00:00.000Z');
    const r = await parseBackupAsync(text, { chunkSize: 10, signal: ac.signal, onProgress: () => ac.abort() });
    expect(r.ok).toBe(false);
  });
});

describe('parseBackup refuses bad and hostile files', () => {
  it('refuses __proto__ / constructor keys without polluting prototypes', () => {
    const errors = errorsOf(fixture('proto-pollution.json'));
    expect(errors).toEqual(
      expect.arrayContaining([
        '__proto__: forbidden field name "__proto__"',
        'articles[0].constructor: forbidden field name "constructor"',
        'annotations[0].selectors[0].__proto__: forbidden field name "__proto__"',
      ]),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('names each wrong field with its path', () => {
    const errors = errorsOf(fixture('wrong-types.json'));
    const expected = [
      'articles[0].key: not an http(s) URL',
      'articles[0].title: expected string, got number',
      'articles[0].firstVisit: not an ISO 8601 date-time',
      'articles[0]: unexpected field "isAdmin"',
      'annotations[0].id: not a UUID',
      'annotations[0].selectors[0].start: expected number, got string',
      'annotations[0].note: missing',
      'annotations[0].tags: expected array, got string',
      'annotations[0].updated: not an ISO 8601 date-time',
      'annotations[1].selectors[0].end: end is before start',
      'annotations[1].orphan: expected boolean, got string',
    ];
    for (const e of expected) expect(errors).toContain(e);
    expect(errors.some((e) => e.startsWith('annotations[0].colour: not one of yellow'))).toBe(true);
    expect(errors).toContain(
      'annotations[0].selectors[1].type: unknown "CssSelector"; expected TextQuoteSelector or TextPositionSelector',
    );
  });

  it('reports missing fields and wrong containers', () => {
    const errors = errorsOf(fixture('missing-fields.json'));
    expect(errors).toContain('exported: missing');
    expect(errors).toContain('annotations: expected array, got an object');
  });

  it('explains a newer version, a foreign format and non-JSON', () => {
    expect(errorsOf(fixture('newer-version.json'))[0]).toMatch(/^version: .*version 3.*newer/);
    expect(errorsOf(fixture('wrong-format.json'))[0]).toMatch(/not a VN News Annotator backup/);
    expect(errorsOf(fixture('not-json.txt'))[0]).toMatch(/^\(file\): not valid JSON/);
    expect(errorsOf('')[0]).toMatch(/not valid JSON/);
    expect(errorsOf('[1,2]')[0]).toMatch(/expected a JSON object/);
  });

  it('refuses a file above the size limit before parsing it', () => {
    const text = toBackup(syntheticData(1, 1, 1), '2025-01-01T00:00:00.000Z');
    const padded = text.replace('"annotations":[', `"padding":"${'x'.repeat(50 * 1024 * 1024)}","annotations":[`);
    expect(padded.length).toBeGreaterThan(MAX_BACKUP_BYTES);
    expect(errorsOf(padded)).toEqual([expect.stringMatching(/too large \(50\.0 MB\); the limit is 30\.0 MB/)]);
  });

  it('lists at most 20 problems and counts the rest', () => {
    const d = syntheticData(2, 30, 5);
    d.annotations.forEach((a) => ((a as { colour: string }).colour = 'red'));
    const errors = errorsOf(toBackup(d, '2025-01-01T00:00:00.000Z'));
    expect(errors).toHaveLength(21);
    expect(errors[20]).toBe('… and 10 more problems');
  });

  it('refuses deeply nested JSON at once, in time linear in the file (30 MB maximally nested)', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const text = `{"format":"vn-news-annotator/backup","version":1,"exported":"2025-01-01T00:00:00Z","articles":[${deep}],"annotations":[]}`;
    expect(errorsOf(text)[0]).toMatch(/^articles\[0\]\[0\].*: nested deeper than 16 levels; this is not a backup/);
    // The worst case under the size limit: objects nested as deep as 30 MB allows, so every level
    // holds a key (the old walk copied the path at each level: quadratic, minutes for 400 kB).
    const n = 2_400_000;
    const huge = `{"format":"vn-news-annotator/backup","version":1,"exported":"2025-01-01T00:00:00Z","articles":[],"annotations":[],"x":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`;
    expect(huge.length).toBeLessThan(30 * 1024 * 1024);
    let r: ReturnType<typeof parseBackup> | undefined;
    try {
      r = parseBackup(huge);
    } catch (e) {
      // The engine's own JSON parser may give up on the nesting first: then the popup reports it.
      expect(String(e)).toMatch(/stack|depth|nest/i);
    }
    if (r) expect(r.ok ? [] : r.errors[0]).toMatch(/nested deeper than 16 levels/);
  });

  it('refuses dates in the future: a forged `updated` would win every merge', () => {
    const d = syntheticData(1, 2, 4);
    d.annotations[1] = { ...d.annotations[1], updated: '9999-12-31T00:00:00.000Z' };
    const r = parseBackup(toBackup(d, '2025-01-01T00:00:00.000Z'), { now: new Date('2026-12-04T00:00:00Z') });
    expect(r.ok ? [] : r.errors).toEqual([
      "annotations[1].updated: 9999-12-31T00:00:00.000Z is in the future; the file's dates cannot be trusted",
    ]);
  });

  it('quotes at most 60 characters of a bad value in an error', () => {
    const d = syntheticData(1, 1, 4);
    const good = toBackup(d, '2025-01-01T00:00:00.000Z');
    const badType = good.replace('"type":"TextQuoteSelector"', `"type":"${'x'.repeat(1_000_000)}"`);
    expect(errorsOf(badType)).toEqual([
      `annotations[0].selectors[0].type: unknown "${'x'.repeat(56)}… (1000002 characters); expected TextQuoteSelector or TextPositionSelector`,
    ]);
    const badKey = good.replace('"colour":', `"${'k'.repeat(1_000_000)}":1,"colour":`);
    expect(errorsOf(badKey)).toEqual([`annotations[0]: unexpected field "${'k'.repeat(56)}… (1000002 characters)`]);
  });

  it('warns about duplicate ids and annotations without an article, yet accepts the file', () => {
    const d = syntheticData(2, 3, 9);
    d.annotations.push({ ...d.annotations[0] });
    d.annotations[1] = { ...d.annotations[1], articleKey: 'https://example.vn/khac' };
    const r = parseBackup(toBackup(d, '2025-01-01T00:00:00.000Z'));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.warnings.some((w) => w.includes('duplicate id'))).toBe(true);
    expect(r.warnings.some((w) => w.includes('no article https://example.vn/khac'))).toBe(true);
  });
});

describe('mergeBackup', () => {
  const base = syntheticData(3, 4, 11);
  const later = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString();

  it('newer updated wins, older and equal are unchanged, new ids are added', () => {
    const [a0, a1, a2, a3] = base.annotations;
    const incoming: BackupData = {
      articles: [],
      annotations: [
        { ...a0, note: 'sửa sau', updated: later(a0.updated, 1) },
        { ...a1, note: 'bản cũ', updated: later(a1.updated, -1) },
        { ...a2 },
        { ...a3, id: '0e8e4f2c-1b2a-4c3d-8e9f-0a1b2c3d4e5f' },
      ],
    };
    const m = mergeBackup(base, incoming);
    expect([m.added, m.updated, m.unchanged]).toEqual([1, 1, 2]);
    expect(m.annotations.map((a) => a.note)).toEqual(['sửa sau', a3.note]);
  });

  it('keeps the earliest firstVisit and the latest lastVisit of an article', () => {
    const art = base.articles[0];
    const inc = {
      ...art,
      title: 'Tiêu đề mới',
      firstVisit: later(art.firstVisit, -5),
      lastVisit: later(art.lastVisit, 2),
    };
    const m = mergeBackup(base, { articles: [inc], annotations: [] });
    expect(m.articleCounts).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(m.articles[0]).toMatchObject({ title: 'Tiêu đề mới', firstVisit: inc.firstVisit, lastVisit: inc.lastVisit });
    const older = {
      ...art,
      title: 'Tiêu đề cũ',
      firstVisit: later(art.firstVisit, 1),
      lastVisit: later(art.lastVisit, -1),
    };
    const m2 = mergeBackup(base, { articles: [older], annotations: [] });
    expect(m2.articleCounts.unchanged).toBe(1);
    expect(m2.articles).toEqual([]);
  });

  it('collapses duplicates inside the incoming file', () => {
    const a = base.annotations[0];
    const m = mergeBackup(
      { articles: [], annotations: [] },
      { articles: [], annotations: [a, { ...a, note: 'mới hơn', updated: later(a.updated, 1) }, a] },
    );
    expect(m.added).toBe(1);
    expect(m.annotations).toHaveLength(1);
    expect(m.annotations[0].note).toBe('mới hơn');
  });
});

describe('entity merges in the backup', () => {
  const withMerges: BackupData = { articles: DOSSIER_ARTICLES, annotations: DOSSIER_NOTES, entityMerges: MERGES };
  const at = '2026-12-01T00:00:00.000Z';

  it('export → import into an empty profile → export is byte-identical, and a second import writes nothing', () => {
    const text = toBackup(withMerges, at);
    expect(JSON.parse(text).entityMerges).toEqual([...MERGES].sort((a, b) => (a.from < b.from ? -1 : 1)));
    const profile = new FakeProfile();
    const first = profile.import(text);
    expect(first.entityMerges).toHaveLength(2);
    expect(toBackup(profile.dump(), at)).toBe(text);
    expect(profile.import(text).entityMerges).toEqual([]);
  });

  it('leaves the key out when there are none, so older files and readers stay as they were', () => {
    const text = toBackup({ ...withMerges, entityMerges: [] }, at);
    expect(text).not.toContain('entityMerges');
    const r = parseBackup(text);
    expect(r.ok && r.data.entityMerges).toBeUndefined();
  });

  it('keeps the later decision about the same entity', () => {
    const older = { from: THUONG_BY_RULE, into: 'official:khac', created: '2024-01-01T00:00:00.000Z' };
    const profile = new FakeProfile();
    profile.import(toBackup({ ...withMerges, entityMerges: [older] }, at));
    profile.import(toBackup(withMerges, at));
    expect(profile.merges.get(THUONG_BY_RULE)?.into).toBe(THUONG);
    profile.import(toBackup({ ...withMerges, entityMerges: [older] }, at));
    expect(profile.merges.get(THUONG_BY_RULE)?.into).toBe(THUONG);
  });

  it('refuses a merge dated in the future, which would win every later decision', () => {
    const text = toBackup(withMerges, at).replace(MERGES[0].created, '2999-01-01T00:00:00.000Z');
    expect(errorsOf(text)).toContainEqual(
      expect.stringMatching(/^entityMerges\[1\]\.created: 2999-01-01T00:00:00.000Z is in the future/),
    );
  });

  it('names what is wrong with a bad merge record', () => {
    const text = toBackup(withMerges, at).replace(
      `"from":"${THUONG_BY_RULE}","into":"${THUONG}"`,
      `"from":"${THUONG}","into":"${THUONG}","why":1`,
    );
    const errors = errorsOf(text);
    expect(errors).toContain('entityMerges[1]: unexpected field "why"');
    const self = toBackup(withMerges, at).replace(`"into":"${THUONG}"`, `"into":"${THUONG_BY_RULE}"`);
    expect(errorsOf(self)).toContain('entityMerges[1].into: an entity cannot be merged into itself');
  });
});

describe('notes on a whole article in the backup', () => {
  const data = goodBackup();
  const key = data.articles[0].key;
  const note = makeArticleNote(key, 'Bài này tổng kết cả nhiệm kỳ; đối chiếu với Nghị quyết 18.', {
    tags: ['tổng kết'],
    colour: 'purple',
  });
  const withNote: BackupData = { ...data, annotations: [...data.annotations, note] };

  it('writes version 2 only when there is such a note, so other files stay readable by older releases', () => {
    expect(JSON.parse(toBackup(data, '2025-01-01T00:00:00.000Z')).version).toBe(1);
    expect(JSON.parse(toBackup(withNote, '2025-01-01T00:00:00.000Z')).version).toBe(2);
  });

  it('round-trips byte for byte, and the note comes back with no selectors and no quote', () => {
    const a = new FakeProfile();
    a.import(toBackup(withNote, '2025-01-01T00:00:00.000Z'));
    const again = toBackup(a.dump(), '2025-01-01T00:00:00.000Z');
    expect(again).toBe(toBackup(withNote, '2025-01-01T00:00:00.000Z'));
    expect(a.annotations.get(note.id)).toMatchObject({ selectors: [], quote: '', note: note.note, tags: ['tổng kết'] });
  });

  it('still imports the version 1 files written before', () => {
    const r = parseBackup(backupFixtureText('good.json'));
    expect(r.ok).toBe(true);
    expect(JSON.parse(backupFixtureText('good.json')).version).toBe(1);
  });

  it('refuses a record with a quote but no selectors: a highlight that could never be found', () => {
    const bad = { ...note, quote: 'một câu không có vị trí' };
    const errors = errorsOf(toBackup({ ...data, annotations: [bad] }, '2025-01-01T00:00:00.000Z'));
    expect(errors[0]).toMatch(/^annotations\[0\]\.selectors: needs at least one selector/);
  });
});
