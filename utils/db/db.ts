/**
 * The one module that owns the extension's IndexedDB schema. The database lives in the
 * extension's origin: only the background writes to it; the popup and options pages read it
 * (liveQuery). Content scripts never open it — they send messages (utils/messaging).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Annotation, Article } from '../model';

export const DB_NAME = 'vn-news-annotator';

/** Version 1 (the foundation): article visits only, one timestamp per visit record. */
export interface ArticleV1 {
  key: string;
  url: string;
  title: string;
  site: string;
  published?: string;
  visitedAt: string;
}

export class AnnotatorDB extends Dexie {
  articles!: EntityTable<Article, 'key'>;
  annotations!: EntityTable<Annotation, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({ articles: 'key, visitedAt' });
    // Version 2 adds readers' annotations and keeps first and last visit per article.
    this.version(2)
      .stores({
        articles: 'key, lastVisit, site',
        annotations: 'id, articleKey, updated, colour, *tags',
      })
      .upgrade((tx) =>
        tx
          .table('articles')
          .toCollection()
          .modify((a: Partial<ArticleV1> & Partial<Article>) => {
            const at = a.visitedAt ?? new Date(0).toISOString();
            a.firstVisit = at;
            a.lastVisit = at;
            delete a.visitedAt;
          }),
      );
  }
}

let shared: AnnotatorDB | undefined;
/** The extension's database, opened once per context. */
export function getDb(): AnnotatorDB {
  shared ??= new AnnotatorDB();
  return shared;
}
