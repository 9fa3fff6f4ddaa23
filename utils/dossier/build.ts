/**
 * A dossier: everything the reader has read and noted about one entity, from the stored records
 * alone. Pure, so the extension page (over the few records the database hands it, load.ts) and
 * the command line (over a whole backup) build the same dossier.
 */
import type { Annotation, Article, EntityKind, EntityMerge, HighlightColour } from '../model';
import { SITES } from '../sites/registry';
import { compareInText, quoteOf } from '../export/order';
import { textFragmentUrl } from '../export/text-fragment';
import { safeHttpUrl } from '../export/md-escape';
import { searchKey } from '../search/fold';
import { mergeResolver } from './merges';
import { entityFacts, rolesOn, type DossierFacts, type RoleOnDay } from './facts';

export interface DossierInput {
  articles: readonly Article[];
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
const collator = new Intl.Collator('vi');

/** The article's own day, when its published date has one. */
export function articleDay(a: Pick<Article, 'published'>): string | undefined {
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
  const t = searchKey(text);
  const n = searchKey(name).trim();
  if (!n) return false;
  const word = /[\p{L}\p{M}\p{N}]/u;
  for (let i = t.indexOf(n); i >= 0; i = t.indexOf(n, i + 1)) {
    if (!word.test(t[i - 1] ?? ' ') && !word.test(t[i + n.length] ?? ' ')) return true;
  }
  return false;
}

export function buildDossier(input: DossierInput, requested: string): Dossier {
  const resolver = mergeResolver(input.merges);
  const id = resolver.canonical(requested);
  const members = new Set(resolver.members(id));
  const merged = input.merges.length > 0;

  // Spellings and kinds as the summaries give them, counted over articles; each id's latest name.
  const spellings = new Map<string, number>();
  const latest = new Map<string, { name: string; seen: string }>();
  const kinds = new Map<EntityKind, number>();
  const related = new Map<string, RelatedEntity & { seen: string }>();
  const found: { article: Article; mentions: number }[] = [];
  for (const article of input.articles) {
    let mentions = 0;
    let mine = false;
    for (const e of article.entities ?? []) {
      if (!members.has(e.id)) continue;
      mine = true;
      mentions += e.count;
      spellings.set(e.name, (spellings.get(e.name) ?? 0) + 1);
      kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
      const l = latest.get(e.id);
      if (!l || article.lastVisit > l.seen) latest.set(e.id, { name: e.name, seen: article.lastVisit });
    }
    if (!mine) continue;
    found.push({ article, mentions });
    // A summary names each id once; only merges can make two of its ids one.
    const others = merged ? new Set<string>() : undefined;
    for (const e of article.entities ?? []) {
      const other = merged ? resolver.canonical(e.id) : e.id;
      if (other === id || others?.has(other)) continue;
      others?.add(other);
      const r = related.get(other);
      if (!r) related.set(other, { id: other, kind: e.kind, name: e.name, count: 1, seen: article.lastVisit });
      else {
        r.count++;
        // The name from the latest reading, as the index shows it.
        if (article.lastVisit > r.seen) Object.assign(r, { name: e.name, kind: e.kind, seen: article.lastVisit });
      }
    }
  }

  const mostFirst = <T>(m: Map<T, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  const kind = mostFirst(kinds)[0] ?? kindOfId(id) ?? 'official';
  const spelled = mostFirst(spellings);
  const noteNames = input.annotations.flatMap((a) =>
    a.entityIds.flatMap((e, i) => (members.has(e) && a.entityNames[i] ? [a.entityNames[i]] : [])),
  );
  // The name of the latest reading, as the index shows it: the entry's own id first.
  const newest = (ids: string[]) =>
    ids
      .map((m) => latest.get(m))
      .filter((l) => !!l)
      .sort((a, b) => (a.seen < b.seen ? 1 : -1))[0]?.name;
  const readName = newest([id]) ?? newest([...members]) ?? noteNames[0] ?? id.replace(KIND_PREFIX, '');
  const facts = entityFacts(kind, id, readName);
  const name = facts.known ? facts.name : readName;

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
        firstVisit: a.firstVisit,
        lastVisit: a.lastVisit,
      };
    })
    .sort(compareArticles);

  const notes = dossierNotes(input.annotations, articles, members, [name, ...spelled]);
  const visits = articles.flatMap((a) => [a.firstVisit, a.lastVisit]).sort();
  return {
    id,
    ...(requested !== id ? { requested } : {}),
    kind: KINDS.includes(kind) ? kind : 'official',
    name,
    names: [...new Set([name, ...spelled, ...noteNames])],
    merged: resolver.mergesInto(id).map((m) => ({ ...m, name: latest.get(m.from)?.name ?? m.from })),
    facts,
    articles,
    notes,
    related: [...related.values()]
      .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name))
      .map(({ seen: _seen, ...r }) => r),
    ...(visits.length ? { firstSeen: visits[0], lastSeen: visits[visits.length - 1] } : {}),
  };
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
