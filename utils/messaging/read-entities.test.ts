import { describe, expect, it, vi } from 'vitest';
import { readEntities, type ClientPort } from './read-entities';
import type { EntityMessage, ReadEntities } from './entity-port';
import type { EntitySpan } from '../entities/types';

/** A runtime port as the content script sees one, driven by the test as the background. */
function fakePort() {
  const got: ((m: EntityMessage) => void)[] = [];
  const gone: (() => void)[] = [];
  const port = {
    asked: [] as ReadEntities[],
    disconnected: false,
    postMessage: (m: ReadEntities) => void port.asked.push(m),
    disconnect: () => {
      port.disconnected = true;
    },
    onMessage: { addListener: (f: (m: EntityMessage) => void) => void got.push(f) },
    onDisconnect: { addListener: (f: () => void) => void gone.push(f) },
    answer: (m: EntityMessage) => got.forEach((f) => f(m)),
    backgroundGoes: () => gone.forEach((f) => f()),
  } satisfies ClientPort & Record<string, unknown>;
  return port;
}

const span: EntitySpan = { kind: 'official', start: 0, end: 13, text: 'Võ Văn Thưởng', id: 'official:vo-van-thuong' };
const ask: ReadEntities = { text: 'Võ Văn Thưởng phát biểu.', firstPiece: 6000, growth: 2 };
const handlers = () => ({ piece: vi.fn(), done: vi.fn(), fail: vi.fn() });

describe('readEntities (the content script’s side of the entity port)', () => {
  it('sends the text once, hands on each piece, then the end, and closes the port', () => {
    const port = fakePort();
    const on = handlers();
    readEntities(ask, on, () => port);
    expect(port.asked).toEqual([ask]);
    port.answer({ type: 'piece', spans: [span], builtIn: [span], names: [], read: 1, pieces: 2 });
    expect(on.piece).toHaveBeenCalledTimes(1);
    expect(port.disconnected).toBe(false);
    port.answer({ type: 'done', spans: [span], builtIn: [span], names: [['official:vo-van-thuong', 'Võ Văn Thưởng']] });
    expect(on.done).toHaveBeenCalledWith(
      expect.objectContaining({ names: [['official:vo-van-thuong', 'Võ Văn Thưởng']] }),
    );
    expect(port.disconnected).toBe(true);
    // Nothing after the end, not even the port's closing.
    port.answer({ type: 'error', error: 'late' });
    port.backgroundGoes();
    expect(on.fail).not.toHaveBeenCalled();
  });

  it('reports a refusal, and a background that goes away before the end', () => {
    const refused = fakePort();
    const on = handlers();
    readEntities(ask, on, () => refused);
    refused.answer({ type: 'error', error: 'Refused malformed read request: text: too big' });
    expect(on.fail).toHaveBeenCalledWith('Refused malformed read request: text: too big');
    expect(refused.disconnected).toBe(true);

    const lost = fakePort();
    const on2 = handlers();
    readEntities(ask, on2, () => lost);
    lost.backgroundGoes();
    expect(on2.fail).toHaveBeenCalledWith(expect.stringMatching(/closed the port/));
    expect(on2.done).not.toHaveBeenCalled();
  });

  it('calls nothing once cancelled (a newer text is being read)', () => {
    const port = fakePort();
    const on = handlers();
    readEntities(ask, on, () => port).cancel();
    expect(port.disconnected).toBe(true);
    port.answer({ type: 'done', spans: [span], builtIn: [span], names: [] });
    port.backgroundGoes();
    expect([on.piece, on.done, on.fail].map((f) => f.mock.calls.length)).toEqual([0, 0, 0]);
  });
});
