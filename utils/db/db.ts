/**
 * The one module that owns the extension's IndexedDB schema. The database lives in the
 * extension's origin: only the background writes to it; the popup and options pages read it
 * (liveQuery). Content scripts never open it — they send messages (utils/messaging).
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Annotation, Article, EntityMerge, ReaderFact } from '../model';
import { upgradeAnnotation, upgradeArticle, upgradeFact, upgradeMerges } from './entity-ids';
import { derivedMiddleware, liteOf, statsFromArticles, type ArticleLite, type EntityStat } from './derived';

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

/** An article as stored: its entity ids are kept beside the summary, for the dossier index. */
export type StoredArticle = Article & { entityIds?: string[] };

const entityIdsOf = (a: Partial<Article>) => [...new Set((a.entities ?? []).map((e) => e.id))];

/** Every stored entity id in its current form (legacy-ids.ts), and the dossiers' tables rebuilt from the articles. */
async function upgradeEntityIds(tx: Transaction): Promise<void> {
  await tx
    .table('articles')
    .toCollection()
    .modify((a: StoredArticle, ref: { value: StoredArticle }) => {
      const next = upgradeArticle(a);
      if (next !== a) ref.value = { ...next, entityIds: entityIdsOf(next) };
    });
  await tx
    .table('annotations')
    .toCollection()
    .modify((a: Annotation, ref: { value: Annotation }) => {
      const next = upgradeAnnotation(a);
      if (next !== a) ref.value = next;
    });
  await tx
    .table('readerFacts')
    .toCollection()
    .modify((f: ReaderFact, ref: { value: ReaderFact }) => {
      const next = upgradeFact(f);
      if (next !== f) ref.value = next;
    });
  const merges: EntityMerge[] = await tx.table('entityMerges').toArray();
  const upgraded = upgradeMerges(merges);
  if (upgraded.length !== merges.length || upgraded.some((m, i) => m !== merges[i])) {
    await tx.table('entityMerges').clear();
    await tx.table('entityMerges').bulkPut(upgraded);
  }
  const articles: Article[] = await tx.table('articles').toArray();
  await tx.table('entityStats').clear();
  await tx.table('entityStats').bulkPut(statsFromArticles(articles));
  await tx.table('articleLite').clear();
  await tx.table('articleLite').bulkPut(articles.map(liteOf));
}

export class AnnotatorDB extends Dexie {
  articles!: EntityTable<StoredArticle, 'key'>;
  annotations!: EntityTable<Annotation, 'id'>;
  /** Facts a reader added or corrected on a card (their own, kept apart from the gazetteer). */
  readerFacts!: EntityTable<ReaderFact, 'id'>;
  /** Entities the reader merged: `from` is shown as `into` in dossiers. */
  entityMerges!: EntityTable<EntityMerge, 'from'>;
  /** Per-entity article counts and each article's entity ids, kept in step with every article write (derived.ts). */
  entityStats!: EntityTable<EntityStat, 'id'>;
  articleLite!: EntityTable<ArticleLite, 'key'>;

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
    // Version 3: entity ids indexed on articles and notes (dossiers), the reader's own facts and
    // entity merges. An article's ids are derived from its entity summary on every write.
    this.version(3)
      .stores({
        articles: 'key, lastVisit, site, published, *entityIds',
        annotations: 'id, articleKey, updated, colour, *tags, *entityIds',
        readerFacts: 'id, entityId, updated',
        entityMerges: 'from, into',
      })
      .upgrade((tx) =>
        tx
          .table('articles')
          .toCollection()
          .modify((a: StoredArticle) => {
            a.entityIds = entityIdsOf(a);
          }),
      );
    // Version 4: what the dossiers read (derived.ts), made from the articles already stored;
    // from then on the middleware keeps it in step with every article write. It stands aside in
    // upgrades: a later version whose upgrade changes articles must rebuild both tables as here.
    this.version(4)
      .stores({ entityStats: 'id, lastSeen', articleLite: 'key, *ids' })
      .upgrade(async (tx) => {
        const articles: Article[] = await tx.table('articles').toArray();
        await tx.table('entityStats').clear();
        await tx.table('entityStats').bulkPut(statsFromArticles(articles));
        await tx.table('articleLite').clear();
        await tx.table('articleLite').bulkPut(articles.map(liteOf));
      });
    // Version 5: entity ids as the second engine writes them (a province by its own id, rule
    // finds under utils/text's key): every record that holds one, then the dossiers' tables
    // rebuilt from the articles, as in version 4 (entity-ids.ts says what cannot be redone).
    this.version(5).upgrade(upgradeEntityIds);
    // Version 6: the same again, for a name the data knows as a whole, once read as a prefix and
    // a body ("Văn phòng" + "Chính phủ"), and rule finds the data has since learnt the name of.
    this.version(6).upgrade(upgradeEntityIds);
    // Version 7: one id for a Party resolution named after a plenum or a congress, however the
    // text words it ("Nghị quyết Hội nghị Trung ương 4 khóa XII", "Nghị quyết Trung ương 4 khóa XII"),
    // and for an amending law with or without "của" before the law it amends (document-ids.ts).
    this.version(7).upgrade(upgradeEntityIds);
    // Version 8: another country's organ by the country's id, however the text names the country
    // ("Bộ Ngoại giao Liên bang Nga" and "Bộ Ngoại giao Nga", "Quốc hội nước CHDCND Lào" and "Quốc hội Lào"),
    // and a foreign party's organ by one name ("Trung ương Đảng Cộng sản Trung Quốc", "Ban Chấp hành Trung ương ...").
    this.version(8).upgrade(upgradeEntityIds);
    this.use(derivedMiddleware);
    this.articles.hook('creating', (_key, a) => {
      a.entityIds = entityIdsOf(a);
    });
    this.articles.hook('updating', (changes: Partial<StoredArticle>, _key, a) =>
      'entities' in changes ? { entityIds: entityIdsOf({ ...a, ...changes }) } : undefined,
    );
  }
}

let shared: AnnotatorDB | undefined;
/** The extension's database, opened once per context. */
export function getDb(): AnnotatorDB {
  shared ??= new AnnotatorDB();
  return shared;
}
