/** Asks the card frame to show an entity mention (it reads the facts itself) and steps through mentions. */
import type { EntitySpan } from '@/utils/entities/types';
import { rangeFromOffsets } from '@/utils/dom/text-index';
import { entityKey } from '@/utils/page/summary';
import type { PageState } from './state';

/** Each entity's canonical name by key, as the background gave it with the spans (entity-reader.ts). */
const names = new Map<string, string>();

export function rememberNames(pairs: [string, string][]): void {
  for (const [key, name] of pairs) names.set(key, name);
}

/** The entity's canonical name (the card's); the words of the mention if none was given. */
export function canonicalName(span: EntitySpan): string {
  return names.get(entityKey(span)) ?? span.text;
}

const mentionsOf = (spans: EntitySpan[], key: string) => spans.flatMap((s, i) => (entityKey(s) === key ? [i] : []));

/** Shows the card for span `spanIndex` at (x, y), off the line `avoid` (see Placement in frames.ts). */
export function showCardFor(
  state: PageState,
  spanIndex: number,
  x: number,
  y: number,
  avoid?: DOMRect,
  how: { prefer?: 'above' | 'below'; focus?: boolean } = {},
) {
  const spans = state.spans.value;
  const span = spans[spanIndex];
  const mentions = mentionsOf(spans, entityKey(span));
  const data = {
    span,
    articleDate: state.article.value?.published?.slice(0, 10),
    mention: { index: mentions.indexOf(spanIndex), count: mentions.length },
    key: entityKey(span),
  };
  // A card opened from the keyboard stays until the reader closes it, wherever the pointer goes.
  if (how.focus) state.cardPinned = true;
  state.card.value = { data, spanIndex, x, y, avoid, ...how };
}

/** Moves the card to the next (or previous) mention of the same entity, scrolling it into view. */
export function stepCard(state: PageState, delta: 1 | -1) {
  const card = state.card.value;
  const index = state.index.value;
  if (!card || !index) return;
  const spans = state.spans.value;
  const mentions = mentionsOf(spans, entityKey(spans[card.spanIndex]));
  const next = mentions[(mentions.indexOf(card.spanIndex) + delta + mentions.length) % mentions.length];
  revealSpan(state, next, !!card.focus);
}

/** Scrolls a mention into view and opens its card there (the panel, the keyboard, stepping). */
export function revealSpan(state: PageState, spanIndex: number, focus = false) {
  const index = state.index.value;
  const span = state.spans.value[spanIndex];
  if (!index || !span) return;
  const range = rangeFromOffsets(index, span.start, span.end);
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const r = range.getBoundingClientRect();
  showCardFor(state, spanIndex, r.left, r.bottom + 6, r, { focus });
}
