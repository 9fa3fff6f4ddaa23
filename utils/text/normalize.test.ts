import { describe, expect, it } from 'vitest';
import {
  normalize,
  normalizeWithMap,
  PRESETS,
  slugify,
  matchKey,
  toNormalizedOffset,
  type PresetName,
} from './normalize';
import { normalizeForMatch, toOriginal } from './matching';
import { unaccentedKeepingCase } from './fold';

const NAMES = Object.keys(PRESETS) as PresetName[];

/** Input, then the expected output of each preset: matching, anchoring, search, accentBlind, key. */
const TABLE: [string, string, string, string, string, string, string][] = [
  ['old-style tone', 'Hòa', 'Hoà', 'Hoà', 'hoà', 'hoa', 'hoà'],
  ['new-style tone', 'Hoà', 'Hoà', 'Hoà', 'hoà', 'hoa', 'hoà'],
  [
    'oe and uy',
    'khỏe, thủy lợi',
    'khoẻ, thuỷ lợi',
    'khoẻ, thuỷ lợi',
    'khoẻ, thuỷ lợi',
    'khoe, thuy loi',
    'khoẻ, thuỷ lợi',
  ],
  ['capitals', 'HÒA BÌNH', 'HOÀ BÌNH', 'HOÀ BÌNH', 'hoà bình', 'hoa binh', 'hoà bình'],
  ['qu keeps the tone on y', 'quý', 'quý', 'quý', 'quý', 'quy', 'quý'],
  ['tone misplaced on the u of qu', 'Qúy', 'Quý', 'Quý', 'quý', 'quy', 'quý'],
  ['tone misplaced on the i of gi', 'gìa', 'già', 'già', 'già', 'gia', 'già'],
  ['gi as a vowel', 'gìn giữ', 'gìn giữ', 'gìn giữ', 'gìn giữ', 'gin giu', 'gìn giữ'],
  [
    'closed and capped nuclei stay',
    'hoàng người ngoài khuỷu',
    'hoàng người ngoài khuỷu',
    'hoàng người ngoài khuỷu',
    'hoàng người ngoài khuỷu',
    'hoang nguoi ngoai khuyu',
    'hoàng người ngoài khuỷu',
  ],
  ['closed syllable with the tone too early', 'hòan', 'hoàn', 'hoàn', 'hoàn', 'hoan', 'hoàn'],
  ['eth for Đ', '\u00d0ảng \u00f0oàn', 'Đảng đoàn', 'Đảng đoàn', 'đảng đoàn', 'dang doan', 'đảng đoàn'],
  [
    'NFD',
    'Nguyễn Thị Thủy'.normalize('NFD'),
    'Nguyễn Thị Thuỷ',
    'Nguyễn Thị Thuỷ',
    'nguyễn thị thuỷ',
    'nguyen thi thuy',
    'nguyễn thị thuỷ',
  ],
  [
    'NBSP and thin spaces',
    'Bộ\u00a0Chính\u2009 trị',
    'Bộ Chính  trị',
    'Bộ Chính trị',
    'bộ chính trị',
    'bo chinh tri',
    'bộ chính trị',
  ],
  [
    'line breaks and edges',
    ' Ủy ban\r\n\nnhân dân ',
    ' Uỷ ban\n\n\nnhân dân ',
    ' Uỷ ban nhân dân ',
    ' uỷ ban nhân dân ',
    ' uy ban nhan dan ',
    'uỷ ban nhân dân',
  ],
  [
    'zero-width space, soft hyphen, BOM',
    'Quốc\u200bhội\ufeff khó\u00ada',
    'Quốchội khoá',
    'Quốchội khoá',
    'quốchội khoá',
    'quochoi khoa',
    'quốchội khoá',
  ],
  ['tab and control characters', 'a\tb\u0007c', 'a b c', 'a b c', 'a b c', 'a b c', 'a b c'],
  [
    'dashes and quotes',
    '“Nghị quyết 23” – KH‑ĐT',
    '"Nghị quyết 23" - KH-ĐT',
    '"Nghị quyết 23" - KH-ĐT',
    '"nghị quyết 23" - kh-đt',
    '"nghi quyet 23" - kh-dt',
    '"nghị quyết 23" - kh-đt',
  ],
  [
    'foreign names are not syllables',
    'Macron José Ñuño',
    'Macron José Ñuño',
    'Macron José Ñuño',
    'macron josé ñuño',
    'macron jose nuno',
    'macron josé ñuño',
  ],
  [
    'symbols unchanged',
    '57-NQ/TW, 100/2019/NĐ-CP',
    '57-NQ/TW, 100/2019/NĐ-CP',
    '57-NQ/TW, 100/2019/NĐ-CP',
    '57-nq/tw, 100/2019/nđ-cp',
    '57-nq/tw, 100/2019/nd-cp',
    '57-nq/tw, 100/2019/nđ-cp',
  ],
];

describe('normalize: inputs × presets', () => {
  for (const [name, input, ...expected] of TABLE) {
    it(name, () => {
      expect(NAMES.map((p) => normalize(input, p))).toEqual(expected);
    });
  }

  it('gives every spelling of a name one key', () => {
    const spellings = [
      'Trần Văn Hòa',
      'Trần Văn Hoà',
      'TRẦN VĂN HÒA',
      'Trần  Văn\u00a0Hoà'.normalize('NFD'),
      ' Trần Văn Hòa ',
    ];
    expect(new Set(spellings.map(matchKey))).toEqual(new Set(['trần văn hoà']));
    expect(matchKey('Trần Văn Hoà')).not.toBe(matchKey('Trần Văn Hóa'));
  });

  it('returns unchanged text as the same string', () => {
    const plain = 'Bộ Chính trị họp.';
    expect(normalize(plain, 'matching')).toBe(plain);
    expect(normalize(plain, 'anchoring')).toBe(plain);
  });
});

describe('normalizeWithMap', () => {
  const back = (raw: string, preset: PresetName, a: number, b: number) => {
    const m = normalizeWithMap(raw, preset);
    return raw.slice(m.starts[a], m.ends[b - 1]);
  };

  it('maps each composed letter back to its base and marks', () => {
    const nfd = 'Thủ tướng Chính phủ'.normalize('NFD');
    for (const preset of NAMES) {
      const m = normalizeWithMap(nfd, preset);
      const at = m.text.toLowerCase().indexOf(normalize('tướng', preset));
      expect(back(nfd, preset, at, at + 5)).toBe('tướng'.normalize('NFD'));
    }
  });

  it('maps a collapsed space to the whole run, and skips invisible characters', () => {
    const raw = 'Ban\u00a0Bí\u2009thư\n\n \u200b Thành\u202fủy';
    const m = normalizeWithMap(raw, 'anchoring');
    expect(m.text).toBe('Ban Bí thư Thành uỷ');
    const space = m.text.indexOf(' Thành');
    expect(raw.slice(m.starts[space], m.ends[space])).toBe('\n\n \u200b ');
    const at = m.text.indexOf('Thành');
    expect(back(raw, 'anchoring', at, m.text.length)).toBe('Thành\u202fủy');
  });

  it('maps lazily when nothing changed, and finds the normalised offset of a raw one', () => {
    const plain = 'TPHCM, Ban Chỉ đạo Trung ương.';
    const m = normalizeWithMap(plain, 'anchoring');
    expect(m.text).toBe(plain);
    expect({ ...m }.starts[5]).toBe(5);
    const raw = 'a  e\u0301c';
    const n = normalizeWithMap(raw, 'anchoring');
    expect(n.text).toBe('a éc');
    expect(toNormalizedOffset(n, 3)).toBe(2);
    expect(toNormalizedOffset(n, 5)).toBe(3);
    expect(toNormalizedOffset(n, raw.length)).toBe(n.text.length);
  });

  it('keeps one unit per unit for the engine, with its lower-cased copy', () => {
    const raw = 'ỦY BAN\u00a0NHÂN DÂN tỉnh Thanh Hóa, \u00d0ảng ủy x\u200bã';
    const nz = normalizeForMatch(raw);
    expect(nz.cased).toBe('UỶ BAN NHÂN DÂN tỉnh Thanh Hoá, Đảng uỷ xã');
    expect(nz.folded).toBe(nz.cased.toLowerCase());
    const at = nz.cased.indexOf('xã');
    expect(raw.slice(...toOriginal(nz, at, at + 2))).toBe('x\u200bã');
    for (let i = 1; i < nz.cased.length; i++) expect(nz.starts[i]).toBeGreaterThanOrEqual(nz.starts[i - 1]);
  });
});

describe('slugify', () => {
  it('makes ASCII ids', () => {
    expect(slugify('Võ Văn Thưởng')).toBe('vo-van-thuong');
    expect(slugify(' -Đắk Lắk- ')).toBe('dak-lak');
    expect(slugify('\u00d0ảng ủy (MTTQ)')).toBe('dang-uy-mttq');
    expect(slugify('Bộ NN&PTNT')).toBe('bo-nn-ptnt');
  });
});

describe('unaccentedKeepingCase (fold.ts)', () => {
  it('drops accents, tones and the bar of đ, and keeps each letter’s case', () => {
    expect(unaccentedKeepingCase('François Hollande')).toBe('Francois Hollande');
    expect(unaccentedKeepingCase('Sébastien Lecornu')).toBe('Sebastien Lecornu');
    expect(unaccentedKeepingCase('Đặng Quốc Khánh')).toBe('Dang Quoc Khanh');
  });
});
