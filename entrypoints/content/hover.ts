/** Shows the entity card when the pointer rests on a highlighted entity. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { rangeFromOffsets } from '@/utils/dom/text-index';
import { caretAt, rangeContainsPoint } from '@/utils/page/hit-test';
import { spanAt } from '@/utils/page/spans';
import { showCardFor } from './card-view';
import { offsetsOf, type PageState } from './state';

export function startHover(ctx: ContentScriptContext, state: PageState): void {
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  ctx.onInvalidated(() => clearTimeout(hideTimer));

  const onPoint = (x: number, y: number) => {
    const hit = entityAtPoint(state, x, y);
    // A card the reader is writing on stays put, whatever the pointer passes over.
    if (state.cardPinned) return;
    if (hit >= 0) {
      clearTimeout(hideTimer);
      if (state.card.value?.spanIndex !== hit) {
        // Below the name, or above its line when there is no room: never over the line being read.
        const index = state.index.value!;
        const s = state.spans.value[hit];
        const line = rangeFromOffsets(index, s.start, s.end).getBoundingClientRect();
        showCardFor(state, hit, x, line.bottom + 6, line);
      }
    } else if (state.card.value && !state.cardHovered) {
      // A short grace period lets the pointer travel from the text to the card.
      clearTimeout(hideTimer);
      hideTimer = setTimeout(() => {
        if (!state.cardHovered) state.card.value = null;
      }, 300);
    }
  };

  let pending = false;
  let last = { x: 0, y: 0 };
  ctx.addEventListener(document, 'mousemove', (e) => {
    // Only the reader's own pointer: a page script's synthetic moves do not open cards.
    if (!e.isTrusted) return;
    last = { x: e.clientX, y: e.clientY };
    if (pending) return;
    pending = true;
    // At most one hit test per frame, and none while nothing is highlighted.
    requestAnimationFrame(() => {
      pending = false;
      if (state.spans.value.length) onPoint(last.x, last.y);
    });
  });
}

/** Index of the (shown) entity span under the point, or -1. */
function entityAtPoint(state: PageState, x: number, y: number): number {
  const index = state.index.value;
  const caret = index && caretAt(document, x, y);
  if (!index || !caret) return -1;
  const r = document.createRange();
  r.setStart(caret.node, caret.offset);
  const at = offsetsOf(state, r);
  const i = at ? spanAt(state.spans.value, at.start) : -1;
  if (i < 0 || !state.settings.value.kinds[state.spans.value[i].kind].enabled) return -1;
  const s = state.spans.value[i];
  return rangeContainsPoint(rangeFromOffsets(index, s.start, s.end), x, y) ? i : -1;
}
