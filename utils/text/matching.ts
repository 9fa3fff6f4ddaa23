/**
 * The entity engine's view of a text: the `matching` preset (case kept, offsets one for one
 * wherever NFC allows) beside its lower-cased copy of the same length, and the map back.
 */
import { normalize, normalizeWithMap, toOriginalRange, type MappedText } from './normalize';

export interface Normalized {
  /** NFC, one tone placement, one space per space, Đ for Ð; case kept. */
  cased: string;
  /** `cased`, lower-cased (same length, code unit for code unit). */
  folded: string;
  starts: Int32Array;
  ends: Int32Array;
  /** The caller's string. */
  original: string;
}

/** Lower case, one code unit for one: a letter whose lower case is longer (İ) stays as it is. */
export function foldCase(cased: string): string {
  const folded = cased.toLowerCase();
  if (folded.length === cased.length) return folded;
  let out = '';
  for (let k = 0; k < cased.length; k++) {
    const c = cased[k];
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

const maps = new WeakMap<Normalized, MappedText>();

export function normalizeForMatch(original: string): Normalized {
  const m = normalizeWithMap(original, 'matching');
  const nz: Normalized = {
    cased: m.text,
    folded: foldCase(m.text),
    get starts() {
      return m.starts;
    },
    get ends() {
      return m.ends;
    },
    original,
  };
  maps.set(nz, m);
  return nz;
}

/** The cased and folded forms only, for phrases (no offset maps). */
export function normalizePhrase(original: string): { cased: string; folded: string } {
  const cased = normalize(original, 'matching');
  return { cased, folded: foldCase(cased) };
}

/** Maps a normalised span [a, b) back to the original string. */
export function toOriginal(nz: Normalized, a: number, b: number): [number, number] {
  const m = maps.get(nz);
  if (m) return toOriginalRange(m, nz.original.length, a, b);
  if (b <= a) {
    const p = a < nz.starts.length ? nz.starts[a] : nz.original.length;
    return [p, p];
  }
  return [nz.starts[a], nz.ends[b - 1]];
}
