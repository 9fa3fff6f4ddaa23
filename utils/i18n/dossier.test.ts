import { describe, expect, it } from 'vitest';
import { DOSSIER_STRINGS, td } from './dossier';

describe('td', () => {
  it('reads the dossier strings and falls back to the shared ones', () => {
    expect(td('dossier.articles', 'vi', { n: 3 })).toBe('Bài đã đọc (3)');
    expect(td('dossier.articles', 'en', { n: 3 })).toBe('Articles read (3)');
    expect(td('kind.official', 'en')).toBe('Officials');
    expect(td('popup.showMore', 'vi', { n: 2 })).toBe('Xem thêm (2 còn lại)');
  });

  it('has the same keys and placeholders in both languages, and Vietnamese in NFC', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(DOSSIER_STRINGS.en).sort()).toEqual(Object.keys(DOSSIER_STRINGS.vi).sort());
    for (const [key, viText] of Object.entries(DOSSIER_STRINGS.vi)) {
      const enText = DOSSIER_STRINGS.en[key as keyof typeof DOSSIER_STRINGS.en];
      expect(holes(enText), key).toEqual(holes(viText));
      expect(viText.normalize('NFC'), key).toBe(viText);
    }
  });
});
