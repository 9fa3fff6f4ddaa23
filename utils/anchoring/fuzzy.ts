/**
 * Approximate occurrences of a quote: every place that could be the annotated one, not only the
 * globally best, since the caller ranks them by context and a near-perfect copy elsewhere must
 * not hide the right place.
 *
 * Filter, then verify. A match within k edits shares at least m + 1 - (k + 1)·q of the quote's
 * q-grams with the text (the q-gram lemma), so counting q-gram hits per diagonal band through an
 * index of the text, built once per text, leaves a few windows; each is verified with
 * approx-string-match (or a bit-parallel scan for short quotes). Quotes too short for the lemma
 * are scanned whole with the bit-parallel matcher, which is linear in the text.
 *
 * `nearWindows` does the same for a stretch of the text only (around a quote's old position),
 * and says how far from it the windows it could not settle lie, so the caller can skip the rest
 * of the text when nothing there could beat what it found nearby.
 */
import { myers } from './myers';
import { COMMON_GRAM, lowerBound, Q, type QGramIndex } from './qgram';
import approxSearch from 'approx-string-match';

export interface FuzzyMatch {
  start: number;
  end: number;
  errors: number;
}

/** A stretch of text worth verifying, and the fewest errors a match in it can have. */
export interface FuzzyWindow {
  start: number;
  end: number;
  minErrors: number;
  /** Only matches ending in [ends[0], ends[1]] (a scan of part of the text; see nearWindows). */
  ends?: [number, number];
}

/** Edits allowed for a quote of `length` code units: max(2, 10%), and never a quarter of it. */
export function maxErrorsFor(length: number): number {
  return Math.min(Math.max(2, Math.floor(length / 10)), Math.floor(length / 4));
}

interface GramPlan {
  /** Width of a diagonal band. */
  band: number;
  /** Quote q-grams left out of the count (the commonest), and how many. */
  skip: Uint8Array;
  skipped: number;
  /** Hits two adjacent bands need to be worth verifying. */
  bar: number;
}

const lastPlan = new WeakMap<QGramIndex, { quote: string; k: number; plan: GramPlan | null }>();

/** How to filter for `quote` within `k` edits, or null when the q-gram lemma says nothing (scan instead). */
function gramPlan(index: QGramIndex, quote: string, k: number): GramPlan | null {
  // The near search and the whole-text search of one quote share the plan.
  const last = lastPlan.get(index);
  if (last && last.quote === quote && last.k === k) return last.plan;
  const plan = makePlan(index, quote, k);
  lastPlan.set(index, { quote, k, plan });
  return plan;
}

function makePlan(index: QGramIndex, quote: string, k: number): GramPlan | null {
  const m = quote.length;
  const threshold = m + 1 - (k + 1) * Q;
  if (threshold < 2) return null;
  // The commonest q-grams cost the most to count; leave some out (at most this many, the
  // largest buckets first, ties by position) and lower the bar to match.
  const most = Math.floor((threshold - 2) / 2);
  const skip = new Uint8Array(m - Q + 1);
  const sizes = new Int32Array(m - Q + 1);
  const common: number[] = [];
  for (let i = 0; i + Q <= m; i++) {
    sizes[i] = index.bucketSize(quote, i);
    if (sizes[i] > COMMON_GRAM) common.push(i);
  }
  if (common.length > most) common.sort((a, b) => sizes[b] - sizes[a] || a - b).length = most;
  for (const i of common) skip[i] = 1;
  // Diagonal d = text position - quote position + m; a match's hits stay within ±k of its own
  // diagonal, so two adjacent bands of width 2k + 2 always hold all of them.
  return { band: 2 * k + 2, skip, skipped: common.length, bar: threshold - common.length };
}

/** Characters a window can reach beyond the q-grams that put it there. */
const windowSpan = (m: number, k: number, band: number) => 2 * band + m + 2 * k;

/**
 * Windows (in text order) from the q-gram hits at text positions [from, to); with the whole
 * text, every window; with a stretch, a window is only certain when its bands got all their hits.
 */
function bandWindows(
  index: QGramIndex,
  quote: string,
  k: number,
  plan: GramPlan,
  from: number,
  to: number,
): FuzzyWindow[] {
  const text = index.text;
  const m = quote.length;
  const { band, skip, skipped, bar } = plan;
  const whole = from <= 0 && to >= text.length;
  const first = Math.floor((Math.max(0, from) + Q) / band);
  const counts = new Int32Array(Math.ceil((Math.min(text.length, to) + m) / band) - first + 3);
  const touched: number[] = [];
  for (let i = 0; i + Q <= m; i++) {
    if (skip[i]) continue;
    const bucket = index.bucket(quote, i);
    for (let j = whole ? 0 : lowerBound(bucket, from); j < bucket.length; j++) {
      const p = bucket[j];
      if (p >= to) break;
      if (
        text.charCodeAt(p) !== quote.charCodeAt(i) ||
        text.charCodeAt(p + 1) !== quote.charCodeAt(i + 1) ||
        text.charCodeAt(p + 2) !== quote.charCodeAt(i + 2) ||
        text.charCodeAt(p + 3) !== quote.charCodeAt(i + 3)
      )
        continue;
      const b = Math.floor((p - i + m) / band) - first;
      if (counts[b]++ === 0) touched.push(b);
    }
  }
  const windows: FuzzyWindow[] = [];
  touched.sort((a, b) => a - b);
  for (const b of touched) {
    const hits = counts[b] + counts[b + 1];
    if (hits < bar) continue;
    const start = Math.max(0, (b + first) * band - m - k);
    const end = Math.min(text.length, (b + first + 2) * band + k);
    const minErrors = Math.max(0, Math.ceil((m + 1 - hits - skipped) / Q) - 1);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.minErrors = Math.min(last.minErrors, minErrors);
    } else windows.push({ start, end, minErrors });
  }
  return windows;
}

/** Windows that may hold a match of `quote` within `k` edits, fewest possible errors first. */
export function fuzzyWindows(index: QGramIndex, quote: string, k: number): FuzzyWindow[] {
  const plan = gramPlan(index, quote, k);
  if (!plan) return [{ start: 0, end: index.text.length, minErrors: 0 }];
  return bandWindows(index, quote, k, plan, 0, index.text.length).sort((a, b) => a.minErrors - b.minErrors);
}

export interface NearWindows {
  /** Windows that `fuzzyWindows` also returns, with the same candidates (or a scan restricted to ends it would find). */
  windows: FuzzyWindow[];
  /**
   * Every candidate of the whole-text search that is not in `windows` ends at or before
   * `coverFrom` or starts at or after `coverTo` (±Infinity: nothing on that side).
   */
  coverFrom: number;
  coverTo: number;
}

/** The part of `fuzzyWindows` that text[from, to) settles, and where the unsettled rest lies. */
export function nearWindows(index: QGramIndex, quote: string, k: number, from: number, to: number): NearWindows {
  const text = index.text;
  const m = quote.length;
  const atStart = from <= 0;
  const atEnd = to >= text.length;
  from = Math.max(0, from);
  to = Math.min(text.length, to);
  const plan = gramPlan(index, quote, k);
  if (!plan) {
    // A scan from `from` agrees with the whole-text scan once m + k characters are behind it:
    // keep the runs of ends between the first and last columns there that exceed k errors.
    const [over, lastOver] = atStart && atEnd ? [-1, to] : overColumns(text, quote, k, from, to, from + m + k);
    const lo = atStart ? from : over === -1 ? to : over + 1;
    const hi = atEnd ? to : lastOver;
    if (lo >= hi) return { windows: [], coverFrom: Infinity, coverTo: -Infinity };
    return {
      windows: [{ start: from, end: to, minErrors: 0, ends: [lo + 1, hi] }],
      coverFrom: atStart ? -Infinity : lo,
      coverTo: atEnd ? Infinity : hi + 1 - m - k,
    };
  }
  // A window is settled when every band that could reach it had all its positions counted.
  const span = windowSpan(m, k, plan.band);
  const safeFrom = atStart ? -Infinity : from + span + 1;
  const safeTo = atEnd ? Infinity : to - span - 1;
  let coverFrom = atStart ? -Infinity : safeFrom;
  let coverTo = atEnd ? Infinity : safeTo;
  const windows: FuzzyWindow[] = [];
  for (const w of bandWindows(index, quote, k, plan, from, to)) {
    if (w.start >= safeFrom && w.end <= safeTo) windows.push(w);
    else if (w.start < safeFrom) coverFrom = Math.max(coverFrom, w.end);
    else coverTo = Math.min(coverTo, w.start);
  }
  return { windows, coverFrom, coverTo };
}

/**
 * Matches within `k` edits inside a window, fewest errors first: the best of each region, not
 * only the global best. `stopAt(errors, from, to)` skips candidates that cannot win before their
 * start offsets are worked out (an extra search each); short quotes try the nearest to `hint`
 * first among equals.
 */
export function verifyWindow(
  text: string,
  quote: string,
  k: number,
  w: FuzzyWindow,
  stopAt: (errors: number, from: number, to: number) => boolean = () => false,
  hint: number | null = null,
): FuzzyMatch[] {
  const found = new Map<string, FuzzyMatch>();
  const add = (offset: number, matches: FuzzyMatch[]) => {
    for (const x of matches) {
      const key = `${x.start + offset}:${x.end + offset}`;
      if (!found.has(key)) found.set(key, { start: x.start + offset, end: x.end + offset, errors: x.errors });
    }
  };
  const m = quote.length;
  if (m <= 32) {
    const away = (end: number) => (hint === null ? 0 : Math.abs(end - m - hint));
    const all = localBestEnds(text, quote, k, w.start, w.end);
    const ends = (w.ends ? all.filter((x) => x.end >= w.ends![0] && x.end <= w.ends![1]) : all).sort(
      (a, b) => a.errors - b.errors || away(a.end) - away(b.end),
    );
    for (const { end, errors } of ends) {
      if (stopAt(errors, end - m - errors, end)) continue;
      const from = Math.max(w.start, end - m - errors);
      add(
        0,
        approxShort(text, from, end, quote, errors).filter((x) => x.end === end),
      );
    }
  } else {
    // Tiles overlap by a match's length, so every match lies wholly in one tile, and two places
    // farther apart than a tile are reported separately.
    const stride = m + 2 * k;
    for (let s = w.start; ; s += stride) {
      const e = Math.min(w.end, s + 2 * stride);
      add(s, approxSearch(text.slice(s, e), quote, k));
      if (e >= w.end) break;
    }
  }
  return [...found.values()].sort((a, b) => a.errors - b.errors);
}

/**
 * Myers' bit-parallel scan of text[from, to) for a quote of at most 32 code units: end offsets
 * where it matches within maxErrors edits and no worse than its neighbours.
 */
function localBestEnds(
  text: string,
  quote: string,
  maxErrors: number,
  from: number,
  to: number,
): Array<{ end: number; errors: number }> {
  const ends: Array<{ end: number; errors: number }> = [];
  let runBest = Infinity;
  let runEnds: number[] = [];
  const flush = () => {
    for (const end of runEnds) ends.push({ end, errors: runBest });
    runEnds = [];
    runBest = Infinity;
  };
  myers.begin(quote);
  for (let j = from; j < to; j++) {
    const score = myers.step(text.charCodeAt(j));
    if (score <= maxErrors) {
      if (score < runBest) {
        runBest = score;
        runEnds = [j + 1];
      } else if (score === runBest) runEnds.push(j + 1);
    } else if (runEnds.length) flush();
  }
  flush();
  myers.end();
  return ends;
}

/**
 * First column at or after `after` and last column of text[from, to) where the best match of
 * the quote ending there has more than maxErrors edits (-1 when none): runs of ends between two
 * such columns are the same as a scan of the whole text would report.
 */
function overColumns(
  text: string,
  quote: string,
  maxErrors: number,
  from: number,
  to: number,
  after: number,
): [number, number] {
  let first = -1;
  let last = -1;
  myers.begin(quote);
  for (let j = from; j < to; j++) {
    if (myers.step(text.charCodeAt(j)) > maxErrors) {
      if (first === -1 && j >= after) first = j;
      last = j;
    }
  }
  myers.end();
  return [first, last];
}

/** Scans text from `from` towards `to` (exclusive) and collects the positions with the fewest errors (≤ maxErrors). */
function scanEnds(text: string, from: number, to: number, step: 1 | -1, maxErrors: number, out: number[]): number {
  myers.restart();
  let best = maxErrors;
  for (let j = from; j !== to; j += step) {
    const score = myers.step(text.charCodeAt(j));
    if (score <= best) {
      if (score < best) out.length = 0;
      best = score;
      out.push(j);
    }
  }
  return best;
}

/**
 * What approx-string-match's search(text.slice(from, to), quote, maxErrors) returns, in text
 * offsets, for quotes of at most 32 code units, without its per-call tables and reversed copies:
 * the ends with the fewest errors, each with the longest start found by the reverse search.
 */
export function approxShort(text: string, from: number, to: number, quote: string, maxErrors: number): FuzzyMatch[] {
  const m = quote.length;
  maxErrors = Math.min(maxErrors, m);
  const ends: number[] = [];
  myers.begin(quote);
  const errors = scanEnds(text, from, to, 1, maxErrors, ends);
  myers.end();
  if (ends.length === 0) return [];
  myers.begin(quote, { reversed: true });
  const out: FuzzyMatch[] = [];
  const starts: number[] = [];
  for (const j of ends) {
    const end = j + 1;
    const minStart = Math.max(from, end - m - errors);
    starts.length = 0;
    scanEnds(text, end - 1, minStart - 1, -1, errors, starts);
    // Reverse ends are text positions read backwards; the farthest gives the longest match.
    let start = end;
    for (const p of starts) if (p < start) start = p;
    out.push({ start, end, errors });
  }
  myers.end();
  return out;
}
