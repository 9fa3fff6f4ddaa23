import { describe, expect, it } from 'vitest';
import { intervalsAt, spanAt } from './spans';

describe('spanAt', () => {
  const spans = [
    { start: 0, end: 4 },
    { start: 10, end: 23 },
    { start: 30, end: 31 },
  ];
  it.each([
    [0, 0],
    [3, 0],
    [4, -1],
    [9, -1],
    [10, 1],
    [22, 1],
    [23, -1],
    [30, 2],
    [31, -1],
    [-1, -1],
  ])('offset %i → span %i', (offset, want) => expect(spanAt(spans, offset)).toBe(want));
  it('handles no spans', () => expect(spanAt([], 5)).toBe(-1));
});

describe('intervalsAt', () => {
  it('returns every overlapping interval', () => {
    const items = [
      { start: 0, end: 10, id: 'a' },
      { start: 5, end: 8, id: 'b' },
      { start: 9, end: 12, id: 'c' },
    ];
    expect(intervalsAt(items, 9).map((i) => i.id)).toEqual(['a', 'c']);
    expect(intervalsAt(items, 12)).toEqual([]);
  });
});
