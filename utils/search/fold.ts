/**
 * Search normalisation for Vietnamese. Two keys per string:
 * - `searchKey`: NFC, lower case, one tone-mark placement, spaces folded. Accents still count.
 * - `foldKey`: every diacritic removed and đ → d as well, for accent-insensitive search.
 * Both keep one character per input character where they can, but callers must not map
 * offsets back through them; they are for matching only.
 */

const TONES = '\u0300\u0301\u0303\u0309\u0323';
// Old-style placement on the first vowel of a final oa/oe/uy (hòa, khỏe, thủy) moves to the second
// (hoà, khoẻ, thuỷ), the placement used by current style guides; both spellings then compare equal.
const OLD_PLACEMENT = new RegExp(`(o)([${TONES}])([ae])(?![\\p{L}\\p{M}])|(u)([${TONES}])(y)(?![\\p{L}\\p{M}])`, 'gu');
// Runs of whitespace, or any single whitespace other than a plain space (NBSP, tabs, line breaks).
// Plain single spaces are left alone: matching each of them would make long texts slow.
const SPACES = /[\s\u200b]{2,}|[^\S ]|\u200b/g;
const CONTROL = /[\u0000-\u001f\u007f]/g;

export function searchKey(s: string): string {
  return s
    .normalize('NFD')
    .toLowerCase()
    .replace(OLD_PLACEMENT, (_m, o, t1, ae, u, t2, y) => (o ? o + ae + t1 : u + y + t2))
    .normalize('NFC')
    .replace(CONTROL, ' ')
    .replace(SPACES, ' ');
}

export function foldKey(s: string): string {
  return s
    .normalize('NFD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(CONTROL, ' ')
    .replace(SPACES, ' ');
}
