import { describe, expect, it } from 'vitest';
import { entityKey, groupEntities } from './summary';
import type { EntitySpan } from '../entities/types';

const spans: EntitySpan[] = [
  { kind: 'body', start: 12, end: 22, text: 'Ban Bí thư', id: 'body:ban-bi-thu' },
  { kind: 'official', start: 30, end: 43, text: 'Võ Văn Thưởng', id: 'official:vo-van-thuong' },
  { kind: 'body', start: 50, end: 78, text: 'Ban Thường vụ Thành ủy TPHCM' },
  { kind: 'body', start: 90, end: 100, text: 'Ban Bí thư', id: 'body:ban-bi-thu' },
  { kind: 'body', start: 120, end: 149, text: 'Ban Thường vụ  Thành ủy TPHCM' },
];

describe('groupEntities', () => {
  it('groups mentions by gazetteer id, or by folded text for rule finds', () => {
    const groups = groupEntities(spans, (s) => (s.id === 'body:ban-bi-thu' ? 'Ban Bí thư Trung ương Đảng' : s.text));
    expect(groups.map((g) => [g.key, g.name, g.mentions])).toEqual([
      ['body:ban-bi-thu', 'Ban Bí thư Trung ương Đảng', [0, 3]],
      ['official:vo-van-thuong', 'Võ Văn Thưởng', [1]],
      ['body:ban thường vụ thành ủy tphcm', 'Ban Thường vụ Thành ủy TPHCM', [2, 4]],
    ]);
  });
  it('folds NFD text to the same key', () => {
    expect(entityKey({ kind: 'body', start: 0, end: 1, text: 'Thành ủy'.normalize('NFD') })).toBe('body:thành ủy');
  });
});
