/**
 * The page's state as signals: features write it, the in-page UI renders it. One object per
 * page load, created in main(), so nothing lives at module top level.
 */
import { signal } from '@preact/signals';
import type { ArticleInfo } from '@/utils/sites/types';
import type { TextIndex } from '@/utils/dom/text-index';
import type { EntitySpan } from '@/utils/entities/types';
import type { EntityKind } from '@/utils/model';
import type { AnchorRecord } from '@/utils/messaging/protocol';
import { defaultSettings, type Settings } from '@/utils/settings/settings';
import type { CardRequest, NoteDraft } from '@/utils/frames/protocol';
import type { Painter } from '@/utils/page/painter';
import { offsetsFromRange } from '@/utils/dom/text-index';

export interface Anchored {
  id: string;
  start: number;
  end: number;
}

export interface EditorState {
  x: number;
  y: number;
  /** Below this line (the selection's last line), or above it when there is no room. */
  avoid?: DOMRect;
  /** A new note on the text selected (captured then); an edit names the annotation. */
  target: { kind: 'new'; draft: NoteDraft } | { kind: 'edit'; id: string };
  autoFocus: boolean;
  /** The reader has typed or picked something: the editor is not dismissed by a click elsewhere. */
  touched?: boolean;
}

export interface CardState {
  data: CardRequest;
  spanIndex: number;
  x: number;
  y: number;
  avoid?: DOMRect;
  /** Above the line when the pointer is heading up (the lines below are the ones being read to). */
  prefer?: 'above' | 'below';
  /** Opened from the keyboard: the card takes focus (and stays until closed). */
  focus?: boolean;
}

export function createPageState(painter: Painter) {
  return {
    painter,
    /** The pointer is over the card, so it stays open. */
    cardHovered: false,
    /** The page is no article, but the reader has notes on it or is writing one: it is read whole. */
    pageMode: false,
    /** The reader is writing on the card (a fact of their own): it is not dismissed by the pointer. */
    cardPinned: false,
    article: signal<ArticleInfo | null>(null),
    index: signal<TextIndex | null>(null),
    spans: signal<EntitySpan[]>([]),
    /**
     * The spans the built-in data finds, the reader's watch list left out: the only ones drawn in
     * the page's highlight registry (the watch list's are drawn in the extension's layer).
     */
    builtInSpans: signal<EntitySpan[]>([]),
    /** Every piece of the article's text has been read (spans is complete). */
    entitiesDone: signal(true),
    /** The reader's notes on this article: where they are and their colour, never their text. */
    annotations: signal<AnchorRecord[]>([]),
    anchors: signal<Anchored[]>([]),
    settings: signal<Settings>(defaultSettings()),
    /** Kinds the reader showed or hid on this page from the panel (not saved; the settings hold the rest). */
    kindsHere: signal<Partial<Record<EntityKind, boolean>>>({}),
    /** Every highlight (entities and notes) hidden on this page, by the reader's key or the panel. */
    highlightsHidden: signal(false),
    /** The panel is open; `focus`: it was opened from the keyboard and takes focus. */
    panel: signal<{ focus: boolean } | null>(null),
    card: signal<CardState | null>(null),
    editor: signal<EditorState | null>(null),
    /** What the extension's own pages (and the tests) can ask the content script: never the page. */
    status: {
      state: null as 'article' | 'not-article' | 'disabled' | null,
      visitSaved: false,
      /** The extension frames that have loaded and answered on their port. */
      framesReady: [] as string[],
    },
  };
}

export type PageState = ReturnType<typeof createPageState>;

/** Article-text offsets of a DOM range (a selection, a caret), through whatever the painter drew. */
export function offsetsOf(state: PageState, range: Range): { start: number; end: number } | null {
  const index = state.index.value;
  if (!index) return null;
  const a = state.painter.toOriginal(range.startContainer, range.startOffset);
  const b = state.painter.toOriginal(range.endContainer, range.endOffset);
  const r = document.createRange();
  try {
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return offsetsFromRange(index, r);
}
