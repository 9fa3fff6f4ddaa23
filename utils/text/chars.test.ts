import { describe, expect, it } from 'vitest';
import { charFlags, classifyByRegex, hasUpper, LETTER_F, upperRun, UPPER_F, VOWEL_F, WORD_F } from './chars';

describe('charFlags', () => {
  it('agrees with the Unicode property expressions on every code unit of the precomputed blocks', () => {
    const wrong: string[] = [];
    for (const [lo, hi] of [
      [0, 0x300],
      [0x1e00, 0x1f00],
      [0x2000, 0x2070],
    ]) {
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

  it('answers the upper-case questions as the Unicode expressions do, surrogate pairs included', () => {
    const samples = [
      'UBND',
      'TP',
      'Đ',
      'ĐCSVN',
      'NN&PTNT',
      'Bộ',
      'ủy ban',
      '15',
      'QH15',
      '',
      'x',
      '\u{1d400}\u{1d401}',
      'A\u{1d400}',
      'ab\u{1d400}',
    ];
    for (const s of samples) {
      expect(hasUpper(s)).toBe(/\p{Lu}/u.test(s));
      expect(upperRun(s, 1)).toBe(/^[\p{Lu}\d]{1,}$/u.test(s));
      expect(upperRun(s, 2, '&')).toBe(/^[\p{Lu}\d&]{2,}$/u.test(s));
    }
  });
});
