/**
 * Orders of the popup's search results: newest or oldest note first, by the article's
 * publication date (undated articles last), or by position in the article (articles in the order
 * of their newest note, notes in text order). Within an article, always text order.
 */
import type { Annotation, Article } from '../model';
import { compareInText } from '../export/order';

export const RESULT_ORDERS = ['newest', 'oldest', 'articleDate', 'position'] as const;
export type ResultOrder = (typeof RESULT_ORDERS)[number];

interface Row {
  annotation: Annotation;
  article?: Article;
}

const time = (iso: string | undefined) => (iso ? Date.parse(iso) || 0 : 0);
const byId = (a: Annotation, b: Annotation) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function sortResults<T extends Row>(rows: readonly T[], order: ResultOrder): T[] {
  const out = [...rows];
  if (order === 'newest' || order === 'oldest') {
    const sign = order === 'newest' ? -1 : 1;
    return out.sort(
      (x, y) => sign * (time(x.annotation.created) - time(y.annotation.created)) || byId(x.annotation, y.annotation),
    );
  }
  // Both remaining orders keep each article's notes together, in text order.
  const rank = new Map<string, number>();
  if (order === 'articleDate') {
    const dated = (r: Row) => (r.article?.published ? time(r.article.published) : -Infinity);
    for (const r of rows) rank.set(r.annotation.articleKey, -dated(r));
  } else {
    for (const r of rows) {
      const k = r.annotation.articleKey;
      rank.set(k, Math.min(rank.get(k) ?? Infinity, -time(r.annotation.created)));
    }
  }
  return out.sort((x, y) => {
    const kx = x.annotation.articleKey;
    const ky = y.annotation.articleKey;
    if (kx !== ky) return rank.get(kx)! - rank.get(ky)! || (kx < ky ? -1 : 1);
    return compareInText(x.annotation, y.annotation);
  });
}
