import { describe, expect, it } from 'vitest';
import { charFlags, classifyByRegex, LETTER_F, UPPER_F, VOWEL_F, WORD_F } from './chars';

describe('charFlags', () => {
  it('agrees with the Unicode property expressions on every code unit of the precomputed blocks', () => {
    const wrong: string[] = [];
    for (const [lo, hi] of [[0, 0x300], [0x1e00, 0x1f00], [0x2000, 0x2070]]) {
      for (let c = lo; c < hi; c++) if (charFlags(c) !== classifyByRegex(c)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('classifies Vietnamese letters, digits, marks and others', () => {
    const f = (ch: string) => charFlags(ch.charCodeAt(0));
    expect(f('Ở') & (LETTER_F | VOWEL_F | WORD_F | UPPER_F)).toBe(LETTER_F | VOWEL_F | WORD_F | UPPER_F);
    expect(f('đ') & (LETTER_F | WORD_F)).toBe(LETTER_F | WORD_F);
    expect(f('đ') & (VOWEL_F | UPPER_F)).toBe(0);
    expect(f('7') & (WORD_F | LETTER_F)).toBe(WORD_F);
    expect(f('\u0301') & (WORD_F | LETTER_F)).toBe(WORD_F | LETTER_F);
    expect(f('“') & WORD_F).toBe(0);
    // Outside the tables: looked up once, then cached.
    expect(f('Ж') & (WORD_F | UPPER_F)).toBe(WORD_F | UPPER_F);
    expect(f('中') & (WORD_F | UPPER_F)).toBe(WORD_F);
  });
});
