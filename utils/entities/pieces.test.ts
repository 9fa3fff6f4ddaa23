import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textPieces } from './pieces';
import { createEngine, type EntitySpan } from './index';

const SHARED = path.resolve(__dirname, '../../../shared');
const corpusDir = path.join(SHARED, 'corpus/dev');
const texts = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(corpusDir, f), 'utf8'));

const readAll = (text: string, maxChars: number, growth = 1): EntitySpan[] => {
  const reader = createEngine().read(text, maxChars, growth);
  const out: EntitySpan[] = [];
  for (let s = reader.next(); s; s = reader.next()) out.push(...s);
  return out;
};

describe('textPieces', () => {
  it('partitions the text at line breaks, each piece within the limit unless one paragraph is longer', () => {
    const text = readFileSync(
      path.join(SHARED, 'seed', readdirSync(path.join(SHARED, 'seed')).find((f) => f.endsWith('.txt'))!),
      'utf8',
    );
    for (const max of [1, 50, 400, 1500, 1e6]) {
      const pieces = textPieces(text, max);
      expect(pieces[0][0]).toBe(0);
      expect(pieces.at(-1)![1]).toBe(text.length);
      for (let k = 0; k < pieces.length; k++) {
        const [s, e] = pieces[k];
        expect(e).toBeGreaterThan(s);
        if (k) expect(s).toBe(pieces[k - 1][1]);
        // Every piece after the first begins with the line break that ends the one before.
        if (k) expect(text.slice(s, e)).toMatch(/^[ \r]*\n/);
        const piece = text.slice(s, e);
        if (piece.length > max) expect(piece.trim()).not.toMatch(/\n/);
      }
    }
    expect(textPieces(text, 1e6)).toEqual([[0, text.length]]);
    expect(textPieces('', 10)).toEqual([[0, 0]]);
    expect(() => textPieces(text, 0)).toThrow(RangeError);
    expect(() => textPieces(text, 10, 0.5)).toThrow(RangeError);
    // Growing pieces: each about twice the one before, still a partition.
    const grown = textPieces(text, 300, 2);
    expect(grown.length).toBeLessThan(textPieces(text, 300).length);
    expect(grown.at(-1)![1]).toBe(text.length);
    for (let k = 1; k < grown.length; k++) expect(grown[k][0]).toBe(grown[k - 1][1]);
  });

  it('a paragraph with no break after it stays whole', () => {
    expect(textPieces('a b c d e f g h', 3)).toEqual([[0, 15]]);
    expect(textPieces('aaaa\n\nbbbb bbbb bbbb', 6)).toEqual([
      [0, 4],
      [4, 20],
    ]);
  });
});

describe('reading an article in pieces', () => {
  it('finds what one pass finds on the 20 dev articles, in pieces of about one paragraph, of 2,000 characters, and growing', () => {
    expect(texts.length).toBe(20);
    let spans = 0;
    for (const text of texts) {
      const whole = createEngine().find(text);
      spans += whole.length;
      for (const [max, growth] of [
        [300, 1],
        [2000, 1],
        [500, 2],
      ])
        expect(readAll(text, max, growth)).toEqual(whole);
    }
    expect(spans).toBeGreaterThan(800);
  });

  it('knows a person introduced by a title in an earlier piece', () => {
    const text =
      'Phó Chủ tịch UBND tỉnh Lạng Sơn Đoàn Thu Nga dự hội nghị.\n\nPhát biểu tại đây, Đoàn Thu Nga nhấn mạnh yêu cầu cải cách.';
    const whole = createEngine().find(text);
    const mentions = whole.filter((s) => s.text === 'Đoàn Thu Nga');
    expect(mentions).toHaveLength(2);
    // Alone, the second paragraph does not say who she is: the name is known from the first.
    expect(
      createEngine()
        .find(text.slice(text.indexOf('\n')))
        .some((s) => s.text === 'Đoàn Thu Nga'),
    ).toBe(false);
    const reader = createEngine().read(text, 60);
    expect(reader.pieces).toBe(2);
    const first = reader.next()!;
    const second = reader.next()!;
    expect(reader.next()).toBeNull();
    expect(reader.read).toBe(2);
    expect(first.some((s) => s.text === 'Đoàn Thu Nga')).toBe(true);
    expect(second.filter((s) => s.text === 'Đoàn Thu Nga')).toEqual([mentions[1]]);
  });
});
