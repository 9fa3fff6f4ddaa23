/**
 * The entity engine: normalise, split into tokens, let each finder propose candidates (documents
 * first, since the tokens they claim are closed to the others; then bodies, officials and the
 * watch list), keep the candidates that win (resolver.ts), map them back to the caller's text.
 */
import { normalizeForMatch } from '../text/matching';
import { buildGazetteer, type CompiledGazetteer, type Gazetteer, type WatchTerm } from './gazetteer';
import { Bodies } from './finders/bodies';
import { findDocumentReferences } from './finders/documents';
import { Officials, type KnownNames } from './finders/officials';
import { Titles } from './finders/titles';
import { findWatchList } from './finders/watch-list';
import { resolve, type Candidate } from './resolver';
import { Scan } from './scan';
import { tokenize } from './tokens';
import type { EntitySpan } from './types';

export class Engine {
  private g: Gazetteer;
  private watch: boolean;

  /** `compiled`: the trie made ahead (default data/compiled.json; null builds it here). */
  constructor(watch: WatchTerm[] = [], compiled?: CompiledGazetteer | null) {
    this.g = buildGazetteer(watch, compiled);
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
    const nz = normalizeForMatch(text);
    const scan = new Scan(this.g, nz, tokenize(nz.cased, nz.folded));
    const candidates: Candidate[] = [];
    findDocumentReferences(scan, candidates);
    const titles = new Titles(scan);
    const bodies = new Bodies(scan, titles);
    bodies.find(candidates);
    new Officials(scan, titles, bodies, names).find(candidates);
    if (this.watch) findWatchList(scan, candidates);
    return resolve(candidates, nz.cased.length).map((c) => {
      const [start, end] = scan.originalRange(c.start, c.end);
      const span: EntitySpan = { kind: c.kind, start, end, text: text.slice(start, end) };
      if (c.id) span.id = c.id;
      if (c.role) span.role = c.role;
      return span;
    });
  }
}
