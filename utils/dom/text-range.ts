/**
 * Between text offsets of a TextIndex and DOM positions. `rangeFromOffsets` and
 * `offsetsFromRange` are each other's inverse on every range whose ends fall on indexed
 * characters; a boundary inside skipped content (noise, a separator, collapsed white space)
 * snaps to the nearest indexed character in the range's direction.
 */
import type { TextIndex, TextRuns } from './text-index';

/** The run containing text offset `pos`, or -(insertion index) - 1 when no run does. */
function runAt(runs: TextRuns, pos: number): number {
  const { start, end } = runs;
  let lo = 0;
  let hi = runs.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pos < start[mid]) hi = mid - 1;
    else if (pos >= end[mid]) lo = mid + 1;
    else return mid;
  }
  return -lo - 1;
}

export interface DomPoint {
  node: Node;
  offset: number;
}

/** The DOM position where text offset `pos` starts (side 'start') or ends (side 'end'). */
export function pointAt(index: TextIndex, pos: number, side: 'start' | 'end'): DomPoint | null {
  const { runs } = index;
  const n = runs.count;
  if (n === 0) return null;
  if (side === 'start') {
    let i = runAt(runs, pos);
    if (i < 0) i = -i - 1; // in a separator: the next run
    if (i >= n) return { node: runs.node[n - 1], offset: runs.rawStart[n - 1] + runs.end[n - 1] - runs.start[n - 1] };
    return { node: runs.node[i], offset: runs.rawStart[i] + Math.max(0, pos - runs.start[i]) };
  }
  let i = runAt(runs, pos - 1);
  if (i < 0) i = -i - 2; // in a separator: the previous run
  if (i < 0) return { node: runs.node[0], offset: runs.rawStart[0] };
  return { node: runs.node[i], offset: runs.rawStart[i] + Math.min(runs.end[i] - runs.start[i], pos - runs.start[i]) };
}

/**
 * A DOM Range over text offsets [start, end) of the index (clamped to the text). Where the DOM
 * has no live Range (linkedom), a StaticRange-shaped object with the same four boundary fields.
 */
export function rangeFromOffsets(index: TextIndex, start: number, end: number): Range {
  const len = index.text.length;
  const s = Math.max(0, Math.min(len, Math.floor(start)));
  const e = Math.max(s, Math.min(len, Math.floor(end)));
  const doc = (index.runs.node[0] ?? index.regions[0])?.ownerDocument;
  const a = pointAt(index, s, 'start');
  const b = e === s ? a : pointAt(index, e, 'end');
  const fallbackNode: Node = index.regions[0] ?? (doc as Node);
  const p = a ?? { node: fallbackNode, offset: 0 };
  const q = b ?? p;
  const range = doc?.createRange?.();
  if (range && typeof range.setStart === 'function') {
    range.setStart(p.node, p.offset);
    range.setEnd(q.node, q.offset);
    return range;
  }
  // linkedom has no Range boundaries; callers there only read these fields.
  return {
    startContainer: p.node,
    startOffset: p.offset,
    endContainer: q.node,
    endOffset: q.offset,
    collapsed: p.node === q.node && p.offset === q.offset,
  } as unknown as Range;
}

function nextInTree(node: Node): Node | null {
  let n: Node | null = node;
  while (n) {
    if (n.nextSibling) return n.nextSibling;
    n = n.parentNode;
  }
  return null;
}

function deepestLast(node: Node): Node {
  let n = node;
  while (n.lastChild) n = n.lastChild;
  return n;
}

function prevInTree(node: Node): Node | null {
  return node.previousSibling ? deepestLast(node.previousSibling) : node.parentNode;
}

/** Index of the last run of the node whose first run is `first`. */
function lastRun(runs: TextRuns, first: number): number {
  let i = first;
  while (i + 1 < runs.count && runs.node[i + 1] === runs.node[first]) i++;
  return i;
}

/** First indexed text offset at or after DOM node `from` (tree order, `from` included). */
function forwardFrom(index: TextIndex, from: Node | null): number | null {
  for (let n = from; n; n = n.firstChild ?? nextInTree(n)) {
    const first = n.nodeType === 3 ? index.firstRun.get(n as Text) : undefined;
    if (first !== undefined) return index.runs.start[first];
  }
  return null;
}

/** Last indexed text offset at or before DOM node `from` (reverse tree order, `from` included). */
function backwardFrom(index: TextIndex, from: Node | null): number | null {
  for (let n = from; n; n = prevInTree(n)) {
    const first = n.nodeType === 3 ? index.firstRun.get(n as Text) : undefined;
    if (first !== undefined) return index.runs.end[lastRun(index.runs, first)];
  }
  return null;
}

/** Text offset of a DOM boundary point, as the start or the end of a range. */
export function offsetAt(index: TextIndex, node: Node, offset: number, side: 'start' | 'end'): number | null {
  const first = node.nodeType === 3 ? index.firstRun.get(node as Text) : undefined;
  if (first !== undefined) {
    const { start, end, rawStart } = index.runs;
    const last = lastRun(index.runs, first);
    if (side === 'start') {
      for (let i = first; i <= last; i++) {
        if (offset < rawStart[i] + (end[i] - start[i])) return start[i] + Math.max(0, offset - rawStart[i]);
      }
      return forwardFrom(index, nextInTree(node));
    }
    for (let i = last; i >= first; i--) {
      if (offset > rawStart[i]) return start[i] + Math.min(end[i] - start[i], offset - rawStart[i]);
    }
    return backwardFrom(index, prevInTree(node));
  }
  if (node.nodeType === 3 || node.nodeType === 8 || node.nodeType === 4) {
    return side === 'start' ? forwardFrom(index, nextInTree(node)) : backwardFrom(index, prevInTree(node));
  }
  const kids = node.childNodes;
  if (side === 'start') return forwardFrom(index, offset < kids.length ? kids[offset] : nextInTree(node));
  return backwardFrom(index, offset > 0 ? deepestLast(kids[Math.min(offset, kids.length) - 1]) : prevInTree(node));
}

export interface RangeLike {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/** Text offsets [start, end) of a DOM range, or null when it covers no indexed text (a caret maps to an empty span). */
export function offsetsFromRange(index: TextIndex, range: RangeLike): { start: number; end: number } | null {
  const start = offsetAt(index, range.startContainer, range.startOffset, 'start');
  const end = offsetAt(index, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null) return null;
  const caret = range.startContainer === range.endContainer && range.startOffset === range.endOffset;
  if (start > end || (start === end && !caret)) return null;
  return { start, end };
}
