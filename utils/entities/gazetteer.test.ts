import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACKED } from './data/gazetteer.packed';
import { Engine } from './engine';
import { gazetteerPhrases } from './gazetteer-data';
import { encodeLexicon, packGazetteer } from './pack';
import { LEXICON_MAGIC, LEXICON_VERSION } from './lexicon-format';
import { PackedLexicon } from './packed-lexicon';
import { phraseTokens, scanTokens, TOKEN_RETONED, withTones } from '../text/tokens';
import { Gazetteer } from './gazetteer';

// The alias is also a built-in phrase: its watch entry joins a list the packed data holds.
const watch = [{ kind: 'body' as const, name: 'Hội Nhà báo Việt Nam', aliases: ['Hội Nhà báo', 'Bộ Chính trị'] }];

describe('packed gazetteer', () => {
  it('is up to date with the data files and the lexicon (npm run gazetteer rewrites it)', () => {
    const fresh = packGazetteer();
    expect(PACKED.lexicon === fresh.lexicon && PACKED.match === fresh.match && PACKED.records === fresh.records).toBe(
      true,
    );
  });

  it('holds every phrase of the data, found whole at its first token', () => {
    const g = new Gazetteer();
    const missing: string[] = [];
    for (const p of gazetteerPhrases()) {
      const tokens = phraseTokens(p.text);
      const view = {
        count: tokens.folded.length,
        syllableAt: (k: number) => g.idOf(tokens.folded[k]),
        lineBefore: () => false,
        c: (k: number) => tokens.cased[k],
      };
      if (!g.matchAt(view, 0).some((m) => m.end === tokens.folded.length)) missing.push(p.text);
    }
    expect(missing).toEqual([]);
    expect(g.phraseCount).toBeGreaterThan(1000);
  });

  it('spells every syllable as the tone rule places it, so a word found as written needs no placing (TOKEN_RETONED)', () => {
    const lexicon = new PackedLexicon(PACKED.lexicon);
    expect(lexicon.syllables.filter((s) => withTones(s) !== s)).toEqual([]);
    const g = new Gazetteer();
    // "Hòa" and "Thủy" are placed ("Hoà", "Thuỷ"); "Hoàng" and "người" are known as written.
    const t = scanTokens('Hòa Thủy Hoàng người', g.lookup);
    expect(Array.from(t.flags.subarray(0, 4), (f) => (f & TOKEN_RETONED) !== 0)).toEqual([true, true, false, false]);
    expect([0, 1, 2, 3].map((k) => t.casedOf(k))).toEqual(['Hoà', 'Thuỷ', 'Hoàng', 'người']);
  });

  it('matches abbreviations by their capitals only', () => {
    const spans = (t: string) => new Engine().find(t).map((s) => s.text);
    expect(spans('UBND tỉnh Gia Lai họp.')).toEqual(['UBND tỉnh Gia Lai']);
    expect(spans('Ubnd tỉnh Gia Lai họp.')).toEqual([]);
  });

  it('finds the watch list after the built-in phrases, with words the lexicon lacks', () => {
    const text =
      'Bộ Chính trị, UBND tỉnh Bình Dương và Thủ tướng Phạm Minh Chính; Hội Nhà báo họp, BCH TƯ, Hội Xyzw Qưert.';
    const e = new Engine([...watch, { kind: 'body', name: 'Hội Xyzw Qưert' }]);
    expect(e.find(text).map((s) => [s.text, s.id])).toEqual([
      ['Bộ Chính trị', 'watch:hoi-nha-bao-viet-nam'],
      ['UBND tỉnh Bình Dương', 'body:uy-ban-nhan-dan--binh-duong'],
      ['Phạm Minh Chính', 'official:pham-minh-chinh'],
      ['Hội Nhà báo', 'watch:hoi-nha-bao-viet-nam'],
      ['BCH TƯ', 'body:ban-chap-hanh-trung-uong-dang'],
      ['Hội Xyzw Qưert', 'watch:hoi-xyzw-quert'],
    ]);
    // A watch list leaves other engines' lexicon as it was.
    expect(new Engine().find(text).map((s) => s.text)).not.toContain('Hội Nhà báo');
  });

  it('reads back what the packer writes, and the packer refuses a count its 16 bits cannot hold', () => {
    // Two syllables, "a" then "b"; the phrase "b" (node 1, a child of the root); no pairs.
    const strings = new TextEncoder().encode('a\nb');
    const header = {
      magic: LEXICON_MAGIC,
      version: LEXICON_VERSION,
      syllables: 2,
      nodes: 2,
      edges: 1,
      phrases: 1,
      casedForms: 0,
      pairSlots: 1,
      stringBytes: strings.length,
    };
    const sections = {
      flags: [0, 16],
      firstTypes: [0, 2],
      childStart: [0, 1, 1],
      childSyllable: [1],
      childNode: [1],
      phraseStart: [0, 0, 1],
      phraseCode: [7],
      phraseCased: [-1],
      pairSlot: [0],
    };
    const lexicon = new PackedLexicon(Buffer.from(encodeLexicon(header, sections, strings)).toString('base64'));
    expect([
      lexicon.idOf('b'),
      lexicon.child(0, 1),
      lexicon.child(0, 0),
      lexicon.flags[1],
      lexicon.phraseCode[0],
    ]).toEqual([1, 1, -1, 16, 7]);
    expect(() => encodeLexicon(header, { ...sections, childNode: [70000] }, strings)).toThrow(/childNode.*16 bits/);
  });

  it('ships the lexicon, the records and the officials as strings, not object literals', () => {
    const source = readFileSync(new URL('./data/gazetteer.packed.ts', import.meta.url), 'utf8');
    const code = source.split('\n').filter((l) => l.trim() && !l.startsWith('//'));
    expect(code).toHaveLength(6);
    for (const line of code.filter((l) => !/^(export const PACKED = \{|\} as const;)$/.test(l)))
      expect(line.slice(0, 40)).toMatch(/^( {2}\w+: |export const \w+ = )"/);
  });
});
