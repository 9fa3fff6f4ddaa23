/**
 * Shows the entity card when the pointer rests on a highlighted entity. "Rests": the pointer stays
 * on the same name for a moment, so passing over names on the way elsewhere opens nothing. The
 * card goes when the pointer leaves the name (after a short grace to reach the card) or the card;
 * it opens off the name's line, on the side the pointer did not come from (frames.ts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { rangeFromOffsets } from '@/utils/dom/text-index';
import { characterAt, rangeContainsPoint } from '@/utils/page/hit-test';
import { spanAt } from '@/utils/page/spans';
import { showCardFor } from './card-view';
import { offsetsOf, type PageState } from './state';

/** How long the pointer rests on a name before its card opens. */
const REST_MS = 250;
/** How long the card waits for a pointer that left the name to reach it. */
const GRACE_MS = 300;

export function startHover(ctx: ContentScriptContext, state: PageState): void {
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  /** The span the pointer rests on (its card opens when the rest is long enough). */
  let resting = -1;
  ctx.onInvalidated(() => {
    clearTimeout(hideTimer);
    clearTimeout(showTimer);
  });

  const open = (hit: number, x: number, heading: 'up' | 'down') => {
    const index = state.index.value;
    const s = state.spans.value[hit];
    if (!index || !s || state.cardPinned || state.editor.value) return;
    const line = rangeFromOffsets(index, s.start, s.end).getBoundingClientRect();
    // Off the name's line: below it, unless the pointer is heading up (then the lines above are next).
    showCardFor(state, hit, x, line.bottom + 6, line, { prefer: heading === 'up' ? 'below' : 'above' });
  };

  const onPoint = (x: number, y: number, heading: 'up' | 'down') => {
    // A card the reader is writing on, or opened from the keyboard, stays put.
    if (state.cardPinned) return;
    // No card pops up while the reader selects text or writes a note.
    if (state.editor.value || !document.getSelection()?.isCollapsed) {
      clearTimeout(showTimer);
      resting = -1;
      return;
    }
    const hit = entityAtPoint(state, x, y);
    if (hit >= 0) {
      clearTimeout(hideTimer);
      if (state.card.value?.spanIndex === hit) return;
      if (hit !== resting) {
        resting = hit;
        clearTimeout(showTimer);
        showTimer = setTimeout(() => open(hit, x, heading), REST_MS);
      }
      return;
    }
    resting = -1;
    clearTimeout(showTimer);
    if (state.card.value && !state.cardHovered) {
      clearTimeout(hideTimer);
      hideTimer = setTimeout(() => {
        if (!state.cardHovered && !state.cardPinned) state.card.value = null;
      }, GRACE_MS);
    }
  };

  let pending = false;
  let last = { x: 0, y: 0 };
  let heading: 'up' | 'down' = 'down';
  ctx.addEventListener(document, 'mousemove', (e) => {
    // Only the reader's own pointer: a page script's synthetic moves do not open cards.
    if (!e.isTrusted) return;
    if (e.clientY !== last.y) heading = e.clientY < last.y ? 'up' : 'down';
    last = { x: e.clientX, y: e.clientY };
    if (pending) return;
    pending = true;
    // At most one hit test per frame, and none while nothing is highlighted.
    requestAnimationFrame(() => {
      pending = false;
      if (state.spans.value.length) onPoint(last.x, last.y, heading);
    });
  });
}

/** Index of the (shown) entity span under the point, or -1. */
function entityAtPoint(state: PageState, x: number, y: number): number {
  const index = state.index.value;
  const ch = index && characterAt(document, x, y);
  if (!index || !ch) return -1;
  const r = document.createRange();
  r.setStart(ch.node, ch.offset);
  r.setEnd(ch.node, ch.offset + 1);
  const at = offsetsOf(state, r);
  const i = at ? spanAt(state.spans.value, at.start) : -1;
  if (i < 0 || !state.settings.value.kinds[state.spans.value[i].kind].enabled) return -1;
  const s = state.spans.value[i];
  return rangeContainsPoint(rangeFromOffsets(index, s.start, s.end), x, y) ? i : -1;
}
