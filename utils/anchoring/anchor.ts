/**
 * Re-anchoring W3C text selectors on the current text: position (if the quote is still there),
 * then the exact quote, then a fuzzy quote. Every candidate must agree with the saved context on
 * at least one side (see `acceptable`), so a quote that is gone becomes an orphan rather than
 * landing on the same words somewhere else.
 */
import { judgeSide, NEUTRAL, savedQuote, sideSimilarity, type SavedContext } from './context';
import { CONTEXT_LENGTH } from './describe';
import { fuzzyWindows, maxErrorsFor, nearWindows, verifyWindow, type FuzzyWindow } from './fuzzy';
import { QGramIndex } from './qgram';
import { normalizeWithMap, toNormalizedOffset, type MappedText } from '../text/normalize';
import type { AnchorResult, Selector, TextPositionSelector, TextQuoteSelector } from './types';

export interface AnchorOptions {
  /** Allow the approximate search (default true). */
  fuzzy?: boolean;
  /**
   * 'both' (default): the saved context must agree on both sides, except at a paragraph seam or
   * the document edge. 'either': one side is enough, so a quote whose neighbouring sentence was
   * edited is still found, at the price of occasionally landing on a repeated sentence
   * elsewhere after the annotated copy was deleted (see scripts/eval/anchor.ts).
   */
  context?: 'both' | 'either';
}

export interface Anchorer {
  /** The text anchored against, as given. */
  readonly text: string;
  anchor(selectors: readonly Selector[], opts?: AnchorOptions): AnchorResult;
}

/** One side must agree at least this well over its full context. */
const MIN_AGREEMENT = 0.85;
/** The part of a context on the quote's own line must match this well to vouch for it. */
const MIN_LINE_SIMILARITY = 0.91;
/** A quote at least this long that occurs once is accepted with one side of context agreeing. */
const UNIQUE_QUOTE_LENGTH = 24;
/** ...and within this many characters of its old position (a neighbouring sentence edited). */
const UNIQUE_QUOTE_DRIFT = 200;
/** Cap on exact occurrences scored, against pathological one-letter quotes. */
const MAX_OCCURRENCES = 5000;

/**
 * How a candidate is scored: the quote's own similarity counts most, each side of context next,
 * and nearness to the old position only breaks ties. The fuzzy search's early stop relies on the
 * same weights (the best score a candidate could still reach), so they are named once here.
 */
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
/** The fuzzy search looks this far around the old position first (plus what its windows span). */
const NEAR = 2048;

interface Query {
  quote: string;
  prefix: SavedContext;
  suffix: SavedContext;
  hint: number | null;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

export function createAnchorer(text: string): Anchorer {
  const norm = normalizeWithMap(text, 'anchoring');
  const t = norm.text;

  /** Whether only whitespace with a line break separates normalised offset `at` from the text before / after it. */
  function lineBreakAt(at: number, before: boolean): boolean {
    if (before ? at <= 0 : at >= t.length) return true;
    let i = before ? norm.starts[at] - 1 : norm.ends[at - 1];
    const step = before ? -1 : 1;
    for (; i >= 0 && i < text.length; i += step) {
      const ch = text[i];
      if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') return true;
      if (!/\s/.test(ch)) return false;
    }
    return true;
  }

  /** The saved side crossed a line break, and the candidate has the same line part then a break. */
  function sameLine(boundary: number, ctx: SavedContext, before: boolean): boolean {
    if (ctx.line === null) return false;
    const len = ctx.line.length;
    if (len > 0 && sideSimilarity(t, boundary, ctx.line, before) < MIN_LINE_SIMILARITY) return false;
    return lineBreakAt(before ? boundary - len : boundary + len, before);
  }

  /**
   * Context decides acceptance; the quote's similarity and the distance to the old position only
   * rank acceptable candidates. Neither side may contradict the quote's own sentence, one side
   * must agree over its full length and, by default, so must the other unless it cannot speak
   * (document edge) or it crosses a line break and agrees up to it, then and now (a paragraph
   * inserted or removed there changes the rest wholesale).
   */
  function score(c: Candidate, q: Query, opts: AnchorOptions): { score: number; ok: boolean } {
    const pre = judgeSide(t, c.start, q.prefix, true);
    const suf = judgeSide(t, c.end, q.suffix, false);
    const quoteSim = 1 - c.errors / q.quote.length;
    const near = q.hint === null ? 0 : 1 - Math.min(1, Math.abs(c.start - q.hint) / Math.max(1, t.length));
    let agreed = Math.max(pre.agree, suf.agree) >= MIN_AGREEMENT;
    if (agreed && opts.context !== 'either') {
      const passes = (agree: number, boundary: number, ctx: SavedContext, before: boolean) =>
        agree >= MIN_AGREEMENT || agree === NEUTRAL || sameLine(boundary, ctx, before);
      agreed = passes(pre.agree, c.start, q.prefix, true) && passes(suf.agree, c.end, q.suffix, false);
    }
    return {
      score: WEIGHT.quote * quoteSim + WEIGHT.prefix * pre.agree + WEIGHT.suffix * suf.agree + WEIGHT.position * near,
      ok: !pre.contradicted && !suf.contradicted && agreed,
    };
  }

  function best(cands: Iterable<Candidate>, q: Query, opts: AnchorOptions): { top: Candidate | null; score: number } {
    let top: Candidate | null = null;
    let topScore = -Infinity;
    for (const c of cands) {
      const s = score(c, q, opts);
      if (s.ok && s.score > topScore) {
        top = c;
        topScore = s.score;
      }
    }
    return { top, score: topScore };
  }

  let index: QGramIndex | null = null;

  /**
   * Best acceptable approximate match. Windows come fewest-possible-errors first; once the best
   * candidate outscores what any later window could reach even with perfect context, stop.
   * With an old position, the text around it is searched first: when what is found there beats
   * anything the rest of the text could hold (it is farther away and, since no exact occurrence
   * was acceptable, has at least one error), the rest is not searched. The result is the same.
   */
  function bestFuzzy(q: Query, opts: AnchorOptions, exactAllSeen: boolean): Candidate | null {
    const k = maxErrorsFor(q.quote.length);
    index ??= new QGramIndex(t);
    let top: Candidate | null = null;
    let topScore = -Infinity;
    const m = q.quote.length;
    const away = (from: number, to: number) =>
      q.hint === null ? 0 : q.hint < from ? from - q.hint : q.hint > to ? q.hint - to : 0;
    // The best score anything with this many errors this far from the old position could still reach.
    const ceilingAt = (errors: number, distance: number) =>
      WEIGHT.quote * (1 - errors / m) +
      WEIGHT.prefix +
      WEIGHT.suffix +
      (q.hint === null ? 0 : WEIGHT.position * (1 - Math.min(1, distance / Math.max(1, t.length))));
    const hopeless = (errors: number, from: number, to: number) =>
      top !== null && topScore >= ceilingAt(errors, away(from, to));
    const scored = new Set<string>();
    const search = (windows: FuzzyWindow[]) => {
      windows.sort((a, b) => a.minErrors - b.minErrors || away(a.start, a.end) - away(b.start, b.end));
      for (const w of windows) {
        if (hopeless(w.minErrors, w.start, w.end)) continue;
        for (const c of verifyWindow(t, q.quote, k, w, hopeless, q.hint)) {
          if (hopeless(c.errors, c.start, c.end)) continue;
          const key = `${c.start}:${c.end}`;
          if (scored.has(key)) continue;
          scored.add(key);
          const s = score(c, q, opts);
          if (s.ok && s.score > topScore) {
            top = c;
            topScore = s.score;
          }
        }
      }
    };
    let settled: Set<string> | null = null;
    if (q.hint !== null) {
      const reach = NEAR + 2 * (m + 2 * k + 2);
      const near = nearWindows(index, q.quote, k, q.hint - reach, q.hint + m + reach);
      search(near.windows);
      const distance = Math.min(q.hint - near.coverFrom, near.coverTo - q.hint);
      if (top !== null && distance >= 0 && topScore >= ceilingAt(exactAllSeen ? 1 : 0, distance)) return top;
      settled = new Set(near.windows.filter((w) => !w.ends).map((w) => `${w.start}:${w.end}`));
    }
    search(fuzzyWindows(index, q.quote, k).filter((w) => !settled?.has(`${w.start}:${w.end}`)));
    return top;
  }

  function anchor(selectors: readonly Selector[], opts: AnchorOptions = {}): AnchorResult {
    const quoteSel = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
    const posSel = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
    // Without a quote nothing can confirm a position: better an orphan than a wrong highlight.
    if (!quoteSel || typeof quoteSel.exact !== 'string') return { orphan: true };
    const saved = savedQuote(quoteSel.prefix ?? '', quoteSel.exact, quoteSel.suffix ?? '', CONTEXT_LENGTH);
    const quote = saved.quote;
    if (quote.length === 0) return { orphan: true };
    const validPos =
      posSel &&
      Number.isInteger(posSel.start) &&
      Number.isInteger(posSel.end) &&
      posSel.start >= 0 &&
      posSel.start < posSel.end &&
      posSel.end <= text.length;
    const q: Query = {
      quote,
      prefix: saved.prefix,
      suffix: saved.suffix,
      // Old offsets of an NFC text with single spaces are close to normalised ones.
      hint: validPos ? posSel.start : null,
    };

    if (validPos) {
      const ns = toNormalizedOffset(norm, posSel.start);
      const ne = toNormalizedOffset(norm, posSel.end);
      const same = text.slice(posSel.start, posSel.end) === quoteSel.exact || t.slice(ns, ne) === quote;
      if (same && score({ start: ns, end: ne, errors: 0 }, q, opts).ok) {
        return { start: posSel.start, end: posSel.end, method: 'position' };
      }
    }

    index ??= new QGramIndex(t);
    const exact = index
      .occurrences(quote, MAX_OCCURRENCES)
      .map((i) => ({ start: i, end: i + quote.length, errors: 0 }));
    // Usually one occurrence still has its saved context verbatim: no need to score the rest.
    const verbatim = exact.filter(
      (c) =>
        q.prefix.full.length + q.suffix.full.length > 0 &&
        t.startsWith(q.prefix.full, c.start - q.prefix.full.length) &&
        t.startsWith(q.suffix.full, c.end),
    );
    const byQuote = best(verbatim, q, opts).top ?? best(exact, q, opts).top;
    if (byQuote) return toRaw(byQuote, 'quote', quoteSel.exact);
    // A long quote found verbatim exactly once, near where it was, is the same passage with the
    // sentence next to it edited or removed: one agreeing side of context is enough. (Far away,
    // it may be a copy of a passage that was deleted: that stays an orphan.)
    const [only] = exact;
    if (
      exact.length === 1 &&
      quote.length >= UNIQUE_QUOTE_LENGTH &&
      q.hint !== null &&
      Math.abs(only.start - q.hint) <= UNIQUE_QUOTE_DRIFT &&
      score(only, q, { ...opts, context: 'either' }).ok
    )
      return toRaw(only, 'quote', quoteSel.exact);

    if (opts.fuzzy === false || maxErrorsFor(quote.length) === 0) return { orphan: true };
    const byFuzzy = bestFuzzy(q, opts, exact.length < MAX_OCCURRENCES);
    if (byFuzzy) return toRaw(byFuzzy, 'fuzzy', quoteSel.exact);
    return { orphan: true };
  }

  function toRaw(c: Candidate, method: 'quote' | 'fuzzy', exact: string): AnchorResult {
    const [start, end] = fitWhitespace(text, norm, c, exact);
    return { start, end, method };
  }

  return { text, anchor };
}

/** One-off anchoring; for many annotations on one text, reuse `createAnchorer(text)`. */
export function anchor(text: string, selectors: readonly Selector[], opts?: AnchorOptions): AnchorResult {
  return createAnchorer(text).anchor(selectors, opts);
}

const WS = /\s|[\u00ad\u200b-\u200d\u2060\ufeff\u180e]/;

/**
 * Maps a normalised match back to the text. A whole whitespace run became one space, so at
 * either edge give back as much of the adjacent run as the quote itself had there, no more.
 */
function fitWhitespace(text: string, norm: MappedText, c: Candidate, exact: string): [number, number] {
  let start = norm.starts[c.start];
  let end = norm.ends[c.end - 1];
  if (!/\S/.test(exact)) return [start, end];
  let lead = 0;
  while (WS.test(exact[lead])) lead++;
  let trail = 0;
  while (WS.test(exact[exact.length - 1 - trail])) trail++;
  while (start < end && WS.test(text[start])) start++;
  for (let k = 0; k < lead && start > 0 && WS.test(text[start - 1]); k++) start--;
  while (end > start && WS.test(text[end - 1])) end--;
  for (let k = 0; k < trail && end < text.length && WS.test(text[end]); k++) end++;
  return [start, end];
}
