import { describe, expect, it } from 'vitest';
import { matchKey, normalizeForMatch, slugify, slugifyAll, toOriginal } from './normalize';

describe('normalizeForMatch', () => {
  it('composes decomposed (NFD) input and maps back to the original clusters', () => {
    const nfd = 'Bộ Chính trị'.normalize('NFD');
    const nz = normalizeForMatch(nfd);
    expect(nz.cased).toBe('Bộ Chính trị');
    const [s, e] = toOriginal(nz, 3, 8);
    expect(nfd.slice(s, e).normalize('NFC')).toBe('Chính');
  });

  it('puts the tone of open oa/oe/uy syllables on one vowel, whichever style was used', () => {
    expect(matchKey('hòa')).toBe(matchKey('hoà'));
    expect(matchKey('khỏe')).toBe(matchKey('khoẻ'));
    expect(matchKey('thủy')).toBe(matchKey('thuỷ'));
    expect(matchKey('Ủy ban')).toBe(matchKey('Uỷ ban'));
    expect(matchKey('Thanh Hóa')).toBe(matchKey('Thanh Hoá'));
    // ũ sits outside the Latin-1 block the other toned vowels share.
    expect(matchKey('lũy kế')).toBe(matchKey('luỹ kế'));
    expect(normalizeForMatch('LŨY').cased).toBe('LUỸ');
  });

  it('leaves closed syllables and qu- alone', () => {
    expect(normalizeForMatch('hoàn').folded).toBe('hoàn');
    expect(normalizeForMatch('thuyền').folded).toBe('thuyền');
    expect(normalizeForMatch('quý').folded).toBe('quý');
    expect(normalizeForMatch('hoàng').folded).toBe('hoàng');
  });

  it('reads Ð (U+00D0) as Đ, folds spaces and dashes, drops zero-width characters and soft hyphens', () => {
    const raw = '\u00d0ảng\u00a0ủy\u2009x\u200bã\u00ad – b';
    const nz = normalizeForMatch(raw);
    // Tones of open oa/oe/uy syllables sit on the second vowel in the normalised text.
    expect(nz.cased).toBe('Đảng uỷ xã - b');
    // Every normalised unit maps inside the original string, in order.
    for (let i = 1; i < nz.cased.length; i++) expect(nz.starts[i]).toBeGreaterThanOrEqual(nz.starts[i - 1]);
    const at = nz.cased.indexOf('xã');
    const [s, e] = toOriginal(nz, at, at + 2);
    expect(raw.slice(s, e)).toBe('x\u200bã');
  });

  it('composes single code units that NFC changes, each call keeping maps of its own text', () => {
    const long = normalizeForMatch('\u2126 Hòa '.repeat(500));
    expect(long.cased.startsWith('\u03a9 Hoà ')).toBe(true);
    expect(long.starts.length).toBe(long.cased.length);
    const short = normalizeForMatch('Ủy\u00a0ban');
    expect(short.cased).toBe('Uỷ ban');
    expect([short.starts.length, short.ends.length]).toEqual([6, 6]);
    expect(Array.from(short.ends)).toEqual([1, 2, 3, 4, 5, 6]);
    // Text that needs no change comes back as the same string.
    const plain = 'Bộ Chính trị họp.';
    expect(normalizeForMatch(plain).cased).toBe(plain);
    // Its offset maps are made on demand, and still travel with a copy.
    const copy = { ...normalizeForMatch(plain) };
    expect(Array.from(copy.starts)).toEqual([...plain].map((_, i) => i));
    expect(copy.ends[plain.length - 1]).toBe(plain.length);
  });

  it('lower-cases without changing length', () => {
    const nz = normalizeForMatch('ỦY BAN NHÂN DÂN');
    expect(nz.folded.length).toBe(nz.cased.length);
    expect(nz.folded).toBe('uỷ ban nhân dân');
  });

  it('slugs Vietnamese names to ASCII ids', () => {
    expect(slugify('Võ Văn Thưởng')).toBe('vo-van-thuong');
    expect(slugify('Đắk Lắk')).toBe('dak-lak');
  });
});

describe('slugifyAll', () => {
  it('slugs each string as slugify does', () => {
    const names = ['Sở Tư pháp', 'Phòng Tài chính - Kế hoạch', ' -Đắk Lắk- ', 'Bộ NN&PTNT', '', 'Ủy ban (MTTQ)'];
    expect(slugifyAll(names)).toEqual(names.map(slugify));
    expect(slugifyAll(['a\nb', 'c'])).toEqual([slugify('a\nb'), 'c']);
    expect(slugifyAll([])).toEqual([]);
  });
});
