import { describe, expect, it } from 'vitest';
import { STRINGS } from './index';
import { pluralCategory, tn } from './plural';

describe('tn', () => {
  it('says "1 note" and "2 notes" in English, and the same form for every count in Vietnamese', () => {
    expect(tn('popup.annotationCount', 'en', 1)).toBe('1 note');
    expect(tn('popup.annotationCount', 'en', 2)).toBe('2 notes');
    expect(tn('popup.annotationCount', 'en', 0)).toBe('0 notes');
    expect(tn('popup.resultCount', 'en', 1)).toBe('1 result');
    expect(tn('backup.reminder', 'en', 1)).toBe('1 note is in no backup yet.');
    expect(tn('import.preview', 'en', 1, { added: 1, updated: 0 })).toBe(
      'This backup adds 1 note and replaces 0 of yours:',
    );
    expect(tn('popup.annotationCount', 'vi', 1)).toBe('1 ghi chú');
    expect(tn('popup.annotationCount', 'vi', 7)).toBe('7 ghi chú');
    expect(pluralCategory('vi', 1)).toBe('other');
  });

  it('falls back to the base string for keys without forms', () => {
    expect(tn('popup.showMore', 'en', 1)).toBe('Show more (1 left)');
  });

  it('has a base string for every plural form, and no English string that would read "1 …s"', () => {
    for (const lang of ['vi', 'en'] as const) {
      const keys = Object.keys(STRINGS[lang]);
      for (const k of keys.filter((k) => /\.(zero|one|two|few|many)$/.test(k)))
        expect(keys, k).toContain(k.replace(/\.\w+$/, ''));
    }
    // Every English string counting with {n} and a plural noun has its singular form (the card's
    // "seen in" line has its own, older, `…One` string).
    const en: Record<string, string> = STRINGS.en;
    const counted = Object.entries(en).filter(
      ([k, s]) => /\{n\} \w+s\b/.test(s) && !k.endsWith('.one') && !en[`${k}One`],
    );
    for (const [k] of counted) expect(Object.keys(STRINGS.en), k).toContain(`${k}.one`);
  });
});
