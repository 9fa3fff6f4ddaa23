/** Which text position is under the pointer: the caret position the browser reports there. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/**
 * The character under the point: its text node and index. The caret the browser reports sits
 * between characters, on the side nearer the point: past the middle of a word's last letter it is
 * already after the word. So both characters beside the caret are tried, and the one whose glyph
 * box holds the point wins; none (a margin, a gap between lines) gives null.
 */
export function characterAt(doc: Document, x: number, y: number): { node: Text; offset: number } | null {
  const caret = caretAt(doc, x, y);
  if (caret?.node.nodeType !== 3) return null;
  const text = caret.node as Text;
  const r = doc.createRange();
  for (const i of [caret.offset, caret.offset - 1]) {
    if (i < 0 || i >= text.length) continue;
    r.setStart(text, i);
    r.setEnd(text, i + 1);
    if (rangeContainsPoint(r, x, y)) return { node: text, offset: i };
  }
  return null;
}

/** The caret lookup snaps to the nearest text even in margins: check the point is on the range's glyphs. */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  return false;
}
