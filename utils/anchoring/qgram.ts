/**
 * The q-gram index of a text, built once per text, that the fuzzy search (fuzzy.ts) counts
 * hits in: every position of every q-gram, bucketed by hash, in two flat typed arrays.
 */
export const Q = 4;
const BUCKET_BITS = 16;
/** Buckets larger than this are worth skipping when counting q-gram hits. */
export const COMMON_GRAM = 64;

function gramHash(s: string, i: number): number {
  let h = Math.imul(s.charCodeAt(i), 0x9e3779b1);
  h = Math.imul(h ^ s.charCodeAt(i + 1), 0x85ebca6b);
  h = Math.imul(h ^ s.charCodeAt(i + 2), 0xc2b2ae35);
  h = Math.imul(h ^ s.charCodeAt(i + 3), 0x27d4eb2f);
  return h >>> (32 - BUCKET_BITS);
}

/** Positions of every q-gram of a text, bucketed by hash. */
export class QGramIndex {
  private readonly offsets: Int32Array;
  private readonly positions: Int32Array;

  constructor(readonly text: string) {
    const count = Math.max(0, text.length - Q + 1);
    const offsets = new Int32Array((1 << BUCKET_BITS) + 1);
    const hashes = new Int32Array(count);
    for (let p = 0; p < count; p++) {
      hashes[p] = gramHash(text, p);
      offsets[hashes[p] + 1]++;
    }
    for (let b = 1; b < offsets.length; b++) offsets[b] += offsets[b - 1];
    const cursor = offsets.slice(0, -1);
    const positions = new Int32Array(count);
    for (let p = 0; p < count; p++) positions[cursor[hashes[p]]++] = p;
    this.offsets = offsets;
    this.positions = positions;
  }

  /** Every exact occurrence of `quote`, through its rarest q-gram (indexOf below Q units). */
  occurrences(quote: string, limit: number): number[] {
    const out: number[] = [];
    if (quote.length < Q) {
      for (let i = this.text.indexOf(quote); i !== -1 && out.length < limit; i = this.text.indexOf(quote, i + 1))
        out.push(i);
      return out;
    }
    let rarest = 0;
    let size = Infinity;
    for (let i = 0; i + Q <= quote.length && size > 0; i++) {
      const b = this.bucket(quote, i);
      if (b.length < size) {
        size = b.length;
        rarest = i;
      }
    }
    for (const p of this.bucket(quote, rarest)) {
      if (p - rarest >= 0 && this.text.startsWith(quote, p - rarest)) out.push(p - rarest);
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Text positions whose q-gram hashes like quote[i, i + Q) (verify before trusting), ascending. */
  bucket(quote: string, i: number): Int32Array {
    const h = gramHash(quote, i);
    return this.positions.subarray(this.offsets[h], this.offsets[h + 1]);
  }

  /** How many text positions hash like quote[i, i + Q). */
  bucketSize(quote: string, i: number): number {
    const h = gramHash(quote, i);
    return this.offsets[h + 1] - this.offsets[h];
  }
}

/** First index of ascending `a` whose value is at least `x`. */
export function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
