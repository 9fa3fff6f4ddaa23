/**
 * Approximate occurrences of a quote, all of them that could be the annotated place, not only the
 * globally best one: the caller ranks them by context, so a nearer-perfect copy elsewhere must not
 * hide the right place.
 *
 * - Quotes up to 32 code units: one bit-parallel pass (Myers 1999) over the whole text, keeping
 *   every local minimum within the error bound.
 * - Longer quotes: split into k + 1 pieces; any match with ≤ k edits keeps one piece intact
 *   (pigeonhole), so only windows around exact piece hits are verified, each with
 *   approx-string-match in tiles small enough that distinct places are reported separately.
 */
import approxSearch from 'approx-string-match';

export interface FuzzyMatch {
  start: number;
  end: number;
  errors: number;
}

/** Edits allowed for a quote of `length` code units: max(2, 10%), and never a quarter of it. */
export function maxErrorsFor(length: number): number {
  return Math.min(Math.max(2, Math.floor(length / 10)), Math.floor(length / 4));
}

export function fuzzyCandidates(text: string, quote: string, maxErrors: number): FuzzyMatch[] {
  if (quote.length === 0 || maxErrors <= 0) return [];
  const found = new Map<string, FuzzyMatch>();
  const add = (offset: number, matches: FuzzyMatch[]) => {
    for (const m of matches) {
      const key = `${m.start + offset}:${m.end + offset}`;
      if (!found.has(key)) found.set(key, { start: m.start + offset, end: m.end + offset, errors: m.errors });
    }
  };
  if (quote.length <= 32) {
    for (const end of localBestEnds(text, quote, maxErrors)) {
      const from = Math.max(0, end - quote.length - maxErrors);
      add(from, approxSearch(text.slice(from, end), quote, maxErrors));
    }
  } else {
    const tile = 2 * (quote.length + 2 * maxErrors);
    const stride = quote.length + 2 * maxErrors;
    for (const [ws, we] of seedWindows(text, quote, maxErrors)) {
      for (let s = ws; ; s += stride) {
        const e = Math.min(we, s + tile);
        add(s, approxSearch(text.slice(s, e), quote, maxErrors));
        if (e >= we) break;
      }
    }
  }
  return [...found.values()];
}

const peq = new Int32Array(0x10000);

/** End offsets where `quote` matches with ≤ maxErrors edits and fewer than at the neighbours. */
function localBestEnds(text: string, quote: string, maxErrors: number): number[] {
  const m = quote.length;
  for (let i = 0; i < m; i++) peq[quote.charCodeAt(i)] |= 1 << i;
  const high = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  const ends: number[] = [];
  let runBest = Infinity;
  let runEnds: number[] = [];
  for (let j = 0; j < text.length; j++) {
    const eq = peq[text.charCodeAt(j)];
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= maxErrors) {
      if (score < runBest) {
        runBest = score;
        runEnds = [j + 1];
      } else if (score === runBest) runEnds.push(j + 1);
    } else if (runEnds.length) {
      ends.push(...runEnds);
      runEnds = [];
      runBest = Infinity;
    }
  }
  ends.push(...runEnds);
  for (let i = 0; i < m; i++) peq[quote.charCodeAt(i)] = 0;
  return ends;
}

/** Merged [start, end) windows around exact hits of the quote's k + 1 pieces. */
function seedWindows(text: string, quote: string, k: number): Array<[number, number]> {
  const m = quote.length;
  const pieces = k + 1;
  const windows: Array<[number, number]> = [];
  for (let p = 0; p < pieces; p++) {
    const off = Math.floor((p * m) / pieces);
    const piece = quote.slice(off, Math.floor(((p + 1) * m) / pieces));
    for (let hit = text.indexOf(piece); hit !== -1; hit = text.indexOf(piece, hit + 1)) {
      windows.push([Math.max(0, hit - off - k), Math.min(text.length, hit - off + m + k)]);
    }
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  return merged;
}
