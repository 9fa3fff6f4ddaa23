/**
 * How well the text around a candidate agrees with the context saved beside the quote.
 * Both sides are anchored at the candidate's boundary: a prefix must end where the match starts,
 * a suffix must begin where it ends. Only the far end may drift (free gap), so an edit a few
 * words away costs little while the same words in another place score low.
 */

import { myers } from './myers';
import { normalizeWithMap, toNormalizedOffset } from '../text/normalize';

const row = new Int32Array(1024);

/**
 * Similarity in [0, 1] between `ctx` and `text` read outward from `boundary`: backwards when
 * `before`, forwards otherwise. 1 - (edit distance / ctx.length), the far end free.
 */
export function sideSimilarity(text: string, boundary: number, ctx: string, before: boolean): number {
  const m = ctx.length;
  if (m === 0) return 1;
  if (before ? boundary >= m && text.startsWith(ctx, boundary - m) : text.startsWith(ctx, boundary)) return 1;
  const slack = Math.ceil(m / 4) + 2;
  const n = before ? Math.min(boundary, m + slack) : Math.max(0, Math.min(text.length - boundary, m + slack));
  return Math.max(
    0,
    1 -
      (m <= 32 ? outwardDistance(text, boundary, n, ctx, before) : outwardDistanceDP(text, boundary, n, ctx, before)) /
        m,
  );
}

/**
 * Least edit distance between all of `ctx` and the first j ≤ n characters read outward from
 * `boundary` (both read outward), for contexts of at most 32 code units: Myers' bit-parallel
 * columns with the top row counting up (Hyyrö's global variant), one word per text character.
 */
function outwardDistance(text: string, boundary: number, n: number, ctx: string, before: boolean): number {
  // Bit i stands for the context character i + 1 places from the boundary.
  myers.begin(ctx, { global: true, reversed: before });
  let min = ctx.length;
  for (let j = 0; j < n; j++) {
    const score = myers.step(text.charCodeAt(before ? boundary - 1 - j : boundary + j));
    if (score < min) min = score;
  }
  myers.end();
  return min;
}

/** The same, as a plain dynamic programme, for contexts longer than a word. */
function outwardDistanceDP(text: string, boundary: number, n: number, ctx: string, before: boolean): number {
  const m = ctx.length;
  if (n === 0) return m;
  // r[j] = distance between the first i context chars and the first j window chars, both read
  // outward from the boundary; the answer is the best j once all of ctx is consumed.
  const r = n + 1 <= row.length ? row : new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) r[j] = j;
  for (let i = 1; i <= m; i++) {
    const c = before ? ctx.charCodeAt(m - i) : ctx.charCodeAt(i - 1);
    let diag = r[0];
    r[0] = i;
    for (let j = 1; j <= n; j++) {
      const t = before ? text.charCodeAt(boundary - j) : text.charCodeAt(boundary + j - 1);
      const up = r[j];
      const best = Math.min(up + 1, r[j - 1] + 1, diag + (c === t ? 0 : 1));
      diag = up;
      r[j] = best;
    }
  }
  let min = m;
  for (let j = 0; j <= n; j++) if (r[j] < min) min = r[j];
  return min;
}

/** Context saved beside a quote, normalised, with the part that lies in the quote's own sentence. */
export interface SavedContext {
  full: string;
  /** From the quote to the nearest sentence or line boundary: edits elsewhere cannot touch it. */
  near: string;
  /** Shorter than usual: the quote sat at this edge of the document. */
  atEdge: boolean;
  /**
   * The part on the quote's own line when the context crosses a line break (else null): a
   * paragraph inserted or removed beyond it changes the rest wholesale.
   */
  line: string | null;
}

const BOUNDARY_BEFORE = /(?:\n|[.!?…]["”’)]*\s)/g;
const BOUNDARY_AFTER = /\n|[.!?…]["”’)]*(?=\s|$)/;
const ENDS_SENTENCE = /[.!?…]["”’)]*$/;

export interface SavedQuote {
  quote: string;
  prefix: SavedContext;
  suffix: SavedContext;
}

/**
 * Normalises a quote with its context as the one string they were cut from, then cuts it again:
 * normalising the pieces apart would differ from the text where a cut splits what the
 * normaliser joins (a letter and its marks, a tone pair, a whitespace run).
 */
export function savedQuote(prefix: string, exact: string, suffix: string, fullLength: number): SavedQuote {
  const n = normalizeWithMap(prefix + exact + suffix, 'anchoring');
  const q0 = prefix.length;
  const q1 = q0 + exact.length;
  const cut = (a: number, b: number) => n.text.slice(toNormalizedOffset(n, a), toNormalizedOffset(n, b));

  let nearFrom = 0;
  for (const m of prefix.matchAll(BOUNDARY_BEFORE)) nearFrom = m.index + m[0].length;
  const nearTo = ENDS_SENTENCE.test(exact) ? 0 : (BOUNDARY_AFTER.exec(suffix)?.index ?? suffix.length);

  const preBreak = Math.max(prefix.lastIndexOf('\n'), prefix.lastIndexOf('\r'));
  const sufBreak = suffix.search(/[\n\r]/);
  let lineFrom = preBreak + 1;
  while (lineFrom < q0 && /\s/.test(prefix[lineFrom])) lineFrom++;
  let lineTo = sufBreak;
  while (lineTo > 0 && /\s/.test(suffix[lineTo - 1])) lineTo--;

  return {
    quote: cut(q0, q1),
    prefix: {
      full: cut(0, q0),
      near: cut(nearFrom, q0),
      atEdge: prefix.length < fullLength,
      line: preBreak === -1 ? null : cut(lineFrom, q0),
    },
    suffix: {
      full: cut(q1, q1 + suffix.length),
      near: cut(q1, q1 + nearTo),
      atEdge: suffix.length < fullLength,
      line: sufBreak === -1 ? null : cut(q1, q1 + lineTo),
    },
  };
}

/** Less near context than this says nothing either way. */
const MIN_NEAR = 4;
/** The near part must be this similar (one edit per 11 code units), or the candidate is contradicted. */
const MIN_NEAR_SIMILARITY = 0.91;
/** A context saved shorter than usual, away from the document's edge, speaks only from this length. */
const MIN_SHORT_CONTEXT = 8;
/** Agreement of a side that cannot speak (document edge elsewhere, nothing saved). */
export const NEUTRAL = 0.5;

/**
 * How a candidate boundary agrees with one saved side: `agree` in [0, 1] over the full context,
 * and whether the near part (same sentence) disagrees outright.
 */
export function judgeSide(
  text: string,
  boundary: number,
  ctx: SavedContext,
  before: boolean,
): { agree: number; contradicted: boolean } {
  const contradicted =
    ctx.near.trim().length >= MIN_NEAR && sideSimilarity(text, boundary, ctx.near, before) < MIN_NEAR_SIMILARITY;
  if (contradicted) return { agree: 0, contradicted };
  let agree: number;
  if (ctx.atEdge) {
    const room = before ? boundary : text.length - boundary;
    const edge = room > ctx.full.length + 2 ? null : before ? text.slice(0, boundary) : text.slice(boundary);
    if (edge !== null) agree = edge.trim() === ctx.full.trim() ? 1 : NEUTRAL;
    // Not at the edge: the context was saved shorter (another tool, a hand-written selector).
    // It agrees if it is there verbatim and long enough to mean something; otherwise it is silent.
    else
      agree =
        ctx.full.trim().length >= MIN_SHORT_CONTEXT && sideSimilarity(text, boundary, ctx.full, before) === 1
          ? 1
          : NEUTRAL;
  } else {
    agree = ctx.full.length === 0 ? NEUTRAL : sideSimilarity(text, boundary, ctx.full, before);
  }
  return { agree, contradicted };
}
