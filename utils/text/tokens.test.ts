import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charFlags, WORD_F } from './chars';
import { foldCase } from './matching';
import { normalize } from './normalize';
import {
  foldWords,
  phraseTokens,
  scanTokens,
  TOKEN_CAP,
  TOKEN_LINE_BEFORE,
  TOKEN_SPACE_BEFORE,
  TOKEN_WORD,
  withTones,
} from './tokens';
import { DOCUMENT_WORD_PHRASES } from '../entities/lexicon-documents';
import { UNIT_HEAD_PHRASES, UNIT_QUALIFIER_PHRASES } from '../entities/lexicon-bodies';

const seed = readFileSync(new URL('../../tests/fixtures/seed/seed.txt', import.meta.url), 'utf8');

/** The tokens of the normalised text, split the plain way: the scanner must agree with them. */
function reference(text: string): string[] {
  const cased = normalize(text, 'matching');
  const out: string[] = [];
  const isWord = (c: number) => (c < 0x80 ? /[A-Za-z0-9]/.test(String.fromCharCode(c)) : (charFlags(c) & WORD_F) !== 0);
  for (let i = 0; i < cased.length; ) {
    const c = cased.charCodeAt(i);
    if (c === 32 || c === 10) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isWord(c)) while (j < cased.length && isWord(cased.charCodeAt(j))) j++;
    out.push(cased.slice(i, j));
    i = j;
  }
  return out;
}

describe('scanTokens', () => {
  const variants: [string, string][] = [
    ['the seed', seed],
    ['old-style tones, qu and gi', 'Thủ tướng, Thanh Hóa, thủy lợi, qúy, gìa, HÒA BÌNH; 57-NQ/TW – “Luật” 2024'],
    ['NFD', seed.normalize('NFD')],
    [
      'odd spaces, zero-width, soft hyphens, eth',
      'Ủy\u00a0ban\u2009nhân\u200b dân \u00d0ảng\u00adủy – Hòa, QH15; Thủy\u2028Bộ',
    ],
  ];
  for (const [name, text] of variants) {
    it(`splits and folds like the matching preset: ${name}`, () => {
      const t = scanTokens(text, () => -1);
      const cased = Array.from({ length: t.count }, (_, k) => t.casedOf(k));
      expect(cased).toEqual(reference(text));
      expect(Array.from({ length: t.count }, (_, k) => t.foldedOf(k))).toEqual(cased.map(foldCase));
      // Offsets are the caller's: each token's text normalises to its cased form.
      for (let k = 0; k < t.count; k++) expect(normalize(text.slice(t.start[k], t.end[k]), 'matching')).toBe(cased[k]);
    });
  }

  it('flags words, capitals and what comes before a token', () => {
    const text = 'Bộ Chính trị,\nhọp 12';
    const t = scanTokens(text, () => -1);
    const flags = Array.from(t.flags.subarray(0, t.count));
    expect(flags.map((f) => f & TOKEN_WORD)).toEqual([1, 1, 1, 0, 1, 1]);
    expect(flags.map((f) => (f & TOKEN_CAP ? 1 : 0))).toEqual([1, 1, 0, 0, 0, 0]);
    expect(flags.map((f) => (f & TOKEN_LINE_BEFORE ? 1 : 0))).toEqual([0, 0, 0, 0, 1, 0]);
    expect(flags.map((f) => (f & TOKEN_SPACE_BEFORE ? 1 : 0))).toEqual([0, 1, 1, 0, 1, 1]);
  });

  it('gives each folded form its id from the lookup', () => {
    const ids = new Map([['hoà', 7]]);
    for (const text of ['Hòa hoà HOÀ hoa', 'Hòa hoà HOÀ hoa'.normalize('NFD'), 'Hòa\u200b hoà HOÀ hoa']) {
      const t = scanTokens(text, (folded) => ids.get(folded) ?? -1);
      expect(Array.from(t.id.subarray(0, t.count))).toEqual([7, 7, 7, -1]);
    }
  });

  it('reads "i" and "y" after h, k, l, m, s, t and "qu" as one spelling when the lexicon knows only the other', () => {
    const ids = new Map([
      ['lý', 1],
      ['kỹ', 2],
      ['mỹ', 3],
      ['quy', 4],
      ['sĩ', 5],
    ]);
    const text = 'trợ lí, Kĩ sư, MĨ, qui định, sĩ quan, tiến sỹ, khi, chi, thi, li';
    for (const variant of [text, text.normalize('NFD'), text.replace(' ', '\u00ad ')]) {
      const t = scanTokens(variant, (folded) => ids.get(folded) ?? -1);
      const words = Array.from({ length: t.count }, (_, k) => [t.foldedOf(k), t.id[k]]).filter(([w]) => w !== ',');
      expect(words, variant).toEqual([
        ['trợ', -1],
        ['lý', 1],
        ['kỹ', 2],
        ['sư', -1],
        ['mỹ', 3],
        ['quy', 4],
        ['định', -1],
        ['sĩ', 5],
        ['quan', -1],
        ['tiến', -1],
        ['sĩ', 5],
        ['khi', -1],
        ['chi', -1],
        ['thi', -1],
        ['li', -1],
      ]);
    }
    expect(foldWords('trợ lí', (w) => ids.get(w) ?? -1)).toEqual(['trợ', 'lý']);
  });

  it('splits a phrase as it splits a text', () => {
    expect(phraseTokens('Bộ KH-ĐT')).toEqual({ folded: ['bộ', 'kh', '-', 'đt'], cased: ['Bộ', 'KH', '-', 'ĐT'] });
  });
});

describe('foldWords', () => {
  it('folds a plain phrase as a scan does', () => {
    for (const p of ['Nghị quyết liên tịch', 'Tổng Lãnh sự quán', 'Hòa Bình', 'Ủy ban'])
      expect(foldWords(p)).toEqual(phraseTokens(p).folded);
  });

  it('folds a phrase as withTones does every lower-cased word, for every grammar phrase and the hard cases', () => {
    const phrases = [
      ...DOCUMENT_WORD_PHRASES.map(([p]) => p),
      ...UNIT_HEAD_PHRASES.map(([p]) => p),
      ...UNIT_QUALIFIER_PHRASES.map(([p]) => p),
      'Hòa Bình quý giữ Thủy lợi khuya Quyết định THỦY HÒA hoà thuỷ Giáo dục gìn',
    ];
    for (const p of phrases) expect(foldWords(p), p).toEqual(p.toLowerCase().split(' ').filter(Boolean).map(withTones));
    expect(foldWords('Hòa Bình thủy')).toEqual(['hoà', 'bình', 'thuỷ']);
  });
});
