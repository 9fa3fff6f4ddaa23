/**
 * The in-page UI (floating button, entity panel, card, note editor) in a closed shadow root
 * under the extension's own <vna-ui> element, so page CSS and scripts cannot reach into it.
 */
import { render } from 'preact';
import { safeEffect } from './safe-effect';
import { useComputed } from '@preact/signals';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Card } from '@/components/page/Card';
import { Panel, type PanelEntity } from '@/components/page/Panel';
import { NoteEditor, NOTE_COLOURS } from '@/components/page/NoteEditor';
import { PAGE_UI_CSS } from '@/components/page/styles';
import { t } from '@/utils/i18n';
import { entityKey, groupEntities } from '@/utils/page/summary';
import { rangeFromOffsets } from '@/utils/dom/text-index';
import { saveSettings } from '@/utils/settings/settings';
import { siteForHost } from '@/utils/sites/registry';
import type { EntityKind } from '@/utils/model';
import { canonicalName, showCardFor, stepCard } from './card-view';
import type { NoteActions } from './notes';
import type { PageState } from './state';

export function mountUi(ctx: ContentScriptContext, state: PageState, notes: NoteActions): void {
  let unmount: (() => void) | undefined;
  // Nothing is added to a page until it has an article (a single-page site may get one later).
  const stop = safeEffect('mounting the page UI', () => {
    if (state.article.value && !unmount) unmount = mount(state, notes);
  });
  ctx.onInvalidated(() => {
    stop();
    unmount?.();
  });
}

function mount(state: PageState, notes: NoteActions): () => void {
  const host = document.createElement('vna-ui');
  host.setAttribute('data-vna-ui', '');
  // The host takes no room; its children are position: fixed.
  host.setAttribute(
    'style',
    'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483645;',
  );
  // Closed: the news site's scripts cannot read a note while the reader types it.
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = PAGE_UI_CSS;
  const root = document.createElement('div');
  root.className = 'vna';
  shadow.append(style, root);
  document.documentElement.append(host);
  render(<App state={state} notes={notes} />, root);
  return () => {
    render(null, root);
    host.remove();
  };
}

function App({ state, notes }: { state: PageState; notes: NoteActions }) {
  const lang = state.settings.value.language;
  const entities = useComputed<PanelEntity[]>(() =>
    groupEntities(state.spans.value, canonicalName).map((g) => ({
      key: g.key,
      kind: g.kind,
      name: g.name,
      count: g.mentions.length,
    })),
  );
  if (!state.article.value) return null;
  const settings = state.settings.value;
  const card = state.card.value;
  const editor = state.editor.value;
  const toast = state.toast.value;
  const anchoredIds = new Set(state.anchors.value.map((a) => a.id));
  const shown = Object.fromEntries(Object.entries(settings.kinds).map(([k, v]) => [k, v.enabled])) as Record<
    EntityKind,
    boolean
  >;
  const colours = Object.fromEntries(Object.entries(settings.kinds).map(([k, v]) => [k, v.colour])) as Record<
    EntityKind,
    string
  >;

  return (
    <>
      <button
        type="button"
        class="fab"
        title={t('page.openPanel', lang)}
        aria-label={t('page.openPanel', lang)}
        aria-expanded={state.panelOpen.value}
        data-testid="panel-button"
        onClick={() => (state.panelOpen.value = !state.panelOpen.value)}
      >
        {state.spans.value.length}
      </button>
      {state.panelOpen.value && (
        <Panel
          entities={entities.value}
          notes={state.annotations.value.map((a) => ({
            id: a.id,
            quote: a.quote,
            colour: NOTE_COLOURS[a.colour],
            orphan: !anchoredIds.has(a.id),
          }))}
          shown={shown}
          colours={colours}
          lang={lang}
          onToggleKind={(kind, on) => void saveSettings({ kinds: { [kind]: { enabled: on } } })}
          onPick={(e) => {
            const first = state.spans.value.findIndex((s) => entityKey(s) === e.key);
            if (first >= 0) revealSpan(state, first);
          }}
          onPickNote={(id) => notes.scrollTo(id)}
          onSiteOff={() => {
            const site = siteForHost(location.hostname);
            if (site)
              void saveSettings({ disabledSites: [...settings.disabledSites, site.id] }).then(() => location.reload());
          }}
          onClose={() => (state.panelOpen.value = false)}
        />
      )}
      {card && (
        <Card
          view={card.view}
          x={card.x}
          y={card.y}
          lang={lang}
          onStep={(d) => stepCard(state, d)}
          onClose={() => (state.card.value = null)}
          onHover={(inside) => (state.cardHovered = inside)}
        />
      )}
      {editor && (
        <NoteEditor
          key={editor.target.kind === 'edit' ? editor.target.id : `${editor.target.start}-${editor.target.end}`}
          x={editor.x}
          y={editor.y}
          lang={lang}
          initial={editor.initial}
          editing={editor.target.kind === 'edit'}
          autoFocus={editor.autoFocus}
          error={editor.error}
          onSave={(v) => void notes.save(v)}
          onTouch={() => {
            const current = state.editor.value;
            if (current && !current.touched) state.editor.value = { ...current, touched: true };
          }}
          onDelete={
            editor.target.kind === 'edit' ? () => void notes.remove((editor.target as { id: string }).id) : undefined
          }
          onClose={() => (state.editor.value = null)}
        />
      )}
      {toast && (
        <div class="toolbar" role="status" style={{ left: '16px', bottom: '16px' }} data-testid="toast">
          {t(toast.text === 'deleted' ? 'page.deleted' : 'page.saveFailed', lang)}
          {toast.detail ? `: ${toast.detail}` : ''}{' '}
          {toast.undo && (
            <button type="button" onClick={toast.undo} data-testid="undo">
              {t('page.undo', lang)}
            </button>
          )}
          <button type="button" onClick={() => (state.toast.value = null)}>
            {t('page.close', lang)}
          </button>
        </div>
      )}
    </>
  );
}

/** Scrolls a mention into view and opens its card there (used by the panel and the keyboard). */
export function revealSpan(state: PageState, spanIndex: number) {
  const index = state.index.value;
  const span = state.spans.value[spanIndex];
  if (!index || !span) return;
  const range = rangeFromOffsets(index, span.start, span.end);
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const r = range.getBoundingClientRect();
  showCardFor(state, spanIndex, r.left, r.bottom + 6);
}
