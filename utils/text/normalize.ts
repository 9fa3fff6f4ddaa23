/**
 * Normalisation for matching Vietnamese text, with an exact map back to the caller's string.
 *
 * The normalised string has one entry in `starts`/`ends` per code unit: the original range
 * that produced it. Removed characters (zero-width, soft hyphen) produce nothing, so a span
 * [a, b) of the normalised text maps to [starts[a], ends[b - 1]) in the original.
 */

export interface Normalized {
  /** NFC, canonical tone placement, canonical spaces and dashes, Đ for Ð; case kept. */
  cased: string;
  /** `cased`, lower-cased (same length, code unit for code unit). */
  folded: string;
  starts: Int32Array;
  ends: Int32Array;
  /** The caller's string. */
  original: string;
}

const COMBINING = /[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;
const REMOVED = /[\u00ad\u200b-\u200d\u2060\ufeff\u180e]/;
const SPACE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const DASH = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;

const TONES = '\u0300\u0301\u0303\u0309\u0323';
interface Toned {
  base: string;
  tone: string;
}
const toneCache = new Map<string, Toned>();
/** Splits a precomposed letter into its base letter (keeping ^, ˘, ˚ hooks) and tone mark. */
function splitTone(ch: string): Toned {
  let t = toneCache.get(ch);
  if (!t) {
    const d = ch.normalize('NFD');
    let tone = '';
    let rest = '';
    for (const c of d) {
      if (TONES.includes(c)) tone = c;
      else rest += c;
    }
    t = { base: rest.normalize('NFC'), tone };
    toneCache.set(ch, t);
  }
  return t;
}
function withTone(base: string, tone: string): string {
  return (base + tone).normalize('NFC');
}

const LETTER = /[\p{L}\p{M}]/u;
/** Open-syllable vowel pairs whose tone may sit on either vowel: hòa/hoà, khỏe/khoẻ, thủy/thuỷ. */
const PAIRS = new Set(['oa', 'oe', 'uy']);

/**
 * Moves the tone of open oa/oe/uy syllables onto the second vowel, in place.
 * Closed syllables (hoàn, thuyền) and qu- (quý) are left alone: their placement is fixed.
 */
function canonicalTones(chars: string[]): void {
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = splitTone(chars[i]);
    const b = splitTone(chars[i + 1]);
    const pair = (a.base + b.base).toLowerCase();
    if (!PAIRS.has(pair)) continue;
    if (!a.tone || b.tone) continue;
    const prev = i > 0 ? chars[i - 1].toLowerCase() : '';
    if (pair === 'uy' && prev === 'q') continue;
    if (i > 0 && LETTER.test(chars[i - 1]) && prev !== '' && /[aeiouyăâêôơư]/.test(splitTone(prev).base)) continue;
    const next = i + 2 < chars.length ? chars[i + 2] : '';
    if (next && LETTER.test(next)) continue;
    chars[i] = a.base;
    chars[i + 1] = withTone(b.base, a.tone);
  }
}

function lowerUnit(ch: string): string {
  const l = ch.toLowerCase();
  return l.length === ch.length ? l : ch;
}

export function normalizeForMatch(original: string): Normalized {
  const out: string[] = [];
  const st: number[] = [];
  const en: number[] = [];
  const n = original.length;
  let i = 0;
  while (i < n) {
    const cp = original.codePointAt(i)!;
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < n && COMBINING.test(original[j])) j++;
    const cluster = original.slice(i, j);
    const head = cluster[0];
    if (REMOVED.test(head) && j === i + 1) {
      i = j;
      continue;
    }
    let norm: string;
    if (SPACE.test(head)) norm = ' ';
    else if (DASH.test(head)) norm = '-';
    else if (head === '\u00d0') norm = 'Đ' + cluster.slice(1);
    else if (head === '\u00f0') norm = 'đ' + cluster.slice(1);
    else norm = cluster.normalize('NFC');
    // Keep one output entry per UTF-16 unit of the normalised cluster.
    for (let k = 0; k < norm.length; k++) {
      out.push(norm[k]);
      st.push(i);
      en.push(j);
    }
    i = j;
  }
  // Tone moves happen between single BMP letters only, so regroup surrogate pairs first.
  canonicalTones(out);
  const cased = out.join('');
  let folded = '';
  for (const c of out) folded += lowerUnit(c);
  return { cased, folded, starts: Int32Array.from(st), ends: Int32Array.from(en), original };
}

/** Maps a normalised span [a, b) back to the original string. */
export function toOriginal(nz: Normalized, a: number, b: number): [number, number] {
  if (b <= a) {
    const p = a < nz.starts.length ? nz.starts[a] : nz.original.length;
    return [p, p];
  }
  return [nz.starts[a], nz.ends[b - 1]];
}

/** Canonical matching key of a phrase: normalised, lower-cased, spaces collapsed. */
export function matchKey(s: string): string {
  return normalizeForMatch(s).folded.replace(/\s+/g, ' ').trim();
}

/** ASCII slug for ids: "Bộ Tài chính" → "bo-tai-chinh". */
export function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
