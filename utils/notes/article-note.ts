/**
 * A note on the whole article: an annotation with no selectors and no quote, stored with the
 * highlights (same table, same article key), shown first in the panel, the popup and the
 * exports, and never anchored (there is nothing in the text to find).
 */
import type { Annotation } from '../model';

export function isArticleNote(a: Pick<Annotation, 'selectors'>): boolean {
  return a.selectors.length === 0;
}

/** The target of a new note on an article: what the editor saves with the reader's text. */
export function articleNoteTarget(articleKey: string, pageUrl: string) {
  return { articleKey, pageUrl, quote: '', selectors: [], entityIds: [], entityNames: [] };
}
