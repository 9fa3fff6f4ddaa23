/**
 * Merging an imported backup into what the profile already holds: by id for annotations (the
 * later `updated` wins), by key for articles (visit span widened, the later visit's fields kept).
 * Returns only the records that must be written, so importing the same file twice writes nothing.
 */
import type { Annotation, Article, EntityMerge, ReaderFact } from '../model';
import { canonicalAnnotation, canonicalArticle, canonicalReaderFact } from './canonical';
import type { BackupData } from './backup';

export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface MergeResult extends MergeCounts {
  /** Articles to put (new or changed). */
  articles: Article[];
  /** Annotations to put (new or changed). added/updated/unchanged count annotations. */
  annotations: Annotation[];
  articleCounts: MergeCounts;
  /** Entity merges to put (new, or the later decision about the same `from`). */
  entityMerges: EntityMerge[];
  /** Reader facts to put (new, or a later edit of the same id). */
  readerFacts: ReaderFact[];
}

const time = (iso: string) => Date.parse(iso);
const same = <T>(a: T, b: T, canon: (x: T) => T) => JSON.stringify(canon(a)) === JSON.stringify(canon(b));

function mergeArticle(a: Article, b: Article): Article {
  const [older, newer] = time(b.lastVisit) > time(a.lastVisit) ? [a, b] : [b, a];
  return {
    ...older,
    ...Object.fromEntries(Object.entries(newer).filter(([, v]) => v !== undefined)),
    firstVisit: time(a.firstVisit) <= time(b.firstVisit) ? a.firstVisit : b.firstVisit,
    lastVisit: newer.lastVisit,
  } as Article;
}

/** Collapse duplicates inside one list (a hand-edited file may repeat a record). */
function dedupe<T>(list: T[], key: (x: T) => string, merge: (a: T, b: T) => T): Map<string, T> {
  const map = new Map<string, T>();
  for (const x of list) {
    const k = key(x);
    const prev = map.get(k);
    map.set(k, prev ? merge(prev, x) : x);
  }
  return map;
}

const newerAnnotation = (a: Annotation, b: Annotation) => (time(b.updated) > time(a.updated) ? b : a);

export function mergeBackup(existing: BackupData, incoming: BackupData): MergeResult {
  const result: MergeResult = {
    articles: [],
    annotations: [],
    added: 0,
    updated: 0,
    unchanged: 0,
    articleCounts: { added: 0, updated: 0, unchanged: 0 },
    entityMerges: [],
    readerFacts: [],
  };

  const haveArticles = new Map(existing.articles.map((a) => [a.key, a] as const));
  for (const inc of dedupe(incoming.articles, (a) => a.key, mergeArticle).values()) {
    const cur = haveArticles.get(inc.key);
    const c = result.articleCounts;
    if (!cur) {
      c.added++;
      result.articles.push(inc);
      continue;
    }
    const merged = mergeArticle(cur, inc);
    if (same(merged, cur, canonicalArticle)) c.unchanged++;
    else {
      c.updated++;
      result.articles.push(merged);
    }
  }

  const haveAnnotations = new Map(existing.annotations.map((a) => [a.id, a] as const));
  for (const inc of dedupe(incoming.annotations, (a) => a.id, newerAnnotation).values()) {
    const cur = haveAnnotations.get(inc.id);
    if (!cur) {
      result.added++;
      result.annotations.push(inc);
    } else if (time(inc.updated) > time(cur.updated) && !same(inc, cur, canonicalAnnotation)) {
      result.updated++;
      result.annotations.push(inc);
    } else {
      result.unchanged++;
    }
  }

  // One merge per `from`: the later decision wins, within the file and against the profile.
  const haveMerges = new Map((existing.entityMerges ?? []).map((m) => [m.from, m] as const));
  for (const inc of dedupe(incoming.entityMerges ?? [], (m) => m.from, newerMerge).values()) {
    const cur = haveMerges.get(inc.from);
    if (!cur || (cur.into !== inc.into && newerMerge(cur, inc) === inc)) result.entityMerges.push(inc);
  }

  // Reader facts by id, like annotations: the later edit wins.
  const haveFacts = new Map((existing.readerFacts ?? []).map((f) => [f.id, f] as const));
  for (const inc of dedupe(incoming.readerFacts ?? [], (f) => f.id, newerFact).values()) {
    const cur = haveFacts.get(inc.id);
    if (!cur || (time(inc.updated) > time(cur.updated) && !same(inc, cur, canonicalReaderFact)))
      result.readerFacts.push(inc);
  }
  return result;
}

const newerFact = (a: ReaderFact, b: ReaderFact) => (time(b.updated) > time(a.updated) ? b : a);
const newerMerge = (a: EntityMerge, b: EntityMerge) => (time(b.created) > time(a.created) ? b : a);
