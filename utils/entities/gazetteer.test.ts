import { describe, expect, it } from 'vitest';
import { buildGazetteer, compileGazetteer } from './gazetteer';
import { Engine } from './engine';

// The alias is also a built-in phrase: its watch entry joins a list the compiled data holds.
const watch = [{ kind: 'body' as const, name: 'Hội Nhà báo Việt Nam', aliases: ['Hội Nhà báo', 'Bộ Chính trị'] }];

describe('compiled gazetteer', () => {
  it('loads the same trie as the one built from the data, with watch terms added after it', () => {
    const compiled = compileGazetteer();
    for (const w of [[], watch]) {
      const fast = buildGazetteer(w, compiled);
      const built = buildGazetteer(w, null);
      expect(fast.compiled).toBe(true);
      expect(built.compiled).toBe(false);
      expect(fast.trie.save()).toEqual(built.trie.save());
      expect(fast.trie.size).toBe(built.trie.size);
    }
    // Adding watch terms must not change the compiled data other engines load.
    expect(compiled).toEqual(compileGazetteer());
  });

  it('ignores a compiled trie made from data of other sizes', () => {
    const compiled = compileGazetteer();
    const grown = { ...compiled, sizes: compiled.sizes.replace(/\d+$/, (n) => String(+n + 1)) };
    const fewer = { ...compiled, terms: compiled.terms.slice(1) };
    for (const stale of [grown, fewer]) {
      const g = buildGazetteer([], stale);
      expect(g.compiled).toBe(false);
      expect(g.trie.save()).toEqual(buildGazetteer([], null).trie.save());
    }
  });

  it('keeps one term code per phrase and a short hash of the phrases', () => {
    const compiled = compileGazetteer();
    expect(compiled.hash).toMatch(/^[0-9a-f]{8}$/);
    expect(compiled.terms).toHaveLength(compiled.trie.lens.length);
  });

  it('finds the same spans either way', () => {
    const text = 'Bộ Chính trị, UBND tỉnh Bình Dương và Thủ tướng Phạm Minh Chính; Hội Nhà báo họp, BCH TƯ.';
    const fast = new Engine(watch, compileGazetteer()).find(text);
    expect(fast).toEqual(new Engine(watch, null).find(text));
    expect(fast.map((s) => [s.text, s.id])).toEqual([
      ['Bộ Chính trị', 'watch:hoi-nha-bao-viet-nam'],
      ['UBND tỉnh Bình Dương', 'body:uy-ban-nhan-dan--binh-duong'],
      ['Phạm Minh Chính', 'official:pham-minh-chinh'],
      ['Hội Nhà báo', 'watch:hoi-nha-bao-viet-nam'],
      ['BCH TƯ', 'body:ban-chap-hanh-trung-uong-dang'],
    ]);
  });
});
