/**
 * An article's title and lead as the page shows them, found without class names: the title is
 * the heading near the top that says what `<title>`, `og:title` or JSON-LD say; the lead is the
 * passage between that heading and the running text (a sapo, a description, a summary), told by
 * its place, by the words sites use for it, or by matching the page's meta description.
 */
import { matchKey } from '../text/normalize';
import { all, clean, isArticleLd, jsonLd, ldString, meta } from './page';
import { inPageChrome } from './blocks';
import type { DocOrder } from './order';

const TITLE_CANDIDATES =
  'h1, h2, h3, [class*="title" i], [class*="headline" i], [class*="heading" i], [class*="tieude" i], [id*="title" i], [itemprop="headline"]';
const LEAD_HINT =
  /(^|[\s_-])(sapo\w*|lead\w*|summary|chapeau|chappeau|description|desc|intro\w*|excerpt|tomtat|short_intro|teaser|standfirst)([\s_-]|$)/i;
/** A title has at least this many words; section names ("Thời sự", "Giới thiệu") have fewer. */
const MIN_TITLE_WORDS = 4;

/** Letters and digits only, lower case, one tone-placement style. */
function key(s: string): string {
  return matchKey(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What the page says its title is: og:title, twitter:title, JSON-LD headline, `<title>` and its parts. */
export function declaredTitles(doc: Document): string[] {
  const out = [
    meta(doc, ['og:title']),
    meta(doc, ['twitter:title']),
    ldString(jsonLd(doc).find(isArticleLd), 'headline'),
  ];
  const title = clean(doc.title);
  if (title) {
    out.push(title);
    // "VnExpress - Quốc hội thông qua …", "… | Chính trị - Xã hội | Thanh Niên Online"
    out.push(...title.split(/\s+[|–—:]{1,2}\s+|\s+-\s+/));
  }
  return [...new Set(out.map((t) => key(t ?? '')).filter((t) => t.split(' ').length >= 2))];
}

/** The same title: equal, or one contains the other and is most of it, or most words shared. */
export function sameTitle(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.includes(short) && short.length >= 0.6 * long.length) return true;
  const wa = new Set(a.split(' '));
  const wb = new Set(b.split(' '));
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.max(wa.size, wb.size) >= 0.8;
}

export interface TitleFound {
  el: Element;
  /** It says what the page's metadata says (otherwise it is only the heading nearest the text). */
  declared: boolean;
}

/** The innermost element of a nest that all hold the same text (div.title_news > h1). */
function innermost(el: Element): Element {
  let cur = el;
  while (cur.children.length === 1 && clean(cur.children[0].textContent) === clean(cur.textContent)) {
    cur = cur.children[0];
  }
  return cur;
}

/**
 * The article's heading: among headings and title-like elements before the running text (or at
 * its top), the nearest one that matches a declared title; failing that, the nearest long `<h1>`
 * (`declared: false`).
 */
export function findTitle(doc: Document, body: Element, order: DocOrder): TitleFound | null {
  const declared = declaredTitles(doc);
  let best: TitleFound | null = null;
  for (const raw of all(doc, TITLE_CANDIDATES)) {
    const el = innermost(raw);
    const text = clean(el.textContent);
    if (text.length < 10 || text.length > 300 || text.split(' ').length < MIN_TITLE_WORDS) continue;
    if (inPageChrome(el) || el.closest('a')) continue;
    const before = order.follows(body, el) || body.contains(el);
    if (!before) continue;
    const k = key(text);
    const matches = declared.some((d) => sameTitle(k, d));
    // A long <h1> that says something else than <title> (an SEO title, a shortened headline) is a
    // guess, worth less as evidence than a heading the metadata confirms.
    if (!matches && (el.localName ?? '').toLowerCase() !== 'h1') continue;
    // Later candidates are nearer the text; a matching one beats a guess.
    if (!best || matches || !best.declared) best = { el, declared: matches };
  }
  return best;
}

const tagOf = (el: Element) => (el.localName || el.tagName || '').toLowerCase();

/** How far after the title a lead may be looked for, in elements. */
const LEAD_REACH = 400;

/** Elements after `a` and before `b` in document order (not a's descendants nor b's ancestors), outermost first. */
function between(order: DocOrder, a: Element, b: Element): Element[] {
  const els = order.elements;
  const from = order.of(a);
  const to = order.of(b);
  const out: Element[] = [];
  if (from < 0 || to < 0) return out;
  for (let i = from + 1; i < to && i <= from + LEAD_REACH; i++) {
    const el = els[i];
    if (a.contains(el) || el.contains(b) || out.some((o) => o.contains(el))) continue;
    out.push(el);
  }
  return out;
}

function linkShare(el: Element): number {
  const len = clean(el.textContent).length;
  let linked = 0;
  for (const a of all(el, 'a')) linked += clean(a.textContent).length;
  return len ? linked / len : 1;
}

/** A dateline or byline row ("Thứ ba, 13/11/2018 09:35 GMT+7 | Thành Chung"), not a lead. */
const DATELINE = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}/;

function looksLikeLead(el: Element): boolean {
  const text = clean(el.textContent);
  if (text.length < 40 || text.length > 800 || linkShare(el) > 0.3) return false;
  if (text.length < 120 && DATELINE.test(text)) return false;
  if (/^(ul|ol|figure|figcaption|table|form)$/.test(tagOf(el)) || inPageChrome(el)) return false;
  return true;
}

/**
 * The lead: between the title and the running text (or first in it), the element that sites
 * name as one (sapo, lead, description, summary…), or whose text is the meta description, or the
 * first passage of sentence length there.
 */
export function findLead(doc: Document, title: Element | null, body: Element, order: DocOrder): Element | null {
  const description = key(meta(doc, ['og:description', 'description', 'twitter:description']) ?? '').slice(0, 40);
  const pool: Element[] = [];
  if (title && !body.contains(title)) {
    for (const el of between(order, title, body)) pool.push(el, ...all(el, '*'));
  }
  // A lead inside the container comes before the first paragraph (ione, old Tuổi Trẻ).
  const firstBlocks = Array.from(body.children).slice(0, 3);
  for (const el of firstBlocks) if (!title || order.follows(el, title)) pool.push(el);

  const fits = pool.filter((el) => !title?.contains(el) && looksLikeLead(el));
  const named = fits.find((el) => LEAD_HINT.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`));
  if (named) return named;
  if (description.length >= 20) {
    const same = fits.find((el) => {
      const k = key(el.textContent ?? '');
      return k.startsWith(description) || description.startsWith(k.slice(0, 40));
    });
    if (same) return same;
  }
  // Otherwise a sentence right after the title, outside the container: an <h2>, a <p>.
  return (
    fits.find((el) => !body.contains(el) && /^(h2|h3|p|div)$/.test(tagOf(el)) && !el.querySelector('p ~ p')) ?? null
  );
}
