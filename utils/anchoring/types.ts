/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors), as a
 * discriminated union. Offsets are UTF-16 code units over the article text (see
 * utils/dom/text-index.ts), end exclusive.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** Where an annotation was found in the current text, and how. */
export type AnchorResult = { start: number; end: number; method: 'position' | 'quote' | 'fuzzy' } | { orphan: true };
