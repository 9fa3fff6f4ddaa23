import { describe, expect, it } from 'vitest';
import { cleanColourNames, colourLabel, colourNames, defaultColourName } from './colours';

describe('colour names', () => {
  it('gives each colour a default meaning in each language', () => {
    expect(defaultColourName('yellow', 'vi')).toBe('Quan trọng');
    expect(defaultColourName('yellow', 'en')).toBe('Important');
    const vi = colourNames({}, 'vi');
    expect(new Set(Object.values(vi)).size).toBe(6);
  });

  it("uses the reader's name where there is one, the default elsewhere", () => {
    const names = colourNames({ blue: 'Trích dẫn cho bài viết' }, 'en');
    expect(names.blue).toBe('Trích dẫn cho bài viết');
    expect(names.pink).toBe('Question');
  });

  it('labels a name with its colour unless the name is the colour', () => {
    expect(colourLabel('yellow', 'Quan trọng', 'vi')).toBe('Quan trọng (vàng)');
    expect(colourLabel('yellow', 'Vàng', 'vi')).toBe('Vàng');
    expect(colourLabel('green', 'GREEN', 'en')).toBe('GREEN');
  });

  it('cleans stored names', () => {
    expect(cleanColourNames({ yellow: ' Cần\n xem ', red: 'x', green: '  ' })).toEqual({ yellow: 'Cần xem' });
    expect(cleanColourNames(['x'])).toEqual({});
    expect(cleanColourNames({ orange: 'A'.repeat(100) }).orange).toHaveLength(40);
  });
});
