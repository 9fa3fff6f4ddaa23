/**
 * The records the extension stores and exports. One definition shared by the database module,
 * the message protocol, the exports and the popup.
 */
import type { Selector } from './anchoring/types';

export type EntityKind = 'official' | 'body' | 'resolution';

export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

/** A reader's highlight with its note. */
export interface Annotation {
  /** UUID v4. */
  id: string;
  /** The article's key: its canonical URL without tracking parameters or fragment. */
  articleKey: string;
  /** The URL of the page the annotation was made on. */
  pageUrl: string;
  /** A TextQuoteSelector (32 characters of prefix and suffix) and a TextPositionSelector. */
  selectors: Selector[];
  /** The highlighted text, as it was when saved. */
  quote: string;
  colour: HighlightColour;
  /** Free text; Markdown allowed. */
  note: string;
  tags: string[];
  /** Ids of the entities inside the quote (gazetteer ids, or `kind:normalised text` for rule finds). */
  entityIds: string[];
  /** Display names of those entities, so exports and search need no gazetteer. */
  entityNames: string[];
  /** ISO 8601 times. */
  created: string;
  updated: string;
  /** Set by the page when the annotation could not be anchored at the last visit. */
  orphan?: boolean;
}

/** An article the reader has visited with the extension on. */
export interface Article {
  /** Same key as Annotation.articleKey. */
  key: string;
  url: string;
  title: string;
  site: string;
  /** ISO date or date-time, when the page states one. */
  published?: string;
  author?: string;
  firstVisit: string;
  lastVisit: string;
  /** Entity summary from the last visit: id, kind, name and count. */
  entities?: { id: string; kind: EntityKind; name: string; count: number }[];
}
