/**
 * The background's entity reader: a content script opens a port (messaging/entity-port.ts), sends
 * an article's text once, and gets its spans back a piece at a time, then all of them with each
 * entity's name. Why here and not in the page: a content script is compiled afresh in every page,
 * with no code cache, and the engine with its data was most of that cost on every article, paid on
 * the news page's own thread; the background compiles it once and keeps it warm across articles.
 *
 * Only content scripts are served, and only with what they send: the reader's watch list is read
 * here from the settings, not taken from the page side; the paper's province comes from the
 * sender's address. No browser API is used, so this is tested in Node with a port of its own.
 */
import { z } from 'zod';
import { createEngine, type EntityEngine } from '../entities';
import { describeEntity } from '../entities/card';
import { entityKey } from '../entities/key';
import type { EntitySpan } from '../entities/types';
import { homePlaceForHost } from '../sites/provincial-papers';
import type { WatchEntry } from '../settings/settings';
import { ENTITY_PORT, READ_LIMITS, type EntityMessage } from '../messaging/entity-port';
import { callerOf, type SenderLike } from './access';

/** The parts of runtime.Port this uses. */
export interface PortLike {
  name: string;
  sender?: SenderLike;
  postMessage(message: EntityMessage): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface EntityReaderDeps {
  ext: { id: string; baseUrl: string };
  /** The reader's watch list as stored now. */
  watchList: () => Promise<WatchEntry[]>;
  /** Lets other messages in between two pieces of a long page. */
  nextTask?: () => Promise<void>;
}

const readSchema = z.strictObject({
  text: z.string().max(READ_LIMITS.text),
  day: z.iso.date().optional(),
  firstPiece: z.number().int().min(READ_LIMITS.firstPiece.min).max(READ_LIMITS.firstPiece.max),
  growth: z.number().min(READ_LIMITS.growth.min).max(READ_LIMITS.growth.max),
});

/** Engines kept, by watch list: the reader's current one and the one before an edit. */
const ENGINES_KEPT = 2;

export function createEntityReader(deps: EntityReaderDeps) {
  const engines = new Map<string, EntityEngine>();
  const engineFor = (watch: WatchEntry[]) => {
    const key = JSON.stringify(watch);
    let engine = engines.get(key);
    if (engine) engines.delete(key);
    else engine = createEngine({ extraTerms: watch });
    engines.set(key, engine); // the most recent last
    while (engines.size > ENGINES_KEPT) engines.delete(engines.keys().next().value as string);
    return engine;
  };
  const nextTask = deps.nextTask ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

  /** Takes a newly connected port if it is this reader's (by name); false if it is not. */
  const serve = (port: PortLike): boolean => {
    if (port.name !== ENTITY_PORT) return false;
    let gone = false;
    const post = (m: EntityMessage) => {
      if (gone) return;
      try {
        port.postMessage(m);
      } catch {
        gone = true; // the page went away between two pieces
      }
    };
    port.onDisconnect.addListener(() => {
      gone = true;
    });
    const caller = callerOf(port.sender, deps.ext);
    if (caller.kind !== 'content') {
      post({ type: 'error', error: 'Refused: only a page’s content script has its entities read.' });
      port.disconnect();
      return true;
    }
    const host = new URL(caller.origin).hostname;
    let asked = false;
    port.onMessage.addListener((raw) => {
      if (asked) return; // one text per port
      asked = true;
      const parsed = readSchema.safeParse(raw);
      if (!parsed.success) {
        const where = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(message)'}: ${i.message}`);
        post({ type: 'error', error: `Refused malformed read request: ${where.join('; ')}` });
        return;
      }
      read(parsed.data).catch((e) => post({ type: 'error', error: `Finding entities failed: ${String(e)}` }));
    });

    const read = async ({ text, day, firstPiece, growth }: z.infer<typeof readSchema>) => {
      const engine = engineFor(await deps.watchList());
      if (gone) return;
      const reader = engine.read(text, firstPiece, growth, day, homePlaceForHost(host, day));
      const all: EntitySpan[] = [];
      const named = new Map<string, string>();
      for (;;) {
        const spans = reader.next();
        if (!spans) break;
        all.push(...spans);
        if (reader.read < reader.pieces) {
          const builtIn = reader.read === 1 ? reader.builtIn : undefined;
          const names = newNames(spans, named);
          post({ type: 'piece', spans, builtIn, names, read: reader.read, pieces: reader.pieces });
          await nextTask();
          if (gone) return;
        }
      }
      post({ type: 'done', spans: all, builtIn: reader.builtIn, names: newNames(all, new Map()) });
    };
    return true;
  };
  return serve;
}

/**
 * The canonical name (the card's) of each entity in `spans` not yet in `named`, by key, from its
 * first mention; `named` takes them. A piece sends the names it adds, so a card opened before the
 * end of a long page shows the entity's name, not the words of the mention.
 */
function newNames(spans: EntitySpan[], named: Map<string, string>): [string, string][] {
  const added: [string, string][] = [];
  for (const s of spans) {
    const key = entityKey(s);
    if (named.has(key)) continue;
    const name = describeEntity(s).name;
    named.set(key, name);
    added.push([key, name]);
  }
  return added;
}
