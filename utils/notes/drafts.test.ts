import { describe, expect, it } from 'vitest';
import { AnnotatorDB } from '../db/db';
import { createHandler } from '../background/handle';
import type { Caller } from '../background/access';
import { createDraftStore, DRAFT_TTL_MS, draftKey, memoryArea } from './drafts';

const NONCE = '0123456789abcdef0123456789abcdef';
const KEY = `${NONCE}:${'ab'.repeat(32)}`;
const FRAME: Caller = { kind: 'frame', origin: 'https://baochinhphu.vn', tabId: 3 };
const OTHER_FRAME: Caller = { kind: 'frame', origin: 'https://nhandan.vn', tabId: 4 };
const CONTENT: Caller = { kind: 'content', origin: 'https://baochinhphu.vn' };
const EXT: Caller = { kind: 'extension' };
const draft = {
  values: { colour: 'green' as const, note: 'Nguồn tin: anh Minh <b>0912</b> **đậm**', tags: ['nhân sự'] },
  base: { colour: 'yellow' as const, note: 'cũ', tags: [] },
};

function setup(now = () => Date.now()) {
  const db = new AnnotatorDB(`drafts-${Math.random()}`);
  const area = memoryArea();
  return { area, handle: createHandler({ db, version: '1', drafts: createDraftStore(area, now) }) };
}

describe('notes being written (drafts)', () => {
  it('are kept for the editor frame, given back as typed (HTML and Markdown as text), and gone once dropped', async () => {
    const { handle } = setup();
    expect(await handle({ type: 'draft:get', key: KEY }, FRAME)).toEqual({ ok: true, data: null });
    expect(await handle({ type: 'draft:keep', key: KEY, draft }, FRAME)).toEqual({ ok: true, data: null });
    expect(await handle({ type: 'draft:get', key: KEY }, FRAME)).toEqual({ ok: true, data: draft });
    await handle({ type: 'draft:drop', key: KEY }, FRAME);
    expect(await handle({ type: 'draft:get', key: KEY }, FRAME)).toEqual({ ok: true, data: null });
  });

  it('are never read nor written by the page side, the extension pages, or a frame in another site', async () => {
    const { handle, area } = setup();
    await handle({ type: 'draft:keep', key: KEY, draft }, FRAME);
    for (const caller of [CONTENT, EXT]) {
      const got = await handle({ type: 'draft:get', key: KEY }, caller);
      expect(got.ok).toBe(false);
      expect(JSON.stringify(got)).not.toContain('0912');
      expect((await handle({ type: 'draft:drop', key: KEY }, caller)).ok).toBe(false);
    }
    expect((await handle({ type: 'draft:keep', key: KEY, draft }, CONTENT)).ok).toBe(false);
    // Another site's frame that learnt the key finds nothing under it, and drops nothing of ours.
    expect(await handle({ type: 'draft:get', key: KEY }, OTHER_FRAME)).toEqual({ ok: true, data: null });
    await handle({ type: 'draft:drop', key: KEY }, OTHER_FRAME);
    expect(await handle({ type: 'draft:get', key: KEY }, FRAME)).toEqual({ ok: true, data: draft });
    expect(Object.keys(await area.get(null))).toHaveLength(1);
  });

  it('refuse a malformed key or draft, keeping nothing', async () => {
    const { handle, area } = setup();
    for (const bad of [
      { type: 'draft:keep', key: 'vna-draft:*', draft },
      { type: 'draft:keep', key: KEY, draft: { values: { ...draft.values, colour: 'red;x' } } },
      { type: 'draft:keep', key: KEY, draft: { values: { ...draft.values, note: 'x'.repeat(60_000) } } },
      { type: 'draft:keep', key: KEY, draft: { ...draft, extra: 1 } },
    ]) {
      const got = await handle(bad, FRAME);
      expect(got.ok).toBe(false);
      expect((got as { error: string }).error).toMatch(/^Refused malformed message/);
    }
    expect(await area.get(null)).toEqual({});
  });

  it('last a day: an older draft is not given back, and is cleared when another is kept', async () => {
    let t = Date.parse('2026-12-07T08:00:00Z');
    const { handle, area } = setup(() => t);
    await handle({ type: 'draft:keep', key: KEY, draft }, FRAME);
    t += DRAFT_TTL_MS - 1;
    expect((await handle({ type: 'draft:get', key: KEY }, FRAME)) as object).toMatchObject({ data: draft });
    t += 2;
    expect(await handle({ type: 'draft:get', key: KEY }, FRAME)).toEqual({ ok: true, data: null });
    const other = `${NONCE}:${'cd'.repeat(32)}`;
    await handle({ type: 'draft:keep', key: other, draft: { values: draft.values } }, FRAME);
    expect(Object.keys(await area.get(null))).toEqual([`vna-draft:https://baochinhphu.vn ${other}`]);
  });
});

describe('the draft store', () => {
  it('keeps a new note’s draft without a base, and an edit’s with the note it opened', async () => {
    const store = createDraftStore();
    await store.keep('https://a.vn', KEY, { values: draft.values });
    expect(await store.get('https://a.vn', KEY)).toEqual({ values: draft.values });
    await store.keep('https://a.vn', KEY, draft);
    expect(await store.get('https://a.vn', KEY)).toEqual(draft);
    expect(await store.get('https://b.vn', KEY)).toBeUndefined();
  });
});

describe('a draft key', () => {
  it('is the nonce and a 64-digit digest of the note, one per note, the same for the same note', () => {
    const a = draftKey(NONCE, JSON.stringify([{ type: 'TextQuoteSelector', exact: 'Võ Văn Thưởng' }]));
    const b = draftKey(NONCE, JSON.stringify([{ type: 'TextQuoteSelector', exact: 'Võ Văn Thương' }]));
    expect(a).toMatch(/^[0-9a-f]{32}:[0-9a-f]{64}$/);
    expect(a).not.toBe(b);
    expect(draftKey(NONCE, JSON.stringify([{ type: 'TextQuoteSelector', exact: 'Võ Văn Thưởng' }]))).toBe(a);
    // Every one of the eight parts differs with the text.
    expect(
      a
        .slice(33)
        .match(/.{8}/g)!
        .filter((x, i) => x === b.slice(33).match(/.{8}/g)![i]),
    ).toEqual([]);
  });
});
