/**
 * The fallback for pages no adapter claims (or whose markup changed under their adapter). It
 * decides "article or not" from evidence that survives redesigns, and reads no class names:
 *
 * - one dominant block of paragraph text, with few links (blocks.ts);
 * - a title near the top of it that says what `<title>`, og:title or JSON-LD say (heading.ts);
 * - an address shaped like an article's (url-shape.ts), whose slug spells the title;
 * - a date near the title (byline.ts);
 * - JSON-LD describing this page as an article, or `itemprop=articleBody`, as strong evidence;
 *   `og:type=article` only as weak evidence (home pages declare it, tuoitre.vn articles do not).
 *
 * List, tag, search, author, video and forum pages are rejected: by their address, by their text
 * being teasers under linked headlines, or by posts repeated under user names. The body is taken
 * whole (lead included) and the boxes inside it (related, most read, comments, tags, ads) are
 * skipped (noise.ts).
 */
import type { ArticleInfo } from './types';
import { COMMON_NOISE, isNonArticlePage } from './adapter';
import { toIsoDate } from './dates';
import { all, clean, first, isArticleLd, jsonLd, ldString, ldTypes, ldUrl, meta, type LdObject } from './page';
import { cleanUrl } from '../url/canonical';
import { articleKey } from './article-key';
import { slugify } from '../text/normalize';
import { densestBlock, paragraphUnits, weight, widen, type Unit } from './blocks';
import { findNoise } from './noise';
import { findLead, findTitle } from './heading';
import { dateNearTitle, findByline } from './byline';
import { urlShape } from './url-shape';
import { DocOrder } from './order';

/** Evidence weights: an article needs MIN_SCORE, and a title near its text or strong evidence. */
export const EVIDENCE = {
  strong: 3,
  title: 2,
  /** A title found only as the nearest long <h1>, on a page that declares no title. */
  undeclaredTitle: 1,
  urlShape: 1,
  slugSpellsTitle: 1,
  date: 1,
  dominant: 1,
  ogArticle: 0.5,
} as const;
const MIN_SCORE = 4;
/** The body's share of the page's running text for it to be "the" block. */
const DOMINANT_SHARE = 0.5;
/** Minimum body: characters, paragraphs; maximum share of linked text. */
const MIN_TEXT = 300;
const MIN_PARAS = 2;
const MAX_LINK_DENSITY = 0.35;
/** Running text between title and body beyond which the title is not "near": a lead fits. */
const MAX_GAP = 800;
/**
 * Headline links in the body beyond which it is a list: at least this many, and one for every
 * two paragraphs or fewer (a list of stories whose headlines and summaries share a paragraph).
 */
const LIST_HEADLINES = 4;
/** Characters of link text that make a link read as a headline rather than an inline reference. */
const HEADLINE_LINK = 20;
/** A video page still counts when it carries a full article under the player. */
const VIDEO_TEXT = 1500;

const FORUM_TYPES = new Set(['discussionforumposting', 'qapage', 'socialmediaposting']);
const USER_MARKER = '[class*="user" i], [class*="member" i], [class*="avatar" i], [class*="poster" i]';

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

const tagClass = (el: Element) => `${el.localName}.${(el.getAttribute('class') ?? '').trim().split(/\s+/)[0]}`;

/** Posts repeated under user names around the text: a forum thread or a comment page. */
function repeatedPosts(body: Element): boolean {
  let a: Element | null = body;
  for (let depth = 0; a?.parentElement && depth < 8; a = a.parentElement, depth++) {
    const sig = tagClass(a);
    const peers = Array.from(a.parentElement.children).filter((c) => tagClass(c) === sig);
    if (peers.length >= 3 && peers.filter((p) => p.querySelector(USER_MARKER)).length >= 3) return true;
  }
  return false;
}

function inNoise(el: Element, noise: readonly Element[]): boolean {
  return noise.some((n) => n.contains(el));
}

/** Links that read like headlines of other stories: long text, to an article-shaped address. */
function headlineLinks(body: Element, noise: readonly Element[], pageUrl: string): number {
  let n = 0;
  for (const a of all(body, 'a[href]')) {
    if (clean(a.textContent).length < HEADLINE_LINK || inNoise(a, noise)) continue;
    try {
      if (urlShape(new URL(a.getAttribute('href') ?? '', pageUrl).href) === 'article') n++;
    } catch {
      /* not a URL */
    }
  }
  return n;
}

interface BodyStats {
  /** Characters of text in the body, boxes left out (captions and byline count). */
  text: number;
  paras: number;
  linkDensity: number;
  weight: number;
}

function bodyStats(body: Element, units: Unit[], noise: readonly Element[]): BodyStats {
  const mine = units.filter((u) => body.contains(u.el) && !inNoise(u.el, noise) && !u.teaser);
  let linked = 0;
  for (const a of all(body, 'a')) if (!inNoise(a, noise)) linked += clean(a.textContent).length;
  let text = clean(body.textContent).length;
  for (const n of noise) text -= clean(n.textContent).length;
  return {
    text,
    paras: mine.reduce((s, u) => s + u.paras, 0),
    linkDensity: text > 0 ? linked / text : 1,
    weight: mine.reduce((s, u) => s + weight(u), 0),
  };
}

/** Running text between the title and the body: a lead fits, a page of other stories does not. */
function gap(title: Element, body: Element, units: Unit[], order: DocOrder): number {
  if (body.contains(title)) return 0;
  if (!order.follows(body, title)) return Number.POSITIVE_INFINITY;
  let g = 0;
  for (const u of units) {
    if (body.contains(u.el) || title.contains(u.el)) continue;
    if (order.follows(u.el, title) && order.follows(body, u.el)) g += weight(u);
  }
  return g;
}

/** Words of the address's slug that spell the title ("quoc-hoi-thong-qua-luat-…"). */
function slugSpellsTitle(url: string, title: string): boolean {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname).toLowerCase();
  } catch {
    return false;
  }
  const words = slugify(title)
    .split('-')
    .filter((w) => w.length > 1);
  if (words.length < 4) return false;
  const inSlug = new Set(path.split(/[^a-z0-9]+/));
  return words.filter((w) => inSlug.has(w)).length >= 0.6 * words.length;
}

export function detectGeneric(doc: Document, url: string, site = 'generic'): ArticleInfo | null {
  if (isNonArticlePage(doc, url)) return null;
  const shape = urlShape(url);
  if (shape === 'forum') return null;
  const objects = jsonLd(doc);
  if (objects.some((o) => ldTypes(o).some((t) => FORUM_TYPES.has(t)))) return null;
  const key = articleKey(doc, url);
  const ld = ldArticle(objects, [key, cleanUrl(url) ?? url]);
  const itemprop = first(doc, ['[itemprop="articleBody"]']);
  const strong = !!ld || !!itemprop;
  if (shape === 'list' && !strong) return null;

  const order = new DocOrder(doc.body ?? doc);
  const units = paragraphUnits(doc.body ?? doc);
  const core = densestBlock(units);
  const body = itemprop ?? (core ? widen(core, units, order) : null);
  if (!body) return null;
  const noise = findNoise(body, core && body.contains(core) ? core : null, url);
  const stats = bodyStats(body, units, noise);
  if (stats.text < MIN_TEXT || stats.paras < MIN_PARAS || stats.linkDensity >= MAX_LINK_DENSITY) return null;
  if (repeatedPosts(body)) return null;
  const headlines = headlineLinks(body, noise, url);
  if (headlines >= LIST_HEADLINES && headlines * 2 >= stats.paras) return null;
  const ogType = meta(doc, ['og:type'])?.toLowerCase() ?? '';
  const video =
    shape === 'video' || ogType.startsWith('video') || (objects.some((o) => ldTypes(o).includes('videoobject')) && !ld);
  if (video && stats.text < VIDEO_TEXT) return null;

  const found = findTitle(doc, body, order);
  const near = !!found && gap(found.el, body, units, order) <= MAX_GAP;
  const titleText = found ? clean(found.el.textContent) : '';
  let total = 0;
  for (const u of units) total += weight(u);
  const published =
    toIsoDate(meta(doc, ['article:published_time', 'datePublished', 'pubdate'])) ??
    toIsoDate(ldString(ld, 'datePublished')) ??
    dateNearTitle(order, near ? found.el : null, body);

  const score =
    (strong ? EVIDENCE.strong : 0) +
    (near ? (found.declared ? EVIDENCE.title : EVIDENCE.undeclaredTitle) : 0) +
    (shape === 'article' ? EVIDENCE.urlShape : 0) +
    (near && slugSpellsTitle(url, titleText) ? EVIDENCE.slugSpellsTitle : 0) +
    (published ? EVIDENCE.date : 0) +
    (total > 0 && stats.weight / total >= DOMINANT_SHARE ? EVIDENCE.dominant : 0) +
    (ogType === 'article' ? EVIDENCE.ogArticle : 0);
  if (!(strong || near) || score < MIN_SCORE) return null;

  const titleEl = near ? found.el : null;
  // The heading the metadata confirms; else what JSON-LD says; else the heading taken as a guess.
  const title =
    (near && found.declared && titleText) ||
    ldString(ld, 'headline') ||
    (near && titleText) ||
    clean(meta(doc, ['og:title'])) ||
    clean(doc.title) ||
    clean(first(doc, ['h1'])?.textContent);
  if (!title) return null;
  const leadEl = findLead(doc, titleEl, body, order);
  const regions: Element[] = [];
  for (const el of [titleEl, leadEl, body])
    if (el && !regions.some((r) => r === el || r.contains(el))) regions.push(el);
  return {
    site,
    regions,
    body,
    title,
    lead: leadEl ? clean(leadEl.textContent) : '',
    published,
    author: ldString(ld, 'author') ?? findByline(doc, titleEl, body, noise),
    canonicalUrl: key,
    exclude: COMMON_NOISE,
    skip: noise,
    via: 'generic',
  };
}
