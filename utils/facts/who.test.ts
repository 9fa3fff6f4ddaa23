import { describe, expect, it } from 'vitest';
import { officialRecords } from '../entities/officials';
import { findPeople, parseWhoArg, who } from './who';

describe('who', () => {
  it('finds a person by name, tone placement and accents aside', () => {
    const records = officialRecords();
    for (const q of ['Võ Văn Thưởng', 'VÕ VĂN THƯỞNG', 'Vo Van Thuong', 'Võ Văn Thưởng'.normalize('NFD')])
      expect(
        findPeople(records, q).map((o) => o.id),
        q,
      ).toEqual(['vo-van-thuong']);
    expect(findPeople(records, 'Không Có Ai')).toEqual([]);
    // Typed with its accents, another tone is another name: no one's card for "Hiểu" is "Hiếu"'s.
    expect(findPeople(records, 'Nguyễn Văn Hiếu').map((o) => o.id)).toEqual(['nguyen-van-hieu']);
    expect(findPeople(records, 'Nguyễn Văn Hiểu')).toEqual([]);
    expect(findPeople(records, 'Nguyen Van Hieu').map((o) => o.id)).toEqual(['nguyen-van-hieu']);
  });

  it('answers what the card would show as held on the day, with its certainty and source', () => {
    const a = who(officialRecords(), 'Võ Văn Thưởng', '2023-06-01');
    expect(a.query).toBe('Võ Văn Thưởng');
    const president = a.people[0].held.find((h) => h.title === 'Chủ tịch nước');
    expect(president).toMatchObject({ from: '2023-03-02', to: '2024-03-21', certain: true });
    expect(president?.source).toMatch(/^https?:\/\//);
    // After his resignation he holds nothing in the data.
    expect(who(officialRecords(), 'Võ Văn Thưởng', '2024-06-01').people[0].held).toEqual([]);
  });

  it('refuses a malformed argument with a clear message', () => {
    expect(parseWhoArg('Tô Lâm@2026-02-30')).toEqual({
      error: '"Tô Lâm@2026-02-30": "2026-02-30" is not a date (YYYY-MM-DD)',
    });
    expect(parseWhoArg('Tô Lâm')).toEqual({ error: '"Tô Lâm": expected NAME@YYYY-MM-DD' });
    expect(parseWhoArg('Tô Lâm@2026-02-03')).toEqual({ name: 'Tô Lâm', date: '2026-02-03' });
  });
});
