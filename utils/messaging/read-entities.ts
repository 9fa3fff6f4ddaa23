/**
 * The content script's side of the entity port (entity-port.ts): asks the background to read a
 * text and hands its answers on, one reading per port. Browser glue only; the background's side is
 * utils/background/entity-reader.ts.
 */
import { browser } from 'wxt/browser';
import { ENTITY_PORT, type EntityMessage, type ReadEntities } from './entity-port';

type Piece = Extract<EntityMessage, { type: 'piece' }>;
type Done = Extract<EntityMessage, { type: 'done' }>;

export interface ReadingHandlers {
  /** One more piece of a long text (not sent for the last one: `done` carries everything). */
  piece(m: Piece): void;
  done(m: Done): void;
  /** The background refused or failed, or went away before the end (the extension was reloaded). */
  fail(why: string): void;
}

/** The parts of runtime.Port this uses. */
export interface ClientPort {
  postMessage(message: ReadEntities): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: EntityMessage) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** Starts reading `ask.text`; `cancel()` drops the reading (no handler is called after it). */
export function readEntities(
  ask: ReadEntities,
  on: ReadingHandlers,
  connect: () => ClientPort = () => browser.runtime.connect({ name: ENTITY_PORT }),
): { cancel(): void } {
  const port = connect();
  let over = false;
  const end = () => {
    over = true;
    port.disconnect();
  };
  port.onMessage.addListener((m) => {
    if (over) return;
    if (m.type === 'piece') return on.piece(m);
    end();
    if (m.type === 'done') on.done(m);
    else on.fail(m.error);
  });
  port.onDisconnect.addListener(() => {
    if (over) return;
    over = true;
    on.fail('the background closed the port before the end');
  });
  port.postMessage(ask);
  return { cancel: end };
}
