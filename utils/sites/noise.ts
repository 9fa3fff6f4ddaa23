/**
 * Boxes inside an article's container that are not the article, found by what they are rather
 * than by class names (which change with every redesign): a box that opens with a label such as
 * "Tin liên quan" or "Bình luận", a block that is mostly links, an advertisement (named so in its
 * class or id, or an image linking off the site with a line of text), a form. The elements found
 * are skipped by the text index, like the adapters' noise selectors.
 */
import { all, clean } from './page';

const LABELS = [
  'tin liên quan',
  'bài liên quan',
  'các tin liên quan',
  'tin bài liên quan',
  'bài viết liên quan',
  'tin tức liên quan',
  'video liên quan',
  'tin cùng chuyên mục',
  'bài cùng chuyên mục',
  'cùng chuyên mục',
  'tin cùng chủ đề',
  'tin bài cùng chủ đề',
  'bài cùng chủ đề',
  'video cùng chủ đề',
  'video khác',
  'tin khác',
  'các tin khác',
  'bài khác',
  'tin đọc nhiều',
  'đọc nhiều',
  'đọc nhiều nhất',
  'xem nhiều',
  'xem nhiều nhất',
  'tin xem nhiều',
  'tin nổi bật',
  'tin mới',
  'tin mới nhất',
  'tin mới cập nhật',
  'tin hot',
  'tin nóng',
  'đọc thêm',
  'xem thêm',
  'có thể bạn quan tâm',
  'bạn có thể quan tâm',
  'bạn có thể thích',
  'dòng sự kiện',
  'bình luận',
  'ý kiến',
  'ý kiến bạn đọc',
  'gửi bình luận',
  'gửi ý kiến',
  'viết bình luận',
  'tag',
  'tags',
  'từ khóa',
  'từ khoá',
  'chủ đề',
  'quảng cáo',
  'advertisement',
  'tài trợ',
  'tin tài trợ',
  'nội dung tài trợ',
  'sponsored',
  'chia sẻ',
  'share',
  'related',
  'most read',
];
const LABEL_SET = new Set(LABELS);
/** Decorations around a label: "» Tin liên quan:", "Bình luận (12)", "Tags >>". */
const DECOR = /^[\s»>›+\-–•|]+|[\s:»>›|]+$|\s*\(\d+\)\s*$/g;
const LABEL_PREFIX = new RegExp(`^[\\s»>›+•-]*(${LABELS.join('|')})\\s*:`, 'i');

/** Class or id words of advertisements: "ads", "adv", "qc", "quangcao", "banner", "admzone500", "sponsor"... */
const AD_WORD =
  /^(ads?|adv|advert\w*|adsense|adzone\w*|admzone\w*|adbox|adunit|ads\d+\w*|qc|quangcao\w*|banner\w*|sponsor\w*|taitro|dable|taboola|outbrain|gpt)$/i;
const BOX_TAGS = new Set(['div', 'ul', 'ol', 'table', 'section', 'aside', 'nav', 'dl', 'article', 'figure', 'p']);
const INLINE = new Set(['a', 'b', 'strong', 'em', 'i', 'span', 'font', 'u', 'small', 'label', 'h6']);

const tag = (el: Element) => (el.localName || el.tagName || '').toLowerCase();

/** Label text with its decorations removed, lower case, NFC; empty if too long to be a label. */
function labelOf(el: Element): string {
  const raw = el.textContent ?? '';
  if (raw.length > 80) return '';
  return clean(raw).toLowerCase().replace(DECOR, '').replace(DECOR, '');
}

export function isAdLike(el: Element): boolean {
  const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/[\s_-]+/);
  return words.some((w) => w && AD_WORD.test(w)) || (el.getAttribute('id') ?? '').startsWith('div-gpt-ad');
}

/** The registrable part of a host name, good enough to tell a site from an ad network. */
export function siteOf(host: string): string {
  const parts = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  const n = /^(com|net|org|gov|edu|ac|info|biz|int|name|pro)$/.test(parts.at(-2) ?? '') && parts.length > 2 ? 3 : 2;
  return parts.slice(-n).join('.');
}

/** An image linking to another site, with at most a line of text: a banner and its caption. */
function isOffsiteImageLink(el: Element, textLen: number, site: string): boolean {
  if (textLen > 200) return false;
  for (const a of all(el, 'a[href]')) {
    if (!a.querySelector('img, picture, iframe')) continue;
    try {
      const href = new URL(a.getAttribute('href') ?? '', `https://${site}/`);
      if (/\.(jpe?g|png|gif|webp|avif)$/i.test(href.pathname)) continue; // a lightbox, not an ad
      if (/^https?:$/.test(href.protocol) && siteOf(href.hostname) !== site) return true;
    } catch {
      /* not a URL */
    }
  }
  return false;
}

interface Sizes {
  len: number;
  linked: number;
  links: number;
}

/** Text length, linked text length and link count of every element under root, in one pass. */
function measure(root: Element): Map<Element, Sizes> {
  const sizes = new Map<Element, Sizes>();
  const els = all(root, '*');
  for (let i = els.length - 1; i >= 0; i--) {
    const el = els[i];
    const s: Sizes = { len: 0, linked: 0, links: 0 };
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) s.len += (n.textContent ?? '').replace(/\s+/g, ' ').length;
      else if (n.nodeType === 1) {
        const c = sizes.get(n as Element);
        if (!c) continue;
        s.len += c.len;
        s.linked += c.linked;
        s.links += c.links;
      }
    }
    if (tag(el) === 'a' && el.hasAttribute('href')) {
      s.linked = s.len;
      s.links++;
    }
    sizes.set(el, s);
  }
  return sizes;
}

/**
 * The box a label opens: its ancestors while their text still starts with the label, short of
 * the container itself and of the element that holds the running text (`keep`).
 */
function boxOf(label: Element, text: string, container: Element, keep: Element | null): Element {
  let box = label;
  for (let p = box.parentElement; p && p !== container && !(keep && p.contains(keep)); p = p.parentElement) {
    if (
      !clean((p.textContent ?? '').slice(0, 400))
        .toLowerCase()
        .replace(DECOR, '')
        .startsWith(text)
    )
      break;
    box = p;
  }
  return box;
}

/**
 * Noise elements inside `container`, outermost only, in document order. `keep` (the element that
 * holds the running text) and its ancestors are never noise.
 */
export function findNoise(container: Element, keep: Element | null, pageUrl: string): Element[] {
  let site = '';
  try {
    site = siteOf(new URL(pageUrl).hostname);
  } catch {
    /* no site: no off-site test */
  }
  const sizes = measure(container);
  const found: Element[] = [];
  let last: Element | null = null;
  for (const el of all(container, '*')) {
    if (last?.contains(el)) continue;
    if (keep && (el === keep || el.contains(keep))) continue;
    const s = sizes.get(el);
    if (!s) continue;
    const t = tag(el);
    let noise: Element | null = null;
    if (t === 'form' || isAdLike(el)) noise = el;
    else if (s.len > 0 && s.len <= 80 && LABEL_SET.has(labelOf(el))) {
      const box = boxOf(el, labelOf(el), container, keep);
      const rest = (sizes.get(box)?.len ?? 0) - s.len - ((sizes.get(box)?.linked ?? 0) - s.linked);
      // A bold word opening a real paragraph ("<p><b>Chia sẻ</b> với báo chí, ông…") is not a box.
      if (!INLINE.has(tag(box)) && !(tag(box) === 'p' && rest >= 40)) noise = box;
    } else if (BOX_TAGS.has(t) && s.len > 0) {
      const linkHeavy = s.links >= 2 && s.linked >= 0.6 * s.len && s.len < 1500;
      const labelled =
        (t === 'p' || t === 'div') &&
        s.len < 400 &&
        s.linked >= 0.5 * s.len &&
        LABEL_PREFIX.test(clean(el.textContent));
      if ((linkHeavy && t !== 'p') || labelled || (site && isOffsiteImageLink(el, s.len, site))) noise = el;
    }
    if (noise) {
      found.push(noise);
      last = noise;
    }
  }
  // A box found from its label may hold an element found earlier (a list of links inside it).
  return found.filter((n) => !found.some((o) => o !== n && o.contains(n)));
}
