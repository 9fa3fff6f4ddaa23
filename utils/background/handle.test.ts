import { describe, expect, it } from 'vitest';
import { AnnotatorDB } from '../db/db';
import { createHandler } from './handle';
import type { Annotation } from '../model';

const key = 'https://baochinhphu.vn/thuong-truc-ban-bi-thu-102221212.htm';
const annotation: Annotation = {
  id: '7d9f3b8e-2c4a-4f1d-8e6b-5a3c2d1e0f9a',
  articleKey: key,
  pageUrl: key,
  selectors: [
    { type: 'TextQuoteSelector', exact: 'Võ Văn Thưởng', prefix: 'Thường trực Ban Bí thư ', suffix: ', Trưởng Ban' },
    { type: 'TextPositionSelector', start: 120, end: 133 },
  ],
  quote: 'Võ Văn Thưởng',
  colour: 'green',
  note: '**Không** <script>alert(1)</script>',
  tags: ['nhân sự'],
  entityIds: ['official:vo-van-thuong'],
  entityNames: ['Võ Văn Thưởng'],
  created: '2026-11-26T10:00:00.000Z',
  updated: '2026-11-26T10:00:00.000Z',
};

function setup() {
  const db = new AnnotatorDB(`handler-${Math.random()}`);
  const changes: string[] = [];
  return { db, changes, handle: createHandler({ db, version: '1.2.3', onChange: (k) => changes.push(k) }) };
}

describe('background request handler', () => {
  it('answers ping and stores a visit', async () => {
    const { db, handle } = setup();
    expect(await handle({ type: 'ping' })).toEqual({ ok: true, data: { version: '1.2.3' } });
    const res = await handle({
      type: 'visit',
      article: { key, url: key, title: 'Thường trực Ban Bí thư', site: 'baochinhphu' },
    });
    expect(res.ok).toBe(true);
    expect((await db.articles.get(key))?.title).toBe('Thường trực Ban Bí thư');
  });

  it('saves, lists, updates and deletes annotations, announcing each change', async () => {
    const { handle, changes } = setup();
    expect((await handle({ type: 'annotation:save', annotation })).ok).toBe(true);
    const listed = await handle({ type: 'annotations:list', articleKey: key });
    expect(listed).toEqual({ ok: true, data: [annotation] });
    const upd = await handle({ type: 'annotation:update', id: annotation.id, patch: { colour: 'pink' } });
    expect(upd.ok && (upd.data as Annotation).colour).toBe('pink');
    const del = await handle({ type: 'annotation:delete', id: annotation.id });
    expect(del.ok && (del.data as Annotation).id).toBe(annotation.id);
    expect(changes).toEqual([key, key, key]);
    expect(await handle({ type: 'annotation:delete', id: annotation.id })).toMatchObject({ ok: false });
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
    const res = await handle(message);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error).toMatch(/^Refused malformed message/);
    expect(await db.annotations.count()).toBe(0);
    expect(await db.articles.count()).toBe(0);
  });
});
