/**
 * The reader's own highlights: load this article's annotations, anchor them in the current
 * text, draw them, report orphans, and create / edit / delete through the background.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { safeEffect } from './safe-effect';
import { createAnchorer } from '@/utils/anchoring/anchor';
import { describe as describeSelectors } from '@/utils/anchoring/describe';
import { rangeFromOffsets } from '@/utils/dom/text-index';
import { intervalsAt } from '@/utils/page/spans';
import { entityKey } from '@/utils/page/summary';
import { request } from '@/utils/messaging/client';
import { uuidv4 } from '@/utils/uuid';
import { HIGHLIGHT_COLOURS, type Annotation } from '@/utils/model';
import { NOTE_COLOURS, type NoteValues } from '@/components/page/NoteEditor';
import { caretAt, rangeContainsPoint } from '@/utils/page/hit-test';
import { canonicalName } from './card-view';
import { offsetsOf, type Anchored, type PageState } from './state';

const noteGroup = (colour: string) => `vna-note-${colour}`;

export function startNotes(ctx: ContentScriptContext, state: PageState, actions: NoteActions): void {
  const painter = state.painter;

  let loadedFor = '';
  const stopLoad = safeEffect('loading notes', () => {
    const key = state.article.value?.canonicalUrl ?? '';
    if (key === loadedFor) return;
    loadedFor = key;
    void actions.reload();
  });

  let reported = '';
  // One anchorer per text index (its normalised copy and search index are costly on long pages).
  let anchorer: { index: object; anchorer: ReturnType<typeof createAnchorer> } | undefined;
  const stopAnchor = safeEffect('anchoring notes', () => {
    const index = state.index.value;
    const annotations = state.annotations.value;
    if (!index || !annotations.length) return void (state.anchors.value = []);
    if (anchorer?.index !== index) anchorer = { index, anchorer: createAnchorer(index.text) };
    const anchored: Anchored[] = [];
    const orphanIds: string[] = [];
    for (const a of annotations) {
      const r = anchorer.anchorer.anchor(a.selectors);
      if ('orphan' in r) orphanIds.push(a.id);
      else anchored.push({ id: a.id, start: r.start, end: r.end });
    }
    state.anchors.value = anchored;
    const article = state.article.value;
    const signature = `${orphanIds.join()}|${anchored.map((x) => x.id).join()}`;
    if (article && annotations.length && signature !== reported) {
      reported = signature;
      // Only what changed is written; the popup shows orphans from this.
      request({
        type: 'annotations:anchored',
        articleKey: article.canonicalUrl,
        orphanIds,
        anchoredIds: anchored.map((x) => x.id),
      }).catch(() => {});
    }
  });

  const stopPaint = safeEffect('drawing notes', () => {
    const index = state.index.value;
    const anchors = state.anchors.value;
    const byId = new Map(state.annotations.value.map((a) => [a.id, a]));
    painter.set('notes', () =>
      index
        ? HIGHLIGHT_COLOURS.map((colour) => ({
            name: noteGroup(colour),
            ranges: anchors
              .filter((x) => byId.get(x.id)?.colour === colour)
              .map((x) => rangeFromOffsets(index, x.start, x.end)),
            style: { background: `${NOTE_COLOURS[colour]}cc`, priority: 2 },
          }))
        : [],
    );
  });

  // A finished selection inside the article offers the toolbar, without taking focus.
  ctx.addEventListener(document, 'mouseup', (e) => {
    if (isOwnUi(e)) return;
    setTimeout(() => {
      if (actions.offerSelection(false, e.clientX, e.clientY)) return;
      // Clicking elsewhere dismisses an offer the reader did not take up; never a started note.
      const ed = state.editor.value;
      if (ed?.target.kind === 'new' && !ed.touched) state.editor.value = null;
    }, 0);
  });
  // A click on one of the reader's highlights opens it for editing.
  ctx.addEventListener(document, 'click', (e) => {
    if (isOwnUi(e) || !document.getSelection()?.isCollapsed) return;
    const id = noteAtPoint(state, e.clientX, e.clientY);
    if (id) actions.openEditor(id, e.clientX, e.clientY);
  });

  ctx.onInvalidated(() => {
    stopLoad();
    stopAnchor();
    stopPaint();
    painter.remove('notes');
  });
}

const isOwnUi = (e: Event) => e.composedPath().some((n) => n instanceof Element && n.localName === 'vna-ui');

function noteAtPoint(state: PageState, x: number, y: number): string | null {
  const index = state.index.value;
  const caret = caretAt(document, x, y);
  if (!index || !caret) return null;
  const at = offsetsOf(state, pointRange(caret.node, caret.offset));
  if (!at) return null;
  const hits = intervalsAt(state.anchors.value, at.start).filter((h) =>
    rangeContainsPoint(rangeFromOffsets(index, h.start, h.end), x, y),
  );
  // The innermost (shortest) highlight wins where they overlap.
  hits.sort((a, b) => a.end - a.start - (b.end - b.start));
  return hits[0]?.id ?? null;
}

function pointRange(node: Node, offset: number): Range {
  const r = document.createRange();
  r.setStart(node, offset);
  r.collapse(true);
  return r;
}

export type NoteActions = ReturnType<typeof noteActions>;

export function noteActions(state: PageState) {
  const lastColour = () => state.annotations.value.at(-1)?.colour ?? 'yellow';

  /** Loads this article's notes; a failure (background gone after an update) keeps what is shown. */
  async function reload() {
    const article = state.article.value;
    try {
      state.annotations.value = article
        ? await request({ type: 'annotations:list', articleKey: article.canonicalUrl })
        : [];
    } catch (e) {
      console.warn('[VN News Annotator] could not load the notes for this page', e);
    }
  }

  /** Shows the editor for the current selection if it lies in the article text. */
  function offerSelection(autoFocus: boolean, x?: number, y?: number): boolean {
    const index = state.index.value;
    const sel = document.getSelection();
    if (!index || !sel || sel.isCollapsed || !sel.rangeCount) return false;
    const range = sel.getRangeAt(0);
    const at = offsetsOf(state, range);
    if (!at || at.end <= at.start || !index.text.slice(at.start, at.end).trim()) return false;
    const rect = range.getBoundingClientRect();
    state.editor.value = {
      x: x ?? rect.left,
      y: (y ?? rect.bottom) + 12,
      target: { kind: 'new', start: at.start, end: at.end },
      initial: { colour: lastColour(), note: '', tags: [] },
      autoFocus,
    };
    return true;
  }

  function openEditor(id: string, x: number, y: number, autoFocus = true) {
    const a = state.annotations.value.find((x) => x.id === id);
    if (!a) return;
    state.editor.value = {
      x,
      y: y + 12,
      target: { kind: 'edit', id },
      initial: { colour: a.colour, note: a.note, tags: a.tags },
      autoFocus,
    };
  }

  async function save(values: NoteValues) {
    const ed = state.editor.value;
    const index = state.index.value;
    const article = state.article.value;
    if (!ed || !index || !article) return;
    try {
      if (ed.target.kind === 'new') {
        const { start, end } = ed.target;
        const inside = state.spans.value.filter((s) => s.start < end && s.end > start);
        const now = new Date().toISOString();
        const annotation: Annotation = {
          id: uuidv4(),
          articleKey: article.canonicalUrl,
          pageUrl: location.href,
          selectors: describeSelectors(index.text, start, end),
          quote: index.text.slice(start, end),
          ...values,
          entityIds: [...new Set(inside.map(entityKey))],
          entityNames: [...new Set(inside.map(canonicalName))],
          created: now,
          updated: now,
        };
        await request({ type: 'annotation:save', annotation });
        document.getSelection()?.removeAllRanges();
      } else {
        await request({ type: 'annotation:update', id: ed.target.id, patch: values });
      }
      state.editor.value = null;
      await reload();
    } catch (e) {
      state.editor.value = { ...ed, error: e instanceof Error ? e.message : String(e) };
    }
  }

  async function remove(id: string) {
    try {
      const removed = await request({ type: 'annotation:delete', id });
      state.editor.value = null;
      await reload();
      state.toast.value = {
        text: 'deleted',
        undo: () => {
          state.toast.value = null;
          request({ type: 'annotation:save', annotation: removed })
            .then(reload)
            .catch((e) => (state.toast.value = { text: 'saveFailed', undo: undefined, detail: String(e) }));
        },
      };
    } catch (e) {
      const ed = state.editor.value;
      if (ed) state.editor.value = { ...ed, error: e instanceof Error ? e.message : String(e) };
    }
  }

  function scrollTo(id: string): boolean {
    const index = state.index.value;
    const hit = state.anchors.value.find((a) => a.id === id);
    if (!index || !hit) return false;
    const range = rangeFromOffsets(index, hit.start, hit.end);
    (range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
    const r = range.getBoundingClientRect();
    openEditor(id, r.left, r.bottom, false);
    return true;
  }

  return { reload, offerSelection, openEditor, save, remove, scrollTo };
}
