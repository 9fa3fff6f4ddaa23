/**
 * The names an article introduced (with a title, an office, a company's post), as a trie over
 * their folded words: Officials.laterMentions finds every later mention of them in one pass.
 */
import type { Scan } from '../scan';

/**
 * Names introduced so far in an article: folded name → official id, '' for one found by rule, or
 * '-' for a known name this article gives to a company's man (Officials.companyPeople).
 */
export type KnownNames = Map<string, string>;

interface NameNode {
  next: Map<string, NameNode>;
  /** An official's id, '' for a name found by rule; undefined where no name ends. */
  id?: string;
}

/** The names introduced so far, as a trie over their folded words. */
export class NameIndex {
  private root: Map<string, NameNode> = new Map();
  private firstIds?: Set<number>;

  constructor(names: KnownNames) {
    for (const [name, id] of names) {
      let level = this.root;
      let node: NameNode | undefined;
      for (const w of name.split(' ')) {
        node = level.get(w);
        if (!node) level.set(w, (node = { next: new Map() }));
        level = node.next;
      }
      if (node) node.id = id;
    }
  }

  /** A name may start at token i: its word starts one (tested by syllable, without a string). */
  mayStart(s: Scan, i: number): boolean {
    const id = s.syllableAt(i);
    if (id >= 0) {
      if (!this.firstIds) {
        this.firstIds = new Set();
        for (const w of this.root.keys()) this.firstIds.add(s.gazetteer.idOf(w));
      }
      return this.firstIds.has(id);
    }
    return this.root.has(s.f(i));
  }

  /** The longest name at token i (on one line): its end and id. */
  longestAt(s: Scan, i: number): { end: number; id: string } | undefined {
    let level = this.root;
    let found: { end: number; id: string } | undefined;
    for (let k = i; k < s.count; ) {
      const node = level.get(s.f(k));
      if (!node) break;
      k++;
      if (node.id !== undefined) found = { end: k, id: node.id };
      if (k >= s.count || s.lineBefore(k)) break;
      level = node.next;
    }
    return found;
  }
}

/** The folded words of tokens [from, to), spaced: a name's key in KnownNames. */
export function foldedName(s: Scan, from: number, to: number): string {
  const words: string[] = [];
  for (let k = from; k < to; k++) words.push(s.f(k));
  return words.join(' ');
}
