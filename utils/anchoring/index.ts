export type { AnchorResult, Selector, TextPositionSelector, TextQuoteSelector } from './types';
export { describe, CONTEXT_LENGTH } from './describe';
export { anchor, createAnchorer, type Anchorer, type AnchorOptions } from './anchor';
export { normalizeWithMap, normalizeText, type NormalizedText } from './normalize';
