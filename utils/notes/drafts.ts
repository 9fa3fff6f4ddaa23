/**
 * Notes the reader is writing and has not saved. A page that moves the extension's element reloads
 * its frames, and a click on the page closes the editor: what was typed must not be lost either
 * way. The background keeps it for the editor's frame only (never the content script or the page),
 * in memory: the browser's session area where it has one (Chrome, whose background may be stopped
 * between messages), else a map in the background page (Firefox's, which lives as long as the
 * browser). Nothing is written to disk. A draft goes when saved, closed or deleted by the reader,
 * after a day, or when the browser quits.
 */
import type { HighlightColour } from '../model';

export interface DraftValues {
  colour: HighlightColour;
  note: string;
  tags: string[];
}

export interface Draft {
  values: DraftValues;
  /** An edit's: the note as the editor opened it, so that saving later sends only what changed. */
  base?: DraftValues;
}

/** The parts of a browser storage area this uses (storage.session). */
export interface SessionArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface DraftStore {
  get(origin: string, key: string): Promise<Draft | undefined>;
  keep(origin: string, key: string, draft: Draft): Promise<void>;
  drop(origin: string, key: string): Promise<void>;
}

const PREFIX = 'vna-draft:';

/**
 * A draft's key: the editor frame's nonce (one page load's frames) and a digest of the note it is
 * for (the selection's selectors, or the note's id). Plain arithmetic, not SubtleCrypto: an
 * extension frame in an http page is no secure context. Eight 32-bit FNV-1a hashes of differing
 * seeds: two notes of one page load would have to collide in all eight to share a draft.
 */
export function draftKey(nonce: string, target: string): string {
  let hex = '';
  for (let seed = 0; seed < 8; seed++) {
    let h = (0x811c9dc5 ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
    for (let i = 0; i < target.length; i++) h = Math.imul(h ^ target.charCodeAt(i), 0x01000193) >>> 0;
    hex += h.toString(16).padStart(8, '0');
  }
  return `${nonce}:${hex}`;
}
export const DRAFT_TTL_MS = 86_400_000;

type Kept = Draft & { at: number };

/** A map with the session area's shape, for a background that has no session area. */
export function memoryArea(): SessionArea {
  const map = new Map<string, unknown>();
  return {
    get: async (k) => (k === null ? Object.fromEntries(map) : map.has(k) ? { [k]: map.get(k) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) map.set(k, v);
    },
    remove: async (keys) => {
      for (const k of typeof keys === 'string' ? [keys] : keys) map.delete(k);
    },
  };
}

/**
 * Drafts by the origin of the page the frame is in and the frame's own key (its nonce and the
 * note's): a frame of one site never reads another's.
 */
export function createDraftStore(area: SessionArea = memoryArea(), now: () => number = Date.now): DraftStore {
  const id = (origin: string, key: string) => `${PREFIX}${origin} ${key}`;
  let prunedAt = Number.NEGATIVE_INFINITY;
  async function prune() {
    const t = now();
    if (t - prunedAt < DRAFT_TTL_MS / 24) return;
    prunedAt = t;
    const all = await area.get(null);
    const old = Object.keys(all).filter((k) => k.startsWith(PREFIX) && t - ((all[k] as Kept)?.at ?? 0) > DRAFT_TTL_MS);
    if (old.length) await area.remove(old);
  }
  return {
    async get(origin, key) {
      const got = (await area.get(id(origin, key)))[id(origin, key)] as Kept | undefined;
      if (!got || now() - got.at > DRAFT_TTL_MS) return undefined;
      return got.base ? { values: got.values, base: got.base } : { values: got.values };
    },
    async keep(origin, key, draft) {
      await area.set({ [id(origin, key)]: { ...draft, at: now() } satisfies Kept });
      await prune();
    },
    async drop(origin, key) {
      await area.remove(id(origin, key));
    },
  };
}
