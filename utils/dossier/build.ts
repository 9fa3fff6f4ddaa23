/**
 * A dossier: everything the reader has read and noted about one entity, from the stored records
 * alone: the articles as the dossiers read them (ids and counts, utils/db/derived.ts) and the
 * per-entity counts for names and kinds. Pure, so the extension page (over the few records the
 * database hands it, load.ts) and the command line (over a whole backup) build the same dossier.
 */
import type { Annotation, Article, EntityKind, EntityMerge, HighlightColour } from '../model';
import { liteOf, statsFromArticles, type ArticleLite, type EntityStat } from '../db/derived';
import { SITES } from '../sites/registry';
import { compareInText, quoteOf } from '../export/order';
import { textFragmentUrl } from '../export/text-fragment';
import { safeHttpUrl } from '../export/md-escape';
import { normalize } from '../text/normalize';
import { mergeResolver, type MergeResolver } from './merges';
import { entityFacts, officialRecord, rolesOn, type DossierFacts, type RoleOnDay } from './facts';
import { maybeNamesake } from '../facts/namesake';

export interface DossierInput {
  /** Any articles: those that mention the entity are taken. */
  articles: readonly ArticleLite[];
  /**
   * Counts of the entities concerned, for their names and kinds: the entry's own ids and those
   * that appear with it. A superset will do; one missing is shown by its id.
   */
  stats: Iterable<EntityStat>;
  annotations: readonly Annotation[];
  merges: readonly EntityMerge[];
}

export interface DossierArticle {
  key: string;
  url: string;
  title: string;
  site: string;
  /** The outlet's name (the site registry's), or the site id. */
  outlet: string;
  /** The article's own day (YYYY-MM-DD) when the page states one. */
  day?: string;
  published?: string;
  /** Mentions of the entity in the article (all its merged ids together). */
  mentions: number;
  /** An official's positions on the article's day. */
  roles: RoleOnDay[];
  /**
   * The office the article gives the person, when the data never lists it for them (namesake.ts):
   * the article may be about another person of the same name, or the data lacks the office.
   */
  unlistedRole?: string;
  firstVisit: string;
  lastVisit: string;
}

export interface DossierNote {
  id: string;
  articleKey: string;
  articleTitle: string;
  pageUrl: string;
  quote: string;
  note: string;
  tags: string[];
  colour: HighlightColour;
  created: string;
  updated: string;
  orphan: boolean;
  /** Why it is here: its quote holds the entity, or only its note names it. */
  via: 'quote' | 'note';
  /** The page with a text fragment that scrolls to the quote (none for an orphan). */
  link?: string;
}

export interface RelatedEntity {
  id: string;
  kind: EntityKind;
  name: string;
  /** Articles of this dossier that mention it too. */
  count: number;
}

export interface Dossier {
  /** The canonical id (the one asked for, unless the reader merged it into another). */
  id: string;
  /** The id that was asked for, when it was merged into `id`. */
  requested?: string;
  kind: EntityKind;
  name: string;
  /** Every spelling the reader's articles used, most frequent first. */
  names: string[];
  /** The ids merged into this one by the reader, with when, and the name last read for each. */
  merged: (EntityMerge & { name: string })[];
  facts: DossierFacts;
  /** Newest first (by the article's day; undated ones last, last read first). */
  articles: DossierArticle[];
  /** In article order, then text order. */
  notes: DossierNote[];
  /** Most often together first. */
  related: RelatedEntity[];
  firstSeen?: string;
  lastSeen?: string;
}

const KINDS: readonly EntityKind[] = ['official', 'body', 'resolution'];
const siteNames = new Map(SITES.map((s) => [s.id, s.name] as const));

/** The article's own day, when its published date has one. */
export function articleDay(a: Pick<ArticleLite, 'published'>): string | undefined {
  return a.published && /^\d{4}-\d{2}-\d{2}/.test(a.published) ? a.published.slice(0, 10) : undefined;
}

/** Newest first by the article's day; undated last, most recently read first. */
export function compareArticles(a: DossierArticle, b: DossierArticle): number {
  if (a.day !== b.day) return !a.day ? 1 : !b.day ? -1 : a.day < b.day ? 1 : -1;
  const pa = a.published ?? '';
  const pb = b.published ?? '';
  if (pa !== pb) return pa < pb ? 1 : -1;
  return a.lastVisit < b.lastVisit ? 1 : a.lastVisit > b.lastVisit ? -1 : a.key < b.key ? -1 : 1;
}

const KIND_PREFIX = /^(official|body|resolution):/;
function kindOfId(id: string): EntityKind | undefined {
  return KIND_PREFIX.exec(id)?.[1] as EntityKind | undefined;
}

/** `name` appears in `text` as whole words (case, Unicode form and tone placement aside). */
export function names(text: string, name: string): boolean {
  const t = normalize(text, 'search');
  const n = normalize(name, 'search').trim();
  if (!n) return false;
  const word = /[\p{L}\p{M}\p{N}]/u;
  for (let i = t.indexOf(n); i >= 0; i = t.indexOf(n, i + 1)) {
    if (!word.test(t[i - 1] ?? ' ') && !word.test(t[i + n.length] ?? ' ')) return true;
  }
  return false;
}

/** The other entries in the entry's articles, by how many of them, most first (ties by id). */
export function relatedCounts(
  articles: readonly ArticleLite[],
  id: string,
  resolver: MergeResolver,
  merged: boolean,
): { id: string; count: number }[] {
  const members = new Set(resolver.members(id));
  const counts = new Map<string, number>();
  for (const a of articles) {
    if (!a.ids.some((e) => members.has(e))) continue;
    // A summary names each id once; only merges can make two of its ids one.
    const seen = merged ? new Set<string>() : undefined;
    for (const e of a.ids) {
      const other = merged ? resolver.canonical(e) : e;
      if (other === id || seen?.has(other)) continue;
      seen?.add(other);
      counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([other, count]) => ({ id: other, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}

/** The stats of an entry's ids, the most recently seen first (the entry's name is its name). */
function statsOfEntry(ids: string[], stats: ReadonlyMap<string, EntityStat>): EntityStat[] {
  return ids
    .map((m) => stats.get(m))
    .filter((x): x is EntityStat => !!x)
    .sort((a, b) => (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : 0));
}

export function buildDossier(input: DossierInput, requested: string): Dossier {
  const resolver = mergeResolver(input.merges);
  const id = resolver.canonical(requested);
  const memberList = resolver.members(id);
  const members = new Set(memberList);
  const stats = new Map([...input.stats].map((x) => [x.id, x] as const));

  const found: { article: ArticleLite; mentions: number }[] = [];
  for (const a of input.articles) {
    let mentions = -1;
    a.ids.forEach((e, i) => {
      if (!members.has(e)) return;
      mentions = Math.max(mentions, 0) + (Number(a.counts.split(',')[i]) || 0);
    });
    if (mentions >= 0) found.push({ article: a, mentions });
  }

  // Name, spellings and kind: the entry's own id first, then the ids merged into it.
  const own = statsOfEntry([id], stats);
  const all = [...own, ...statsOfEntry(memberList.slice(1), stats)];
  const noteNames = input.annotations.flatMap((a) =>
    a.entityIds.flatMap((e, i) => (members.has(e) && a.entityNames[i] ? [a.entityNames[i]] : [])),
  );
  const kind = all[0]?.kind ?? kindOfId(id) ?? 'official';
  const readName = all[0]?.name ?? noteNames[0] ?? id.replace(KIND_PREFIX, '');
  const facts = entityFacts(kind, id, readName);
  const name = facts.known ? facts.name : readName;

  // The office the article gives the person, checked against every office the data lists.
  const record = kind === 'official' ? officialRecord(id, name) : undefined;
  const unlistedRoleIn = (a: ArticleLite): { unlistedRole?: string } => {
    if (!record) return {};
    for (const m of memberList) {
      const r = a.roles?.[m];
      if (r && maybeNamesake(r.roleBodies, record.positions, { role: r.role, foreign: !!record.country }))
        return { unlistedRole: r.role };
    }
    return {};
  };
  const roles = new Map<string, RoleOnDay[]>();
  const rolesFor = (day: string | undefined) => {
    if (kind !== 'official' || !day) return [];
    let r = roles.get(day);
    if (!r) roles.set(day, (r = rolesOn(id, name, day)));
    return r;
  };
  const articles = found
    .map(({ article: a, mentions }): DossierArticle => {
      const day = articleDay(a);
      return {
        key: a.key,
        url: a.url,
        title: a.title,
        site: a.site,
        outlet: siteNames.get(a.site) ?? a.site,
        ...(day ? { day } : {}),
        ...(a.published ? { published: a.published } : {}),
        mentions,
        roles: rolesFor(day),
        ...unlistedRoleIn(a),
        firstVisit: a.firstVisit,
        lastVisit: a.lastVisit,
      };
    })
    .sort(compareArticles);

  const names = [...new Set([name, ...all.flatMap((x) => [x.name, ...x.names]), ...noteNames])];
  const notes = dossierNotes(input.annotations, articles, members, names);
  const visits = articles.flatMap((a) => [a.firstVisit, a.lastVisit]).sort();
  return {
    id,
    ...(requested !== id ? { requested } : {}),
    kind: KINDS.includes(kind) ? kind : 'official',
    name,
    names,
    merged: resolver.mergesInto(id).map((m) => ({ ...m, name: stats.get(m.from)?.name ?? m.from })),
    facts,
    articles,
    notes,
    related: nameRelated(relatedCounts(input.articles, id, resolver, input.merges.length > 0), stats, resolver),
    ...(visits.length ? { firstSeen: visits[0], lastSeen: visits[visits.length - 1] } : {}),
  };
}

/** The dossier from whole records (a backup): the CLI and tests. */
export function dossierFromRecords(
  input: { articles: readonly Article[]; annotations: readonly Annotation[]; merges: readonly EntityMerge[] },
  requested: string,
): Dossier {
  const { articles, annotations, merges } = input;
  return buildDossier(
    { articles: articles.map(liteOf), stats: statsFromArticles(articles), annotations, merges },
    requested,
  );
}

/** Names and kinds of related entries, from the stats (an entry's latest reading); the id when unknown. */
export function nameRelated(
  related: { id: string; count: number }[],
  stats: ReadonlyMap<string, EntityStat>,
  resolver: MergeResolver,
): RelatedEntity[] {
  return related.map(({ id, count }) => {
    const s = statsOfEntry(resolver.members(id), stats)[0];
    return { id, kind: s?.kind ?? kindOfId(id) ?? 'body', name: s?.name ?? id, count };
  });
}

/**
 * The dossier's notes among `annotations`: those whose quote holds the entity, and those on its
 * articles whose text names it. For the page, which reads the second kind after the first paint.
 */
export function notesFor(d: Pick<Dossier, 'id' | 'merged' | 'names' | 'articles'>, annotations: readonly Annotation[]) {
  return dossierNotes(annotations, d.articles, new Set([d.id, ...d.merged.map((m) => m.from)]), d.names);
}

/** Notes whose quote holds the entity, and notes on its articles whose text names it. */
function dossierNotes(
  annotations: readonly Annotation[],
  articles: DossierArticle[],
  members: Set<string>,
  spellings: string[],
): DossierNote[] {
  const order = new Map(articles.map((a, i) => [a.key, i] as const));
  const seen = new Set<string>();
  const picked: { a: Annotation; via: 'quote' | 'note' }[] = [];
  for (const a of annotations) {
    if (seen.has(a.id)) continue;
    const quoted = a.entityIds.some((e) => members.has(e));
    const named = !quoted && order.has(a.articleKey) && !!a.note.trim() && spellings.some((n) => names(a.note, n));
    if (!quoted && !named) continue;
    seen.add(a.id);
    picked.push({ a, via: quoted ? 'quote' : 'note' });
  }
  const title = new Map(articles.map((a) => [a.key, a.title] as const));
  return picked
    .sort(
      (x, y) =>
        (order.get(x.a.articleKey) ?? Infinity) - (order.get(y.a.articleKey) ?? Infinity) ||
        (x.a.articleKey < y.a.articleKey ? -1 : x.a.articleKey > y.a.articleKey ? 1 : 0) ||
        compareInText(x.a, y.a),
    )
    .map(({ a, via }) => {
      const url = a.orphan ? null : safeHttpUrl(a.pageUrl);
      const sel = quoteOf(a) ?? { exact: a.quote, prefix: '', suffix: '' };
      return {
        id: a.id,
        articleKey: a.articleKey,
        articleTitle: title.get(a.articleKey) ?? a.pageUrl,
        pageUrl: a.pageUrl,
        quote: a.quote,
        note: a.note,
        tags: [...a.tags],
        colour: a.colour,
        created: a.created,
        updated: a.updated,
        orphan: !!a.orphan,
        via,
        ...(url ? { link: textFragmentUrl(url, sel) } : {}),
      };
    });
}
