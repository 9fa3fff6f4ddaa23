/**
 * The entity panel in its frame: the article's entities (sent by the content script) and the
 * reader's notes on it, read here from the extension's own database so their text never passes
 * through the page.
 */
import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { Panel } from '../page/Panel';
import { NOTE_COLOURS } from '../page/NoteEditor';
import { getDb } from '@/utils/db/db';
import { loadSettings, saveSettings } from '@/utils/settings/settings';
import type { Annotation } from '@/utils/model';
import type { FromFrame, ToFrame } from '@/utils/frames/protocol';
import { siteForHost } from '@/utils/sites/registry';
import { browser } from 'wxt/browser';
import { dossierPath } from '@/utils/dossier/link';

type PanelMessage = Extract<ToFrame, { t: 'panel' }>;

export function PanelSurface({ m, send }: { m: PanelMessage; send: (x: FromFrame) => void }) {
  const { panel } = m;
  const [notes, setNotes] = useState<Annotation[]>([]);
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
  return (
    <Panel
      entities={panel.entities}
      notes={notes.map((a) => ({
        id: a.id,
        quote: a.quote,
        colour: NOTE_COLOURS[a.colour],
        orphan: !anchored.has(a.id),
      }))}
      shown={{ official: kinds.official.enabled, body: kinds.body.enabled, resolution: kinds.resolution.enabled }}
      colours={{ official: kinds.official.colour, body: kinds.body.colour, resolution: kinds.resolution.colour }}
      lang={m.lang}
      onToggleKind={(kind, on) => void saveSettings({ kinds: { [kind]: { enabled: on } } })}
      onPick={(e) => send({ t: 'pick-entity', key: e.key })}
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
  );
}
