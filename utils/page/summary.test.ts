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
      ['body:ban thường vụ thành uỷ tphcm', 'Ban Thường vụ Thành ủy TPHCM', [2, 4]],
    ]);
  });
  it('gives one key to every spelling of a name found by rule', () => {
    const spelt = ['Trần Văn Hòa', 'Trần Văn Hoà', 'Trần Văn Hòa'.normalize('NFD'), 'TRẦN VĂN HÒA', 'Trần  Văn Hoà'];
    const groups = groupEntities(spelt.map((text, i) => ({ kind: 'official', start: i * 20, end: i * 20 + 12, text })));
    expect(groups.map((g) => [g.key, g.mentions])).toEqual([['official:trần văn hoà', [0, 1, 2, 3, 4]]]);
    expect(entityKey({ kind: 'body', start: 0, end: 1, text: 'Thành ủy'.normalize('NFD') })).toBe(
      entityKey({ kind: 'body', start: 0, end: 1, text: 'Thành uỷ' }),
    );
    expect(entityKey({ kind: 'official', start: 0, end: 1, text: 'Trần Văn Hóa' })).not.toBe(groups[0].key);
  });
});
