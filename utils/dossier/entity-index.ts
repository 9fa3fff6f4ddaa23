/**
 * The index of dossiers: every entity the reader has met in an article, merges applied, with how
 * many articles and notes, and when last seen. Pure; searched accent-insensitively.
 */
import type { Article, EntityKind, EntityMerge } from '../model';
import { foldKey } from '../search/fold';
import { mergeResolver } from './merges';

export interface IndexEntry {
  id: string;
  kind: EntityKind;
  /** The name in the most recently read article. */
  name: string;
  /** Other spellings met, for search. */
  otherNames: string[];
  articles: number;
  notes: number;
  /** Last visit of the latest article read that mentions it (ISO). */
  lastSeen: string;
  /** The ids merged into it. */
  members: string[];
}

export type IndexArticle = Pick<Article, 'lastVisit' | 'entities'>;

/**
 * `noteEntities`: for each note, the entity ids its quote holds (a note counts once per entry
 * even when it holds two ids merged into one).
 */
export function buildEntityIndex(
  articles: readonly IndexArticle[],
  merges: readonly EntityMerge[],
  noteEntities: Iterable<readonly string[]> = [],
): IndexEntry[] {
  const resolver = mergeResolver(merges);
  const entries = new Map<string, IndexEntry & { spellings: Set<string> }>();
  for (const a of articles) {
    const seenHere = new Set<string>();
    for (const e of a.entities ?? []) {
      const id = merges.length ? resolver.canonical(e.id) : e.id;
      let entry = entries.get(id);
      if (!entry) {
        entry = {
          id,
          kind: e.kind,
          name: e.name,
          otherNames: [],
          articles: 0,
          notes: 0,
          lastSeen: a.lastVisit,
          members: [],
          spellings: new Set([e.name]),
        };
        entries.set(id, entry);
      } else {
        entry.spellings.add(e.name);
        if (a.lastVisit > entry.lastSeen) {
          entry.lastSeen = a.lastVisit;
          entry.name = e.name;
          entry.kind = e.kind;
        }
      }
      if (!seenHere.has(id)) {
        seenHere.add(id);
        entry.articles++;
      }
    }
  }
  for (const ids of noteEntities) {
    const counted = new Set<string>();
    for (const raw of ids) {
      const id = resolver.canonical(raw);
      const entry = entries.get(id);
      if (entry && !counted.has(id)) {
        counted.add(id);
        entry.notes++;
      }
    }
  }
  return [...entries.values()].map(({ spellings, ...e }) => ({
    ...e,
    otherNames: [...spellings].filter((n) => n !== e.name),
    members: resolver.members(e.id).slice(1),
  }));
}

export type IndexSort = 'articles' | 'recent' | 'name';

export interface IndexQuery {
  text?: string;
  kind?: EntityKind | '';
  sort?: IndexSort;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
/** Folded names per entry, made on the first search, not on every keystroke. */
const folded = new WeakMap<IndexEntry, string>();
function foldedNames(e: IndexEntry): string {
  let f = folded.get(e);
  if (f === undefined) folded.set(e, (f = foldKey([e.name, ...e.otherNames].join(' | '))));
  return f;
}

/** Entries whose names hold every word of `text`, accents, case and tone placement aside. */
export function filterIndex(entries: readonly IndexEntry[], q: IndexQuery): IndexEntry[] {
  const terms = foldKey(q.text ?? '')
    .split(' ')
    .filter(Boolean);
  const out = entries.filter((e) => {
    if (q.kind && e.kind !== q.kind) return false;
    if (!terms.length) return true;
    const hay = foldedNames(e);
    return terms.every((t) => hay.includes(t));
  });
  const sort = q.sort ?? 'articles';
  const byName = (a: IndexEntry, b: IndexEntry) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);
  return out.sort(
    sort === 'name'
      ? byName
      : sort === 'recent'
        ? (a, b) => (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : byName(a, b))
        : (a, b) => b.articles - a.articles || byName(a, b),
  );
}
