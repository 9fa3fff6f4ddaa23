/**
 * The entity panel in its frame: the article's entities (sent by the content script) and the
 * reader's notes on it, read here from the extension's own database so their text never passes
 * through the page.
 */
import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { Panel } from '../page/Panel';
import { NOTE_FILL } from '@/utils/a11y/palette';
import { getDb } from '@/utils/db/db';
import { loadSettings, saveSettings } from '@/utils/settings/settings';
import type { Annotation, Article } from '@/utils/model';
import { isArticleNote } from '@/utils/notes/article-note';
import { toCitation } from '@/utils/export/citation';
import { t } from '@/utils/i18n';
import { copyText } from '../shared/clipboard';
import type { FromFrame, ToFrame } from '@/utils/frames/protocol';
import { siteForHost } from '@/utils/sites/registry';
import { browser } from 'wxt/browser';
import { dossierPath } from '@/utils/dossier/link';
import { ShortcutSheet } from '../shared/ShortcutSheet';
import { browserShortcuts } from '../shared/shortcuts';
import { trackInputMode, usedKeyboard } from './input-mode';

type PanelMessage = Extract<ToFrame, { t: 'panel' }>;

export function PanelSurface({ m, send }: { m: PanelMessage; send: (x: FromFrame) => void }) {
  const { panel } = m;
  const [notes, setNotes] = useState<Annotation[]>([]);
  const [sheet, setSheet] = useState(false);
  const [shortcuts] = useState(browserShortcuts);
  useEffect(() => trackInputMode(), []);
  // `?` shows the shortcut sheet (not while typing in a field); Escape there goes back to the panel.
  useEffect(() => {
    const key = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
      if (e.key === '?' && !typing) {
        e.preventDefault();
        setSheet((on) => !on);
      } else if (e.key === 'Escape' && sheet) {
        e.stopPropagation();
        setSheet(false);
      }
    };
    document.addEventListener('keydown', key, true);
    return () => document.removeEventListener('keydown', key, true);
  }, [sheet]);
  useEffect(() => {
    if (sheet) document.querySelector<HTMLElement>('[data-testid="shortcut-sheet"] h2')?.focus();
    else document.querySelector<HTMLElement>('[data-testid="shortcuts-button"]')?.blur();
  }, [sheet]);
  const [article, setArticle] = useState<Article>();
  const [copied, setCopied] = useState('');
  useEffect(() => {
    const db = getDb();
    const subs = [
      liveQuery(() => db.annotations.where('articleKey').equals(panel.articleKey).toArray()).subscribe({
        next: setNotes,
        error: () => setNotes([]),
      }),
      liveQuery(() => db.articles.get(panel.articleKey)).subscribe({ next: setArticle, error: () => undefined }),
    ];
    return () => subs.forEach((x) => x.unsubscribe());
  }, [panel.articleKey]);

  /** Copies a note as a citation in the reader's chosen format; says so (or why not) below. */
  async function cite(id: string) {
    const a = notes.find((n) => n.id === id);
    if (!a) return;
    try {
      const { citationFormat } = await loadSettings();
      await copyText(toCitation(a, article, { format: citationFormat, lang: m.lang }));
      setCopied(t('cite.copied', m.lang));
    } catch (e) {
      setCopied(t('cite.failed', m.lang, { error: e instanceof Error ? e.message : String(e) }));
    }
  }
  useEffect(() => {
    if (m.focus) document.querySelector<HTMLElement>('[data-testid="entity-panel"] button')?.focus();
  }, [m]);
  const anchored = new Set(panel.anchoredIds);
  const kinds = panel.kinds;
  if (sheet)
    return (
      <div class="panel sheet-view">
        <ShortcutSheet lang={m.lang} env={shortcuts} />
        <p class="row">
          <button type="button" data-testid="shortcuts-back" onClick={() => setSheet(false)}>
            {t('keys.back', m.lang)}
          </button>
        </p>
      </div>
    );
  return (
    <>
      <Panel
        entities={panel.entities}
        notes={notes
          .filter((a) => !isArticleNote(a))
          .map((a) => ({
            id: a.id,
            quote: a.quote,
            colour: NOTE_FILL[a.colour],
            orphan: !anchored.has(a.id),
          }))}
        articleNotes={notes.filter(isArticleNote).map((a) => ({
          id: a.id,
          note: a.note,
          tags: a.tags,
          colour: NOTE_FILL[a.colour],
        }))}
        shown={panel.here}
        highlightsHidden={panel.highlightsHidden}
        colours={{ official: kinds.official.colour, body: kinds.body.colour, resolution: kinds.resolution.colour }}
        lang={m.lang}
        // This page only: the setting for every site is the options page's.
        onToggleKind={(kind, on) => send({ t: 'kind-here', kind, on })}
        onHideAll={(on) => send({ t: 'hide-all', on })}
        onNoteArticle={() => send({ t: 'note-article' })}
        onCite={(id) => void cite(id)}
        onOpenSettings={() => void browser.runtime.openOptionsPage()}
        onPick={(e) => send({ t: 'pick-entity', key: e.key, focus: usedKeyboard() })}
        onPickNote={(id) => send({ t: 'pick-note', id })}
        onSiteOff={async () => {
          const site = siteForHost(new URL(panel.articleKey).hostname);
          if (!site) return;
          const { disabledSites } = await loadSettings();
          await saveSettings({ disabledSites: [...new Set([...disabledSites, site.id])] });
          send({ t: 'close', refocusPage: true });
        }}
        onClose={() => send({ t: 'close', refocusPage: true })}
        dossierUrl={(key) => browser.runtime.getURL(dossierPath(key) as '/dossier.html')}
      />
      <p class="muted copied" role="status" data-testid="panel-copied">
        {copied}
      </p>
      <p class="panel-foot">
        <button type="button" data-testid="shortcuts-button" aria-keyshortcuts="?" onClick={() => setSheet(true)}>
          {t('page.shortcutsButton', m.lang)}
        </button>
      </p>
    </>
  );
}
