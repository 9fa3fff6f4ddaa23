/**
 * The fallback for pages no adapter claims (or whose markup changed under their adapter).
 * Evidence, strongest first: a JSON-LD article about this page, `itemprop=articleBody`, an
 * `<article>` element, then a readability-style text-density search. `og:type=article` is only
 * supporting evidence: home pages declare it, and a tuoitre.vn article declares `website`.
 */
import type { ArticleInfo } from './types';
import { COMMON_NOISE, isNonArticlePage } from './adapter';
import { toIsoDate } from './dates';
import { all, clean, first, isArticleLd, jsonLd, ldString, ldUrl, meta, textOf, type LdObject } from './page';
import { articleKey, cleanUrl } from '../url/canonical';

const CHROME = 'header, footer, nav, aside, [role="navigation"], [role="banner"], [role="contentinfo"]';

interface Stats {
  text: number;
  paragraphs: number;
  linkDensity: number;
}

function stats(el: Element): Stats {
  const text = clean(el.textContent).length;
  let linked = 0;
  for (const a of all(el, 'a')) linked += clean(a.textContent).length;
  const paragraphs = all(el, 'p').filter((p) => clean(p.textContent).length >= 60).length;
  return { text, paragraphs, linkDensity: text ? linked / text : 1 };
}

const looksLikeBody = (s: Stats) => s.text >= 400 && s.paragraphs >= 2 && s.linkDensity < 0.35;

/** The JSON-LD article describing this page: the one whose URL is this page, or the only one. */
function ldArticle(objects: LdObject[], keys: string[]): LdObject | undefined {
  const articles = objects.filter(isArticleLd);
  const mine = articles.find((o) => {
    const u = ldUrl(o);
    const c = u ? cleanUrl(u, keys[0]) : null;
    return !!c && keys.includes(c);
  });
  // A lone article without a URL is taken to be this page; one pointing elsewhere is a teaser.
  return mine ?? (articles.length === 1 && !ldUrl(articles[0]) ? articles[0] : undefined);
}

/** Readability in miniature: the container that holds the most paragraph text, links discounted. */
function densest(doc: Document): Element | null {
  const score = new Map<Element, number>();
  for (const p of all(doc, 'p')) {
    const len = clean(p.textContent).length;
    if (len < 40) continue;
    try {
      if (p.closest(CHROME)) continue;
    } catch {
      /* matcher failure: count it */
    }
    const s = 1 + Math.min(len / 100, 3) + (p.textContent!.match(/,/g)?.length ?? 0) * 0.25;
    const parent = p.parentElement;
    if (parent) score.set(parent, (score.get(parent) ?? 0) + s);
    const grand = parent?.parentElement;
    if (grand) score.set(grand, (score.get(grand) ?? 0) + s / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    const adjusted = s * (1 - stats(el).linkDensity);
    if (adjusted > bestScore) [best, bestScore] = [el, adjusted];
  }
  return bestScore >= 6 ? best : null;
}

function largestArticle(doc: Document): Element | null {
  let best: Element | null = null;
  let bestLen = 0;
  for (const a of all(doc, 'article')) {
    const s = stats(a);
    if (looksLikeBody(s) && s.text > bestLen) [best, bestLen] = [a, s.text];
  }
  return best;
}

export function detectGeneric(doc: Document, url: string, site = 'generic'): ArticleInfo | null {
  if (isNonArticlePage(doc, url)) return null;
  const key = articleKey(doc, url);
  const page = cleanUrl(url) ?? url;
  const ld = ldArticle(jsonLd(doc), [key, page]);
  const ogArticle = meta(doc, ['og:type'])?.toLowerCase() === 'article';
  const h1 = first(doc, ['article h1', 'main h1', 'h1']);

  const itemprop = first(doc, ['[itemprop="articleBody"]']);
  const article = largestArticle(doc);
  const dense = itemprop || article ? null : densest(doc);
  const body = itemprop ?? article ?? dense;
  if (!body || !looksLikeBody(stats(body))) return null;
  // A density guess alone is not enough: a list page can be dense too.
  const evidence = !!ld || !!itemprop || (!!article && !!h1) || (!!dense && !!h1 && ogArticle);
  if (!evidence) return null;

  const title = ldString(ld, 'headline') ?? (textOf(h1) || clean(meta(doc, ['og:title'])) || clean(doc.title));
  if (!title) return null;
  const titleEl = h1 && textOf(h1) && (title.includes(textOf(h1)) || textOf(h1).includes(title)) ? h1 : null;
  const leadEl = first(body.parentElement ?? doc, [
    '.sapo',
    '[class*="sapo"]',
    '.lead',
    '[class*="summary"]',
    '[class*="chapeau"]',
    'p.description',
  ]);
  const lead = leadEl && textOf(leadEl).length <= 800 && !leadEl.contains(body) ? leadEl : null;

  const regions: Element[] = [];
  for (const el of [titleEl, lead, body]) if (el && !regions.some((r) => r === el || r.contains(el))) regions.push(el);
  const published =
    toIsoDate(meta(doc, ['article:published_time', 'datePublished', 'pubdate'])) ??
    toIsoDate(ldString(ld, 'datePublished')) ??
    toIsoDate(first(body.parentElement ?? doc, ['time[datetime]'])?.getAttribute('datetime'));
  const author = ldString(ld, 'author') ?? (clean(meta(doc, ['author', 'article:author'])) || undefined);
  return {
    site,
    regions,
    body,
    title,
    lead: textOf(lead),
    published,
    author,
    canonicalUrl: key,
    exclude: COMMON_NOISE,
    via: 'generic',
  };
}
