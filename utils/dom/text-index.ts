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

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'br',
]);

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'input',
  'textarea',
  'select',
  'button',
  'option',
  'optgroup',
  'datalist',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  'meta',
  'link',
  'map',
  'dialog',
]);

/**
 * Runs of collapsible white space (space, \n, \t, \r, \f; not NBSP) other than a lone space
 * between two other characters.
 */
const SPECIAL_SPACE = /[ \n\t\r\f]*[\n\t\r\f][ \n\t\r\f]*| {2,}|^ | $/g;

/**
 * The map from text offsets to Text nodes, as parallel arrays: run i is text[start[i], end[i]),
 * a contiguous stretch of node[i].data from offset rawStart[i]. Runs are in text order; a node's
 * runs are consecutive. Characters outside every run are paragraph separators.
 */
export interface TextRuns {
  count: number;
  node: Text[];
  start: Int32Array;
  end: Int32Array;
  rawStart: Int32Array;
}

export interface TextIndex {
  text: string;
  runs: TextRuns;
  /** Index of each indexed node's first run. */
  firstRun: Map<Text, number>;
  regions: Element[];
}

export interface TextSource {
  regions: Element[];
  /** CSS selectors of noise inside the regions. */
  exclude?: string[];
  /** Noise elements inside the regions, found without a selector. */
  skip?: readonly Element[];
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

/**
 * Appends whole stretches of a node between white-space runs: the text as slices of node.data
 * (one slice per node in the usual case, its single spaces included), the map as one run per
 * stretch that is contiguous in both the text and the node.
 */
class Builder {
  private parts: string[] = [];
  length = 0;
  private count = 0;
  private nodes: Text[] = [];
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private raws = new Int32Array(1024);
  readonly firstRun = new Map<Text, number>();
  /** The text's tail not yet in `parts`: sliceData[sliceFrom, sliceTo) of sliceNode. */
  private sliceNode: Text | null = null;
  private sliceData = '';
  private sliceFrom = 0;
  private sliceTo = 0;
  /** The first character of a collapsed white-space run, to become one space before the next character. */
  private pendingNode: Text | null = null;
  private pendingData = '';
  private pendingOff = 0;
  private needBreak = false;
  private lineStart = true;

  brk(): void {
    this.pendingNode = null;
    if (this.length > 0) this.needBreak = true;
    this.lineStart = true;
  }

  private closeSlice(): void {
    const node = this.sliceNode;
    if (!node) return;
    const d = this.sliceData;
    this.parts.push(this.sliceFrom === 0 && this.sliceTo === d.length ? d : d.slice(this.sliceFrom, this.sliceTo));
    this.sliceNode = null;
  }

  /** Maps text[length, length + n) to node.data[from, from + n). */
  private map(node: Text, from: number, n: number): void {
    const last = this.count - 1;
    if (
      last >= 0 &&
      this.nodes[last] === node &&
      this.ends[last] === this.length &&
      this.raws[last] + (this.ends[last] - this.starts[last]) === from
    ) {
      this.ends[last] += n;
      return;
    }
    if (this.count === this.starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.raws = grow(this.raws);
    }
    const i = this.count++;
    this.nodes.push(node);
    this.starts[i] = this.length;
    this.ends[i] = this.length + n;
    this.raws[i] = from;
    if (!this.firstRun.has(node)) this.firstRun.set(node, i);
  }

  /** Appends data[from, to) of `node` as it is. */
  private append(node: Text, data: string, from: number, to: number): void {
    this.map(node, from, to - from);
    if (this.sliceNode === node && this.sliceTo === from) this.sliceTo = to;
    else {
      this.closeSlice();
      this.sliceNode = node;
      this.sliceData = data;
      this.sliceFrom = from;
      this.sliceTo = to;
    }
    this.length += to - from;
  }

  private flushBefore(): void {
    if (this.needBreak) {
      this.closeSlice();
      this.parts.push('\n\n');
      this.length += 2;
      this.needBreak = false;
    } else if (this.pendingNode) {
      const node = this.pendingNode;
      const at = this.pendingOff;
      if (this.pendingData.charCodeAt(at) === 0x20) this.append(node, this.pendingData, at, at + 1);
      else {
        this.map(node, at, 1);
        this.closeSlice();
        this.parts.push(' ');
        this.length++;
      }
    }
    this.pendingNode = null;
    this.lineStart = false;
  }

  text(node: Text, pre: boolean): void {
    const d = node.data;
    const n = d.length;
    if (pre) {
      if (n > 0) {
        this.flushBefore();
        this.append(node, d, 0, n);
      }
      return;
    }
    // A lone space between two characters of the node is kept as it is: append it with its
    // neighbours. Every other white-space run goes through the pending space.
    let i = 0;
    SPECIAL_SPACE.lastIndex = 0;
    for (let m = SPECIAL_SPACE.exec(d); ; m = SPECIAL_SPACE.exec(d)) {
      const at = m ? m.index : n;
      if (at > i) {
        this.flushBefore();
        this.append(node, d, i, at);
      }
      if (!m) return;
      if (!this.pendingNode && !this.lineStart) {
        this.pendingNode = node;
        this.pendingData = d;
        this.pendingOff = at;
      }
      i = at + m[0].length;
    }
  }

  finish(): { text: string; runs: TextRuns } {
    this.closeSlice();
    const k = this.count;
    return {
      text: this.parts.join(''),
      runs: {
        count: k,
        node: this.nodes,
        start: this.starts.subarray(0, k),
        end: this.ends.subarray(0, k),
        rawStart: this.raws.subarray(0, k),
      },
    };
  }
}

/** Build the text index of an article's regions (an ArticleInfo fits). */
export function buildTextIndex(source: TextSource): TextIndex {
  const regions: Element[] = [];
  for (const r of source.regions) if (r && !regions.some((x) => x === r || x.contains(r))) regions.push(r);
  const { set: noise, lazy } = collectNoise(regions, source.exclude ?? []);
  for (const el of source.skip ?? []) noise.add(el);
  const done = new Set<Element>();
  const b = new Builder();
  let preDepth = 0;

  // One tag read per element on the way down; attributes only looked at when there are any.
  // Where the DOM can tell (a browser), text the page's style sheets hide is not the article's
  // text: a reader never saw it, so no quote may hold it and no highlight go on it.
  const rendered = typeof (regions[0] as { checkVisibility?: unknown } | undefined)?.checkVisibility === 'function';
  const skip = (el: Element, t: string): boolean => {
    if (SKIP.has(t) || t.startsWith('vna-') || noise.has(el) || done.has(el)) return true;
    if (el.hasAttributes() && (el.hasAttribute('data-vna-ui') || isHidden(el))) return true;
    if (rendered && !el.checkVisibility({ visibilityProperty: true })) return true;
    for (const sel of lazy) {
      try {
        if (el.matches(sel)) return true;
      } catch {
        /* matcher failure: keep the element */
      }
    }
    return false;
  };
  const enter = (t: string) => {
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
    let t = '';
    walk: while (true) {
      const type = node.nodeType;
      if (type === 3) b.text(node as Text, preDepth > 0);
      else if (type === 1 && !skip(node as Element, (t = tagOf(node as Element)))) {
        enter(t);
        const first = node.firstChild;
        if (first) {
          node = first;
          continue;
        }
        leave(node as Element);
      }
      while (true) {
        if (node === root) break walk;
        const next = node.nextSibling;
        if (next) {
          node = next;
          continue walk;
        }
        node = node.parentNode!;
        if (node.nodeType === 1) leave(node as Element);
      }
    }
    done.add(root);
    preDepth = 0;
  }

  const { text, runs } = b.finish();
  return { text, runs, firstRun: b.firstRun, regions };
}

export { rangeFromOffsets, offsetsFromRange, pointAt, offsetAt } from './text-range';
export type { RangeLike, DomPoint } from './text-range';
