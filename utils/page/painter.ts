/**
 * Draws groups of ranges on the page. Where the browser has the CSS Custom Highlight API the
 * page's DOM does not change at all. Elsewhere each covered stretch of text is wrapped in the
 * extension's own <vna-mark> elements; clearing puts every original text node back, with its
 * own identity and text, so the page is exactly as it was.
 *
 * Features register a provider per owner ("entities", "notes"); a provider returns its groups
 * and is called while the DOM is in its original state, so its ranges are always valid.
 */
export interface PaintStyle {
  background?: string;
  underline?: string;
  /** Higher paints on top where groups overlap. */
  priority?: number;
}

export interface GroupSpec {
  name: string;
  ranges: Range[];
  style: PaintStyle;
}

export interface Painter {
  readonly kind: 'highlight-api' | 'wrapper';
  /** Sets (or replaces) what `owner` draws and draws it. */
  set(owner: string, provide: () => GroupSpec[]): void;
  remove(owner: string): void;
  clear(): void;
  /**
   * Runs `fn` on the page's original DOM (wrapper mode takes its marks out first, then draws
   * again): for reading page text, e.g. building the text index.
   */
  withOriginal<T>(fn: () => T): T;
  /** Maps a caret position in what the painter drew back to the page's original text node. */
  toOriginal(node: Node, offset: number): { node: Node; offset: number };
  /** Called after the painter changed the DOM itself (wrapper mode), so observers can ignore it. */
  onSelfMutation?: () => void;
}

export function createPainter(doc: Document = document): Painter {
  const registry = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
  return registry && typeof Highlight === 'function' ? highlightApiPainter(doc, registry) : wrapperPainter(doc);
}

export function cssFor(style: PaintStyle): string {
  const parts: string[] = [];
  if (style.background) parts.push(`background-color: ${style.background}`);
  if (style.underline) parts.push(`text-decoration: underline 2px ${style.underline}`, 'text-underline-offset: 3px');
  return parts.join('; ');
}

function highlightApiPainter(doc: Document, registry: HighlightRegistry): Painter {
  const owned = new Map<string, GroupSpec[]>();
  let styleEl: HTMLStyleElement | undefined;
  const writeStyles = () => {
    const groups = [...owned.values()].flat();
    // ::highlight() rules only apply from the document's own style sheets; the element carries
    // no id or attribute of ours (a page can still read its rules and the highlight registry).
    let el = styleEl?.isConnected ? styleEl : undefined;
    if (!groups.length) return el?.remove();
    if (!el) {
      el = styleEl = doc.createElement('style');
      (doc.head ?? doc.documentElement).append(el);
    }
    const css = groups.map((g) => `::highlight(${g.name}) { ${cssFor(g.style)} }`).join('\n');
    if (el.textContent !== css) el.textContent = css;
  };
  const drop = (owner: string) => {
    for (const g of owned.get(owner) ?? []) registry.delete(g.name);
    owned.delete(owner);
  };
  return {
    kind: 'highlight-api',
    set(owner, provide) {
      drop(owner);
      const groups = provide().filter((g) => g.ranges.length);
      for (const g of groups) {
        const h = new Highlight(...g.ranges);
        h.priority = g.style.priority ?? 0;
        registry.set(g.name, h);
      }
      owned.set(owner, groups);
      writeStyles();
    },
    remove(owner) {
      drop(owner);
      writeStyles();
    },
    clear() {
      for (const owner of [...owned.keys()]) drop(owner);
      writeStyles();
    },
    toOriginal: (node, offset) => ({ node, offset }),
    withOriginal: (fn) => fn(),
  };
}

interface Piece {
  node: Text;
  start: number;
  end: number;
  style: string;
  priority: number;
  group: string;
}

/** What was done to one original text node: its text, and the nodes put after it. */
interface Applied {
  data: string;
  added: Node[];
}

function wrapperPainter(doc: Document): Painter {
  const providers = new Map<string, () => GroupSpec[]>();
  const applied = new Map<Text, Applied>();
  const origin = new Map<Text, { node: Text; start: number }>();

  const restore = () => {
    for (const [node, a] of applied) {
      for (const n of a.added) n.parentNode?.removeChild(n);
      node.data = a.data;
    }
    applied.clear();
    origin.clear();
  };

  const draw = () => {
    restore();
    const pieces: Piece[] = [];
    for (const provide of providers.values())
      for (const g of provide())
        for (const r of g.ranges) pieces.push(...textPieces(r, g.name, cssFor(g.style), g.style.priority ?? 0));
    const byNode = new Map<Text, Piece[]>();
    for (const p of pieces) byNode.set(p.node, [...(byNode.get(p.node) ?? []), p]);
    for (const [node, list] of byNode) wrapNode(doc, node, list, applied, origin);
    painter.onSelfMutation?.();
  };

  const painter: Painter = {
    kind: 'wrapper',
    set(owner, provide) {
      providers.set(owner, provide);
      draw();
    },
    remove(owner) {
      providers.delete(owner);
      draw();
    },
    clear() {
      providers.clear();
      restore();
      painter.onSelfMutation?.();
    },
    withOriginal(fn) {
      if (!applied.size) return fn();
      restore();
      try {
        return fn();
      } finally {
        draw();
      }
    },
    toOriginal(node, offset) {
      const o = node.nodeType === 3 ? origin.get(node as Text) : undefined;
      return o ? { node: o.node, offset: o.start + offset } : { node, offset };
    },
  };
  return painter;
}

function textPieces(range: Range, group: string, style: string, priority: number): Piece[] {
  const out: Piece[] = [];
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument!;
  const walker = doc.createTreeWalker(root.nodeType === 3 ? root.parentNode! : root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!range.intersectsNode(n)) continue;
    const t = n as Text;
    const start = t === range.startContainer ? range.startOffset : 0;
    const end = t === range.endContainer ? range.endOffset : t.data.length;
    if (end > start) out.push({ node: t, start, end, style, priority, group });
  }
  return out;
}

/** Splits one text node at every piece boundary; covered segments get nested marks, lowest priority outermost. */
function wrapNode(
  doc: Document,
  node: Text,
  pieces: Piece[],
  applied: Map<Text, Applied>,
  origin: Map<Text, { node: Text; start: number }>,
) {
  const data = node.data;
  const cuts = [...new Set([0, data.length, ...pieces.flatMap((p) => [p.start, p.end])])].sort((a, b) => a - b);
  const added: Node[] = [];
  let after: Node = node;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [s, e] = [cuts[i], cuts[i + 1]];
    const text = doc.createTextNode(data.slice(s, e));
    origin.set(text, { node, start: s });
    const covering = pieces.filter((p) => p.start <= s && p.end >= e).sort((a, b) => a.priority - b.priority);
    let outer: Node = text;
    for (const p of covering.reverse()) {
      const mark = doc.createElement('vna-mark');
      mark.setAttribute('data-vna-group', p.group);
      mark.setAttribute('style', p.style);
      mark.append(outer);
      outer = mark;
    }
    node.parentNode!.insertBefore(outer, after.nextSibling);
    after = outer;
    added.push(outer);
  }
  // The original node stays in place, empty, so restoring gives the page back the same node.
  node.data = '';
  applied.set(node, { data, added });
}
