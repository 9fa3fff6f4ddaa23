import { describe, expect, it } from 'vitest';
import type { Article } from '../model';
import { makeAnnotation, makeArticleNote } from '../testing/records';
import { sortResults } from './sort';

const A = 'https://nhandan.vn/bai-a.html';
const B = 'https://baochinhphu.vn/bai-b.htm';
const art = (key: string, published?: string): Article => ({
  key,
  url: key,
  title: key,
  site: 'x',
  published,
  firstVisit: '2025-01-01T00:00:00.000Z',
  lastVisit: '2025-01-01T00:00:00.000Z',
});
const articles: Record<string, Article> = { [A]: art(A, '2024-03-01'), [B]: art(B, '2025-02-01') };
const at = (key: string, quote: string, start: number, created: string) => {
  const annotation = makeAnnotation(key, quote, start, { created, updated: created });
  return { annotation, article: articles[key] };
};
const rows = [
  at(A, 'đoạn hai của A', 500, '2025-03-05T00:00:00.000Z'),
  at(B, 'đoạn một của B', 10, '2025-03-01T00:00:00.000Z'),
  at(A, 'đoạn một của A', 20, '2025-03-02T00:00:00.000Z'),
  { annotation: makeArticleNote(A, 'Cả bài A', { created: '2025-03-03T00:00:00.000Z' }), article: articles[A] },
];
const quotes = (order: Parameters<typeof sortResults>[1]) =>
  sortResults(rows, order).map((r) => r.annotation.quote || r.annotation.note);

describe('sortResults', () => {
  it('orders by when the note was made', () => {
    expect(quotes('newest')).toEqual(['đoạn hai của A', 'Cả bài A', 'đoạn một của A', 'đoạn một của B']);
    expect(quotes('oldest')).toEqual(['đoạn một của B', 'đoạn một của A', 'Cả bài A', 'đoạn hai của A']);
  });

  it("orders by the article's date, newest article first, notes in text order (whole-article notes first)", () => {
    expect(quotes('articleDate')).toEqual(['đoạn một của B', 'Cả bài A', 'đoạn một của A', 'đoạn hai của A']);
  });

  it('orders by position: articles by their newest note, notes in text order', () => {
    expect(quotes('position')).toEqual(['Cả bài A', 'đoạn một của A', 'đoạn hai của A', 'đoạn một của B']);
  });

  it('puts undated articles last when ordering by article date', () => {
    const undated = { ...rows[1], article: art(B) };
    const out = sortResults([undated, rows[2]], 'articleDate').map((r) => r.annotation.articleKey);
    expect(out).toEqual([A, B]);
  });
});
