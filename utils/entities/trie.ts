/**
 * A trie over token sequences. Matching walks it from each token, so the cost per token is
 * bounded by the longest phrase, not by the number of phrases.
 *
 * It is kept flat: one Map from every phrase prefix (its folded tokens joined by spaces, which
 * no token holds) to the phrases that end there. A flat map can be saved as a list of pairs and
 * rebuilt by `new Map(pairs)` in one native step, which is how the gazetteer loads its compiled
 * form on a page (see gazetteer.ts).
 */
import type { Token } from './tokens';

export interface TrieEntry<T> {
  value: T;
  /** When set, the tokens must match these cased forms exactly (abbreviations). */
  cased?: string[];
  len: number;
}

/** The trie without its values, as saved in data/compiled.json. */
export interface SavedTrie {
  /** [prefix, indices of the phrases ending there, or 0]. */
  nodes: [string, number[] | 0][];
  /** Token count of each phrase. */
  lens: number[];
  /** Cased tokens of the case-sensitive phrases, by index. */
  cased: Record<string, string[]>;
}

export class TokenTrie<T> {
  private nodes: Map<string, number[] | 0>;
  private values: T[] = [];
  private lens: number[];
  private cased: (string[] | undefined)[] = [];
  private entries: TrieEntry<T>[] = [];
  /** Phrases added (empty ones are kept as indices but not counted). */
  size = 0;

  /** An empty trie, or one rebuilt from `saved` with `values[k]` for its phrase k. */
  constructor(saved?: SavedTrie, values?: T[]) {
    this.nodes = new Map(saved?.nodes);
    this.lens = saved ? saved.lens.slice() : [];
    if (saved && values) {
      this.values = values.slice(0, saved.lens.length);
      for (const k in saved.cased) this.cased[+k] = saved.cased[k];
      this.size = this.lens.reduce((n, l) => (l > 0 ? n + 1 : n), 0);
    }
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
      const node = this.nodes.get(key);
      if (i + 1 < to) {
        if (node === undefined) this.nodes.set(key, 0);
      } else this.nodes.set(key, node ? node.concat(k) : [k]); // lists may be shared with saved data
    }
    this.size++;
  }

  private entry(k: number): TrieEntry<T> {
    return (this.entries[k] ??= { value: this.values[k], cased: this.cased[k], len: this.lens[k] });
  }

  /** All entries matching tokens[i..], shortest first. A line break ends a phrase. */
  matchAt(tokens: Token[], i: number, accept?: (e: TrieEntry<T>, i: number) => boolean): { end: number; entry: TrieEntry<T> }[] {
    let found: { end: number; entry: TrieEntry<T> }[] | undefined;
    let key = tokens[i]?.f;
    for (let k = i; k < tokens.length; ) {
      const node = this.nodes.get(key);
      if (node === undefined) break;
      if (node) {
        for (const n of node) {
          const e = this.entry(n);
          if (e.cased && !casedEqual(tokens, i, e.cased)) continue;
          if (accept && !accept(e, i)) continue;
          (found ??= []).push({ end: k + 1, entry: e });
        }
      }
      k++;
      if (k >= tokens.length || tokens[k].nl) break;
      key = `${key} ${tokens[k].f}`;
    }
    return found ?? NONE;
  }

  /** The longest entry matching at i, or undefined. */
  longestAt(tokens: Token[], i: number, accept?: (e: TrieEntry<T>, i: number) => boolean): { end: number; entry: TrieEntry<T> } | undefined {
    const all = this.matchAt(tokens, i, accept);
    return all.length ? all[all.length - 1] : undefined;
  }

  /** The trie without its values, for data/compiled.json. */
  save(): SavedTrie {
    const cased: Record<string, string[]> = {};
    this.cased.forEach((c, k) => {
      if (c) cased[k] = c;
    });
    return { nodes: [...this.nodes], lens: this.lens.slice(), cased };
  }
}

/** Shared by every position where nothing matches; callers only read it. */
const NONE: never[] = [];

function casedEqual(tokens: Token[], i: number, cased: string[]): boolean {
  for (let k = 0; k < cased.length; k++) if (tokens[i + k].c !== cased[k]) return false;
  return true;
}
