import { describe, expect, it } from 'vitest';
import { readSentenceSet, readsRight } from '../testing/sentence-set';
import { findEntities } from './index';

const items = readSentenceSet();

describe('the hand-written sentence set (tests/fixtures/entity-sentences)', () => {
  it('has at least 200 items in every class file', () => {
    expect(items.length).toBeGreaterThanOrEqual(200);
    expect(new Set(items.map((i) => i.set)).size).toBeGreaterThanOrEqual(10);
  });

  for (const item of items) {
    const name = `${item.set}:${item.line}${item.knownMiss ? ' (known miss)' : ''}`;
    it(name, () => {
      const found = findEntities(item.text);
      const shown = {
        text: item.text,
        expected: item.gold.map((g) => `${g.kind}${g.optional ? '?' : ''}: ${g.text}`),
        found: found.map((f) => `${f.kind}: ${f.text}`),
      };
      // A known miss that the engine now reads right should lose its "!" mark.
      expect({ ...shown, right: readsRight(item, found) }).toEqual({ ...shown, right: !item.knownMiss });
    });
  }
});
