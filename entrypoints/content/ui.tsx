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
import { createFrames } from './frames';
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

  // Where focus goes back to when a frame that took it closes: the frame it came from (the panel
  // a card was opened from) while that is still open, else what had focus in the page.
  const returnTo = new Map<Surface, Surface | Element | null>();
  const takeFocus = (surface: Surface) => {
    if (!returnTo.has(surface)) returnTo.set(surface, frames.focusedSurface() ?? document.activeElement);
  };
  const giveBack = (surface: Surface) => {
    const to = returnTo.get(surface);
    returnTo.delete(surface);
    if (typeof to === 'string') {
      if (frames.isOpen(to)) return frames.focus(to);
    } else if (to instanceof HTMLElement && to.isConnected && to !== document.body) {
      to.focus({ preventScroll: true });
      if (document.activeElement === to) return;
    }
    // Nothing of the page had focus: the page itself takes it back (not a hidden frame).
    frames.blur();
    window.focus();
  };
  const hide = (surface: Surface) => {
    // Focus moves first, then the frame hides: a focused frame that is hidden takes the page's
    // focus down with it.
    if (frames.isOpen(surface) && frames.focusedSurface() === surface) {
      frames.release();
      giveBack(surface);
    } else returnTo.delete(surface);
    frames.hide(surface);
  };

  const frames = createFrames(host.root, (surface, m) => onFrame(state, notes, surface, m));
  // A frame takes focus once, when it opens for the keyboard, not each time its content is sent
  // again (new notes, new settings): that would pull focus away from wherever the reader is.
  let focusedFor: { card?: unknown; editor?: unknown; panel?: unknown } = {};

  const stops = [
    safeEffect('showing the card', () => {
      const card = state.card.value;
      const lang = state.settings.value.language;
      if (!card) return hide('card');
      const focus = !!card.focus && focusedFor.card !== card;
      focusedFor = { ...focusedFor, card };
      if (focus) takeFocus('card');
      frames.show(
        'card',
        { t: 'card', lang, card: card.data, focus },
        { at: 'point', x: card.x, y: card.y, avoid: card.avoid, prefer: card.prefer },
        focus,
      );
    }),
    safeEffect('showing the note editor', () => {
      const ed = state.editor.value;
      const lang = state.settings.value.language;
      if (!ed) return hide('editor');
      const focus = ed.autoFocus && focusedFor.editor !== ed.target;
      focusedFor = { ...focusedFor, editor: ed.target };
      if (focus) takeFocus('editor');
      frames.show(
        'editor',
        { t: 'editor', lang, target: ed.target, focus: ed.autoFocus },
        { at: 'point', x: ed.x, y: ed.y, avoid: ed.avoid },
        focus,
      );
    }),
    safeEffect('showing the panel', () => {
      const open = state.panel.value;
      const lang = state.settings.value.language;
      if (!open || !state.article.value) return hide('panel');
      const entities = groupEntities(state.spans.value, canonicalName).map((g) => ({
        key: g.key,
        kind: g.kind,
        name: g.name,
        count: g.mentions.length,
      }));
      const focus = open.focus && focusedFor.panel !== open;
      focusedFor = { ...focusedFor, panel: open };
      if (focus) takeFocus('panel');
      frames.show(
        'panel',
        {
          t: 'panel',
          lang,
          focus,
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
        focus,
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

function onFrame(state: PageState, notes: NoteActions, surface: Surface, m: FromFrame) {
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
      // The effects above hide the frame, and give focus back if it had it.
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
      if (first >= 0) revealSpan(state, first, !!m.focus);
      return;
    }
    case 'note-mention': {
      const card = state.card.value;
      const span = card && state.spans.value[card.spanIndex];
      if (!span) return;
      // The editor takes the card's place (it would open over it), and focus with it.
      state.cardPinned = false;
      state.card.value = null;
      notes.offerOffsets(span.start, span.end, true);
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
  const n = state.spans.value.length;
  // The visible text says what the number counts, and is the button's name; the title says what it does.
  return (
    <button
      type="button"
      class="fab"
      title={t('page.openPanel', lang)}
      aria-expanded={!!state.panel.value}
      style={{ pointerEvents: 'auto' }}
      onClick={(e) => {
        if (!e.isTrusted) return;
        state.panel.value = state.panel.value ? null : { focus: e.detail === 0 };
      }}
    >
      {t(n === 1 ? 'page.fabOne' : 'page.fab', lang, { n })}
    </button>
  );
}
