import { describe, expect, it } from 'vitest';
import { acceptTag, countTags, suggestTags, tokenAt } from './tag-suggest';

const known = countTags([
  'nhân sự',
  'nhân sự',
  'Nhân sự',
  'nghị quyết',
  'nghị quyết',
  'kinh tế/vĩ mô',
  'sáp nhập tỉnh',
  'sáp nhập tỉnh',
  'thủy lợi',
  'thuỷ lợi',
  'đại đoàn kết',
]);

describe('countTags', () => {
  it('counts uses, one tag per spelling up to case and tone placement, most used first', () => {
    expect(known).toEqual([
      { tag: 'nhân sự', count: 3 },
      { tag: 'nghị quyết', count: 2 },
      { tag: 'sáp nhập tỉnh', count: 2 },
      { tag: 'thủy lợi', count: 2 },
      { tag: 'đại đoàn kết', count: 1 },
      { tag: 'kinh tế/vĩ mô', count: 1 },
    ]);
  });
});

describe('suggestTags', () => {
  const names = (value: string, caret?: number) => suggestTags(known, value, caret).map((t) => t.tag);

  it('matches the piece being typed without accents, tag starts before word starts', () => {
    expect(names('nh')).toEqual(['nhân sự', 'sáp nhập tỉnh']);
    expect(names('ngh')).toEqual(['nghị quyết']);
    expect(names('dai')).toEqual(['đại đoàn kết']);
    expect(names('vi')).toEqual(['kinh tế/vĩ mô']);
    expect(names('THUY')).toEqual(['thủy lợi']);
    expect(names('zzz')).toEqual([]);
  });

  it('looks at the piece around the caret only, and leaves out tags already in the field', () => {
    expect(names('nhân sự, ngh')).toEqual(['nghị quyết']);
    expect(names('nhân sự, n')).toEqual(['nghị quyết', 'sáp nhập tỉnh']);
    expect(names('Nhân Sự, #n')).toEqual(['nghị quyết', 'sáp nhập tỉnh']);
    expect(names('ngh, nhân sự', 3)).toEqual(['nghị quyết']);
  });

  it('offers the most used tags for an empty piece', () => {
    expect(names('')).toEqual(known.map((t) => t.tag));
    expect(suggestTags(known, 'nghị quyết, ', undefined, 2).map((t) => t.tag)).toEqual(['nhân sự', 'sáp nhập tỉnh']);
  });
});

describe('tokenAt and acceptTag', () => {
  it('finds the piece at the caret', () => {
    expect(tokenAt('a, bc, d', 5)).toEqual({ start: 2, end: 5, text: 'bc' });
    expect(tokenAt('#đảng')).toEqual({ start: 0, end: 5, text: 'đảng' });
  });

  it('replaces the piece with the tag and leaves the caret ready for the next', () => {
    expect(acceptTag('ngh', 3, 'nghị quyết')).toEqual({ value: 'nghị quyết, ', caret: 12 });
    expect(acceptTag('nhân sự, ngh', 12, 'nghị quyết')).toEqual({ value: 'nhân sự, nghị quyết, ', caret: 21 });
    const mid = acceptTag('nhân sự, ng, đảng', 11, 'nghị quyết');
    expect(mid).toEqual({ value: 'nhân sự, nghị quyết, đảng', caret: 21 });
  });
});
