/**
 * Entity engine API: officials, bodies and resolutions in Vietnamese text.
 * Offsets in the returned spans always refer to the caller's string.
 */
import { shareRoles } from './shared-roles';
import { chooseNamesakes } from './namesakes';
import { Engine } from './engine';
import { textPieces } from './pieces';
import { readByDate } from './dated-names';
import { articlePlaces, placeBareOrgans, type HomePlace } from './article-places';
import type { EntitySpan } from './types';
import type { EntityKind } from '../model';

export type { EntitySpan } from './types';
export type { HomePlace } from './article-places';
export { describeEntity } from './card';

export interface ExtraTerm {
  kind: EntityKind;
  name: string;
  aliases?: string[];
}

export interface EngineOptions {
  /** The reader's watch list, highlighted like built-in entities with id "watch:<slug>". */
  extraTerms?: ExtraTerm[];
}

/**
 * `date`: the article's day (YYYY-MM-DD), when known. A short name two bodies shared one after the
 * other is read as the one of that day (dated-names.ts); nothing else depends on it.
 * `home`: the province of the provincial paper the text is from, if it is (sites/registry.ts): a
 * bare "Tỉnh ủy" in an article that names no province is that one's (article-places.ts).
 */
export interface EntityEngine {
  find(text: string, date?: string, home?: HomePlace): EntitySpan[];
  /**
   * Reads `text` a piece at a time (see pieces.ts: the first of at most `maxChars`, each next
   * one `growth` times larger): each next() returns the spans of one more piece, in `text`
   * offsets, or null when all has been read.
   */
  read(text: string, maxChars: number, growth?: number, date?: string, home?: HomePlace): PieceReader;
}

export interface PieceReader {
  next(): EntitySpan[] | null;
  /**
   * The spans of the pieces read so far as the built-in data finds them, the watch list left
   * out (engine.ts Found.builtIn), in `text` offsets: the only spans a page may be shown.
   */
  readonly builtIn: EntitySpan[];
  /** Pieces read so far, and in all. */
  readonly read: number;
  readonly pieces: number;
}

/** Creates an engine; the gazetteer is built on first use. */
export function createEngine(options: EngineOptions = {}): EntityEngine {
  let engine: Engine | undefined;
  const get = () => (engine ??= new Engine(options.extraTerms ?? []));
  return {
    find(text: string, date?: string, home?: HomePlace): EntitySpan[] {
      const { spans, places } = get().findAll(text);
      readByDate(spans, date);
      placeBareOrgans(spans, articlePlaces(home), places);
      shareRoles(spans);
      chooseNamesakes(spans, date);
      return spans;
    },
    read(text: string, maxChars: number, growth = 1, date?: string, home?: HomePlace): PieceReader {
      const pieces = textPieces(text, maxChars, growth);
      const names = new Map<string, string>();
      const places = articlePlaces(home);
      const builtIn: EntitySpan[] = [];
      // Every span returned so far: a mention in an earlier piece takes the office a later one gives.
      const returned: EntitySpan[] = [];
      let k = 0;
      return {
        next() {
          if (k >= pieces.length) return null;
          const [start, end] = pieces[k++];
          const found = get().findAll(start === 0 && end === text.length ? text : text.slice(start, end), names);
          readByDate(found.spans, date);
          placeBareOrgans(found.spans, places, found.places);
          if (found.builtIn !== found.spans) {
            readByDate(found.builtIn, date);
            placeBareOrgans(found.builtIn, places);
          }
          if (start) {
            // Without a watch list the two lists are one; with one, they share the spans they agree on.
            const all = found.builtIn === found.spans ? found.spans : new Set([...found.spans, ...found.builtIn]);
            for (const s of all) (s.start += start), (s.end += start);
          }
          builtIn.push(...found.builtIn);
          returned.push(...found.spans);
          shareRoles(returned);
          chooseNamesakes(returned, date);
          if (found.builtIn !== found.spans) {
            shareRoles(builtIn);
            chooseNamesakes(builtIn, date);
          }
          return found.spans;
        },
        builtIn,
        get read() {
          return k;
        },
        pieces: pieces.length,
      };
    },
  };
}

let defaultEngine: EntityEngine | undefined;
/** Finds entities with the built-in gazetteer only. */
export function findEntities(text: string): EntitySpan[] {
  defaultEngine ??= createEngine();
  return defaultEngine.find(text);
}
