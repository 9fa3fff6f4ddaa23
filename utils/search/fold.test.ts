import { describe, expect, it } from 'vitest';
import { foldKey, searchKey } from './fold';

describe('search keys', () => {
  it('treats both tone placements, NFC and NFD, and case as equal', () => {
    const variants = ['hòa bình', 'hoà bình', 'HÒA BÌNH', 'Hoà Bình'.normalize('NFD'), 'hòa bình'.normalize('NFD')];
    expect(new Set(variants.map(searchKey))).toEqual(new Set(['hoà bình']));
    expect(searchKey('thủy lợi, khỏe mạnh, lũy kế, tùy')).toBe('thuỷ lợi, khoẻ mạnh, luỹ kế, tuỳ');
  });

  it('does not move tones where the placement is fixed', () => {
    for (const w of ['hoàng', 'khuyến', 'quý', 'ngoài', 'xoáy', 'hoặc', 'của', 'thuở', 'quả', 'mùa', 'hòan']) {
      expect(searchKey(w)).toBe(w);
    }
    expect(searchKey('tòa nhà')).toBe('toà nhà');
  });

  it('stays accent-sensitive', () => {
    expect(searchKey('Bộ')).not.toBe(searchKey('Bố'));
    expect(searchKey('Đảng')).toBe('đảng');
  });

  it('folds every diacritic and đ for accent-insensitive search', () => {
    expect(foldKey('Đảng Cộng sản Việt Nam')).toBe('dang cong san viet nam');
    expect(foldKey('HÒA'.normalize('NFD'))).toBe('hoa');
    expect(foldKey('Nghị\u00a0quyết  số 23-NQ/TW')).toBe('nghi quyet so 23-nq/tw');
    expect(foldKey('ưởng ờ ặ ễ ỹ')).toBe('uong o a e y');
  });
});
