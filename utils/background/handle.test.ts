import { describe, expect, it } from 'vitest';
import { AnnotatorDB } from '../db/db';
import { createHandler } from './handle';
import { callerOf, type Caller } from './access';
import type { Annotation } from '../model';
import { makeAnnotation } from '../testing/records';

const key = 'https://baochinhphu.vn/thuong-truc-ban-bi-thu-102221212.htm';
const annotation: Annotation = makeAnnotation(key, 'Võ Văn Thưởng', 120, {
  id: '7d9f3b8e-2c4a-4f1d-8e6b-5a3c2d1e0f9a',
  selectors: [
    { type: 'TextQuoteSelector', exact: 'Võ Văn Thưởng', prefix: 'Thường trực Ban Bí thư ', suffix: ', Trưởng Ban' },
    { type: 'TextPositionSelector', start: 120, end: 133 },
  ],
  colour: 'green',
  note: '**Không** <script>alert(1)</script>',
  tags: ['nhân sự'],
  entityIds: ['official:vo-van-thuong'],
  entityNames: ['Võ Văn Thưởng'],
});

const EXT: Caller = { kind: 'extension' };
const FRAME: Caller = { kind: 'frame', origin: 'https://baochinhphu.vn' };
const CONTENT: Caller = { kind: 'content', origin: 'https://baochinhphu.vn' };
const EVIL_CONTENT: Caller = { kind: 'content', origin: 'http://evil.baochinhphu.vn' };
const EVIL_FRAME: Caller = { kind: 'frame', origin: 'https://nhandan.vn' };
const PLAIN_HTTP: Caller = { kind: 'content', origin: 'http://baochinhphu.vn' };

function setup() {
  const db = new AnnotatorDB(`handler-${Math.random()}`);
  const changes: string[] = [];
  return { db, changes, handle: createHandler({ db, version: '1.2.3', onChange: (k) => changes.push(k) }) };
}

describe('background request handler', () => {
  it('answers ping and stores a visit from the article own page', async () => {
    const { db, handle } = setup();
    expect(await handle({ type: 'ping' }, CONTENT)).toEqual({ ok: true, data: { version: '1.2.3' } });
    const visit = { type: 'visit', article: { key, url: key, title: 'Thường trực Ban Bí thư', site: 'baochinhphu' } };
    expect((await handle(visit, CONTENT)).ok).toBe(true);
    expect((await db.articles.get(key))?.title).toBe('Thường trực Ban Bí thư');
  });

  it('saves, lists, updates and deletes annotations from a frame of the same origin, announcing each change', async () => {
    const { handle, changes } = setup();
    expect((await handle({ type: 'annotation:save', annotation }, FRAME)).ok).toBe(true);
    expect(await handle({ type: 'annotations:list', articleKey: key }, FRAME)).toEqual({
      ok: true,
      data: [annotation],
    });
    const upd = await handle({ type: 'annotation:update', id: annotation.id, patch: { colour: 'pink' } }, FRAME);
    expect(upd.ok && (upd.data as Annotation).colour).toBe('pink');
    const del = await handle({ type: 'annotation:delete', id: annotation.id }, FRAME);
    expect(del.ok && (del.data as Annotation).id).toBe(annotation.id);
    expect(changes).toEqual([key, key, key]);
    expect(await handle({ type: 'annotation:delete', id: annotation.id }, FRAME)).toMatchObject({ ok: false });
  });

  it('gives a content script the anchors of its own article without note text or tags', async () => {
    const { handle } = setup();
    await handle({ type: 'annotation:save', annotation }, EXT);
    const res = await handle({ type: 'annotations:anchors', articleKey: key }, CONTENT);
    expect(res).toEqual({
      ok: true,
      data: [{ id: annotation.id, selectors: annotation.selectors, colour: annotation.colour }],
    });
    expect(JSON.stringify(res)).not.toContain('Không');
  });

  it.each([
    ['a content script reads note text', CONTENT, { type: 'annotations:list', articleKey: key }],
    ['a content script reads one note', CONTENT, { type: 'annotation:get', id: annotation.id }],
    ['a content script saves a note', CONTENT, { type: 'annotation:save', annotation }],
    ['a content script edits a note', CONTENT, { type: 'annotation:update', id: annotation.id, patch: { note: 'x' } }],
    ['a content script deletes a note', CONTENT, { type: 'annotation:delete', id: annotation.id }],
    ['another subdomain reads the anchors', EVIL_CONTENT, { type: 'annotations:anchors', articleKey: key }],
    ['a plain-http copy reads the anchors', PLAIN_HTTP, { type: 'annotations:anchors', articleKey: key }],
    ['a frame in another site reads the notes', EVIL_FRAME, { type: 'annotations:list', articleKey: key }],
    [
      'a frame in another site edits',
      EVIL_FRAME,
      { type: 'annotation:update', id: annotation.id, patch: { note: 'x' } },
    ],
    ['a frame in another site deletes', EVIL_FRAME, { type: 'annotation:delete', id: annotation.id }],
    [
      'a frame in another site overwrites by id',
      EVIL_FRAME,
      {
        type: 'annotation:save',
        annotation: { ...annotation, articleKey: 'https://nhandan.vn/a', pageUrl: 'https://nhandan.vn/a' },
      },
    ],
    [
      'another subdomain marks orphans',
      EVIL_CONTENT,
      { type: 'annotations:anchored', articleKey: key, orphanIds: [annotation.id], anchoredIds: [] },
    ],
    [
      'another subdomain records a visit to the article',
      EVIL_CONTENT,
      { type: 'visit', article: { key, url: 'http://evil.baochinhphu.vn/x', title: 'Giả', site: 'baochinhphu' } },
    ],
    ['a page enables a site', CONTENT, { type: 'site:enable', origin: 'https://evil.example' }],
    ["a content script reads the reader's tags", CONTENT, { type: 'tags:list' }],
    [
      'a stranger asks',
      { kind: 'refused', why: 'the message did not come from this extension' } as Caller,
      { type: 'annotations:list', articleKey: key },
    ],
  ])('refuses when %s, with a clear error, and changes nothing', async (_label, caller, message) => {
    const { db, handle, changes } = setup();
    await handle({ type: 'annotation:save', annotation }, EXT);
    changes.length = 0;
    const res = await handle(message, caller);
    expect(res).toMatchObject({ ok: false });
    expect(!res.ok && res.error).toMatch(/^Refused/);
    expect(await db.annotations.get(annotation.id)).toEqual(annotation);
    expect(await db.articles.count()).toBe(0);
    expect(changes).toEqual([]);
  });

  it("gives the reader's tags with their counts to the editor frame and the popup, never a page's side", async () => {
    const { handle } = setup();
    await handle({ type: 'annotation:save', annotation }, EXT);
    const other = makeAnnotation('https://nhandan.vn/bai-1.html', 'Quốc hội', 10, { tags: ['Nhân sự', 'quốc hội'] });
    await handle({ type: 'annotation:save', annotation: other }, EXT);
    const want = {
      ok: true,
      data: [
        { tag: 'Nhân sự', count: 2 },
        { tag: 'quốc hội', count: 1 },
      ],
    };
    expect(await handle({ type: 'tags:list' }, FRAME)).toEqual(want);
    expect(await handle({ type: 'tags:list' }, EXT)).toEqual(want);
    expect(await handle({ type: 'tags:list' }, CONTENT)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Refused/),
    });
  });

  it('never rewrites a stored article address or title from another origin', async () => {
    const { db, handle } = setup();
    const real = { key, url: key, title: 'Bài thật', site: 'baochinhphu' };
    await handle({ type: 'visit', article: real }, CONTENT);
    // The extension itself (the popup's import, say) with another URL for the same key keeps them too.
    await handle({ type: 'visit', article: { ...real, url: 'http://baochinhphu.vn/copy', title: 'Bản sao' } }, EXT);
    expect(await db.articles.get(key)).toMatchObject({ url: key, title: 'Bài thật' });
  });

  it('merges edits field by field: an edit made elsewhere meanwhile is never reverted', async () => {
    const { db, handle } = setup();
    await handle({ type: 'annotation:save', annotation }, EXT);
    const opened = { note: annotation.note, colour: annotation.colour, tags: annotation.tags };
    // The popup changes the note while the page editor is open...
    await handle({ type: 'annotation:update', id: annotation.id, patch: { note: 'sửa ở popup' }, base: opened }, EXT);
    // ...then the page editor saves a new colour, sending every field as it opened them.
    const res = await handle(
      { type: 'annotation:update', id: annotation.id, patch: { ...opened, colour: 'blue' }, base: opened },
      FRAME,
    );
    expect(res.ok).toBe(true);
    expect(await db.annotations.get(annotation.id)).toMatchObject({ note: 'sửa ở popup', colour: 'blue' });
    // Two different edits of the same field: refused, nothing written, and said so.
    const clash = await handle(
      { type: 'annotation:update', id: annotation.id, patch: { note: 'sửa ở trang' }, base: opened },
      FRAME,
    );
    expect(clash).toMatchObject({ ok: false, error: expect.stringMatching(/changed elsewhere.*note/) });
    expect((await db.annotations.get(annotation.id))?.note).toBe('sửa ở popup');
  });

  it.each([
    ['not an object', 'hello'],
    ['unknown type', { type: 'drop-database' }],
    ['extra field', { type: 'ping', sql: 'x' }],
    ['bad colour', { type: 'annotation:save', annotation: { ...annotation, colour: 'red; background:url(x)' } }],
    ['huge note', { type: 'annotation:save', annotation: { ...annotation, note: 'x'.repeat(60_000) } }],
    ['not a uuid', { type: 'annotation:delete', id: '../../etc' }],
    ['not a url', { type: 'annotations:list', articleKey: 'javascript alert' }],
    [
      'selector with wrong types',
      {
        type: 'annotation:save',
        annotation: { ...annotation, selectors: [{ type: 'TextPositionSelector', start: '0', end: 4 }] },
      },
    ],
  ])('refuses a malformed message (%s) and changes nothing', async (_label, message) => {
    const { db, handle } = setup();
    const res = await handle(message, EXT);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error).toMatch(/^Refused malformed message/);
    expect(await db.annotations.count()).toBe(0);
    expect(await db.articles.count()).toBe(0);
  });
});

describe("the reader's own facts", () => {
  const fact = {
    id: '3a6e1f0b-9c2d-4e5f-8a7b-6c5d4e3f2a1b',
    entityId: 'official:vo-van-thuong',
    entityName: 'Võ Văn Thưởng',
    type: 'position',
    title: 'Trưởng Ban Tuyên giáo Trung ương',
    from: '2016-04-04',
    to: '2021-02-18',
    source: 'https://baochinhphu.vn/a-1.htm',
    note: 'theo quyết định của Bộ Chính trị',
    created: '2026-12-04T10:00:00.000Z',
    updated: '2026-12-04T10:00:00.000Z',
  };

  it('are saved, listed by entity and deleted from a card frame', async () => {
    const { handle } = setup();
    expect((await handle({ type: 'facts:save', fact }, FRAME)).ok).toBe(true);
    expect(await handle({ type: 'facts:list', entityId: fact.entityId }, FRAME)).toEqual({ ok: true, data: [fact] });
    expect(await handle({ type: 'facts:list', entityId: 'official:khac' }, EXT)).toEqual({ ok: true, data: [] });
    expect(await handle({ type: 'facts:delete', id: fact.id }, FRAME)).toEqual({ ok: true, data: { deleted: true } });
    expect(await handle({ type: 'facts:list', entityId: fact.entityId }, FRAME)).toEqual({ ok: true, data: [] });
  });

  it('are never read or written from the page side', async () => {
    const { handle } = setup();
    await handle({ type: 'facts:save', fact }, EXT);
    for (const m of [
      { type: 'facts:list', entityId: fact.entityId },
      { type: 'facts:save', fact: { ...fact, note: 'x' } },
      { type: 'facts:delete', id: fact.id },
    ])
      expect(await handle(m, CONTENT)).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused/) });
  });

  it.each([
    ['no source', { ...fact, source: '' }],
    ['a source that is not a web page', { ...fact, source: 'javascript:alert(1)' }],
    ['a position without a start', { ...fact, from: undefined }],
    ['an end before the start', { ...fact, to: '2010-01-01' }],
    ['a date that is no date', { ...fact, from: '4/4/2016' }],
    ['a "wrong" mark without what it disputes', { ...fact, type: 'wrong' }],
  ])('refuses a fact with %s', async (_label, bad) => {
    const { db, handle } = setup();
    expect(await handle({ type: 'facts:save', fact: bad }, FRAME)).toMatchObject({ ok: false });
    expect(await db.readerFacts.count()).toBe(0);
  });
});

describe('who is asking', () => {
  const ext = { id: 'abc', baseUrl: 'chrome-extension://abc/' };
  it.each([
    ['the popup', { id: 'abc', url: 'chrome-extension://abc/popup.html' }, { kind: 'extension' }],
    [
      'a dossier tab',
      { id: 'abc', url: 'chrome-extension://abc/dossier.html', tab: { url: 'chrome-extension://abc/dossier.html' } },
      { kind: 'extension' },
    ],
    [
      'a frame in a news page',
      {
        id: 'abc',
        url: 'chrome-extension://abc/frame.html#x',
        frameId: 3,
        tab: { url: 'https://vnexpress.net/a-1.html' },
      },
      { kind: 'frame', origin: 'https://vnexpress.net' },
    ],
    [
      'the content script',
      { id: 'abc', url: 'http://Evil.VNexpress.net:80/a', tab: { url: 'http://evil.vnexpress.net/a' } },
      { kind: 'content', origin: 'http://evil.vnexpress.net' },
    ],
    ['another extension', { id: 'zzz', url: 'chrome-extension://zzz/x.html' }, { kind: 'refused' }],
    [
      'a frame whose page it cannot see',
      { id: 'abc', url: 'chrome-extension://abc/frame.html', tab: {} },
      { kind: 'refused' },
    ],
    ['a data: page', { id: 'abc', url: 'data:text/html,x' }, { kind: 'refused' }],
  ])('%s', (_label, sender, expected) => {
    expect(callerOf(sender, ext)).toMatchObject(expected);
  });
});
