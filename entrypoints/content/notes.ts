/**
 * The reader's own highlights on the page: load where this article's notes are (never their
 * text), anchor them in the current text, draw them in the extension's own layer, report
 * orphans, and open the note editor frame: on a finished selection, on a click on a highlight,
 * or from the keyboard command. Only the reader's real input counts: events a page script
 * dispatches (isTrusted false) are ignored.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { safeEffect } from './safe-effect';
import { createAnchorer } from '@/utils/anchoring/anchor';
import { describe as describeSelectors } from '@/utils/anchoring/describe';
import { rangeFromOffsets } from '@/utils/dom/text-index';
import { intervalsAt } from '@/utils/page/spans';
import { entityKey } from '@/utils/page/summary';
import { request } from '@/utils/messaging/client';
import { characterAt, rangeContainsPoint } from '@/utils/page/hit-test';
import { canonicalName } from './card-view';
import type { NoteLayer } from './note-layer';
import { offsetsOf, type Anchored, type PageState } from './state';
import { enterPageMode, pageKey } from './article';
import { articleNoteTarget, isArticleNote } from '@/utils/notes/article-note';

export function startNotes(ctx: ContentScriptContext, state: PageState, actions: NoteActions, layer: NoteLayer): void {
  let loadedFor = '';
  const stopLoad = safeEffect('loading notes', () => {
    const key = state.article.value?.canonicalUrl ?? '';
    if (key === loadedFor) return;
    loadedFor = key;
    void actions.reload();
  });
  // A page that is no article may still hold the reader's notes: then it is read whole to show them.
  void actions.notesOnPage().then((n) => {
    if (n && !state.article.value && !ctx.isInvalid) enterPageMode(state);
  });

  let reported = '';
  // The article the document was loaded as. Once the page changes its own address (history
  // pushState), the text may be another article's or none: a note not found there is not marked
  // lost (else any page of a site could mark every article's notes there lost); one found is found.
  let loadedAs: string | undefined;
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
      // A note on the whole article has nothing in the text to find: it is never an orphan.
      if (isArticleNote(a)) continue;
      const r = anchorer.anchorer.anchor(a.selectors);
      if ('orphan' in r) orphanIds.push(a.id);
      else anchored.push({ id: a.id, start: r.start, end: r.end });
    }
    state.anchors.value = anchored;
    const article = state.article.value;
    loadedAs ??= article?.canonicalUrl;
    const lost = article?.canonicalUrl === loadedAs ? orphanIds : [];
    const signature = `${lost.join()}|${anchored.map((x) => x.id).join()}`;
    if (article && annotations.length && signature !== reported) {
      reported = signature;
      // Only what changed is written; the popup shows orphans from this.
      request({
        type: 'annotations:anchored',
        articleKey: article.canonicalUrl,
        orphanIds: lost,
        anchoredIds: anchored.map((x) => x.id),
      }).catch(() => {});
    }
  });

  const stopPaint = safeEffect('drawing notes', () => {
    const index = state.index.value;
    const anchors = state.anchors.value;
    const colour = new Map(state.annotations.value.map((a) => [a.id, a.colour]));
    layer.draw(
      index && !state.highlightsHidden.value
        ? anchors.map((x) => ({
            range: rangeFromOffsets(index, x.start, x.end),
            colour: colour.get(x.id) ?? 'yellow',
          }))
        : [],
    );
  });

  // A finished selection inside the article offers the editor, without taking focus. Only one
  // the reader's own gesture can have made: a drag, a double or triple click, a shift-click. A
  // plain click makes none, so a selection there is the page's (its script may select a passage
  // of its choosing on the reader's click, to have it noted and saved).
  let down = { x: Number.NaN, y: Number.NaN };
  ctx.addEventListener(document, 'mousedown', (e) => {
    if (e.isTrusted) down = { x: e.clientX, y: e.clientY };
  });
  ctx.addEventListener(document, 'mouseup', (e) => {
    if (!e.isTrusted) return;
    const plainClick = e.detail <= 1 && !e.shiftKey && Math.hypot(e.clientX - down.x, e.clientY - down.y) < 4;
    setTimeout(() => {
      if (!plainClick && actions.offerSelection(false, e.clientX, e.clientY)) return;
      // Clicking elsewhere dismisses an offer the reader did not take up; never a started note.
      const ed = state.editor.value;
      if (ed?.target.kind === 'new' && !ed.touched) state.editor.value = null;
    }, 0);
  });
  // A click on one of the reader's highlights opens it for editing.
  ctx.addEventListener(document, 'click', (e) => {
    if (!e.isTrusted || !document.getSelection()?.isCollapsed) return;
    const id = noteAtPoint(state, e.clientX, e.clientY);
    if (id) actions.openEditor(id, e.clientX, e.clientY);
  });

  ctx.onInvalidated(() => {
    stopLoad();
    stopAnchor();
    stopPaint();
  });
}

function noteAtPoint(state: PageState, x: number, y: number): string | null {
  const index = state.index.value;
  const ch = characterAt(document, x, y);
  if (!index || !ch) return null;
  const at = offsetsOf(state, pointRange(ch.node, ch.offset));
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
  /** Loads where this article's notes are; a failure (background gone after an update) keeps what is shown. */
  async function reload() {
    const article = state.article.value;
    try {
      state.annotations.value = article
        ? await request({ type: 'annotations:anchors', articleKey: article.canonicalUrl })
        : [];
    } catch (e) {
      console.warn('[VN News Annotator] could not load the notes for this page', e);
    }
  }

  /**
   * Offers the editor for the current selection if it lies in the article text. The note's
   * target is captured now, from the text as it is now: what the reader selected is what is
   * saved, even if the page changes while they write.
   */
  function offerSelection(autoFocus: boolean, x?: number, y?: number): boolean {
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount || !sel.toString().trim()) return false;
    // On a page that is no article, the reader may still note anything: the page is read whole.
    if (!state.article.value && state.status.state === 'not-article') enterPageMode(state);
    if (!state.index.value || !state.article.value) return false;
    const range = sel.getRangeAt(0);
    const at = offsetsOf(state, range);
    if (!at) return false;
    return offerOffsets(at.start, at.end, autoFocus, range, x, y);
  }

  /**
   * Offers the editor for the article text between two offsets (a selection, or a mention the
   * card was opened on from the keyboard); `range` places it, by default the text itself.
   */
  function offerOffsets(start: number, end: number, autoFocus: boolean, range?: Range, x?: number, y?: number) {
    const index = state.index.value;
    const article = state.article.value;
    if (!index || !article || end <= start) return false;
    const quote = index.text.slice(start, end);
    if (!quote.trim()) return false;
    const inside = state.spans.value.filter((s) => s.start < end && s.end > start);
    const rects = (range ?? rangeFromOffsets(index, start, end)).getClientRects();
    const last = rects[rects.length - 1] ?? (range ?? rangeFromOffsets(index, start, end)).getBoundingClientRect();
    state.editor.value = {
      x: x ?? last.left,
      y: (y ?? last.bottom) + 12,
      avoid: last,
      target: {
        kind: 'new',
        draft: {
          articleKey: article.canonicalUrl,
          pageUrl: location.href,
          quote,
          selectors: describeSelectors(index.text, start, end),
          entityIds: [...new Set(inside.map(entityKey))],
          entityNames: [...new Set(inside.map(canonicalName))],
        },
      },
      autoFocus,
    };
    return true;
  }

  /** How many notes the page holds under its own key (before any article is found on it). */
  async function notesOnPage(): Promise<number> {
    if (state.article.value || state.status.state !== 'not-article') return 0;
    try {
      const notes = await request({ type: 'annotations:anchors', articleKey: pageKey(document, location.href) });
      // Only highlights need the page read whole; a note on the whole page shows in the popup.
      return notes.filter((a) => !isArticleNote(a)).length;
    } catch {
      return 0;
    }
  }

  function openEditor(id: string, x: number, y: number, autoFocus = true) {
    if (!state.annotations.value.some((a) => a.id === id)) return;
    state.editor.value = { x, y: y + 12, target: { kind: 'edit', id }, autoFocus };
  }

  /** Opens the editor for a new note on the whole article, beside the panel. */
  function noteOnArticle(): void {
    const article = state.article.value;
    if (!article) return;
    state.editor.value = {
      // Beside the docked panel (360 px wide, 16 from the edge) where there is room.
      x: Math.max(8, window.innerWidth - 700),
      y: 80,
      target: { kind: 'new', draft: articleNoteTarget(article.canonicalUrl, location.href) },
      autoFocus: true,
    };
  }

  function scrollTo(id: string): boolean {
    const index = state.index.value;
    const hit = state.anchors.value.find((a) => a.id === id);
    if (!index || !hit) return false;
    const range = rangeFromOffsets(index, hit.start, hit.end);
    (range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
    const r = range.getBoundingClientRect();
    state.editor.value = { x: r.left, y: r.bottom + 12, avoid: r, target: { kind: 'edit', id }, autoFocus: false };
    return true;
  }

  return { reload, offerSelection, offerOffsets, openEditor, scrollTo, notesOnPage, noteOnArticle };
}
