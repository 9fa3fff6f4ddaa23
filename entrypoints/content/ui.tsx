/**
 * The in-page UI: the floating button in the UI host's closed shadow root, and the card, note
 * editor and panel in extension frames (frames.ts) that the page cannot read. Signals in the
 * page state say what is open; this file shows, places and hides the frames to match, and acts
 * on what they send back.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PAGE_UI_CSS } from '@/components/page/styles';
import { NOTES_PAGE_CSS } from '@/components/page/notes-styles';
import { t } from '@/utils/i18n';
import { entityKey, groupEntities } from '@/utils/page/summary';
import { siteForHost } from '@/utils/sites/registry';
import type { FromFrame, Surface } from '@/utils/frames/protocol';
import { canonicalName, revealSpan, stepCard } from './card-view';
import { createFrames, type Frames } from './frames';
import type { UiHost } from './host';
import type { NoteActions } from './notes';
import { safeEffect } from './safe-effect';
import type { PageState } from './state';
import { HighlightsStatus, kindsShownHere, toggleHighlights } from './visibility';

/** Mounts the UI once the page has an article (the host is made then, not before). */
export function mountUi(
  ctx: ContentScriptContext,
  state: PageState,
  notes: NoteActions,
  host: { get(): UiHost },
): void {
  let unmount: (() => void) | undefined;
  // Nothing is shown on a page until it has an article (a single-page site may get one later).
  const stop = safeEffect('mounting the page UI', () => {
    if (state.article.value && !unmount) unmount = mount(state, notes, host.get());
    else if (!state.article.value && state.status.state === 'disabled' && unmount) {
      unmount();
      unmount = undefined;
    }
  });
  ctx.onInvalidated(() => {
    stop();
    unmount?.();
  });
}

function mount(state: PageState, notes: NoteActions, host: UiHost): () => void {
  const style = document.createElement('style');
  style.textContent = PAGE_UI_CSS + NOTES_PAGE_CSS;
  const fabRoot = document.createElement('div');
  fabRoot.className = 'vna';
  host.root.append(style, fabRoot);
  // Where focus was before a frame took it, to give it back when the frame closes.
  let returnFocus: Element | null = null;

  const frames = createFrames(host.root, (surface, m) => onFrame(state, notes, frames, surface, m, refocus));
  const refocus = () => {
    const el = returnFocus as HTMLElement | null;
    returnFocus = null;
    if (el?.isConnected && typeof el.focus === 'function') el.focus({ preventScroll: true });
  };
  const takeFocus = () => {
    returnFocus ??= document.activeElement;
  };

  const stops = [
    safeEffect('showing the card', () => {
      const card = state.card.value;
      const lang = state.settings.value.language;
      if (!card) return frames.hide('card');
      frames.show(
        'card',
        { t: 'card', lang, card: card.data },
        { at: 'point', x: card.x, y: card.y, avoid: card.avoid },
      );
    }),
    safeEffect('showing the note editor', () => {
      const ed = state.editor.value;
      const lang = state.settings.value.language;
      if (!ed) return frames.hide('editor');
      if (ed.autoFocus) takeFocus();
      frames.show(
        'editor',
        { t: 'editor', lang, target: ed.target, focus: ed.autoFocus },
        { at: 'point', x: ed.x, y: ed.y, avoid: ed.avoid },
        ed.autoFocus,
      );
    }),
    safeEffect('showing the panel', () => {
      const open = state.panel.value;
      const lang = state.settings.value.language;
      if (!open || !state.article.value) return frames.hide('panel');
      const entities = groupEntities(state.spans.value, canonicalName).map((g) => ({
        key: g.key,
        kind: g.kind,
        name: g.name,
        count: g.mentions.length,
      }));
      if (open.focus) takeFocus();
      frames.show(
        'panel',
        {
          t: 'panel',
          lang,
          focus: open.focus,
          panel: {
            articleKey: state.article.value.canonicalUrl,
            entities,
            anchoredIds: state.anchors.value.map((a) => a.id),
            kinds: state.settings.value.kinds,
            here: kindsShownHere(state),
            highlightsHidden: state.highlightsHidden.value,
            siteName: siteForHost(location.hostname)?.name,
          },
        },
        { at: 'dock' },
        open.focus,
      );
    }),
  ];

  render(
    <>
      <Fab state={state} />
      <HighlightsStatus state={state} />
    </>,
    fabRoot,
  );
  return () => {
    for (const s of stops) s();
    frames.destroy();
    render(null, fabRoot);
    style.remove();
    fabRoot.remove();
  };
}

function onFrame(
  state: PageState,
  notes: NoteActions,
  frames: Frames,
  surface: Surface,
  m: FromFrame,
  refocus: () => void,
) {
  switch (m.t) {
    case 'ready':
      state.status.framesReady = [...new Set([...state.status.framesReady, surface])];
      return;
    case 'close':
      if (surface === 'card') {
        state.card.value = null;
        state.cardPinned = false;
      }
      if (surface === 'editor') {
        state.editor.value = null;
        // A saved or dismissed new note leaves no selection behind to reopen it.
        document.getSelection()?.removeAllRanges();
      }
      if (surface === 'panel') state.panel.value = null;
      frames.hide(surface);
      if (m.refocusPage) refocus();
      return;
    case 'pointer':
      state.cardHovered = m.inside;
      // A card the reader is writing on stays until they close it.
      if (!m.inside && !state.cardPinned) state.card.value = null;
      return;
    case 'step':
      return stepCard(state, m.delta);
    case 'pick-entity': {
      const first = state.spans.value.findIndex((s) => entityKey(s) === m.key);
      if (first >= 0) revealSpan(state, first);
      return;
    }
    case 'pick-note':
      // A note whose text is gone opens where the panel is; the others where they are.
      if (!notes.scrollTo(m.id)) notes.openEditor(m.id, window.innerWidth - 380, 80);
      return;
    case 'kind-here':
      state.kindsHere.value = { ...state.kindsHere.value, [m.kind]: m.on };
      return;
    case 'hide-all':
      return toggleHighlights(state, m.on);
    case 'note-article':
      return notes.noteOnArticle();
    case 'touched': {
      if (surface === 'card') state.cardPinned = true;
      const ed = state.editor.value;
      if (ed && !ed.touched) state.editor.value = { ...ed, touched: true };
      return;
    }
  }
}

function Fab({ state }: { state: PageState }) {
  // A page read whole for the reader's notes has no entities to list.
  if (state.article.value?.via === 'page') return null;
  const lang = state.settings.value.language;
  const label = t('page.openPanel', lang);
  return (
    <button
      type="button"
      class="fab"
      title={label}
      aria-label={label}
      aria-expanded={!!state.panel.value}
      style={{ pointerEvents: 'auto' }}
      onClick={(e) => {
        if (!e.isTrusted) return;
        state.panel.value = state.panel.value ? null : { focus: e.detail === 0 };
      }}
    >
      {state.spans.value.length}
    </button>
  );
}
