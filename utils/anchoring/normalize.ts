/**
 * Matching copy of a text for anchoring, with an exact map back to the caller's string.
 *
 * Self-contained on purpose: utils/text/normalize.ts is owned elsewhere and these two should be
 * merged once both settle. Same map convention as there: normalised code unit i came from the
 * original range [starts[i], ends[i]); removed characters produce nothing, so a normalised span
 * [a, b) maps to [starts[a], ends[b - 1]).
 *
 * Equivalences (case is kept; everything stays one-way comparable by string equality):
 * - NFC, applied per base character + its combining marks, so NFD text maps back exactly;
 * - every whitespace run (NBSP, thin spaces, newlines, tabs…) becomes one ' ';
 * - zero-width characters and soft hyphens vanish;
 * - curly quotes become straight, dash variants become '-';
 * - the tone of a word-final oa/oe/uy sits on the first vowel (hòa/hoà, thủy/thuỷ compare equal).
 */

export interface NormalizedText {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

enum Kind {
  Unknown = 0,
  Plain = 1,
  Mark = 2,
  Space = 3,
  Removed = 4,
}

const kinds = new Uint8Array(0x10000);
const MARK = /\p{M}/u;
const SPACE = /\s/u;
const LETTER = /[\p{L}\p{M}]/u;
const REMOVED = /[\u00ad\u200b-\u200d\u2060\ufeff\u180e]/;
const SUBST: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};

function kindOf(code: number): Kind {
  let k = kinds[code] as Kind;
  if (k === Kind.Unknown) {
    const ch = String.fromCharCode(code);
    if (REMOVED.test(ch)) k = Kind.Removed;
    else if (SPACE.test(ch)) k = Kind.Space;
    else if (MARK.test(ch)) k = Kind.Mark;
    else k = Kind.Plain;
    kinds[code] = k;
  }
  return k;
}

const nfcCache = new Map<string, string>();
function nfc(segment: string): string {
  let out = nfcCache.get(segment);
  if (out === undefined) {
    out = segment.normalize('NFC');
    out = SUBST[out] ?? out;
    if (nfcCache.size < 4096) nfcCache.set(segment, out);
  }
  return out;
}

/** NFC (and substitution) of a lone code unit when it is one code unit, else 0: filled lazily. */
const single = new Uint16Array(0x10000);
function singleOf(code: number): number {
  let c = single[code];
  if (c === 0) {
    const out = nfc(String.fromCharCode(code));
    c = out.length === 1 ? out.charCodeAt(0) : 0xffff;
    single[code] = c;
  }
  return c;
}

/** 'o' + 'à' → 'ò' + 'a' (as code-unit pairs), for the pairs whose tone placement varies. */
const TONE_SWAP = new Map<number, number>();
for (const tone of ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']) {
  for (const [first, second] of [
    ['o', 'a'],
    ['o', 'e'],
    ['u', 'y'],
  ]) {
    for (const f of [first, first.toUpperCase()]) {
      for (const sec of [second, second.toUpperCase()]) {
        const from = (f.charCodeAt(0) << 16) | (sec + tone).normalize('NFC').charCodeAt(0);
        const to = ((f + tone).normalize('NFC').charCodeAt(0) << 16) | sec.charCodeAt(0);
        TONE_SWAP.set(from, to);
      }
    }
  }
}
/**
 * Code units to a flat string, lone surrogates kept: chunked (apply has an argument limit) and
 * joined, since a rope built with += or a decoder's external string makes every later
 * charCodeAt several times slower in the matching loops.
 */
function fromCodes(codes: Uint16Array, len: number): string {
  const parts: string[] = [];
  for (let i = 0; i < len; i += 8192) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(len, i + 8192)) as unknown as number[]));
  }
  return parts.join('');
}
const isHigh = (code: number) => code >= 0xd800 && code < 0xdc00;

export function normalizeWithMap(input: string): NormalizedText {
  const n = input.length;
  let cap = n + 8;
  let codes = new Uint16Array(cap);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let len = 0;
  const push = (code: number, s: number, e: number) => {
    if (len === cap) {
      cap *= 2;
      const c2 = new Uint16Array(cap);
      c2.set(codes);
      codes = c2;
      const s2 = new Int32Array(cap);
      s2.set(starts);
      starts = s2;
      const e2 = new Int32Array(cap);
      e2.set(ends);
      ends = e2;
    }
    codes[len] = code;
    starts[len] = s;
    ends[len] = e;
    len++;
  };
  const markAt = (j: number) => j < n && input.charCodeAt(j) >= 0x300 && kindOf(input.charCodeAt(j)) === Kind.Mark;

  let i = 0;
  while (i < n) {
    const code = input.charCodeAt(i);
    // Fast path: printable ASCII, not followed by a combining mark (NFD puts marks after the base).
    if (code < 0x80 && code > 0x20 && !markAt(i + 1)) {
      push(code, i, i + 1);
      i++;
      continue;
    }
    const kind = isHigh(code) ? Kind.Plain : kindOf(code);
    if (kind === Kind.Removed) {
      i++;
      continue;
    }
    if (kind === Kind.Space) {
      let runEnd = i + 1;
      for (let j = i + 1; j < n; j++) {
        const k = kindOf(input.charCodeAt(j));
        if (k === Kind.Space) runEnd = j + 1;
        else if (k !== Kind.Removed) break;
      }
      push(0x20, i, runEnd);
      i = runEnd;
      continue;
    }
    let j = i + (isHigh(code) && i + 1 < n ? 2 : 1);
    if (j === i + 1 && !markAt(j)) {
      const c = singleOf(code);
      if (c !== 0xffff) {
        push(c, i, j);
        i = j;
        continue;
      }
    }
    // A base character (or a stray mark) and the marks that follow it compose as one unit.
    while (markAt(j)) j++;
    const composed = nfc(input.slice(i, j));
    for (let c = 0; c < composed.length; c++) push(composed.charCodeAt(c), i, j);
    i = j;
  }
  for (let c = 0; c + 1 < len; c++) {
    const f = codes[c];
    if (f !== 0x6f && f !== 0x4f && f !== 0x75 && f !== 0x55) continue;
    const swapped = TONE_SWAP.get((f << 16) | codes[c + 1]);
    // Only open syllables vary (hòa/hoà); hoàng, thuyền are spelt one way.
    if (swapped !== undefined && !(c + 2 < len && LETTER.test(String.fromCharCode(codes[c + 2])))) {
      codes[c] = swapped >>> 16;
      codes[c + 1] = swapped & 0xffff;
    }
  }
  return {
    text: fromCodes(codes, len),
    starts: starts.slice(0, len),
    ends: ends.slice(0, len),
  };
}

/** The normalised string alone, for quotes and context. */
export function normalizeText(input: string): string {
  return normalizeWithMap(input).text;
}

/** First normalised index whose source starts at or after `raw` (for hints and positions). */
export function toNormalizedOffset(norm: NormalizedText, raw: number): number {
  let lo = 0;
  let hi = norm.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.starts[mid] < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
