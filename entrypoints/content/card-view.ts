/** Builds the hover card for an entity mention from the engine's card data, and steps through mentions. */
import { describeEntity } from '@/utils/entities/card';
import type { EntityCard, EntitySpan, Position } from '@/utils/entities/types';
import { rangeFromOffsets } from '@/utils/dom/text-index';
import { entityKey } from '@/utils/page/summary';
import type { CardView } from '@/components/page/Card';
import { t, type StringKey } from '@/utils/i18n';
import type { Lang } from '@/utils/settings/settings';
import type { PageState } from './state';

const cards = new Map<string, EntityCard>();

/** Card data per entity and article date, computed once per page. */
function cardFor(span: EntitySpan, date?: string): EntityCard {
  const key = `${entityKey(span)}|${date ?? ''}`;
  let card = cards.get(key);
  if (!card) cards.set(key, (card = describeEntity(span, date)));
  return card;
}

export function canonicalName(span: EntitySpan): string {
  return cardFor(span).name;
}

const titles = (ps: Position[] | undefined) => [...new Set((ps ?? []).map((p) => p.title))].join('; ');

function formatDate(iso: string | undefined, lang: Lang): string | undefined {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return iso?.slice(0, 10);
  return lang === 'vi' ? `${m[3]}/${m[2]}/${m[1]}` : `${m[1]}-${m[2]}-${m[3]}`;
}

/** The card's lines, in the reader's language. */
export function cardDetails(card: EntityCard, published: string | undefined, lang: Lang): CardView['details'] {
  const rows: CardView['details'] = [];
  /** A row whose label is the string `page.<key>`, or given as is. */
  const add = (label: string, value: string | undefined, isKey = true) => {
    if (value) rows.push({ label: isKey ? t(`page.${label}` as StringKey, lang) : label, value });
  };
  if (card.kind === 'official') {
    const atDate = titles(card.positionsAtDate);
    const date = formatDate(published, lang);
    add(date ? t('page.atDate', lang, { date }) : t('page.atDateUnknown', lang), atDate, false);
    // Only positions recorded as still held (to: null), not those whose end is merely unknown.
    add('now', titles(card.currentPositions?.filter((p) => p.to === null)));
    if (!atDate) add('roleInText', card.role);
    if (!card.positionsAtDate?.length && !card.currentPositions?.length && !card.role) add('noRecord', '—');
  } else if (card.kind === 'body') {
    if (card.fullName && card.fullName !== card.name) add('fullName', card.fullName);
    const level = card.level && LEVELS.has(card.level) ? t(`page.level.${card.level}` as StringKey, lang) : undefined;
    add('level', level);
    add('successor', card.successor);
    if (!card.successor) add('until', card.validTo);
    if (!card.id) add('noRecord', '—');
  } else {
    add('docType', card.docType);
    add('number', card.number);
    add('issuer', card.issuer);
    add('year', card.year);
  }
  return rows;
}

const LEVELS = new Set(['central', 'province', 'district', 'commune', 'foreign']);
// Other levels in the data ('local': a body that takes a locality) say nothing to a reader.

function cardView(state: PageState, spanIndex: number): CardView {
  const spans = state.spans.value;
  const span = spans[spanIndex];
  const key = entityKey(span);
  const mentions = spans.flatMap((s, i) => (entityKey(s) === key ? [i] : []));
  const published = state.article.value?.published;
  const card = cardFor(span, published);
  return {
    kind: span.kind,
    name: card.name,
    details: cardDetails(card, published, state.settings.value.language),
    count: mentions.length,
    index: mentions.indexOf(spanIndex),
  };
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
