import { describe, expect, it } from 'vitest';
import { STRINGS, t } from './index';

describe('t', () => {
  it('returns the string in each language and fills values', () => {
    expect(t('popup.showMore', 'vi', { n: 12 })).toBe('Xem thêm (12 còn lại)');
    expect(t('popup.showMore', 'en', { n: 12 })).toBe('Show more (12 left)');
    expect(t('import.done', 'en', { added: 1 })).toContain('{updated}');
  });

  it('has the same placeholders in both languages, and Vietnamese in NFC', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, viText] of Object.entries(STRINGS.vi)) {
      const enText = STRINGS.en[key as keyof typeof STRINGS.en];
      expect(enText, key).toBeTruthy();
      expect(holes(enText), key).toEqual(holes(viText));
      expect(viText.normalize('NFC'), key).toBe(viText);
    }
  });
});
