/**
 * The entity engine: scan the text into tokens once, let each finder propose candidates
 * (documents first, since the tokens they claim are closed to the others; then bodies, officials
 * and the watch list), keep the candidates that win (resolver.ts). Offsets are the caller's.
 */
import { Gazetteer, type WatchTerm } from './gazetteer';
import { Bodies } from './finders/bodies';
import { findDocumentReferences } from './finders/documents';
import { Officials, type KnownNames } from './finders/officials';
import { Titles } from './finders/titles';
import { findWatchList } from './finders/watch-list';
import { resolve, type Candidate } from './resolver';
import { Scan } from './scan';
import type { EntitySpan } from './types';

export class Engine {
  private g: Gazetteer;
  private watch: boolean;

  /** `packed`: another packing of the data (tests); the extension's own by default. */
  constructor(watch: WatchTerm[] = [], packed?: { lexicon: string; match: string }) {
    this.g = new Gazetteer(watch, packed);
    this.watch = watch.length > 0;
  }

  get gazetteer(): Gazetteer {
    return this.g;
  }

  /**
   * `names`: people already introduced in this article (their folded names → official id or ''),
   * read again here when mentioned alone; the names this text introduces are added to it. Pieces
   * of one article read in order share one map (see pieces.ts).
   */
  find(text: string, names: KnownNames = new Map()): EntitySpan[] {
    const scan = new Scan(this.g, text);
    const candidates: Candidate[] = [];
    findDocumentReferences(scan, candidates);
    const titles = new Titles(scan);
    const bodies = new Bodies(scan, titles);
    bodies.find(candidates);
    new Officials(scan, titles, bodies, names).find(candidates);
    if (this.watch) findWatchList(scan, candidates);
    return resolve(candidates, text.length).map((c) => {
      const span: EntitySpan = { kind: c.kind, start: c.start, end: c.end, text: text.slice(c.start, c.end) };
      if (c.id) span.id = c.id;
      if (c.role) span.role = c.role;
      return span;
    });
  }
}
