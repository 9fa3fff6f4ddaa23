/**
 * The engine's hand-written sentence set (tests/fixtures/entity-sentences/*.txt): one item per
 * line, entities marked inline as {o|name}, {b|body}, {r|document}, with "?" after the kind for
 * an optional span ({b?|Đảng}). A line starting with "!" is a known miss: the engine does not
 * read it right yet (the unit test holds it to failing, so a fix shows). "#" starts a comment.
 * Scoring follows ../shared/corpus/score.py: strict (kind, start, end) per kind, an optional span
 * neither right nor wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityKind } from '../model';

export interface GoldSpan {
  kind: EntityKind;
  start: number;
  end: number;
  text: string;
  optional: boolean;
}

export interface SentenceItem {
  /** The file's name without .txt: the class the item tests. */
  set: string;
  line: number;
  text: string;
  gold: GoldSpan[];
  knownMiss: boolean;
}

const KINDS: Record<string, EntityKind> = { o: 'official', b: 'body', r: 'resolution' };
const MARK = /\{([obr])(\?)?\|([^{}|]+)\}/g;

export const SENTENCES_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/entity-sentences');

/** Parses one line of the set; throws on a malformed mark. */
export function parseItem(set: string, line: number, raw: string): SentenceItem {
  const knownMiss = raw.startsWith('!');
  const marked = knownMiss ? raw.slice(1).trimStart() : raw;
  const gold: GoldSpan[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[3];
    gold.push({ kind: KINDS[m[1]], start, end: text.length, text: m[3], optional: !!m[2] });
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  if (/[{}|]/.test(text)) throw new Error(`${set}.txt:${line}: a mark is malformed: ${raw}`);
  return { set, line, text: text.normalize('NFC'), gold, knownMiss };
}

export function readSentenceSet(dir = SENTENCES_DIR): SentenceItem[] {
  const items: SentenceItem[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const set = file.replace(/\.txt$/, '');
    readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .forEach((raw, k) => {
        const line = raw.trim();
        if (line && !line.startsWith('#')) items.push(parseItem(set, k + 1, line));
      });
  }
  return items;
}

export interface Found {
  kind: EntityKind;
  start: number;
  end: number;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** Strict counts per kind for one item; optional gold spans are neither right nor wrong. */
export function tally(item: SentenceItem, found: readonly Found[], into: Record<EntityKind, Tally>): void {
  const key = (x: Found) => `${x.kind}:${x.start}:${x.end}`;
  const required = new Set(item.gold.filter((g) => !g.optional).map(key));
  const optional = new Set(item.gold.filter((g) => g.optional).map(key));
  const got = new Set(found.map(key));
  for (const f of found) {
    const t = into[f.kind];
    if (required.has(key(f))) t.tp++;
    else if (!optional.has(key(f))) t.fp++;
  }
  for (const g of item.gold) if (!g.optional && !got.has(key(g))) into[g.kind].fn++;
}

/** Whether the engine's spans are exactly the item's: every required span, nothing outside the gold. */
export function readsRight(item: SentenceItem, found: readonly Found[]): boolean {
  const t: Record<EntityKind, Tally> = {
    official: { tp: 0, fp: 0, fn: 0 },
    body: { tp: 0, fp: 0, fn: 0 },
    resolution: { tp: 0, fp: 0, fn: 0 },
  };
  tally(item, found, t);
  return Object.values(t).every((x) => x.fp === 0 && x.fn === 0);
}
