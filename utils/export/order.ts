/** The reading order every export shares: newest article first, highlights in text order. */
import type { Annotation, Article } from '../model';
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/types';
import { isArticleNote } from '../notes/article-note';

export interface ExportData {
  articles: Article[];
  annotations: Annotation[];
}

export function positionOf(a: Annotation): TextPositionSelector | undefined {
  return a.selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

export function quoteOf(a: Annotation): TextQuoteSelector | undefined {
  return a.selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

const time = (iso: string | undefined) => (iso ? Date.parse(iso) || 0 : 0);

/**
 * Text order. Notes on the whole article come first (they are about all of it), highlights
 * without a position last; within each, creation time, then id.
 */
export function compareInText(a: Annotation, b: Annotation): number {
  const pa = isArticleNote(a) ? -Infinity : (positionOf(a)?.start ?? Infinity);
  const pb = isArticleNote(b) ? -Infinity : (positionOf(b)?.start ?? Infinity);
  if (pa !== pb) return pa < pb ? -1 : 1;
  return time(a.created) - time(b.created) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export interface ArticleGroup {
  article: Article;
  annotations: Annotation[];
}

/** A stand-in article for annotations whose article record is missing. */
function placeholderArticle(a: Annotation): Article {
  let site = '';
  try {
    site = new URL(a.pageUrl).hostname;
  } catch {
    /* not a URL: leave the site empty */
  }
  return { key: a.articleKey, url: a.pageUrl, title: a.pageUrl, site, firstVisit: a.created, lastVisit: a.created };
}

/**
 * Group annotations by article; articles without annotations are left out. Groups are ordered by
 * their latest annotation (created), newest first.
 */
export function groupByArticle(data: ExportData): ArticleGroup[] {
  const byKey = new Map(data.articles.map((a) => [a.key, a] as const));
  const groups = new Map<string, ArticleGroup>();
  for (const ann of data.annotations) {
    let g = groups.get(ann.articleKey);
    if (!g) {
      g = { article: byKey.get(ann.articleKey) ?? placeholderArticle(ann), annotations: [] };
      groups.set(ann.articleKey, g);
    }
    g.annotations.push(ann);
  }
  const latest = new Map<ArticleGroup, number>();
  for (const g of groups.values()) {
    g.annotations.sort(compareInText);
    latest.set(
      g,
      g.annotations.reduce((m, a) => Math.max(m, time(a.created)), -Infinity),
    );
  }
  return [...groups.values()].sort(
    (x, y) => latest.get(y)! - latest.get(x)! || (x.article.key < y.article.key ? -1 : 1),
  );
}
