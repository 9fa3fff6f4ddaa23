import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEntityReader, type PortLike } from './entity-reader';
import type { SenderLike } from './access';
import { ENTITY_PORT, READ_LIMITS, type EntityMessage, type ReadEntities } from '../messaging/entity-port';
import { createEngine, type EntitySpan } from '../entities';
import { describeEntity } from '../entities/card';
import { entityKey } from '../entities/key';
import type { WatchEntry } from '../settings/settings';

const SHARED = path.resolve(__dirname, '../../../shared');
const seedDir = path.join(SHARED, 'seed');
const SEED = readFileSync(path.join(seedDir, readdirSync(seedDir).find((f) => f.endsWith('.txt'))!), 'utf8');
const devDir = path.join(SHARED, 'corpus/dev');
const DEV = readdirSync(devDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(devDir, f), 'utf8'));

const EXT = { id: 'vna-test-id', baseUrl: 'chrome-extension://vna-test-id/' };
const fromPage = (url: string): SenderLike => ({ id: EXT.id, url, frameId: 0, tab: { id: 7, url } });
const SEED_PAGE = fromPage('https://baochinhphu.vn/thuong-truc-ban-bi-thu-102221212.htm');

/** A runtime port as the background sees one: what it posts is cloned, as the browser does. */
class FakePort implements PortLike {
  sent: EntityMessage[] = [];
  closedByBackground = false;
  private listeners: ((m: unknown) => void)[] = [];
  private goneListeners: (() => void)[] = [];
  private pageGone = false;
  readonly finished: Promise<EntityMessage>;
  private finish!: (m: EntityMessage) => void;
  constructor(
    public name: string,
    public sender?: SenderLike,
  ) {
    this.finished = new Promise((resolve) => {
      this.finish = resolve;
    });
  }
  postMessage(m: EntityMessage) {
    if (this.pageGone) throw new Error('Attempting to use a disconnected port object');
    this.sent.push(structuredClone(m));
    if (m.type !== 'piece') this.finish(m);
  }
  disconnect() {
    this.closedByBackground = true;
  }
  onMessage = { addListener: (f: (m: unknown) => void) => void this.listeners.push(f) };
  onDisconnect = { addListener: (f: () => void) => void this.goneListeners.push(f) };
  /** The content script sends. */
  send(m: unknown) {
    for (const f of this.listeners) f(m);
  }
  /** The page goes away. */
  close() {
    this.pageGone = true;
    for (const f of this.goneListeners) f();
  }
}

const reader = (watch: WatchEntry[] = [], nextTask?: () => Promise<void>) =>
  createEntityReader({ ext: EXT, watchList: async () => watch, nextTask });
const ask = (text: string, more: Partial<ReadEntities> = {}): ReadEntities => ({
  text,
  firstPiece: 6000,
  growth: 2,
  ...more,
});
const plain = (spans: EntitySpan[]) => JSON.parse(JSON.stringify(spans));

async function readThrough(serve: ReturnType<typeof reader>, request: unknown, sender = SEED_PAGE) {
  const port = new FakePort(ENTITY_PORT, sender);
  expect(serve(port)).toBe(true);
  port.send(request);
  const last = await port.finished;
  return { port, last };
}

describe('the background entity reader', () => {
  it('answers a content script with the engine’s spans for the seed article and each entity’s card name', async () => {
    const { port, last } = await readThrough(reader(), ask(SEED, { day: '2022-12-12' }));
    expect(port.sent).toHaveLength(1); // one piece: no progress message, only the answer
    if (last.type !== 'done') throw new Error(JSON.stringify(last));
    const expected = createEngine().find(SEED, '2022-12-12');
    expect(last.spans).toEqual(plain(expected));
    expect(last.spans.length).toBeGreaterThan(30);
    expect(last.builtIn).toEqual(last.spans);
    const names = new Map(last.names);
    expect(new Set(last.spans.map(entityKey))).toEqual(new Set(names.keys()));
    const thuong = last.spans.find((s) => s.id === 'official:vo-van-thuong')!;
    expect(names.get(entityKey(thuong))).toBe(describeEntity(thuong).name);
  });

  it('sends a long page piece by piece, then every span again with the roles later pieces gave', async () => {
    const text = DEV.join('\n\n');
    const { port, last } = await readThrough(reader(), ask(text, { firstPiece: 3000, growth: 2 }));
    const pieces = port.sent.filter((m) => m.type === 'piece');
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.map((m) => m.read)).toEqual(pieces.map((_, i) => i + 1));
    // The first piece, drawn before the end, comes with its built-in spans; the others carry only their own.
    const [first, ...rest] = pieces;
    expect(first.type === 'piece' && first.builtIn).toEqual(first.type === 'piece' && first.spans);
    expect(rest.map((m) => m.type === 'piece' && m.builtIn)).toEqual(rest.map(() => undefined));
    if (last.type !== 'done') throw new Error(JSON.stringify(last));
    // What the engine gives when it reads the same pieces itself.
    const local = createEngine().read(text, 3000, 2);
    const all: EntitySpan[] = [];
    for (let s = local.next(); s; s = local.next()) all.push(...s);
    expect(last.spans).toEqual(plain(all));
    // The pieces sent on the way hold the same mentions, in order, at the same places.
    const early = pieces.flatMap((m) => (m.type === 'piece' ? m.spans : []));
    expect(early.map((s) => [s.start, s.end, s.kind])).toEqual(
      last.spans.slice(0, early.length).map((s) => [s.start, s.end, s.kind]),
    );
    for (const s of last.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    // Each piece names the entities it mentions first, once each, so a card opened before the end
    // shows the entity's name: the same name `done` gives.
    const given = pieces.flatMap((m) => (m.type === 'piece' ? m.names : []));
    const keys = given.map(([key]) => key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(keys)).toEqual(new Set(early.map(entityKey)));
    const final = new Map(last.names);
    expect(given.filter(([key, name]) => final.get(key) !== name)).toEqual([]);
  });

  it('reads the watch list from the settings, not from the page, and keeps it out of the built-in spans', async () => {
    const watch: WatchEntry[] = [{ kind: 'body', name: 'Hội Khuyến học xóm Đông', aliases: [] }];
    const text = 'Ngày 12/12, Hội Khuyến học xóm Đông đón Tổng Bí thư Nguyễn Phú Trọng.';
    const { last } = await readThrough(reader(watch), ask(text));
    if (last.type !== 'done') throw new Error(JSON.stringify(last));
    expect(last.spans.map((s) => s.text)).toContain('Hội Khuyến học xóm Đông');
    expect(last.spans.find((s) => s.text === 'Hội Khuyến học xóm Đông')?.id).toMatch(/^watch:/);
    expect(last.builtIn.map((s) => s.text)).not.toContain('Hội Khuyến học xóm Đông');
    expect(last.builtIn.map((s) => s.id)).toContain('official:nguyen-phu-trong');
    // A page cannot send its own watch list: the request has no such field.
    const { last: refused } = await readThrough(reader(), { ...ask(text), watchList: watch });
    expect(refused).toMatchObject({ type: 'error', error: expect.stringMatching(/malformed.*watchList/i) });
  });

  it('takes a provincial paper’s province from the sender’s address', async () => {
    const text = 'Sáng 5/3, Ban Thường vụ Tỉnh ủy họp bàn công tác cán bộ.';
    const ids = async (url: string) => {
      const { last } = await readThrough(reader(), ask(text, { day: '2024-03-05' }), fromPage(url));
      return last.type === 'done' ? last.spans.map((s) => s.id) : [last];
    };
    expect((await ids('https://baothanhhoa.vn/a-123.htm')).join(' ')).toMatch(/thanh-hoa/);
    expect((await ids('https://vnexpress.net/a-123.html')).join(' ')).not.toMatch(/thanh-hoa/);
  });

  it('refuses anyone but a content script, and malformed requests, with a clear error', async () => {
    const serve = reader();
    const fromPopup = await readThrough(serve, ask(SEED), { id: EXT.id, url: `${EXT.baseUrl}popup.html` });
    expect(fromPopup.last).toMatchObject({ type: 'error', error: expect.stringMatching(/content script/) });
    expect(fromPopup.port.closedByBackground).toBe(true);
    const otherExtension = await readThrough(serve, ask(SEED), { ...SEED_PAGE, id: 'someone-else' });
    expect(otherExtension.last.type).toBe('error');
    for (const bad of [
      null,
      'text',
      { text: 42, firstPiece: 6000, growth: 2 },
      ask(SEED, { firstPiece: 0 }),
      ask(SEED, { day: '12/12/2022' }),
      ask('x'.repeat(READ_LIMITS.text + 1)),
    ]) {
      const { last } = await readThrough(serve, bad);
      expect(last).toMatchObject({
        type: 'error',
        error: expect.stringMatching(/^Refused malformed read request: \S/),
      });
    }
    // Another port's name is not this reader's.
    expect(serve(new FakePort('vna-frame:abc', SEED_PAGE))).toBe(false);
  });

  it('reads one text per port and stops when the page goes away between pieces', async () => {
    const text = DEV.join('\n\n');
    const port = new FakePort(ENTITY_PORT, SEED_PAGE);
    let between!: () => void;
    const paused = new Promise<void>((resolve) => {
      between = resolve;
    });
    // Between the first piece and the second, the page goes away.
    const serve = reader([], async () => {
      port.close();
      between();
    });
    serve(port);
    port.send(ask(text, { firstPiece: 3000 }));
    port.send(ask(SEED)); // ignored: one text per port
    await paused;
    await new Promise((r) => setTimeout(r, 20));
    expect(port.sent.map((m) => m.type)).toEqual(['piece']);
  });
});
