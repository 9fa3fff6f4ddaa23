/**
 * The popup's state as signals and computed values, with plain action functions. Components only
 * read these and call the actions. Data comes from the database through liveQuery, so edits made
 * in a page or another popup show at once; every write goes through the background.
 *
 * Loading is split so the first paint does not wait for 10,000 full records: the articles and
 * the annotation counts of the first page of them (IDBIndex.count, no records read) come first;
 * the full annotations, the counts of every article and the search index follow. Exports and
 * import load their code (zod, Markdown, W3C) on first use.
 */
import { batch, computed, effect, signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import type { AnnotatorDB } from '../../utils/db/db';
import type { Annotation, Article, HighlightColour } from '../../utils/model';
import type { AnnotationPatch } from '../../utils/db/queries';
import { defaultSettings, saveSettings, type Settings, type SettingsPatch } from '../../utils/settings/settings';
import type { TagCount } from '../../utils/search/tag-suggest';
import { t, type StringKey } from '../../utils/i18n/index';
import type { PopupEnv, TabInfo } from './env';
import { createPageFlow } from './page-flow';
import { openAnnotation } from './open-annotation';
import { NO_FACETS, buildIndex, type PopupIndex } from './search';
import { createImportFlow } from './import-flow';
import { createExportFlow } from './export-flow';
import { createResultsFlow } from './results-flow';
import { tn } from '../../utils/i18n/plural';
import { colourNames } from '../../utils/notes/colours';
import { createSafekeeping, notesSinceBackup } from './safekeeping';
import { compareInText } from '../../utils/export/order';

export type View = 'page' | 'all';
export type PageState =
  | { status: 'loading' }
  | { status: 'article'; tabId: number; info: TabInfo }
  | { status: 'unsupported'; tabId?: number; origin: string | null };

export interface Filters {
  text: string;
  accentInsensitive: boolean;
  site: string;
  tag: string;
  colour: '' | HighlightColour;
  entity: string;
  from: string;
  to: string;
}
export const EMPTY_FILTERS: Filters = {
  text: '',
  accentInsensitive: true,
  site: '',
  tag: '',
  colour: '',
  entity: '',
  from: '',
  to: '',
};

export interface Notice {
  kind: 'info' | 'error' | 'progress';
  text: string;
  details?: string[];
  /** Offers to undo the last delete. */
  undo?: boolean;
  /** Offers to undo the last import. */
  undoImport?: boolean;
}

export const PAGE_SIZE = 50;

export interface ModelDeps {
  db: AnnotatorDB;
  env: PopupEnv;
  settings?: Settings;
  now?: () => Date;
  download?: (fileName: string, text: string, mime: string) => void;
  /** Writes to the clipboard ("copy as citation"); the real clipboard by default. */
  copy?: (text: string) => Promise<void>;
  saveSettings?: (patch: SettingsPatch) => Promise<Settings>;
  safekeeping?: ReturnType<typeof createSafekeeping>;
}

/** How many recently read articles without notes the All view lists. */
const RECENT_SIZE = 10;

export type PopupModel = ReturnType<typeof createPopupModel>;

export function createPopupModel(deps: ModelDeps) {
  const { db, env } = deps;
  const now = deps.now ?? (() => new Date());

  const settings = signal<Settings>(deps.settings ?? defaultSettings());
  const safekeeping = deps.safekeeping ?? createSafekeeping();
  const lang = computed(() => settings.value.language);
  const tr = (key: StringKey, values?: Record<string, string | number>) => t(key, lang.value, values);
  /** A counted string in the right plural form ("1 note", "2 notes"). */
  const trn = (key: StringKey, n: number, values?: Record<string, string | number>) => tn(key, lang.value, n, values);
  /** The note colours' names: the reader's, else the defaults in the interface language. */
  const names = computed(() => colourNames(settings.value.colourNames, lang.value));

  const view = signal<View>('page');
  const page = signal<PageState>({ status: 'loading' });
  const pageAnnotations = signal<Annotation[] | null>(null);
  const pageArticle = signal<Article | undefined>(undefined);
  const articles = signal<Article[] | null>(null);
  /** First page of articles with annotations, and their counts, before the full records arrive. */
  const firstRows = signal<{ rows: Article[]; counts: Map<string, number> } | null>(null);
  const annotations = signal<Annotation[] | null>(null);
  const index = signal<PopupIndex | null>(null);
  const filters = signal<Filters>(EMPTY_FILTERS);
  const limit = signal(PAGE_SIZE);
  const expanded = signal<string | null>(null);
  const selected = signal<ReadonlySet<string>>(new Set());
  const editing = signal<string | null>(null);
  const notice = signal<Notice | null>(null);
  const lastDeleted = signal<Annotation | null>(null);
  const busy = signal(false);

  const articleByKey = computed(() => new Map((articles.value ?? []).map((a) => [a.key, a])));
  const byArticle = computed(() => {
    const m = new Map<string, Annotation[]>();
    for (const a of annotations.value ?? []) {
      const list = m.get(a.articleKey);
      if (list) list.push(a);
      else m.set(a.articleKey, [a]);
    }
    for (const list of m.values()) list.sort(compareInText);
    return m;
  });
  const counts = computed(() => {
    if (!annotations.value) return firstRows.value?.counts ?? new Map<string, number>();
    return new Map([...byArticle.value].map(([k, list]) => [k, list.length] as const));
  });
  /** Articles with annotations, last visited first; only the first page until all records are in. */
  const articleRows = computed(() => {
    if (!annotations.value || !articles.value) return firstRows.value?.rows ?? [];
    return byVisit(articles.value).filter((a) => byArticle.value.has(a.key));
  });
  /** Articles read lately without notes: a short reading history beside the annotated ones. */
  const recentRows = computed(() => {
    if (!annotations.value || !articles.value) return [];
    return byVisit(articles.value)
      .filter((a) => !byArticle.value.has(a.key))
      .slice(0, RECENT_SIZE);
  });
  const rowsComplete = computed(() => annotations.value !== null);
  const facets = computed(() => index.value?.facets() ?? NO_FACETS);
  /** The reader's tags, most used first, for the editors' suggestions. */
  const knownTags = computed<TagCount[]>(() => facets.value.tags.map((f) => ({ tag: f.label, count: f.count })));
  const { order, filtering, results, reasons } = createResultsFlow({ filters, index, articleByKey });
  const entitySummary = computed(() => {
    const p = page.value;
    if (p.status !== 'article') return [];
    const list = p.info.entities.length ? p.info.entities : (pageArticle.value?.entities ?? []);
    return [...list].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'vi'));
  });

  const subs: { unsubscribe(): void }[] = [];
  const disposers: (() => void)[] = [];
  const fail = (e: unknown) =>
    (notice.value = { kind: 'error', text: tr('popup.error', { error: e instanceof Error ? e.message : String(e) }) });

  function watch<T>(query: () => Promise<T>, set: (v: T) => void) {
    subs.push(liveQuery(query).subscribe({ next: set, error: fail }));
  }
  const pageFlow = createPageFlow({ db, env, page, view, pageAnnotations, pageArticle, notice, tr, watch });

  function start(): void {
    void safekeeping.start().catch(() => {});
    let fullStarted = false;
    watch(
      async () => {
        const list = await db.articles.toArray();
        const sorted = byVisit(list);
        const rows: Article[] = [];
        const found = new Map<string, number>();
        for (let i = 0; i < sorted.length && rows.length < PAGE_SIZE; i += PAGE_SIZE) {
          const part = sorted.slice(i, i + PAGE_SIZE);
          const ns = await Promise.all(part.map((a) => db.annotations.where('articleKey').equals(a.key).count()));
          part.forEach((a, j) => ns[j] > 0 && (rows.push(a), found.set(a.key, ns[j])));
        }
        return { list, rows: rows.slice(0, PAGE_SIZE), counts: found };
      },
      ({ list, rows, counts: found }) => {
        batch(() => {
          articles.value = list;
          firstRows.value = { rows, counts: found };
        });
        if (!fullStarted) {
          fullStarted = true;
          // After the first paint: the full records are only needed for search, counts and exports.
          setTimeout(
            () =>
              watch(
                () => db.annotations.toArray(),
                (v) => (annotations.value = v),
              ),
            0,
          );
        }
      },
    );
    // The index is built (and warmed) in its own task, never inside a render.
    disposers.push(
      effect(() => {
        const anns = annotations.value;
        const arts = articles.value;
        if (!anns || !arts) return;
        const timer = setTimeout(() => {
          const idx = buildIndex(arts, anns);
          idx.warm();
          index.value = idx;
        }, 0);
        return () => clearTimeout(timer);
      }),
    );
    void pageFlow.resolvePage();
  }

  function stop(): void {
    subs.splice(0).forEach((s) => s.unsubscribe());
    disposers.splice(0).forEach((d) => d());
  }

  function setFilters(patch: Partial<Filters>): void {
    batch(() => {
      filters.value = { ...filters.value, ...patch };
      limit.value = PAGE_SIZE;
    });
  }

  function toggleSelected(id: string, on?: boolean): void {
    const next = new Set(selected.value);
    if (on ?? !next.has(id)) next.add(id);
    else next.delete(id);
    selected.value = next;
  }

  function selectAll(ids: string[], on: boolean): void {
    const next = new Set(selected.value);
    for (const id of ids) on ? next.add(id) : next.delete(id);
    selected.value = next;
  }

  /** Saves the reader's edit of `a` as they saw it: a change made meanwhile elsewhere is kept, or the clash said. */
  async function saveEdit(a: Annotation, patch: AnnotationPatch): Promise<boolean> {
    try {
      const base = { note: a.note, colour: a.colour, tags: a.tags };
      await env.request({ type: 'annotation:update', id: a.id, patch, base });
      editing.value = null;
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  }

  /** Saves a setting chosen in the popup (Markdown template, citation format). */
  async function updateSettings(patch: SettingsPatch): Promise<void> {
    try {
      settings.value = await (deps.saveSettings ?? saveSettings)(patch);
    } catch (e) {
      fail(e);
    }
  }

  /** A note on the whole article in the tab; says why not when it cannot be saved. */
  async function addArticleNote(values: { note: string; tags: string[]; colour: HighlightColour }) {
    try {
      return await pageFlow.addArticleNote(values);
    } catch (e) {
      fail(e);
      return false;
    }
  }

  async function remove(a: Annotation): Promise<void> {
    try {
      const old = await env.request({ type: 'annotation:delete', id: a.id });
      batch(() => {
        lastDeleted.value = old;
        notice.value = { kind: 'info', text: tr('popup.deleted'), undo: true };
        if (selected.value.has(a.id)) toggleSelected(a.id, false);
      });
    } catch (e) {
      fail(e);
    }
  }

  async function undoDelete(): Promise<void> {
    const a = lastDeleted.value;
    if (!a) return;
    try {
      await env.request({ type: 'annotation:save', annotation: a });
      batch(() => {
        lastDeleted.value = null;
        notice.value = null;
      });
    } catch (e) {
      fail(e);
    }
  }

  async function open(a: Annotation): Promise<void> {
    try {
      await openAnnotation(env, a);
    } catch (e) {
      fail(e);
    }
  }

  const imports = createImportFlow({ db, notice, busy, tr });
  const exportFlow = createExportFlow({
    ...{ db, now, settings, page, pageAnnotations, pageArticle, articles, annotations, results, selected },
    ...{ articleByKey, notice, busy, safekeeping, tr, fail, download: deps.download, copy: deps.copy },
  });
  const unsaved = computed(() => notesSinceBackup(annotations.value ?? [], safekeeping.lastBackup.value));

  return {
    imports,
    treatAsArticle: pageFlow.treatAsArticle,
    turnSiteOn: pageFlow.turnSiteOn,
    safekeeping,
    unsaved,
    // state
    settings,
    lang,
    names,
    order,
    reasons,
    view,
    page,
    pageAnnotations,
    pageArticle,
    articles,
    counts,
    annotations,
    filters,
    limit,
    expanded,
    selected,
    editing,
    notice,
    lastDeleted,
    busy,
    // derived
    articleByKey,
    articleRows,
    recentRows,
    rowsComplete,
    byArticle,
    index,
    facets,
    knownTags,
    filtering,
    results,
    entitySummary,
    // actions
    tr,
    trn,
    start,
    stop,
    setFilters,
    toggleSelected,
    selectAll,
    saveEdit,
    updateSettings,
    addArticleNote,
    remove,
    undoDelete,
    open,
    enableSite: pageFlow.enableSite,
    exportAs: exportFlow.exportAs,
    copyCitation: exportFlow.copyCitation,
    citationOf: exportFlow.citationOf,
    showMore: () => (limit.value += PAGE_SIZE),
  };
}

function byVisit(list: Article[]): Article[] {
  return [...list].sort((a, b) => (a.lastVisit < b.lastVisit ? 1 : a.lastVisit > b.lastVisit ? -1 : 0));
}
