/**
 * A trie over token sequences. Matching walks it from each token, so the cost per token is
 * bounded by the longest phrase, not by the number of phrases.
 *
 * It is kept flat: every phrase prefix (its folded tokens joined by spaces, which no token holds)
 * is a node number in one dictionary, and the phrases ending at node n are ids[at[n]..at[n + 1]).
 * Saved that way (data/compiled.json), a page gets the whole trie from JSON.parse as arrays (the
 * prefixes by node number, and three number arrays) and fills one Map from the prefixes: no
 * object per node, nothing else to rebuild in JS. (Prefixes saved as an object's keys cost about
 * twice as much, to parse and then to copy out with Object.entries.) Phrases added at run time (the watch list) keep their lists beside
 * the saved ones, in `more`.
 */
import type { Token } from './tokens';

export interface TrieEntry<T> {
  value: T;
  /** When set, the tokens must match these cased forms exactly (abbreviations). */
  cased?: string[];
  len: number;
  /** Free for the caller to cache a number derived from `value` (the engine keeps its type bit). */
  bit?: number;
}

/** The trie without its values, as saved in data/compiled.json. */
export interface SavedTrie {
  /** Node n's prefix. */
  keys: string[];
  /** Node n's phrases are ids[at[n]..at[n + 1]). */
  at: number[];
  ids: number[];
  /** Token count of each phrase (0: empty, not in the trie). */
  lens: number[];
  /** Cased tokens of the case-sensitive phrases, by phrase number. */
  cased: Record<string, string[]>;
}

export class TokenTrie<T> {
  /** Prefix → node number. A Map: looking up fresh token strings in a parsed object costs more. */
  private index: Map<string, number>;
  private at: number[];
  private ids: number[];
  /** Saved nodes: 0..saved-1; nodes made here are numbered on from there. */
  private saved: number;
  private total: number;
  /** Lists of nodes that gained phrases here (they replace the saved range). */
  private more = new Map<number, number[]>();
  private values: (T | undefined)[] = [];
  /** Makes the value of saved phrase k on its first match: most phrases never match a page. */
  private termAt?: (k: number) => T;
  private lens: number[];
  private cased: (string[] | undefined)[] = [];
  private entries: TrieEntry<T>[] = [];
  /** Phrases added (empty ones are kept as numbers but not counted). */
  size = 0;

  /** An empty trie, or the saved one with `termAt(k)` for its phrase k. */
  constructor(saved?: SavedTrie, termAt?: (k: number) => T) {
    if (saved && termAt) {
      // The saved arrays are shared, never written: additions go to `more`.
      this.index = new Map();
      const keys = saved.keys;
      for (let n = 0; n < keys.length; n++) this.index.set(keys[n], n);
      this.at = saved.at;
      this.ids = saved.ids;
      this.saved = this.total = saved.at.length - 1;
      this.lens = saved.lens.slice();
      this.values = new Array(saved.lens.length);
      this.termAt = termAt;
      for (const k in saved.cased) this.cased[+k] = saved.cased[k];
      for (const l of saved.lens) if (l > 0) this.size++;
    } else {
      this.index = new Map();
      this.at = [0];
      this.ids = [];
      this.saved = this.total = 0;
      this.lens = [];
    }
  }

  private list(n: number): ArrayLike<number> & { length: number } {
    const m = this.more.get(n);
    if (m) return m;
    return n < this.saved ? this.ids.slice(this.at[n], this.at[n + 1]) : NONE;
  }

  add(folded: string[], value: T, cased?: string[]): void {
    this.addRange(folded, 0, folded.length, value, cased);
  }

  /** Adds the phrase folded[from..to) (cased, when given, is read over the same range). */
  addRange(folded: string[], from: number, to: number, value: T, cased?: string[]): void {
    const k = this.values.length;
    this.values.push(value);
    this.lens.push(Math.max(0, to - from));
    if (to <= from) return;
    if (cased) this.cased[k] = from === 0 && to === cased.length ? cased : cased.slice(from, to);
    let key = '';
    for (let i = from; i < to; i++) {
      key = i === from ? folded[i] : `${key} ${folded[i]}`;
      let n = this.index.get(key);
      if (n === undefined) this.index.set(key, (n = this.total++));
      if (i + 1 === to) this.more.set(n, [...Array.from(this.list(n)), k]);
    }
    this.size++;
  }

  private entry(k: number): TrieEntry<T> {
    return (this.entries[k] ??= {
      value: (this.values[k] ??= this.termAt!(k)),
      cased: this.cased[k],
      len: this.lens[k],
    });
  }

  /** All entries matching tokens[i..], shortest first. A line break ends a phrase. */
  matchAt(
    tokens: Token[],
    i: number,
    accept?: (e: TrieEntry<T>, i: number) => boolean,
  ): { end: number; entry: TrieEntry<T> }[] {
    let found: { end: number; entry: TrieEntry<T> }[] | undefined;
    let key = tokens[i]?.f;
    for (let k = i; k < tokens.length; ) {
      const n = this.index.get(key);
      if (n === undefined) break;
      const m = this.more.size ? this.more.get(n) : undefined;
      const from = m ? 0 : n < this.saved ? this.at[n] : 0;
      const to = m ? m.length : n < this.saved ? this.at[n + 1] : 0;
      for (let p = from; p < to; p++) {
        const e = this.entry(m ? m[p] : this.ids[p]);
        if (e.cased && !casedEqual(tokens, i, e.cased)) continue;
        if (accept && !accept(e, i)) continue;
        (found ??= []).push({ end: k + 1, entry: e });
      }
      k++;
      if (k >= tokens.length || tokens[k].nl) break;
      key = `${key} ${tokens[k].f}`;
    }
    return found ?? NONE;
  }

  /** The longest entry matching at i, or undefined. */
  longestAt(
    tokens: Token[],
    i: number,
    accept?: (e: TrieEntry<T>, i: number) => boolean,
  ): { end: number; entry: TrieEntry<T> } | undefined {
    const all = this.matchAt(tokens, i, accept);
    return all.length ? all[all.length - 1] : undefined;
  }

  /** The trie without its values, for data/compiled.json. Nodes keep their numbers. */
  save(): SavedTrie {
    const keys: string[] = new Array(this.total);
    for (const [key, n] of this.index) keys[n] = key;
    const at = [0];
    const ids: number[] = [];
    for (let n = 0; n < this.total; n++) {
      for (const k of Array.from(this.list(n))) ids.push(k);
      at.push(ids.length);
    }
    const cased: Record<string, string[]> = {};
    this.cased.forEach((c, k) => {
      if (c) cased[k] = c;
    });
    return { keys, at, ids, lens: this.lens.slice(), cased };
  }
}

/** Shared by every position where nothing matches; callers only read it. */
const NONE: never[] = [];

function casedEqual(tokens: Token[], i: number, cased: string[]): boolean {
  for (let k = 0; k < cased.length; k++) if (tokens[i + k].c !== cased[k]) return false;
  return true;
}
