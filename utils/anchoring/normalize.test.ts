import { describe as suite, expect, it } from 'vitest';
import { normalizeText, normalizeWithMap, toNormalizedOffset } from './normalize';

/** The original text behind a normalised span, through the map. */
function back(raw: string, a: number, b: number): string {
  const n = normalizeWithMap(raw);
  return raw.slice(n.starts[a], n.ends[b - 1]);
}

suite('normalizeWithMap', () => {
  it('composes NFD Vietnamese and maps each letter back to its base and marks', () => {
    const nfc = 'Thủ tướng Chính phủ';
    const nfd = nfc.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(nfc.length);
    const n = normalizeWithMap(nfd);
    expect(n.text).toBe(nfc);
    const at = n.text.indexOf('tướng');
    expect(back(nfd, at, at + 'tướng'.length)).toBe('tướng'.normalize('NFD'));
  });

  it('makes one space of every whitespace run, and maps it to the whole run', () => {
    const raw = 'Ban\u00a0Bí\u2009thư\n\n  Thành\u202fủy';
    const n = normalizeWithMap(raw);
    expect(n.text).toBe('Ban Bí thư Thành ủy');
    const space = n.text.indexOf(' Thành');
    expect(raw.slice(n.starts[space], n.ends[space])).toBe('\n\n  ');
  });

  it('drops zero-width characters and soft hyphens without shifting the map', () => {
    const raw = 'Quốc\u200bhội \u00adkhóa\ufeffXV';
    const n = normalizeWithMap(raw);
    expect(n.text).toBe('Quốchội khóaXV');
    const at = n.text.indexOf('khóa');
    expect(back(raw, at, at + 4)).toBe('khóa');
  });

  it('treats both tone placements of oa/oe/uy alike', () => {
    expect(normalizeText('hòa bình, khỏe, thủy lợi')).toBe(normalizeText('hoà bình, khoẻ, thuỷ lợi'));
    expect(normalizeText('hòa').length).toBe(3);
  });

  it('straightens curly quotes and dashes one for one', () => {
    expect(normalizeText('“Nghị quyết 23” – khóa IX')).toBe('"Nghị quyết 23" - khóa IX');
  });

  it('keeps case and leaves NFC ASCII-only text untouched', () => {
    const raw = 'TPHCM, Ban Chỉ đạo Trung ương.';
    expect(normalizeText(raw)).toBe(raw);
    expect(normalizeText(raw.toLowerCase())).not.toBe(raw);
  });

  it('finds the normalised offset of a raw offset', () => {
    const raw = 'a  e\u0301c';
    const n = normalizeWithMap(raw);
    expect(n.text).toBe('a éc');
    expect(toNormalizedOffset(n, 3)).toBe(2);
    expect(toNormalizedOffset(n, 5)).toBe(3);
    expect(toNormalizedOffset(n, raw.length)).toBe(n.text.length);
  });
});
