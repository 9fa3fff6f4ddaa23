/**
 * What the dossiers read instead of whole articles, kept beside them:
 * - `entityStats`: per entity, how many articles mention it, when last seen and by what name, so
 *   the index reads a few thousand small rows instead of every article (10,000 visits with their
 *   entity summaries take seconds to read in Chromium);
 * - `articleLite`: each article without its summary's names and kinds (ids and counts only),
 *   indexed by entity, so a dossier reads a third of what its articles weigh.
 * A Dexie middleware keeps both exact: every write to `articles`, by any code path (a visit, an
 * import, a test's bulkPut), is widened to the same IndexedDB transaction and applies the
 * difference between each article's old and new record. A schema upgrade builds them from the
 * articles (`statsFromArticles`, `liteOf`).
 */
import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import type { Article, ArticleEntity, EntityKind } from '../model';

export interface EntityStat {
  /** The entity id, as in the article summaries. */
  id: string;
  kind: EntityKind;
  /** The name in the most recently read article that mentions it. */
  name: string;
  /** Spellings met, most recent first (a few). */
  names: string[];
  /** Articles whose summary mentions it. */
  articles: number;
  /** The last visit of the most recently read article that mentions it. */
  lastSeen: string;
}

/** An article as the dossiers read it. */
export interface ArticleLite {
  key: string;
  url: string;
  title: string;
  site: string;
  published?: string;
  firstVisit: string;
  lastVisit: string;
  /** The summary's entity ids, in its order (indexed, multi-entry). */
  ids: string[];
  /** Mentions of each id, comma-separated, in the same order. */
  counts: string;
  /** The office the article gives a person the data knows, by entity id (ArticleEntity.role). */
  roles?: Record<string, { role: string; roleBodies: string[] }>;
}

export function liteOf(a: Article): ArticleLite {
  const ids = [...entitiesOf(a).values()];
  return {
    key: a.key,
    url: a.url,
    title: a.title,
    site: a.site,
    ...(a.published ? { published: a.published } : {}),
    firstVisit: a.firstVisit,
    lastVisit: a.lastVisit,
    ids: ids.map((e) => e.id),
    counts: ids.map((e) => e.count).join(','),
    ...rolesOf(ids),
  };
}

function rolesOf(entities: readonly ArticleEntity[]): Pick<ArticleLite, 'roles'> {
  const roled = entities.filter((e) => e.role && e.roleBodies);
  if (!roled.length) return {};
  return { roles: Object.fromEntries(roled.map((e) => [e.id, { role: e.role!, roleBodies: e.roleBodies! }])) };
}

export const STATS_TABLE = 'entityStats';
export const LITE_TABLE = 'articleLite';
const DERIVED = [STATS_TABLE, LITE_TABLE];
const MAX_NAMES = 6;

type Summary = Pick<Article, 'key' | 'lastVisit' | 'entities'>;

/** One entry per entity id of the summary (the content script groups them already; imports may not). */
function entitiesOf(a: Summary | undefined): Map<string, NonNullable<Article['entities']>[number]> {
  const m = new Map<string, NonNullable<Article['entities']>[number]>();
  for (const e of a?.entities ?? []) if (!m.has(e.id)) m.set(e.id, e);
  return m;
}

function noteName(s: EntityStat, name: string, latest: boolean): void {
  if (latest) s.name = name;
  if (!s.names.includes(name)) s.names = latest ? [name, ...s.names] : [...s.names, name];
  if (s.names.length > MAX_NAMES) s.names.length = MAX_NAMES;
}

/**
 * Applies article changes (old → new, either may be absent) to the stats in `stats`. Returns the
 * ids whose latest sighting was removed and must be looked for again among the articles.
 */
export function applyArticleChanges(
  stats: Map<string, EntityStat | undefined>,
  changes: { old?: Summary; next?: Summary }[],
): Set<string> {
  const recheck = new Set<string>();
  for (const { old, next } of changes) {
    const before = entitiesOf(old);
    const after = entitiesOf(next);
    for (const id of before.keys()) {
      const s = stats.get(id);
      if (!s) continue;
      s.articles--;
      if (old && s.lastSeen <= old.lastVisit && !(next && after.has(id) && next.lastVisit >= old.lastVisit))
        recheck.add(id);
    }
    if (!next) continue;
    for (const [id, e] of after) {
      let s = stats.get(id);
      if (!s) {
        s = { id, kind: e.kind, name: e.name, names: [e.name], articles: 0, lastSeen: next.lastVisit };
        stats.set(id, s);
      }
      s.articles++;
      const latest = next.lastVisit >= s.lastSeen;
      if (latest) {
        s.lastSeen = next.lastVisit;
        s.kind = e.kind;
      }
      noteName(s, e.name, latest);
    }
  }
  for (const [id, s] of stats) if (s && s.articles <= 0) stats.set(id, undefined);
  return recheck;
}

/** Stats made from scratch: for the schema upgrade, and to check the middleware in tests. */
export function statsFromArticles(articles: Iterable<Summary>): EntityStat[] {
  const stats = new Map<string, EntityStat | undefined>();
  const sorted = [...articles].sort((a, b) => (a.lastVisit < b.lastVisit ? -1 : a.lastVisit > b.lastVisit ? 1 : 0));
  applyArticleChanges(
    stats,
    sorted.map((next) => ({ next })),
  );
  return [...stats.values()].filter((s): s is EntityStat => !!s);
}

/** The IndexedDB transaction under Dexie's, where it can be seen. */
const idbOf = (trans: DBCoreTransaction) => trans as unknown as Partial<IDBTransaction>;

function keysOf(table: DBCoreTable, req: Exclude<DBCoreMutateRequest, { type: 'deleteRange' }>): unknown[] {
  if (req.type === 'delete') return req.keys;
  return req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey!(v));
}

/**
 * The latest article still mentioning each id, by the entity index on articles. Chained on
 * Dexie's promises, not awaited: the middlewares below read Dexie's transaction zone, which a
 * native `await` would leave.
 */
function recheckLatest(
  articles: DBCoreTable,
  trans: DBCoreTransaction,
  stats: Map<string, EntityStat | undefined>,
  ids: Set<string>,
): PromiseLike<unknown> {
  const index = articles.schema.getIndexByKeyPath('entityIds');
  const todo = [...ids].filter((id) => stats.get(id));
  if (!index || !todo.length) return Dexie.Promise.resolve();
  return Dexie.Promise.all(
    todo.map((id) =>
      articles
        .query({
          trans,
          values: true,
          query: { index, range: { type: 1 /* Equal */, lower: id, upper: id, lowerOpen: false, upperOpen: false } },
        })
        .then(({ result }) => {
          const latest = (result as Summary[]).reduce<Summary | undefined>(
            (a, b) => (!a || b.lastVisit > a.lastVisit ? b : a),
            undefined,
          );
          const e = latest && entitiesOf(latest).get(id);
          const s = stats.get(id);
          if (s && latest && e) Object.assign(s, { lastSeen: latest.lastVisit, kind: e.kind, name: e.name });
        }),
    ),
  );
}

/** Writes the lite rows of the changed articles and applies their summaries' difference to the stats. */
function updateDerived(
  down: DBCore,
  articles: DBCoreTable,
  trans: DBCoreTransaction,
  changes: { old?: Summary; next?: Summary }[],
): PromiseLike<unknown> {
  const lite = down.table(LITE_TABLE);
  const statsTable = down.table(STATS_TABLE);
  const written = changes.flatMap((c) => (c.next ? [liteOf(c.next as Article)] : []));
  const removed = changes.flatMap((c) => (c.old && !c.next ? [c.old.key] : []));
  const ids = [...new Set(changes.flatMap((c) => [...entitiesOf(c.old).keys(), ...entitiesOf(c.next).keys()]))];
  const stats = ids.length
    ? statsTable
        .getMany({ trans, keys: ids })
        .then((rows: (EntityStat | undefined)[]) => {
          const map = new Map(ids.map((id, i) => [id, rows[i] && { ...rows[i], names: [...rows[i].names] }]));
          const recheck = applyArticleChanges(map, changes);
          return recheckLatest(articles, trans, map, recheck).then(() => map);
        })
        .then((map) => {
          const put = [...map.values()].filter((s): s is EntityStat => !!s);
          const gone = [...map].filter(([, s]) => !s).map(([id]) => id);
          return Dexie.Promise.all([
            put.length ? statsTable.mutate({ type: 'put', trans, values: put }) : null,
            gone.length ? statsTable.mutate({ type: 'delete', trans, keys: gone }) : null,
          ]);
        })
    : null;
  return Dexie.Promise.all([
    written.length ? lite.mutate({ type: 'put', trans, values: written }) : null,
    removed.length ? lite.mutate({ type: 'delete', trans, keys: removed }) : null,
    stats,
  ]);
}

export const derivedMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'DossierDerived',
  create(down) {
    const hasDerived = () => DERIVED.every((name) => down.schema.tables.some((t) => t.name === name));
    return {
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && stores.includes('articles') && hasDerived();
        return down.transaction(widen ? [...new Set([...stores, ...DERIVED])] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'articles') return table;
        return {
          ...table,
          mutate(req) {
            const idb = idbOf(req.trans);
            // A schema upgrade builds them itself; a transaction without them cannot hold them.
            if (
              !hasDerived() ||
              idb.mode === 'versionchange' ||
              DERIVED.some((n) => !idb.objectStoreNames?.contains(n))
            )
              return table.mutate(req);
            const trans = req.trans;
            const reading =
              req.type === 'deleteRange'
                ? table
                    .query({ trans, values: true, query: { index: table.schema.primaryKey, range: req.range } })
                    .then((r) => r.result as Summary[])
                : table.getMany({ trans, keys: keysOf(table, req) }).then((r) => r as (Summary | undefined)[]);
            return reading.then((olds) =>
              table.mutate(req).then((res) => {
                const nexts = req.type === 'add' || req.type === 'put' ? (req.values as Summary[]) : [];
                const changes = olds
                  .map((old, i) => ({ old, next: nexts[i] }))
                  .concat(nexts.slice(olds.length).map((next) => ({ old: undefined, next })))
                  .filter((_, i) => !res.failures[i]);
                return updateDerived(down, table, trans, changes).then(() => res);
              }),
            );
          },
        };
      },
    };
  },
};
