/**
 * Folding of single code units, one for one: lower case, and the letter without any accent
 * (accent-blind search, ids). Ð/ð (U+00D0/U+00F0, eth) fold as Đ/đ. Each unit is worked out once
 * from the built-in Unicode data and cached.
 */

const lower = new Uint16Array(0x10000);
const unaccented = new Uint16Array(0x10000);

/** The lower-case form, when it is one code unit (else the unit itself: İ stays İ). */
export function lowerUnit(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  let l = lower[c];
  if (!l) {
    if (c === 0xd0) l = 0x111;
    else {
      const s = String.fromCharCode(c).toLowerCase();
      l = s.length === 1 ? s.charCodeAt(0) : c;
    }
    lower[c] = l;
  }
  return l;
}

/** Lower case without accents, tones or the bar of đ: "Ấ" → "a", "Đ" → "d"; a lone combining mark → itself. */
export function unaccentedUnit(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  let u = unaccented[c];
  if (!u) {
    if (c === 0x110 || c === 0x111 || c === 0xd0 || c === 0xf0) u = 100;
    else {
      const base = String.fromCharCode(lowerUnit(c)).normalize('NFD');
      u = base.charCodeAt(0);
    }
    unaccented[c] = u;
  }
  return u;
}

/** A word without its accents, tones or the bar of đ, its case kept: "François" → "Francois". */
export function unaccentedKeepingCase(word: string): string {
  let out = '';
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    const u = String.fromCharCode(unaccentedUnit(c));
    out += lowerUnit(c) === c ? u : u.toUpperCase();
  }
  return out;
}

/**
 * An ASCII slug of a folded word, as slugify gives it: accents dropped, đ as d, every run of
 * other characters one "-", none at either end ("quốc" → "quoc", "nn&ptnt" → "nn-ptnt").
 */
export function asciiSlug(folded: string): string {
  let out = '';
  let dash = false;
  for (let k = 0; k < folded.length; k++) {
    const u = unaccentedUnit(folded.charCodeAt(k));
    if ((u >= 97 && u <= 122) || (u >= 48 && u <= 57)) {
      if (dash && out) out += '-';
      dash = false;
      out += String.fromCharCode(u);
    } else dash = true;
  }
  return out;
}
