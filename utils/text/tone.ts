/**
 * The one tone-placement rule. Vietnamese writes a syllable's tone on one vowel of its nucleus,
 * and pages disagree on which one for a few nuclei ("hòa"/"hoà", "thủy"/"thuỷ") or misplace it
 * after "qu"/"gi" ("qúy", "gìa"). Matching, anchoring and search all compare syllables after
 * putting the tone where this rule says, so every spelling of one syllable compares equal:
 *
 * - the vowels after the initial consonant form the nucleus; the "u" of "qu" and the "i" of "gi"
 *   (before another vowel) belong to the initial ("quý", "già");
 * - a nucleus with a hooked or capped vowel (ă â ê ô ơ ư) takes the tone on the last of them
 *   ("người", "thuở", "Nguyễn");
 * - otherwise a closed syllable takes it on the nucleus's last vowel ("hoàn", "toán");
 * - an open one on the middle of three ("ngoài", "khuỷu"), on the second of oa, oe, uy ("hoà",
 *   "khoẻ", "thuỷ": the placement of current style guides), else on the first ("mùa", "tài").
 *
 * A word that is not one Vietnamese syllable (foreign names, two tone marks) is left as it is.
 * Moving a tone changes two code units in place, so offsets never move.
 */
import { charFlags, LETTER_F } from './chars';

const TONE_MARKS = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
/** Vowel bases, lower then upper case; the first six of each half carry a hook, breve or cap. */
const BASES = 'ăâêôơưaeiouyĂÂÊÔƠƯAEIOUY';
const HATTED = 6;
const PER_CASE = 12;
const LIMIT = 0x1f00;

interface ToneTables {
  /** Code unit → vowel base index + 1 (0: not a vowel). */
  base: Uint8Array;
  /** Code unit → its tone (1..5), 0 when it has none. */
  tone: Uint8Array;
  /** Base index × 6 + tone → code unit. */
  compose: Uint16Array;
}
let tables: ToneTables | undefined;

function buildTables(): ToneTables {
  const base = new Uint8Array(LIMIT);
  const tone = new Uint8Array(LIMIT);
  const compose = new Uint16Array(BASES.length * 6);
  for (let b = 0; b < BASES.length; b++) {
    for (let t = 0; t <= TONE_MARKS.length; t++) {
      const c = (t ? BASES[b] + TONE_MARKS[t - 1] : BASES[b]).normalize('NFC').charCodeAt(0);
      base[c] = b + 1;
      tone[c] = t;
      compose[b * 6 + t] = c;
    }
  }
  return { base, tone, compose };
}

/** The vowel base (without tone, lower case) index 0..11 of a code unit, or -1. */
function vowelOf(t: ToneTables, c: number): number {
  const b = c < LIMIT ? t.base[c] : 0;
  return b ? (b - 1) % PER_CASE : -1;
}

const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
/** Initial and final consonant letters: b c d đ g h k l m n p q r s t v x. */
function isConsonant(c: number): boolean {
  if (c === 0x111 || c === 0x110) return true;
  const l = lowerAscii(c);
  return l >= 97 && l <= 122 && 'bcdghklmnpqrstvx'.includes(String.fromCharCode(l));
}
const V_A = BASES.indexOf('a');
const V_E = BASES.indexOf('e');
const V_I = BASES.indexOf('i');
const V_O = BASES.indexOf('o');
const V_U = BASES.indexOf('u');
const V_Y = BASES.indexOf('y');

/** A valid final consonant run (c, ch, m, n, ng, nh, p, t), as lower-case ASCII. */
function isCoda(u: ArrayLike<number>, from: number, to: number): boolean {
  const n = to - from;
  if (n === 0) return true;
  if (n > 2) return false;
  const a = lowerAscii(u[from]);
  if (n === 1) return a === 99 || a === 109 || a === 110 || a === 112 || a === 116; // c m n p t
  const b = lowerAscii(u[from + 1]);
  return (a === 99 && b === 104) || (a === 110 && (b === 103 || b === 104)); // ch ng nh
}

/**
 * Puts the tone of the syllable u[from..to) where the rule says, in place. Returns whether it
 * moved. `u` holds NFC code units (precomposed vowels).
 */
export function placeTone(u: { [i: number]: number; length: number }, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 8) return false;
  const t = (tables ??= buildTables());
  let toned = -1;
  let mark = 0;
  let vowels = 0;
  for (let k = from; k < to; k++) {
    const c = u[k];
    if (vowelOf(t, c) < 0) continue;
    vowels++;
    const m = t.tone[c];
    if (m) {
      if (toned >= 0) return false;
      toned = k;
      mark = m;
    }
  }
  if (toned < 0 || vowels < 2) return false;
  // The initial: "qu", "gi" before a vowel, or consonant letters.
  let k = from;
  const first = lowerAscii(u[from]);
  if (first === 113 && vowelOf(t, u[from + 1]) === V_U) k += 2;
  else if (first === 103 && vowelOf(t, u[from + 1]) === V_I && from + 2 < to && vowelOf(t, u[from + 2]) >= 0) k += 2;
  else while (k < to && isConsonant(u[k])) k++;
  const nucleus = k;
  while (k < to && vowelOf(t, u[k]) >= 0) k++;
  const len = k - nucleus;
  if (len === 0 || len > 3 || !isCoda(u, k, to)) return false;
  let target = -1;
  for (let j = nucleus; j < k; j++) if (vowelOf(t, u[j]) < HATTED) target = j;
  if (target < 0) {
    if (k < to) target = k - 1;
    else if (len === 3) target = nucleus + 1;
    else if (len === 2) {
      const a = vowelOf(t, u[nucleus]);
      const b = vowelOf(t, u[nucleus + 1]);
      target = (a === V_O && (b === V_A || b === V_E)) || (a === V_U && b === V_Y) ? nucleus + 1 : nucleus;
    } else target = nucleus;
  }
  if (target === toned) return false;
  u[toned] = t.compose[(t.base[u[toned]] - 1) * 6];
  u[target] = t.compose[(t.base[u[target]] - 1) * 6 + mark];
  return true;
}

/** Whether a code unit is a vowel carrying a tone mark (a syllable that may need placeTone). */
export function hasToneMark(c: number): boolean {
  const t = (tables ??= buildTables());
  return c < LIMIT && t.tone[c] > 0;
}

/** Whether a code unit is a Vietnamese vowel letter, toned or not. */
export function isVowelLetter(c: number): boolean {
  const t = (tables ??= buildTables());
  return c < LIMIT && t.base[c] > 0;
}

/** A syllable of h, k, l, m, s, t or "qu" and a lone "i" or "y": spelt either way ("lí", "lý"). */
export const I_OR_Y = /^(?:[hklmst]|qu)[iíìỉĩịyýỳỷỹỵ]$/i;
const I_FORMS = 'iíìỉĩịIÍÌỈĨỊ';
const Y_FORMS = 'yýỳỷỹỵYÝỲỶỸỴ';

/** The id `lookup` gives the word's other spelling (otherSpelling), or -1 (none, or not known). */
export const knownInOtherSpelling = (word: string, lookup: (folded: string) => number): number =>
  I_OR_Y.test(word) ? lookup(otherSpelling(word)) : -1;

/**
 * The other spelling of a syllable of h, k, l, m, s, t or "qu" and a lone "i" or "y": both are in
 * use for one word ("trợ lí" and "trợ lý", "kĩ" and "kỹ", "Mĩ" and "Mỹ", "sĩ" and "sỹ"). The word
 * itself when it is no such syllable.
 */
export function otherSpelling(word: string): string {
  if (!I_OR_Y.test(word)) return word;
  const last = word.length - 1;
  const i = I_FORMS.indexOf(word[last]);
  return word.slice(0, last) + (i >= 0 ? Y_FORMS[i] : I_FORMS[Y_FORMS.indexOf(word[last])]);
}

const isLetterUnit = (c: number) =>
  c < 0x80 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : (charFlags(c) & LETTER_F) !== 0;

/**
 * A word's form under the tone rule: the rule runs on each run of letters holding a tone mark
 * and another vowel; the string comes back as it was when nothing moves.
 */
export function withTones(word: string): string {
  let units: number[] | undefined;
  let from = -1;
  let toned = false;
  let vowels = 0;
  for (let k = 0; k <= word.length; k++) {
    const c = k < word.length ? word.charCodeAt(k) : 32;
    if (isLetterUnit(c)) {
      if (from < 0) (from = k), (toned = false), (vowels = 0);
      if (c >= 0xc0 && hasToneMark(c)) toned = true;
      if (isVowelLetter(c)) vowels++;
      continue;
    }
    if (from >= 0 && toned && vowels > 1) {
      units ??= Array.from(word, (x) => x.charCodeAt(0));
      placeTone(units, from, k);
    }
    from = -1;
  }
  return units ? String.fromCharCode(...units) : word;
}
