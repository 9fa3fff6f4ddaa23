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

const enum Kind {
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
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-',
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

/** 'o' + 'à' → 'ò' + 'a', for the open-syllable pairs whose tone placement varies. */
const TONE_SWAP = new Map<string, string>();
for (const tone of ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']) {
  for (const [first, second] of [['o', 'a'], ['o', 'e'], ['u', 'y']]) {
    for (const f of [first, first.toUpperCase()]) {
      for (const s of [second, second.toUpperCase()]) {
        TONE_SWAP.set(f + (s + tone).normalize('NFC'), (f + tone).normalize('NFC') + s);
      }
    }
  }
}

export function normalizeWithMap(input: string): NormalizedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const n = input.length;
  let i = 0;
  while (i < n) {
    const code = input.charCodeAt(i);
    // Plain ASCII not followed by a combining mark (NFD text puts them after the base letter).
    if (code < 0x80 && code > 0x20 && !(i + 1 < n && input.charCodeAt(i + 1) >= 0x300 && kindOf(input.charCodeAt(i + 1)) === Kind.Mark)) {
      out.push(input[i]);
      starts.push(i);
      ends.push(i + 1);
      i++;
      continue;
    }
    const kind = code >= 0xd800 && code < 0xdc00 ? Kind.Plain : kindOf(code);
    if (kind === Kind.Removed) {
      i++;
      continue;
    }
    if (kind === Kind.Space) {
      const runStart = i;
      let runEnd = i + 1;
      for (let j = i + 1; j < n; j++) {
        const k = kindOf(input.charCodeAt(j));
        if (k === Kind.Space) runEnd = j + 1;
        else if (k !== Kind.Removed) break;
      }
      out.push(' ');
      starts.push(runStart);
      ends.push(runEnd);
      i = runEnd;
      continue;
    }
    // A base character (or a stray mark) and the marks that follow it compose as one unit.
    let j = i + (code >= 0xd800 && code < 0xdc00 && i + 1 < n ? 2 : 1);
    while (j < n && kindOf(input.charCodeAt(j)) === Kind.Mark) j++;
    const composed = nfc(input.slice(i, j));
    for (let c = 0; c < composed.length; c++) {
      out.push(composed[c]);
      starts.push(i);
      ends.push(j);
    }
    i = j;
  }
  for (let c = 0; c + 1 < out.length; c++) {
    const swapped = TONE_SWAP.get(out[c] + out[c + 1]);
    // Only open syllables vary (hòa/hoà); hoàng, thuyền are spelt one way.
    if (swapped && !(c + 2 < out.length && LETTER.test(out[c + 2]))) {
      out[c] = swapped[0];
      out[c + 1] = swapped[1];
    }
  }
  return { text: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
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
