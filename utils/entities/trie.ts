/**
 * A trie over token sequences. Matching walks it from each token, so the cost per token is
 * bounded by the longest phrase, not by the number of phrases.
 */
import type { Token } from './tokens';

export interface TrieEntry<T> {
  value: T;
  /** When set, the tokens must match these cased forms exactly (abbreviations). */
  cased?: string[];
  len: number;
}

interface Node<T> {
  next?: Map<string, Node<T>>;
  out?: TrieEntry<T>[];
}

export class TokenTrie<T> {
  private root: Node<T> = {};
  size = 0;

  add(folded: string[], value: T, cased?: string[]): void {
    this.addRange(folded, 0, folded.length, value, cased);
  }

  /** Adds the phrase folded[from..to) (cased, when given, is read over the same range). */
  addRange(folded: string[], from: number, to: number, value: T, cased?: string[]): void {
    if (to <= from) return;
    let node = this.root;
    for (let k = from; k < to; k++) {
      const f = folded[k];
      node.next ??= new Map();
      let nx = node.next.get(f);
      if (!nx) node.next.set(f, (nx = {}));
      node = nx;
    }
    (node.out ??= []).push({ value, cased: cased && (from === 0 && to === cased.length ? cased : cased.slice(from, to)), len: to - from });
    this.size++;
  }

  /** All entries matching tokens[i..], shortest first. A line break ends a phrase. */
  matchAt(tokens: Token[], i: number, accept?: (e: TrieEntry<T>, i: number) => boolean): { end: number; entry: TrieEntry<T> }[] {
    const found: { end: number; entry: TrieEntry<T> }[] = [];
    let node: Node<T> | undefined = this.root;
    for (let k = i; k < tokens.length && node; k++) {
      if (k > i && tokens[k].nl) break;
      node = node.next?.get(tokens[k].f);
      if (!node) break;
      if (node.out) {
        for (const e of node.out) {
          if (e.cased && !casedEqual(tokens, i, e.cased)) continue;
          if (accept && !accept(e, i)) continue;
          found.push({ end: k + 1, entry: e });
        }
      }
    }
    return found;
  }

  /** The longest entry matching at i, or undefined. */
  longestAt(tokens: Token[], i: number, accept?: (e: TrieEntry<T>, i: number) => boolean): { end: number; entry: TrieEntry<T> } | undefined {
    const all = this.matchAt(tokens, i, accept);
    return all.length ? all[all.length - 1] : undefined;
  }
}

function casedEqual(tokens: Token[], i: number, cased: string[]): boolean {
  for (let k = 0; k < cased.length; k++) if (tokens[i + k].c !== cased[k]) return false;
  return true;
}
