/**
 * The records the extension stores and exports. One definition shared by the database module,
 * the message protocol, the exports and the popup.
 */
import type { Selector } from './anchoring/types';

/** The UI language. */
export type Lang = 'vi' | 'en';

/** How "Cite" writes a citation to the clipboard (utils/export/citation.ts). */
export const CITATION_FORMATS = ['plain', 'markdown'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

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

/** One entity of an article's summary. */
export interface ArticleEntity {
  id: string;
  kind: EntityKind;
  name: string;
  count: number;
  role?: string;
  roleBodies?: string[];
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
  /**
   * Entity summary from the last visit: id, kind, name and count; for a person the data knows,
   * the office the article gives them and the bodies it names (EntitySpan.role, roleBodies), so
   * the dossier can tell the article may be about another person of the same name.
   */
  entities?: ArticleEntity[];
}

/**
 * A fact the reader added to a card or a correction of one, kept in their own database, shown
 * marked as theirs, in the backup, and exportable to send upstream.
 */
export interface ReaderFact {
  /** UUID v4. */
  id: string;
  /** The entity it is about ("official:vo-van-thuong"; a new person gets "reader:" + a slug). */
  entityId: string;
  /** Display name of the entity when it was added. */
  entityName: string;
  /** "position": a position held; "wrong": the gazetteer position `target` is wrong. */
  type: 'position' | 'wrong';
  /** For "position": what was held, when (ISO dates; `to` absent = not known, null = still held). */
  title?: string;
  org?: string;
  from?: string;
  to?: string | null;
  /** For "wrong": the gazetteer position it disputes (title and start as shown on the card). */
  target?: { title: string; from?: string };
  /** A public page that supports the fact. */
  source: string;
  note: string;
  created: string;
  updated: string;
}

/** Two entity ids the reader says are one: `from` is shown and counted as `into`. */
export interface EntityMerge {
  from: string;
  into: string;
  created: string;
}
