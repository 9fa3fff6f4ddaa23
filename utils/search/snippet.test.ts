import { describe, expect, it } from 'vitest';
import { findTerm, snippetOf } from './snippet';

const NOTE =
  'Theo báo cáo, việc sắp xếp đơn vị hành chính cấp xã giúp giảm 30% số xã; cần đối chiếu với Nghị quyết 35 về tinh gọn bộ máy.';

describe('findTerm', () => {
  it('finds a term with or without accents, and maps back to the original characters', () => {
    const [a, b] = findTerm(NOTE, 'nghi quyet', true)!;
    expect(NOTE.slice(a, b)).toBe('Nghị quyết');
    expect(findTerm(NOTE, 'nghi quyet', false)).toBeNull();
    const [c, d] = findTerm(NOTE, 'NGHỊ QUYẾT', false)!;
    expect(NOTE.slice(c, d)).toBe('Nghị quyết');
  });

  it('maps back through decomposed text, old tone placement and a non-breaking space', () => {
    const text = 'Ông nói về ho\u0300a bi\u0300nh\u00a0và phát triển.'; // "hòa bình" decomposed, NBSP after
    const [a, b] = findTerm(text, '"hoà bình và"', false)!;
    expect(text.slice(a, b)).toBe('ho\u0300a bi\u0300nh\u00a0và');
    const [c, d] = findTerm(text, 'hoa binh', true)!;
    expect(text.slice(c, d)).toBe('ho\u0300a bi\u0300nh');
  });

  it('takes the earliest word when the words are not side by side', () => {
    const [a, b] = findTerm(NOTE, 'máy xếp', true)!;
    expect(NOTE.slice(a, b)).toBe('xếp');
  });
});

describe('snippetOf', () => {
  it('cuts a few words either side at word boundaries', () => {
    const s = snippetOf(NOTE, 'tinh gon', true, 30)!;
    expect(s.hit).toBe('tinh gọn');
    expect(s.before).toBe('…chiếu với Nghị quyết 35 về ');
    expect(s.after).toBe(' bộ máy.');
  });

  it('keeps a short text whole and puts line breaks on one line', () => {
    expect(snippetOf('Dòng một\nnhân sự mới', 'nhân sự', false)).toEqual({
      before: 'Dòng một ',
      hit: 'nhân sự',
      after: ' mới',
    });
    expect(snippetOf('Không có gì', 'nhân sự', true)).toBeNull();
  });
});
