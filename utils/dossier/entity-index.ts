/**
 * The index of dossiers: every entity the reader has met in an article, merges applied, with how
 * many articles and notes, and when last seen. Made from the per-entity counts the database
 * keeps (utils/db/derived.ts), or from articles directly; searched accent-insensitively.
 */
import type { Article, EntityKind, EntityMerge } from '../model';
import { normalize } from '../text/normalize';
import { statsFromArticles, type EntityStat } from '../db/derived';
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

export type IndexArticle = Pick<Article, 'key' | 'lastVisit' | 'entities'>;

/**
 * The index from per-entity counts. `noteEntities`: each note's entity ids (a note counts once
 * per entry). `groupArticles`: the exact number of articles mentioning any of a merged entry's
 * ids (an article often names a body in full and by its abbreviation: a sum would count it twice).
 */
export function indexFromStats(
  stats: readonly EntityStat[],
  merges: readonly EntityMerge[],
  noteEntities: Iterable<readonly string[]>,
  groupArticles: Map<string, number> = new Map(),
): IndexEntry[] {
  const resolver = mergeResolver(merges);
  const entries = new Map<string, IndexEntry & { spellings: Set<string> }>();
  for (const s of stats) {
    const id = merges.length ? resolver.canonical(s.id) : s.id;
    const e = entries.get(id);
    if (!e) {
      entries.set(id, {
        id,
        kind: s.kind,
        name: s.name,
        otherNames: [],
        articles: s.articles,
        notes: 0,
        lastSeen: s.lastSeen,
        members: [],
        spellings: new Set(s.names),
      });
      continue;
    }
    e.articles += s.articles;
    for (const n of s.names) e.spellings.add(n);
    if (s.lastSeen > e.lastSeen) Object.assign(e, { lastSeen: s.lastSeen, name: s.name, kind: s.kind });
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
    articles: groupArticles.get(e.id) ?? e.articles,
    otherNames: [...spellings].filter((n) => n !== e.name),
    members: resolver.members(e.id).slice(1),
  }));
}

/** The index straight from articles (the popup's search links, tests). */
export function buildEntityIndex(
  articles: readonly IndexArticle[],
  merges: readonly EntityMerge[],
  noteEntities: Iterable<readonly string[]> = [],
): IndexEntry[] {
  const resolver = mergeResolver(merges);
  const groups = new Map<string, number>();
  if (merges.length)
    for (const a of articles) {
      const ids = new Set((a.entities ?? []).map((e) => resolver.canonical(e.id)));
      for (const id of ids) groups.set(id, (groups.get(id) ?? 0) + 1);
    }
  return indexFromStats(statsFromArticles(articles), merges, noteEntities, groups);
}

/**
 * Entities met in `articles`, in one pass (no merges, no note counts): the popup's search links,
 * made while the reader has not typed yet.
 */
export function entitiesMet(articles: readonly IndexArticle[]): IndexEntry[] {
  const out = new Map<string, IndexEntry>();
  for (const a of articles)
    for (const e of a.entities ?? []) {
      const x = out.get(e.id);
      if (!x)
        out.set(e.id, {
          id: e.id,
          kind: e.kind,
          name: e.name,
          otherNames: [],
          articles: 1,
          notes: 0,
          lastSeen: a.lastVisit,
          members: [],
        });
      else {
        x.articles++;
        if (a.lastVisit > x.lastSeen) Object.assign(x, { lastSeen: a.lastVisit, name: e.name, kind: e.kind });
      }
    }
  return [...out.values()];
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
  if (f === undefined) folded.set(e, (f = normalize([e.name, ...e.otherNames].join(' | '), 'accentBlind')));
  return f;
}

/** Entries whose names hold every word of `text`, accents, case and tone placement aside. */
export function filterIndex(entries: readonly IndexEntry[], q: IndexQuery): IndexEntry[] {
  const terms = normalize(q.text ?? '', 'accentBlind')
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
