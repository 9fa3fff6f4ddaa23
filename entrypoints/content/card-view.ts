/** Builds the card for an entity mention (utils/facts/card-data.ts) and steps through mentions. */
import { describeEntity } from '@/utils/entities/card';
import type { EntityCard, EntitySpan } from '@/utils/entities/types';
import { cardData } from '@/utils/facts/card-data';
import { rangeFromOffsets } from '@/utils/dom/text-index';
import { entityKey } from '@/utils/page/summary';
import type { PageState } from './state';

const names = new Map<string, EntityCard>();

/** The entity's canonical name (computed once per entity and page). */
export function canonicalName(span: EntitySpan): string {
  const key = entityKey(span);
  let card = names.get(key);
  if (!card) names.set(key, (card = describeEntity(span)));
  return card.name;
}

const mentionsOf = (spans: EntitySpan[], key: string) => spans.flatMap((s, i) => (entityKey(s) === key ? [i] : []));

/** Shows the card for span `spanIndex` at (x, y), below the line `avoid` or above it when there is no room. */
export function showCardFor(state: PageState, spanIndex: number, x: number, y: number, avoid?: DOMRect) {
  const spans = state.spans.value;
  const span = spans[spanIndex];
  const mentions = mentionsOf(spans, entityKey(span));
  const data = cardData(span, state.article.value?.published?.slice(0, 10), {
    index: mentions.indexOf(spanIndex),
    count: mentions.length,
  });
  state.card.value = { data: { ...data, key: entityKey(span) }, spanIndex, x, y, avoid };
}

/** Moves the card to the next (or previous) mention of the same entity, scrolling it into view. */
export function stepCard(state: PageState, delta: 1 | -1) {
  const card = state.card.value;
  const index = state.index.value;
  if (!card || !index) return;
  const spans = state.spans.value;
  const mentions = mentionsOf(spans, entityKey(spans[card.spanIndex]));
  const next = mentions[(mentions.indexOf(card.spanIndex) + delta + mentions.length) % mentions.length];
  revealSpan(state, next);
}

/** Scrolls a mention into view and opens its card there (the panel, the keyboard, stepping). */
export function revealSpan(state: PageState, spanIndex: number) {
  const index = state.index.value;
  const span = state.spans.value[spanIndex];
  if (!index || !span) return;
  const range = rangeFromOffsets(index, span.start, span.end);
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const r = range.getBoundingClientRect();
  showCardFor(state, spanIndex, r.left, r.bottom + 6, r);
}
