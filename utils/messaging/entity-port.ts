/**
 * The port a content script reads an article's entities through (utils/background/entity-reader.ts).
 * The engine and its data live in the background, where they are compiled once (a service worker's
 * script keeps a code cache; a content script has none) and stay warm from one article to the next;
 * the news page's own thread pays for neither. Shared by both ends; no zod here (the content script
 * carries none): the background checks what it receives.
 */
import type { EntitySpan } from '../entities/types';

export const ENTITY_PORT = 'vna-entities';

/** The one message a content script sends on a new port: read this text. */
export interface ReadEntities {
  text: string;
  /** The article's day (YYYY-MM-DD), when the page gives it. */
  day?: string;
  /** The first piece's size in characters and each next piece's growth (utils/entities/pieces.ts). */
  firstPiece: number;
  growth: number;
}

/** What the background answers, in this order: a `piece` per piece read, then `done` (or `error`). */
export type EntityMessage =
  | {
      type: 'piece';
      /** The spans this piece adds, in the text's offsets. */
      spans: EntitySpan[];
      /**
       * With the first piece (the one drawn before the end), its spans from the built-in data only
       * (EntityEngine's PieceReader.builtIn); with the others none: `done` carries them all.
       */
      builtIn?: EntitySpan[];
      /** The canonical names of the entities this piece names first, by key (as in `done`). */
      names: [string, string][];
      read: number;
      pieces: number;
    }
  | {
      type: 'done';
      /**
       * All spans, again: a mention in an earlier piece takes the office a later one gives (shareRoles),
       * so what was sent piece by piece can have changed.
       */
      spans: EntitySpan[];
      builtIn: EntitySpan[];
      /** Each entity's canonical name by its key (utils/entities/key.ts), for the panel and the notes. */
      names: [string, string][];
    }
  | { type: 'error'; error: string };

/** Limits of a read request, checked by the background. */
export const READ_LIMITS = {
  /**
   * Characters of article text: some 50 times the benchmark's 20,000-word page (the hostile test
   * page holds 1.3 million). The background reads for every tab and also saves the notes: a page
   * cannot make it read more than this at once, and it reads in pieces, other requests between them.
   */
  text: 5_000_000,
  firstPiece: { min: 100, max: 1_000_000 },
  growth: { min: 1, max: 16 },
} as const;
