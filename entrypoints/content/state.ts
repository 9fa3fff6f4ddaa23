/**
 * The page's state as signals: features write it, the in-page UI renders it. One object per
 * page load, created in main(), so nothing lives at module top level.
 */
import { signal } from '@preact/signals';
import type { ArticleInfo } from '@/utils/sites/types';
import type { TextIndex } from '@/utils/dom/text-index';
import type { EntitySpan } from '@/utils/entities/types';
import type { Annotation } from '@/utils/model';
import { defaultSettings, type Settings } from '@/utils/settings/settings';
import type { CardView } from '@/components/page/Card';
import type { Painter } from '@/utils/page/painter';
import { offsetsFromRange } from '@/utils/dom/text-index';
import type { NoteValues } from '@/components/page/NoteEditor';

export interface Anchored {
  id: string;
  start: number;
  end: number;
}

export interface EditorState {
  x: number;
  y: number;
  /** A new highlight covers [start, end) of the article text; an edit names the annotation. */
  target: { kind: 'new'; start: number; end: number } | { kind: 'edit'; id: string };
  initial: NoteValues;
  autoFocus: boolean;
  /** The reader has typed or picked something: the editor is not dismissed by a click elsewhere. */
  touched?: boolean;
  error?: string;
}

export function createPageState(painter: Painter) {
  return {
    painter,
    /** The pointer is over the card, so it stays open. */
    cardHovered: false,
    article: signal<ArticleInfo | null>(null),
    index: signal<TextIndex | null>(null),
    spans: signal<EntitySpan[]>([]),
    /** Every piece of the article's text has been read (spans is complete). */
    entitiesDone: signal(true),
    annotations: signal<Annotation[]>([]),
    anchors: signal<Anchored[]>([]),
    settings: signal<Settings>(defaultSettings()),
    panelOpen: signal(false),
    card: signal<{ view: CardView; spanIndex: number; x: number; y: number } | null>(null),
    editor: signal<EditorState | null>(null),
    toast: signal<{ text: 'deleted' | 'saveFailed'; undo?: () => void; detail?: string } | null>(null),
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
