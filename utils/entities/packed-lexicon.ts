/**
 * The packed lexicon, read at run time: decoded natively from base64 into one buffer, viewed as
 * typed arrays, with no object made per phrase or node (lexicon-format.ts has the layout).
 */
import { BYTES, HEADER, LEXICON_MAGIC, LEXICON_VERSION, SECTIONS } from './lexicon-format';

/** Base64 to bytes: natively where the platform can (Uint8Array.fromBase64), else through atob. */
export function base64Bytes(b64: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(b64);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let k = 0; k < bin.length; k++) out[k] = bin.charCodeAt(k);
  return out;
}

export class PackedLexicon {
  readonly syllables: string[];
  readonly casedForms: string[];
  readonly flags!: Uint16Array;
  readonly firstTypes!: Uint16Array;
  readonly childStart!: Uint16Array;
  readonly childSyllable!: Uint16Array;
  readonly childNode!: Uint16Array;
  readonly phraseStart!: Uint16Array;
  readonly phraseCode!: Int32Array;
  readonly phraseCased!: Int32Array;
  readonly pairSlot!: Uint32Array;
  readonly nodes: number;
  private pairMask: number;
  private ids?: Map<string, number>;

  constructor(base64: string) {
    const bytes = base64Bytes(base64);
    const words = new Uint32Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, HEADER.length);
    const h = Object.fromEntries(HEADER.map((k, i) => [k, words[i]])) as Record<string, number>;
    if (h.magic !== LEXICON_MAGIC || h.version !== LEXICON_VERSION) throw new Error('packed lexicon: unknown format');
    let at = bytes.byteOffset + HEADER.length * 4;
    const self = this as unknown as Record<string, ArrayLike<number>>;
    for (const [name, type, length] of SECTIONS) {
      const n = length(h);
      const View = type === 'u16' ? Uint16Array : type === 'u32' ? Uint32Array : Int32Array;
      self[name] = new View(bytes.buffer as ArrayBuffer, at, n);
      at += (n * BYTES[type] + 3) & ~3;
    }
    const lines = new TextDecoder().decode(
      bytes.subarray(at - bytes.byteOffset, at - bytes.byteOffset + h.stringBytes),
    );
    const all = lines.split('\n');
    this.syllables = all.slice(0, h.syllables);
    this.casedForms = all.slice(h.syllables, h.syllables + h.casedForms);
    this.nodes = h.nodes;
    this.pairMask = h.pairSlots - 1;
  }

  /** The id of a folded syllable, or -1 (a Map made on the first look-up: the platform hashes). */
  idOf(syllable: string): number {
    if (!this.ids) {
      this.ids = new Map();
      for (let k = 0; k < this.syllables.length; k++) this.ids.set(this.syllables[k], k);
    }
    return this.ids.get(syllable) ?? -1;
  }

  /** The child of trie node `node` by syllable `syl`, or -1 (binary search among its children). */
  child(node: number, syl: number): number {
    let lo = this.childStart[node];
    let hi = this.childStart[node + 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const s = this.childSyllable[mid];
      if (s === syl) return this.childNode[mid];
      if (s < syl) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /** Two syllables seen together in a name. */
  isPair(a: number, b: number): boolean {
    if (a < 0 || b < 0) return false;
    const key = ((a << 16) | b) >>> 0;
    for (let slot = pairHome(key, this.pairMask); ; slot = (slot + 1) & this.pairMask) {
      const v = this.pairSlot[slot];
      if (v === 0) return false;
      if (v - 1 === key) return true;
    }
  }
}

/** The slot of a pair key in a table of `mask + 1` slots (the packer fills it the same way): every bit of the key counts. */
export function pairHome(key: number, mask: number): number {
  let h = key ^ (key >>> 16);
  h = Math.imul(h, 0x45d9f3b);
  h ^= h >>> 16;
  return h & mask;
}
