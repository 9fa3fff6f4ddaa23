/**
 * The dossier page's state as signals, with plain actions. One page shows either the index
 * (no id in the address) or one entity's dossier; both read the database through liveQuery, so
 * an article read in another tab shows up at once. Merges are written through the background.
 */
import { batch, computed, signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import type { AnnotatorDB } from '../../utils/db/db';
import type { Request, RequestType, ResponseData } from '../../utils/messaging/protocol';
import type { EntityKind } from '../../utils/model';
import { defaultSettings, type Settings } from '../../utils/settings/settings';
import { td, type DossierKey } from '../../utils/i18n/dossier';
import type { Dossier } from '../../utils/dossier/build';
import { filterIndex, type IndexEntry, type IndexSort } from '../../utils/dossier/entity-index';
import { loadDossier, loadDossierExtras, loadEntityIndex } from '../../utils/dossier/load';
import { dossierFileName, dossierToMarkdown } from '../../utils/dossier/markdown';
import { dossierToJson } from '../../utils/dossier/json';
import { downloadText } from '../shared/download';

export type Send = <T extends RequestType>(msg: Extract<Request, { type: T }>) => Promise<ResponseData[T]>;

export interface DossierDeps {
  db: AnnotatorDB;
  send: Send;
  settings?: Settings;
  now?: () => Date;
  download?: (fileName: string, text: string, mime: string) => void;
}

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

/** Rows of a long list drawn at once; the rest behind "show more". */
export const ROWS = 100;

export type DossierModel = ReturnType<typeof createDossierModel>;

export function createDossierModel(deps: DossierDeps) {
  const { db, send } = deps;
  const now = deps.now ?? (() => new Date());
  const settings = signal<Settings>(deps.settings ?? defaultSettings());
  const lang = computed(() => settings.value.language);
  const tr = (key: DossierKey, values?: Record<string, string | number>) => td(key, lang.value, values);

  /** The entity shown, or null for the index. */
  const route = signal<string | null>(null);
  /** The id that was asked for when the reader had merged it into the one shown. */
  const redirectedFrom = signal<string | null>(null);
  const dossier = signal<Loaded<Dossier>>({ status: 'loading' });
  /** The dossier's notes and the names of all entries beside it are read (a moment after the rest). */
  const notesReady = signal(false);
  const index = signal<Loaded<IndexEntry[]>>({ status: 'loading' });
  const query = signal<{ text: string; kind: EntityKind | ''; sort: IndexSort }>({
    text: '',
    kind: '',
    sort: 'articles',
  });
  const articleLimit = signal(ROWS);
  const noteLimit = signal(ROWS);
  const indexLimit = signal(ROWS);
  const notice = signal<Notice | null>(null);
  /** The index is read on the dossier page only once the reader opens the merge panel. */
  const wantIndex = signal(false);

  const entries = computed(() => {
    const i = index.value;
    return i.status === 'ready' ? filterIndex(i.value, query.value) : [];
  });

  const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
  let dossierSub: { unsubscribe(): void } | undefined;
  let notesSub: { unsubscribe(): void } | undefined;
  let indexSub: { unsubscribe(): void } | undefined;

  /** After the first paint: the notes, and the names of every entry that appears with it. */
  function watchExtras(d: Dossier) {
    notesSub?.unsubscribe();
    notesSub = liveQuery(() => loadDossierExtras(db, d)).subscribe({
      next: ({ notes, related }) => {
        const cur = dossier.value;
        if (cur.status !== 'ready' || cur.value.id !== d.id) return;
        batch(() => {
          dossier.value = { status: 'ready', value: { ...cur.value, notes, related } };
          notesReady.value = true;
        });
      },
      error: (e) => (notice.value = { kind: 'error', text: tr('dossier.error', { error: errorText(e) }) }),
    });
  }

  function watchDossier(id: string) {
    dossierSub?.unsubscribe();
    notesSub?.unsubscribe();
    dossier.value = { status: 'loading' };
    dossierSub = liveQuery(() => loadDossier(db, id)).subscribe({
      next: (value) => {
        // For `npm run bench:dossier`: when the records are read and the dossier built.
        performance.mark('vna:dossier-data');
        if (!value.requested) {
          const cur = dossier.value;
          // On a later reading, the notes and names shown stay until the new ones are read (no flicker).
          const same = cur.status === 'ready' && cur.value.id === value.id;
          const keep = same ? { notes: cur.value.notes, related: cur.value.related } : {};
          batch(() => {
            dossier.value = { status: 'ready', value: { ...value, ...keep } };
            if (!same) notesReady.value = false;
          });
          watchExtras(value);
          return;
        }
        // Follow the merge: the page shows (and keeps showing) the entry the id is part of.
        batch(() => {
          redirectedFrom.value = value.requested!;
          route.value = value.id;
        });
        watchDossier(value.id);
      },
      error: (e) => (dossier.value = { status: 'error', error: errorText(e) }),
    });
  }

  function watchIndex() {
    if (indexSub) return;
    indexSub = liveQuery(() => loadEntityIndex(db)).subscribe({
      next: (value) => {
        performance.mark('vna:index-data');
        index.value = { status: 'ready', value };
      },
      error: (e) => (index.value = { status: 'error', error: errorText(e) }),
    });
  }

  /** Shows `id`'s dossier, or the index for null. */
  function open(id: string | null): void {
    batch(() => {
      route.value = id;
      redirectedFrom.value = null;
      articleLimit.value = ROWS;
      noteLimit.value = ROWS;
      notice.value = null;
    });
    if (id) watchDossier(id);
    else {
      dossierSub?.unsubscribe();
      notesSub?.unsubscribe();
      dossierSub = notesSub = undefined;
    }
    if (!id || wantIndex.value) watchIndex();
  }

  function openMergePanel(): void {
    wantIndex.value = true;
    watchIndex();
  }

  function stop(): void {
    dossierSub?.unsubscribe();
    notesSub?.unsubscribe();
    indexSub?.unsubscribe();
    dossierSub = notesSub = indexSub = undefined;
  }

  /** Entries the reader may merge into the open dossier: same kind, not already in it. */
  function mergeCandidates(text: string): IndexEntry[] {
    const d = dossier.value;
    const i = index.value;
    if (d.status !== 'ready' || i.status !== 'ready' || !text.trim()) return [];
    const mine = new Set([d.value.id, ...d.value.merged.map((m) => m.from)]);
    return filterIndex(i.value, { text, kind: d.value.kind })
      .filter((e) => !mine.has(e.id))
      .slice(0, 8);
  }

  async function merge(from: IndexEntry): Promise<void> {
    const d = dossier.value;
    if (d.status !== 'ready') return;
    try {
      await send({ type: 'entity:merge', from: from.id, into: d.value.id });
      notice.value = { kind: 'info', text: tr('dossier.mergeDone', { name: from.name }) };
    } catch (e) {
      notice.value = { kind: 'error', text: tr('dossier.error', { error: errorText(e) }) };
    }
  }

  async function unmerge(from: string, name: string): Promise<void> {
    try {
      await send({ type: 'entity:unmerge', from });
      notice.value = { kind: 'info', text: tr('dossier.unmergeDone', { name }) };
    } catch (e) {
      notice.value = { kind: 'error', text: tr('dossier.error', { error: errorText(e) }) };
    }
  }

  function exportAs(format: 'md' | 'json'): string | null {
    const d = dossier.value;
    if (d.status !== 'ready' || !notesReady.value) return null;
    const at = now();
    const name = dossierFileName(d.value, at, format);
    const text =
      format === 'md'
        ? dossierToMarkdown(d.value, { exportedAt: at.toISOString(), lang: lang.value })
        : dossierToJson(d.value, at.toISOString());
    (deps.download ?? downloadText)(name, text, format === 'md' ? 'text/markdown' : 'application/json');
    notice.value = { kind: 'info', text: tr('export.done', { file: name }) };
    return name;
  }

  return {
    settings,
    lang,
    route,
    redirectedFrom,
    dossier,
    notesReady,
    index,
    query,
    entries,
    articleLimit,
    noteLimit,
    indexLimit,
    notice,
    tr,
    open,
    openMergePanel,
    stop,
    mergeCandidates,
    merge,
    unmerge,
    exportAs,
    setQuery: (patch: Partial<typeof query.value>) =>
      batch(() => {
        query.value = { ...query.value, ...patch };
        indexLimit.value = ROWS;
      }),
  };
}
