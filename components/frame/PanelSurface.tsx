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
import type { Annotation } from '@/utils/model';
import type { FromFrame, ToFrame } from '@/utils/frames/protocol';
import { siteForHost } from '@/utils/sites/registry';
import { browser } from 'wxt/browser';
import { dossierPath } from '@/utils/dossier/link';
import { t } from '@/utils/i18n';
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
  useEffect(() => {
    const sub = liveQuery(() => getDb().annotations.where('articleKey').equals(panel.articleKey).toArray()).subscribe({
      next: setNotes,
      error: () => setNotes([]),
    });
    return () => sub.unsubscribe();
  }, [panel.articleKey]);
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
        notes={notes.map((a) => ({
          id: a.id,
          quote: a.quote,
          colour: NOTE_FILL[a.colour],
          orphan: !anchored.has(a.id),
        }))}
        shown={{ official: kinds.official.enabled, body: kinds.body.enabled, resolution: kinds.resolution.enabled }}
        colours={{ official: kinds.official.colour, body: kinds.body.colour, resolution: kinds.resolution.colour }}
        lang={m.lang}
        onToggleKind={(kind, on) => void saveSettings({ kinds: { [kind]: { enabled: on } } })}
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
      <p class="panel-foot">
        <button type="button" data-testid="shortcuts-button" aria-keyshortcuts="?" onClick={() => setSheet(true)}>
          {t('page.shortcutsButton', m.lang)}
        </button>
      </p>
    </>
  );
}
