import { describe, expect, it } from 'vitest';
import { EXACT_MAX_CHARS, encodeTerm, textDirective, textFragmentUrl } from './text-fragment';

/** Split a directive into decoded terms, checking that no term leaks a raw separator. */
function terms(directive: string): string[] {
  expect(directive.startsWith('text=')).toBe(true);
  return directive
    .slice(5)
    .split(',')
    .map((t) => {
      const inner = t.replace(/^-|-$/g, '');
      expect(inner).not.toMatch(/[-,&\s]/);
      return (t.startsWith('-') ? '-' : '') + decodeURIComponent(inner) + (t.endsWith('-') ? '-' : '');
    });
}

describe('text fragments', () => {
  it('percent-encodes the directive syntax characters', () => {
    expect(encodeTerm('a-b, c&d')).toBe('a%2Db%2C%20c%26d');
    expect(decodeURIComponent(encodeTerm('Nghị quyết 23-NQ/TW'))).toBe('Nghị quyết 23-NQ/TW');
  });

  it('uses whole words of context, trimmed to the quote line', () => {
    const d = textDirective({
      exact: 'Nghị quyết 23-NQ/TW',
      prefix: 'ức năng.\nThực hiện theo tinh thần ', // 32 chars with a line break: context starts after it
      suffix: ', ngày 12-3-2003 của Ban Chấp hành', // cut mid-word at the end
    })!;
    expect(terms(d)).toEqual(['theo tinh thần-', 'Nghị quyết 23-NQ/TW', '-, ngày 12-3-2003']);
  });

  it('widens a selection that starts or ends inside a word', () => {
    const d = textDirective({ exact: 'hính trị', prefix: 'của Bộ C', suffix: ' đã họp' })!;
    expect(terms(d)).toEqual(['của Bộ-', 'Chính trị', '-đã họp']);
    const e = textDirective({ exact: 'Quốc h', prefix: '', suffix: 'ội khóa XV' })!;
    expect(terms(e)).toEqual(['Quốc hội', '-khóa XV']);
  });

  it('uses textStart,textEnd for long or multi-line quotes', () => {
    const long = Array.from({ length: 80 }, (_, i) => `từ${i}`).join(' ');
    expect(long.length).toBeGreaterThan(EXACT_MAX_CHARS);
    expect(terms(textDirective({ exact: long, prefix: '', suffix: '' })!)).toEqual([
      'từ0 từ1 từ2 từ3 từ4',
      'từ75 từ76 từ77 từ78 từ79',
    ]);
    const multi = textDirective({ exact: 'đoạn một kết thúc.\n\nĐoạn hai bắt đầu', prefix: '', suffix: '' })!;
    expect(terms(multi)).toEqual(['đoạn một kết thúc.', 'Đoạn hai bắt đầu']);
  });

  it('replaces an existing fragment and skips blank quotes', () => {
    expect(textFragmentUrl('https://a.vn/x#top', { exact: 'Quốc hội', prefix: '', suffix: '' })).toBe(
      'https://a.vn/x#:~:text=Qu%E1%BB%91c%20h%E1%BB%99i',
    );
    expect(textFragmentUrl('https://a.vn/x#top', { exact: '  ', prefix: '', suffix: '' })).toBe('https://a.vn/x');
  });
});
