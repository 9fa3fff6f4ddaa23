/**
 * Who wrote an article and when, read off the page near the article itself: a date close to the
 * title (not the header's "today"), a byline element next to the title or a bold, right-aligned
 * name closing the text. Used by the generic path, and by adapters when their selectors find
 * nothing. Page-wide metadata that names the publisher ("Báo Pháp luật Việt Nam", a CMS
 * vendor's "Công nghệ ChannelVN") is not a byline.
 */
import { toIsoDate } from './dates';
import { all, clean, meta } from './page';
import { inPageChrome } from './blocks';
import type { DocOrder } from './order';

/** How far from the title (in elements, either way) a date may be. */
const DATE_REACH = 80;
/** Text of at most this length is looked at for a date or a name. */
const SHORT = 120;
/** Something with a year: 20/6/2012, 13-11-2018, 16.1.2012, ngày 5 tháng 6 năm 2019, ISO. */
const HAS_DATE = /\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|tháng\s+\d{1,2}\s+năm\s+\d{4}|(?:19|20)\d{2}-\d{2}-\d{2}/i;

/** The publication date written nearest the title (or, without one, the top of the text). */
export function dateNearTitle(order: DocOrder, title: Element | null, body: Element): string | undefined {
  const els = order.elements;
  const anchor = order.of(title ?? body);
  if (anchor < 0) return undefined;
  let best: { iso: string; distance: number } | undefined;
  const lo = Math.max(0, anchor - DATE_REACH);
  const hi = Math.min(els.length - 1, anchor + DATE_REACH);
  for (let i = lo; i <= hi; i++) {
    const el = els[i];
    if (el === title || title?.contains(el)) continue;
    const dt = el.getAttribute('datetime');
    const text = dt ?? ((el.textContent?.length ?? 0) <= SHORT * 2 ? clean(el.textContent) : '');
    if (!text || text.length > SHORT || !(dt || HAS_DATE.test(text))) continue;
    if (inPageChrome(el)) continue;
    const iso = toIsoDate(text);
    if (!iso) continue;
    // Nested elements with the same date: the innermost wins by coming later, at equal distance.
    const distance = Math.abs(i - anchor);
    if (!best || distance <= best.distance) best = { iso, distance };
  }
  return best?.iso;
}

const BYLINE_CLASS =
  '[itemprop="author"], [rel="author"], [class*="author" i], [class*="byline" i], [class*="tacgia" i], [class*="tac-gia" i], [class*="writer" i], [class*="reporter" i], [id*="author" i]';
const PREFIX = /^(tác giả|bài và ảnh|bài, ảnh|bài|ảnh|theo|by|pv|nhóm pv)\s*:\s*/i;
const SEPARATOR = /^(-|–|,|&|và)$/;

function tidy(s: string): string {
  return clean(s)
    .replace(PREFIX, '')
    .replace(/[\s,;|–-]+$/, '')
    .trim();
}

/**
 * A person's name, or several: two to eight words, no digits or sentence punctuation, each word
 * capitalised (or the whole in capitals), perhaps followed by a source in brackets. `loose` (a bold or right-aligned closing line) also
 * allows a lower-case tail ("Nhóm phóng viên").
 */
export function looksLikeName(byline: string, loose = false): boolean {
  // A trailing agency or source in brackets is part of a byline: "Phương Hoa (TTXVN)".
  const s = byline.replace(/\s*\([^()]{1,24}\)$/, '');
  if (!s || s.length > 60 || /[\d:()[\]"“”!?@/]/.test(s) || /\.$/.test(s)) return false;
  const words = s.split(/\s+/).filter((w) => !SEPARATOR.test(w));
  if (words.length < 2 || words.length > 8) return false;
  if (!/^\p{Lu}/u.test(words[0])) return false;
  return loose || s === s.toUpperCase() || words.every((w) => /^\p{Lu}/u.test(w));
}

function notIn(el: Element, noise: readonly Element[]): boolean {
  return !noise.some((n) => n.contains(el));
}

/** The common ancestor of title and body, short of the page body itself. */
function articleArea(title: Element | null, body: Element): Element {
  let area: Element = body.parentElement ?? body;
  if (title) while (!area.contains(title) && area.parentElement) area = area.parentElement;
  const t = (area.localName ?? '').toLowerCase();
  return t === 'body' || t === 'html' ? (body.parentElement ?? body) : area;
}

const BLOCKS = 'p, div, td, li, h4, h5, h6, span[style*="right"], strong, b';

/** The closing line of the text when it is a name set in bold or to the right. */
function closingName(body: Element, noise: readonly Element[]): string | undefined {
  const blocks = all(body, BLOCKS).filter((el) => notIn(el, noise));
  let seen = 0;
  for (let i = blocks.length - 1; i >= 0 && seen < 3; i--) {
    const el = blocks[i];
    const text = tidy(el.textContent ?? '');
    if (!text || el.querySelector('p, div, li')) continue;
    seen++;
    const styled =
      /right/i.test(
        `${el.getAttribute('style') ?? ''} ${el.getAttribute('align') ?? ''} ${el.getAttribute('class') ?? ''}`,
      ) ||
      !!el.closest('[style*="right"], [align="right"]') ||
      /author|byline|tacgia/i.test(el.getAttribute('class') ?? '') ||
      (!!el.querySelector('strong, b') &&
        clean(el.querySelector('strong, b')?.textContent) === clean(el.textContent)) ||
      /^(strong|b)$/i.test(el.localName ?? '');
    if (styled && looksLikeName(text, true)) return text;
    if (text.length > 60) return undefined; // the last lines are running text: no byline
  }
  return undefined;
}

/** An organisation, not a person: what publishers put in `<meta name="author">`. */
const ORGANISATION =
  /báo|tạp chí|tap chi|công ty|công nghệ|online|\.vn|\.com|\.net|news|tin tức|điện tử|truyền hình|đài |thông tấn/i;

/** The byline: an author element in the article's area, else a name closing the text, else a personal meta author. */
export function findByline(
  doc: Document,
  title: Element | null,
  body: Element,
  noise: readonly Element[],
): string | undefined {
  const area = articleArea(title, body);
  for (const el of all(area, BYLINE_CLASS)) {
    if (!notIn(el, noise) || (el.textContent?.length ?? 0) > SHORT * 2) continue;
    const text = tidy(el.textContent ?? '');
    if (looksLikeName(text)) return text;
  }
  const closing = closingName(body, noise);
  if (closing) return closing;
  const m = clean(meta(doc, ['author', 'article:author']));
  return m && !ORGANISATION.test(m) && m !== clean(meta(doc, ['og:site_name'])) ? m : undefined;
}
