/**
 * The popup's exports (Markdown of this article, of the selection or of all; JSON backup; W3C)
 * and "copy as citation". Part of the popup model (model.ts), kept apart for size; the formats
 * themselves are pure (utils/export, utils/backup) and load on first use.
 */
import type { ReadonlySignal, Signal } from '@preact/signals';
import type { AnnotatorDB } from '../../utils/db/db';
import type { StringKey } from '../../utils/i18n/index';
import type { Annotation, Article } from '../../utils/model';
import type { Settings } from '../../utils/settings/settings';
import { toCitation } from '../../utils/export/citation';
import { copyText } from '../shared/clipboard';
import type { ExportKind } from './exports';
import type { Notice, PageState } from './model';
import type { createSafekeeping } from './safekeeping';

export interface ExportFlowDeps {
  db: AnnotatorDB;
  now: () => Date;
  settings: ReadonlySignal<Settings>;
  page: ReadonlySignal<PageState>;
  pageAnnotations: ReadonlySignal<Annotation[] | null>;
  pageArticle: ReadonlySignal<Article | undefined>;
  articles: ReadonlySignal<Article[] | null>;
  annotations: ReadonlySignal<Annotation[] | null>;
  results: ReadonlySignal<Annotation[] | null>;
  selected: ReadonlySignal<ReadonlySet<string>>;
  articleByKey: ReadonlySignal<Map<string, Article>>;
  notice: Signal<Notice | null>;
  busy: Signal<boolean>;
  safekeeping: ReturnType<typeof createSafekeeping>;
  tr: (key: StringKey, values?: Record<string, string | number>) => string;
  fail: (e: unknown) => void;
  download?: (fileName: string, text: string, mime: string) => void;
  /** Writes to the clipboard (the real one unless a test gives another). */
  copy?: (text: string) => Promise<void>;
}

export function createExportFlow(d: ExportFlowDeps) {
  async function allAnnotations(): Promise<Annotation[]> {
    return d.annotations.value ?? (await d.db.annotations.toArray());
  }

  async function exportAs(kind: ExportKind): Promise<void> {
    if (d.busy.value) return;
    d.busy.value = true;
    d.notice.value = { kind: 'progress', text: d.tr('export.working') };
    try {
      let list: Annotation[];
      if (kind === 'md-article') list = d.pageAnnotations.value ?? [];
      else if (kind === 'md-selected') list = (await allAnnotations()).filter((a) => d.selected.value.has(a.id));
      else if (kind === 'md-all') list = d.results.value ?? (await allAnnotations());
      else list = await allAnnotations();
      const arts = d.articles.value ?? (await d.db.articles.toArray());
      const p = d.page.value;
      const extra = kind === 'md-article' && p.status === 'article' && d.pageArticle.value ? [d.pageArticle.value] : [];
      const merges = kind === 'json' ? await d.db.entityMerges.toArray() : undefined;
      const facts = kind === 'json' ? await d.db.readerFacts.toArray() : undefined;
      const { runExport } = await import('./exports');
      const exportedAt = d.now();
      const file = await runExport(
        kind,
        { articles: [...arts, ...extra], annotations: list, entityMerges: merges, readerFacts: facts },
        { now: exportedAt, settings: d.settings.value, download: d.download },
      );
      // A JSON backup holds everything: the notes are safe up to now.
      if (kind === 'json') await d.safekeeping.backedUp(exportedAt.toISOString());
      d.notice.value = { kind: 'info', text: d.tr('export.done', { file }) };
    } catch (e) {
      d.fail(e);
    } finally {
      d.busy.value = false;
    }
  }

  /** The citation of a note in the reader's chosen format, as it will be copied. */
  function citationOf(a: Annotation): string {
    const article =
      d.articleByKey.value.get(a.articleKey) ??
      (d.pageArticle.value?.key === a.articleKey ? d.pageArticle.value : undefined);
    const s = d.settings.value;
    return toCitation(a, article, { format: s.citationFormat, lang: s.language });
  }

  /** "Copy as citation": must run from the reader's click or key press (the clipboard asks for it). */
  async function copyCitation(a: Annotation): Promise<void> {
    try {
      await (d.copy ?? copyText)(citationOf(a));
      d.notice.value = { kind: 'info', text: d.tr('cite.copied') };
    } catch (e) {
      d.notice.value = {
        kind: 'error',
        text: d.tr('cite.failed', { error: e instanceof Error ? e.message : String(e) }),
      };
    }
  }

  return { exportAs, copyCitation, citationOf };
}
