/**
 * Where a page's running text is, decided from structure alone: paragraph units (a `<p>`, or a
 * container's own text, which old templates split with `<br>`), teasers (a summary right after a
 * linked headline, as on list pages) told apart, and the one element that holds most of the
 * text. Survives redesigns because it reads no class names.
 */
import { all } from './page';
import type { DocOrder } from './order';

const tag = (el: Element) => (el.localName || el.tagName || '').toLowerCase();

/** Page furniture: text inside never counts towards the article. */
const CHROME_TAGS = new Set(['footer', 'nav', 'aside']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary']);
const MAIN_TAGS = new Set(['article', 'main']);

/**
 * Inside the page's furniture: navigation, footer, sidebars, and a `<header>` that is the
 * page's (an article's own `<header>`, holding its title and date, is not). A walk up the
 * ancestors: `closest()` with a selector list costs far more on every paragraph of a page.
 */
export function inPageChrome(el: Element): boolean {
  let header = false;
  for (let a: Element | null = el; a; a = a.parentElement) {
    const t = tag(a);
    if (CHROME_TAGS.has(t) || CHROME_ROLES.has(a.getAttribute('role') ?? '')) return true;
    if (t === 'header') header = true;
    else if (header && (MAIN_TAGS.has(t) || a.getAttribute('role') === 'main')) return false;
  }
  return header;
}

const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'big',
  'cite',
  'code',
  'del',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);
const NEVER_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'button', 'option']);
const CANDIDATES = 'p, div, td, blockquote, dd, li, section, article, center, font';
/** Shorter than this, a `<p>` is not a paragraph of running text (a dateline, a label). */
const MIN_P = 40;
/** A container's own text must be longer to count: it is often a caption or a button row. */
const MIN_CONTAINER = 60;
/** A `<br>`-separated run this long counts as a paragraph of its own. */
const MIN_RUN = 40;

export interface Unit {
  el: Element;
  /** Length of the element's own text (not inside nested blocks), white space folded. */
  len: number;
  /** The part of it inside links. */
  linked: number;
  /** Paragraphs it stands for: one, or the `<br>`-separated runs of an old template's text block. */
  paras: number;
  /** A summary right after a linked headline: list pages are made of these. */
  teaser: boolean;
}

const folded = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().length;

function linkedLength(el: Element): number {
  if (tag(el) === 'a') return folded(el.textContent);
  let n = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) n += folded(links[i].textContent);
  return n;
}

/** The element's own text: text nodes and inline children, not nested blocks. */
function ownText(el: Element): { len: number; linked: number; paras: number } {
  let len = 0;
  let linked = 0;
  let paras = 0;
  let run = 0;
  const endRun = () => {
    if (run >= MIN_RUN) paras++;
    run = 0;
  };
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      const k = folded(n.textContent);
      len += k;
      run += k;
    } else if (n.nodeType === 1) {
      const c = n as Element;
      const t = tag(c);
      if (INLINE.has(t)) {
        const k = folded(c.textContent);
        len += k;
        run += k;
        linked += linkedLength(c);
      } else endRun();
    }
  }
  endRun();
  return { len, linked, paras: Math.max(paras, 1) };
}

/** Skips empty elements, images and thumbnails: what sits between a headline and its summary. */
function previousWithText(el: Element): Element | null {
  for (let p = el.previousElementSibling; p; p = p.previousElementSibling) if (folded(p.textContent) > 0) return p;
  return null;
}

/** A short element whose text is (almost) all one link: a headline in a list (not a list of links). */
function isLinkedHeadline(el: Element | null): boolean {
  if (!el || tag(el) === 'ul' || tag(el) === 'ol') return false;
  const len = folded(el.textContent);
  if (len < 10 || len > 220 || linkedLength(el) < 0.8 * len) return false;
  // One destination (a thumbnail and a title may both link to it), and a real page: not a row of
  // share buttons pointing at "#".
  const links = tag(el) === 'a' ? [el] : all(el, 'a[href]');
  const hrefs = new Set(links.map((a) => a.getAttribute('href') ?? ''));
  return links.length <= 2 && hrefs.size === 1 && !/^(#|javascript:)/i.test([...hrefs][0]);
}

function isTeaser(el: Element): boolean {
  if (isLinkedHeadline(previousWithText(el))) return true;
  // <div class="item"><h3><a>…</a></h3><div class="sum"><p>summary</p></div></div>
  const parent = el.parentElement;
  const only = !el.previousElementSibling && !el.nextElementSibling;
  return !!parent && only && isLinkedHeadline(previousWithText(parent));
}

function insideNeverText(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) if (NEVER_TEXT.has(tag(a))) return true;
  return false;
}

/** Every paragraph unit under root, in document order, outside page furniture. */
export function paragraphUnits(root: ParentNode): Unit[] {
  const units: Unit[] = [];
  for (const el of all(root, CANDIDATES)) {
    const isP = tag(el) === 'p';
    const own = isP ? { len: folded(el.textContent), linked: linkedLength(el), paras: 1 } : ownText(el);
    if (own.len < (isP ? MIN_P : MIN_CONTAINER)) continue;
    if (own.linked >= 0.5 * own.len) continue;
    if (inPageChrome(el) || insideNeverText(el)) continue;
    units.push({ el, ...own, teaser: isTeaser(el) });
  }
  return units;
}

/** What a unit adds to the evidence: its unlinked text; teasers add nothing. */
export const weight = (u: Unit) => (u.teaser ? 0 : u.len - u.linked);

/** The element holding the most paragraph text: each unit counts fully for its parent and half for its grandparent. */
export function densestBlock(units: Unit[]): Element | null {
  const score = new Map<Element, number>();
  for (const u of units) {
    const w = weight(u);
    if (!w) continue;
    const parent = u.el.parentElement;
    if (!parent) continue;
    score.set(parent, (score.get(parent) ?? 0) + w);
    const grand = parent.parentElement;
    if (grand) score.set(grand, (score.get(grand) ?? 0) + w / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) if (s > bestScore) [best, bestScore] = [el, s];
  return best;
}

/**
 * Widens the block to its parent while the parent holds more of the running text directly: the
 * first paragraphs sit beside a wrapper that holds the rest (older Dân trí). One paragraph just
 * before the block is taken to be the lead, which is found on its own, and is not a reason.
 */
export function widen(block: Element, units: Unit[], order: DocOrder): Element {
  let b = block;
  for (let step = 0; step < 3; step++) {
    const parent = b.parentElement;
    if (!parent || tag(parent) === 'body' || tag(parent) === 'html') break;
    const others = units.filter((u) => u.el.parentElement === parent && !b.contains(u.el) && weight(u) > 0);
    const after = others.some((u) => order.follows(u.el, b));
    if (!(others.length >= 2 || after)) break;
    b = parent;
  }
  return b;
}
