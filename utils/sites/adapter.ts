/**
 * The machinery every site adapter shares. An adapter is data: a URL test and selector lists
 * (first guesses with fallbacks, tried in order, because sites change markup); `runAdapter`
 * does the rest. Families of sites running the same CMS share one selector set.
 */
import type { ArticleInfo } from './types';
import { articleKey } from './article-key';
import { toIsoDate } from './dates';
import { all, clean, first, isArticleLd, jsonLd, ldString, meta, textOf } from './page';
import { findNoise } from './noise';
import { densestBlock, paragraphUnits } from './blocks';
import { DocOrder } from './order';
import { findLead } from './heading';
import { dateNearTitle, findByline } from './byline';

export interface SiteAdapter {
  id: string;
  /** Article URLs: tested against pathname + search. */
  articleUrl: RegExp[];
  title: string[];
  lead: string[];
  body: string[];
  /** Elements whose `datetime`/`content` attribute or text holds the publication date. */
  date: string[];
  author: string[];
  /** Noise inside the body, on top of COMMON_NOISE. */
  exclude: string[];
}

type Selectors = Omit<SiteAdapter, 'id' | 'articleUrl'>;

/** Noise found on most Vietnamese news sites, inside or right after the body container. */
export const COMMON_NOISE = [
  '.related',
  '[class*="related"]',
  '[class*="relate-"]',
  '[class*="box-relate"]',
  '.cms-relate',
  '[class*="tinlienquan"]',
  '[class*="tag-list"]',
  '.tags',
  '.box-tag',
  '[class*="article__tag"]',
  '[class*="detail-tag"]',
  '[class*="comment"]',
  '[id*="comment"]',
  '[class*="share"]',
  '[class*="social"]',
  '[class*="toolbar"]',
  '.adsbygoogle',
  '[class~="ads"]',
  '[class^="ads-"]',
  '[class*=" ads-"]',
  '[id^="ads"]',
  '[id^="div-gpt-ad"]',
  '[class*="banner"]',
  '[class*="advert"]',
  '[class*="quangcao"]',
  '[class*="doc-them"]',
  '[class*="docthem"]',
  '[class*="read-more"]',
  '[class*="readmore"]',
  '[class*="most-read"]',
  '[class*="xem-them"]',
  '[class*="counter"]',
  '[class*="rating"]',
  '[class*="newsletter"]',
  '[class*="print"]',
];

/** Families: sites that run the same CMS. */
export const FAMILY: Record<'cms' | 'vccorp', Selectors> = {
  // nhandan, tienphong, vietnamplus, sggp, plo, hanoimoi (site-markup.md).
  cms: {
    title: ['h1.article__title', 'h1.cms-title', '.article__header h1', 'h1'],
    lead: ['.article__sapo', '.cms-desc', '.article__header .sapo'],
    body: ['div.article__body.cms-body', '.article__body', '.cms-body', '[itemprop="articleBody"]'],
    date: ['.article__meta time', 'time.time', '.cms-date', '.article__meta .time'],
    author: ['.article__author .name', '.cms-author', '.article__author', '.author .name'],
    exclude: ['.cms-relate', '.article__tag', '.article__social', '.box-related', '.cms-note.ads'],
  },
  // The template shared by tuoitre, thanhnien, nld, baochinhphu: VCSortableInPreviewMode boxes.
  vccorp: {
    title: ['h1.detail-title', 'h1.article-title', '[data-role="title"]', 'h1'],
    lead: ['h2.detail-sapo', '.detail-sapo', '[data-role="sapo"]'],
    body: [
      'div.detail-content.afcbc-body',
      '.detail-cmain .detail-content',
      '[data-role="content"]',
      '.detail-content',
    ],
    date: ['[data-role="publishdate"]', '.detail-time', '.date-time'],
    author: ['.detail-author .name', '.author-info .name', '.detail-author', '[data-role="author"]'],
    exclude: [
      '[type="RelatedNewsBox"]',
      '[type="RelatedOneNews"]',
      '[type="BoxTable"][data-class="relate"]',
      '.kbwscwl-relatedbox',
      '.relate-container',
      '.detail-tab',
      '.detail-box-tag',
      '.VCCorpPlayer',
    ],
  },
};

export interface AdapterSpec extends Partial<Selectors> {
  id: string;
  articleUrl: RegExp[];
  /** Selector set this site inherits; its own lists are tried first. */
  family?: Selectors;
}

export function defineAdapter(spec: AdapterSpec): SiteAdapter {
  const base = spec.family;
  const merge = (k: keyof Selectors) => [...new Set([...(spec[k] ?? []), ...(base?.[k] ?? [])])];
  return {
    id: spec.id,
    articleUrl: spec.articleUrl,
    title: merge('title'),
    lead: merge('lead'),
    body: merge('body'),
    date: merge('date'),
    author: merge('author'),
    exclude: merge('exclude'),
  };
}

export function pathOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return null;
  }
}

const ERROR_TEXT =
  /không tìm thấy trang|trang (bạn (đang )?tìm|này) không tồn tại|không tồn tại hoặc đã bị (xóa|xoá)|page not found|lỗi 404|error 404/i;

/**
 * A page that is certainly not an article: the site root, or an error page (which keeps the
 * site's chrome and declares the home page as canonical).
 */
export function isNonArticlePage(doc: Document, url: string): boolean {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return true;
  }
  if (page.pathname === '/' || page.pathname === '') return true;
  const canon = first(doc, ['link[rel="canonical"]'])?.getAttribute('href') ?? meta(doc, ['og:url']);
  if (canon) {
    try {
      const c = new URL(canon, page);
      if ((c.pathname === '/' || c.pathname === '') && !c.search) return true;
    } catch {
      /* ignore a broken canonical */
    }
  }
  const heading = textOf(first(doc, ['h1']));
  return ERROR_TEXT.test(clean(doc.title)) || ERROR_TEXT.test(heading);
}

/** Whether the page itself says it is one article (JSON-LD article type, or og:type=article). */
export function declaresArticle(doc: Document): boolean {
  return jsonLd(doc).some(isArticleLd) || meta(doc, ['og:type'])?.toLowerCase() === 'article';
}

function dateFrom(
  doc: Document,
  selectors: string[],
  ld: ReturnType<typeof jsonLd>,
  title: Element | null,
  body: Element,
  order: () => DocOrder,
): string | undefined {
  const fromMeta = meta(doc, [
    'article:published_time',
    'datePublished',
    'pubdate',
    'publishdate',
    'dc.date.issued',
    'og:article:published_time',
  ]);
  const fromLd = ldString(ld.find(isArticleLd), 'datePublished');
  for (const v of [fromMeta, fromLd]) {
    const iso = toIsoDate(v);
    if (iso) return iso;
  }
  for (const sel of selectors) {
    for (const el of all(doc, sel).slice(0, 3)) {
      const iso =
        toIsoDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title')) ??
        toIsoDate(el.textContent);
      if (iso) return iso;
    }
  }
  return dateNearTitle(order(), title, body);
}

/** The adapter's byline selectors, then JSON-LD, then a byline found on the page, then `<meta name=author>`. */
function authorFrom(
  doc: Document,
  selectors: string[],
  ld: ReturnType<typeof jsonLd>,
  where: { title: Element | null; body: Element; noise: Element[] },
): string | undefined {
  const byline = textOf(first(doc, selectors))
    .replace(/^(tác giả|bài và ảnh|bài, ảnh|bài|theo)\s*:?\s*/i, '')
    .replace(/[\s,;]+$/, '');
  if (byline && byline.length <= 120) return byline;
  return (
    ldString(ld.find(isArticleLd), 'author') ??
    findByline(doc, where.title, where.body, where.noise) ??
    (clean(meta(doc, ['author', 'article:author'])) || undefined)
  );
}

const MIN_BODY_CHARS = 150;

/**
 * At least `min` characters of cleaned text. A long body is judged on its start, so a 100,000-
 * character article is not normalised whole just to be counted (cleaning only shortens text).
 */
function hasText(el: Element, min: number): boolean {
  const raw = el.textContent ?? '';
  if (raw.length < min) return false;
  return clean(raw.slice(0, min * 4)).length >= min || clean(raw).length >= min;
}

/**
 * The article on this page as the adapter sees it, or null. Accepts when the URL looks like an
 * article (or the page declares itself one), the body container exists with some text, and a
 * title can be found.
 */
export function runAdapter(a: SiteAdapter, doc: Document, url: string): ArticleInfo | null {
  const path = pathOf(url);
  if (path === null || isNonArticlePage(doc, url)) return null;
  if (!a.articleUrl.some((re) => re.test(path)) && !declaresArticle(doc)) return null;
  const body = first(doc, a.body);
  if (!body || !hasText(body, MIN_BODY_CHARS)) return null;

  const ld = jsonLd(doc);
  const titleEl = first(doc, a.title);
  const title = textOf(titleEl) || clean(meta(doc, ['og:title'])) || ldString(ld.find(isArticleLd), 'headline') || '';
  if (!title) return null;
  // Document order is needed only when the adapter's own selectors miss the lead or the date.
  let docOrder: DocOrder | undefined;
  const order = () => (docOrder ??= new DocOrder(doc.body ?? doc));
  const leadEl = first(doc, a.lead) ?? findLead(doc, titleEl, body, order());
  // The block holding most of the text is never noise, whatever box label sits above it.
  const noise = findNoise(body, densestBlock(paragraphUnits(body)), url);

  const regions: Element[] = [];
  for (const el of [titleEl, leadEl, body]) {
    if (el && !regions.some((r) => r === el || r.contains(el))) regions.push(el);
  }
  return {
    site: a.id,
    regions,
    body,
    title,
    lead: textOf(leadEl),
    published: dateFrom(doc, a.date, ld, titleEl, body, order),
    author: authorFrom(doc, a.author, ld, { title: titleEl, body, noise }),
    canonicalUrl: articleKey(doc, url),
    exclude: [...a.exclude, ...COMMON_NOISE],
    skip: noise,
    via: 'adapter',
  };
}
