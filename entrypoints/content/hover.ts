/** Shows the entity card when the pointer rests on a highlighted entity. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { rangeFromOffsets } from '@/utils/dom/text-index';
import { caretAt, rangeContainsPoint } from '@/utils/page/hit-test';
import { spanAt } from '@/utils/page/spans';
import { showCardFor } from './card-view';
import { offsetsOf, type PageState } from './state';

export function startHover(ctx: ContentScriptContext, state: PageState): void {
  let pending = false;
  let last = { x: 0, y: 0 };
  ctx.addEventListener(document, 'mousemove', (e) => {
    last = { x: e.clientX, y: e.clientY };
    if (pending || e.composedPath().some((n) => n instanceof Element && n.localName === 'vna-ui')) return;
    pending = true;
    // At most one hit test per frame, and none while nothing is highlighted.
    requestAnimationFrame(() => {
      pending = false;
      if (state.spans.value.length) onPoint(state, last.x, last.y);
    });
  });
}

let hideTimer: ReturnType<typeof setTimeout> | undefined;

function onPoint(state: PageState, x: number, y: number) {
  const index = state.index.value;
  const caret = index && caretAt(document, x, y);
  let hit = -1;
  if (index && caret) {
    const r = document.createRange();
    r.setStart(caret.node, caret.offset);
    const at = offsetsOf(state, r);
    const i = at ? spanAt(state.spans.value, at.start) : -1;
    const kinds = state.settings.value.kinds;
    if (i >= 0 && kinds[state.spans.value[i].kind].enabled) {
      const s = state.spans.value[i];
      if (rangeContainsPoint(rangeFromOffsets(index, s.start, s.end), x, y)) hit = i;
    }
  }
  if (hit >= 0) {
    clearTimeout(hideTimer);
    if (state.card.value?.spanIndex !== hit) showCardFor(state, hit, x, y + 10);
  } else if (state.card.value && !cardHovered) {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      if (!cardHovered) state.card.value = null;
    }, 300);
  }
}

let cardHovered = false;
export function setCardHovered(inside: boolean) {
  cardHovered = inside;
}
