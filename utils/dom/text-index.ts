/**
 * The one adapter from DOM to text. It turns an article's regions (title, lead, body) into one
 * string, the way a reader sees it, and keeps an exact map between offsets in that string and
 * (Text node, offset) positions in the page. Everything that touches page text goes through here:
 * entity highlighting, annotation anchoring, the `detect` command.
 *
 * - Paragraphs (block elements, `<br>`) are separated by one blank line ("\n\n").
 * - Inside a paragraph, runs of collapsible whitespace become one space, as a browser renders
 *   them; the space maps back to the first character of its run. `<pre>` keeps its whitespace.
 * - Characters are the page's own: no Unicode normalisation here (the entity engine normalises
 *   and maps back), so every offset points at real characters.
 * - Skipped: script, style, noscript, template, form fields, embedded media, contenteditable
 *   regions, hidden elements ([hidden], aria-hidden="true", inline display:none), the
 *   extension's own UI (`vna-*` elements, [data-vna-ui]) and the adapter's noise selectors.
 * - Block or inline is decided by tag name, not computed style, so Chromium, Firefox and linkedom
 *   give the same text.
 * - The walk is iterative: a 5,000-level-deep tree cannot overflow the stack.
 */

const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br']);

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'input', 'textarea', 'select', 'button', 'option',
  'optgroup', 'datalist', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio', 'head', 'title',
  'meta', 'link', 'map', 'dialog']);

/** Collapsible white space in HTML (not NBSP). */
const isCollapsible = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

/** A stretch of the text that is a contiguous stretch of one Text node. */
export interface TextRun {
  node: Text;
  /** Offsets in the index text, end exclusive. */
  start: number;
  end: number;
  /** Offset in `node.data` of the run's first character. */
  rawStart: number;
}

export interface TextIndex {
  text: string;
  /** Runs in text order. Characters outside every run are paragraph separators. */
  runs: TextRun[];
  /** Run indices of each node, in order. */
  byNode: Map<Text, number[]>;
  regions: Element[];
}

export interface TextSource {
  regions: Element[];
  /** CSS selectors of noise inside the regions. */
  exclude?: string[];
}

const tagOf = (el: Element) => (el.localName || el.tagName || '').toLowerCase();

/** The extension's own UI: never page text. */
export function isOwnUi(el: Element): boolean {
  return tagOf(el).startsWith('vna-') || el.hasAttribute('data-vna-ui');
}

function isHidden(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce.toLowerCase() !== 'false') return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Elements matched by the noise selectors inside the regions; selectors a matcher cannot run are checked lazily. */
function collectNoise(regions: Element[], selectors: string[]): { set: Set<Element>; lazy: string[] } {
  const set = new Set<Element>();
  const lazy: string[] = [];
  if (selectors.length === 0) return { set, lazy };
  try {
    // One pass with the whole list is several times faster than one pass per selector.
    for (const r of regions) r.querySelectorAll(selectors.join(',')).forEach((e) => set.add(e));
    return { set, lazy };
  } catch {
    set.clear(); // one selector the matcher rejects spoils the list: fall back to one at a time
  }
  for (const sel of selectors) {
    try {
      for (const r of regions) r.querySelectorAll(sel).forEach((e) => set.add(e));
    } catch {
      lazy.push(sel);
    }
  }
  return { set, lazy };
}

class Builder {
  parts: string[] = [];
  length = 0;
  runs: TextRun[] = [];
  private pending: { node: Text; off: number } | null = null;
  private needBreak = false;
  private lineStart = true;

  brk(): void {
    this.pending = null;
    if (this.length > 0) this.needBreak = true;
    this.lineStart = true;
  }

  private put(c: string, node: Text, off: number): void {
    const last = this.runs[this.runs.length - 1];
    if (last && last.node === node && last.end === this.length && last.rawStart + (last.end - last.start) === off) last.end++;
    else this.runs.push({ node, start: this.length, end: this.length + 1, rawStart: off });
    this.parts.push(c);
    this.length += c.length;
  }

  private flushBefore(): void {
    if (this.needBreak) {
      this.parts.push('\n\n');
      this.length += 2;
      this.needBreak = false;
      this.pending = null;
    } else if (this.pending) {
      this.put(' ', this.pending.node, this.pending.off);
    }
    this.pending = null;
    this.lineStart = false;
  }

  text(node: Text, pre: boolean): void {
    const d = node.data;
    for (let i = 0; i < d.length; i++) {
      const c = d[i];
      if (!pre && isCollapsible(c)) {
        if (!this.pending && !this.lineStart) this.pending = { node, off: i };
        continue;
      }
      this.flushBefore();
      this.put(c, node, i);
    }
  }
}

/** Build the text index of an article's regions (an ArticleInfo fits). */
export function buildTextIndex(source: TextSource): TextIndex {
  const regions: Element[] = [];
  for (const r of source.regions) if (r && !regions.some((x) => x === r || x.contains(r))) regions.push(r);
  const { set: noise, lazy } = collectNoise(regions, source.exclude ?? []);
  const done = new Set<Element>();
  const b = new Builder();
  let preDepth = 0;

  const skip = (el: Element): boolean => {
    if (SKIP.has(tagOf(el)) || isOwnUi(el) || isHidden(el) || noise.has(el) || done.has(el)) return true;
    for (const sel of lazy) {
      try {
        if (el.matches(sel)) return true;
      } catch {
        /* matcher failure: keep the element */
      }
    }
    return false;
  };
  const enter = (el: Element) => {
    const t = tagOf(el);
    if (BLOCK.has(t)) b.brk();
    if (t === 'pre') preDepth++;
  };
  const leave = (el: Element) => {
    const t = tagOf(el);
    if (BLOCK.has(t)) b.brk();
    if (t === 'pre') preDepth--;
  };

  for (const root of regions) {
    b.brk();
    let node: Node = root;
    walk: while (true) {
      if (node.nodeType === 3) b.text(node as Text, preDepth > 0);
      else if (node.nodeType === 1 && !skip(node as Element)) {
        enter(node as Element);
        if (node.firstChild) {
          node = node.firstChild;
          continue;
        }
        leave(node as Element);
      }
      while (true) {
        if (node === root) break walk;
        if (node.nextSibling) {
          node = node.nextSibling;
          continue walk;
        }
        node = node.parentNode!;
        if (node.nodeType === 1) leave(node as Element);
      }
    }
    done.add(root);
    preDepth = 0;
  }

  const byNode = new Map<Text, number[]>();
  b.runs.forEach((r, i) => {
    const list = byNode.get(r.node);
    if (list) list.push(i);
    else byNode.set(r.node, [i]);
  });
  return { text: b.parts.join(''), runs: b.runs, byNode, regions };
}

export { rangeFromOffsets, offsetsFromRange, pointAt, offsetAt } from './text-range';
export type { RangeLike, DomPoint } from './text-range';
