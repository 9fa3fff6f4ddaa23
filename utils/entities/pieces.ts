/**
 * A long article read a piece at a time, so the page can be highlighted from the top while it
 * stays responsive between pieces. A piece ends where a line break starts, and the next piece
 * begins with that break, so the pieces partition the text exactly and every token keeps the
 * line break before it: no phrase, title chain or name crosses a line break, so a piece finds
 * what a single pass finds there. People introduced by a title in an earlier piece are known
 * in later ones (the engine's `names`). Pure: the caller decides when to read the next piece.
 */

/**
 * [start, end) of each piece: the first at most maxChars, each next one `growth` times the one
 * before (so a long text takes few pieces), unless one paragraph is longer.
 */
export function textPieces(text: string, maxChars: number, growth = 1): [number, number][] {
  if (!(maxChars > 0)) throw new RangeError(`maxChars must be positive, got ${maxChars}`);
  if (!(growth >= 1)) throw new RangeError(`growth must be at least 1, got ${growth}`);
  const out: [number, number][] = [];
  let start = 0;
  for (; text.length - start > maxChars; maxChars *= growth) {
    // The last line-break run starting after this piece's first character, within the limit.
    let end = lineBreakRunStart(text, text.lastIndexOf('\n', start + maxChars), start);
    if (end <= start) {
      // One paragraph longer than the limit: it is one piece, up to its own line break.
      let p = start;
      while (p < text.length && isBreak(text[p])) p++;
      const next = text.indexOf('\n', p);
      if (next < 0) break;
      end = lineBreakRunStart(text, next, start);
    }
    out.push([start, end]);
    start = end;
  }
  out.push([start, text.length]);
  return out;
}

/** The start of the run of line breaks (and spaces) that ends at position at, not before floor. */
function lineBreakRunStart(text: string, at: number, floor: number): number {
  if (at <= floor) return -1;
  let k = at;
  while (k > floor && isBreak(text[k - 1])) k--;
  return k;
}

const isBreak = (c: string) => c === '\n' || c === '\r' || c === ' ';
