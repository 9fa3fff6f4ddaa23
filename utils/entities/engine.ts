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
import { type PlaceNamed, placesNamed } from './article-places';
import type { EntitySpan } from './types';

/** What one text holds: every span, and the spans the built-in data finds alone. */
export interface Found {
  spans: EntitySpan[];
  /**
   * The spans without the reader's watch list, as an engine without one finds them (the same
   * objects as in `spans` where they agree): the only spans a page may be shown, so that nothing
   * on it, not even a built-in name a watched one displaced, tells the page what the reader watches.
   */
  builtIn: EntitySpan[];
  /** The provinces, cities, communes and wards the text names (article-places.ts). */
  places: PlaceNamed[];
}

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
    return this.findAll(text, names).spans;
  }

  /** find(), with the built-in spans apart (Found.builtIn). */
  findAll(text: string, names: KnownNames = new Map()): Found {
    const scan = new Scan(this.g, text);
    const candidates: Candidate[] = [];
    findDocumentReferences(scan, candidates);
    const titles = new Titles(scan);
    const bodies = new Bodies(scan, titles);
    bodies.find(candidates);
    new Officials(scan, titles, bodies, names).find(candidates);
    const builtInCount = candidates.length;
    if (this.watch) findWatchList(scan, candidates);
    const made = new Map<Candidate, EntitySpan>();
    const toSpan = (c: Candidate) => {
      let span = made.get(c);
      if (!span) {
        span = { kind: c.kind, start: c.start, end: c.end, text: text.slice(c.start, c.end) };
        if (c.id) span.id = c.id;
        if (c.role) span.role = c.role;
        if (c.roleBodies) span.roleBodies = c.roleBodies;
        if (c.ordinaryPerson) span.ordinaryPerson = true;
        if (c.companyPost) span.companyPost = c.companyPost;
        made.set(c, span);
      }
      return span;
    };
    const spans = resolve(candidates, text.length).map(toSpan);
    const places = placesNamed(scan);
    if (candidates.length === builtInCount) return { spans, builtIn: spans, places };
    return { spans, builtIn: resolve(candidates.slice(0, builtInCount), text.length).map(toSpan), places };
  }
}
