import { describe, expect, it } from 'vitest';
import { placeTone } from './tone';

function placed(word: string): string {
  const u = Array.from(word, (c) => c.charCodeAt(0));
  placeTone(u, 0, u.length);
  return String.fromCharCode(...u);
}

describe('placeTone', () => {
  it('puts the tone of oa, oe, uy on the second vowel in open syllables', () => {
    for (const [from, to] of [
      ['hòa', 'hoà'],
      ['khỏe', 'khoẻ'],
      ['thủy', 'thuỷ'],
      ['Ủy', 'Uỷ'],
      ['HÓA', 'HOÁ'],
      ['lũy', 'luỹ'],
    ])
      expect(placed(from)).toBe(to);
  });

  it('keeps the tone where every style puts it', () => {
    for (const w of [
      'hoà',
      'mùa',
      'của',
      'tài',
      'người',
      'nhiều',
      'hoàng',
      'toán',
      'thuở',
      'Nguyễn',
      'ngoài',
      'xoáy',
    ]) {
      expect(placed(w)).toBe(w);
    }
    for (const w of ['khuỷu', 'tuổi', 'rượu', 'khuấy', 'yếu', 'giữ', 'giếng', 'quốc', 'quả', 'quý', 'gì', 'kìa']) {
      expect(placed(w)).toBe(w);
    }
  });

  it('reads the u of qu and the i of gi as part of the initial', () => {
    expect(placed('qúy')).toBe('quý');
    expect(placed('QÙY')).toBe('QUỲ');
    expect(placed('gìa')).toBe('già');
    expect(placed('qủa')).toBe('quả');
  });

  it('moves a tone written too early in a closed syllable or a capped nucleus', () => {
    expect(placed('hòan')).toBe('hoàn');
    expect(placed('ngừơi')).toBe('người');
    expect(placed('tíên')).toBe('tiến');
  });

  it('leaves words that are not one Vietnamese syllable alone', () => {
    for (const w of ['Macron', 'José', 'Café', 'Tòakhóa', 'x', 'ạ', 'Wáo']) expect(placed(w)).toBe(w);
  });
});
