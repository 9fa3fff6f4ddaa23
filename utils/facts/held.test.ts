import { describe, expect, it } from 'vitest';
import type { OfficialRecord } from '../entities/types';
import { currentPositions, heldOn, lastDay, positionsBefore, positionsOn } from './held';

const SRC = 'https://example.vn/nguon';
const person: OfficialRecord = {
  id: 'nguyen-van-a',
  name: 'Nguyễn Văn A',
  checked: '2026-12-04',
  positions: [
    { title: 'Bộ trưởng Bộ Tài chính', org: 'Chính phủ', from: '2021-04-08', to: '2024-11-12', source: SRC },
    { title: 'Ủy viên Bộ Chính trị', org: 'Bộ Chính trị khóa XIV', from: '2026-01-23', to: null, source: SRC },
    { title: 'Bí thư Tỉnh ủy Nghệ An', from: '2016-02', to: '2020-10-15', source: SRC },
    { title: 'Phó Thủ tướng Chính phủ', from: '2024-11-12', source: SRC },
    {
      title: 'Chủ tịch UBND tỉnh Nghệ An',
      from: '2011-05-01',
      to: '2016-01',
      source: SRC,
      unconfirmed: 'no page gives the end',
    },
    { title: 'Trưởng ban', from: '2025-03-01', to: null, checked: '2025-06-30', source: SRC },
  ],
};
const at = (day: string) => positionsOn(person, day).map((h) => [h.title, h.certain]);

describe('a start known only as a bound', () => {
  it('passes the bound on to what the card shows, and places nothing before it', () => {
    const p = {
      title: 'Phó Bí thư Tỉnh ủy Đắk Nông',
      from: '2020-10-14',
      fromBy: true as const,
      to: '2021-05-07',
      source: SRC,
      unconfirmed: 'the earliest dated page read names him so on 2020-10-14',
    };
    expect(heldOn(p, '2020-12-01', '2026-12-04')).toMatchObject({ from: '2020-10-14', fromBy: true, certain: false });
    expect(heldOn(p, '2019-01-01', '2026-12-04')).toBeNull();
    expect(heldOn({ ...p, fromBy: undefined }, '2020-12-01', '2026-12-04')).not.toHaveProperty('fromBy');
  });
});

describe('positions held on a day', () => {
  it('is certain only inside exact known dates', () => {
    expect(at('2022-06-01')).toEqual([['Bộ trưởng Bộ Tài chính', true]]);
    expect(at('2021-04-07')).toEqual([]);
    expect(at('2024-11-12')).toContainEqual(['Bộ trưởng Bộ Tài chính', true]);
    expect(at('2024-11-13').map(([t]) => t)).not.toContain('Bộ trưởng Bộ Tài chính');
  });

  it('never shows an unknown end as current, and says it is not known', () => {
    const h = heldOn(person.positions[3], '2026-01-01', '2026-12-04');
    expect(h).toMatchObject({ certain: false, doubts: [{ reason: 'end-unknown' }] });
    expect(currentPositions(person).current.map((p) => p.title)).not.toContain('Phó Thủ tướng Chính phủ');
    expect(currentPositions(person).endUnknown.map((p) => p.title)).toEqual(['Phó Thủ tướng Chính phủ']);
  });

  it('carries an unknown end one five-year term past the start at most (Nguyễn Xuân Phúc left every post in 2023)', () => {
    const p = { title: 'Ủy viên Ban Thường vụ Quân ủy Trung ương', from: '2016-04-29', source: SRC };
    expect(heldOn(p, '2021-04-29', 'x')).toMatchObject({ certain: false, doubts: [{ reason: 'end-unknown' }] });
    expect(heldOn(p, '2021-04-30', 'x')).toBeNull();
    expect(heldOn(p, '2024-06-01', 'x')).toBeNull();
    // A bound on the start is evidence on that day: the term runs from it.
    expect(heldOn({ ...p, from: '2020-10', fromBy: true }, '2025-10-31', 'x')).not.toBeNull();
  });

  it("bounds no other country's office so: its terms are not ours (r325: Modi, in office since 2014)", () => {
    const pm = { title: 'Thủ tướng Ấn Độ', from: '2014-05-26', source: SRC };
    const modi: OfficialRecord = { id: 'narendra-modi', name: 'Narendra Modi', country: 'IN', positions: [pm] };
    expect(positionsOn(modi, '2024-07-31')).toMatchObject([{ title: 'Thủ tướng Ấn Độ', certain: false }]);
    expect(positionsOn({ ...modi, country: undefined }, '2024-07-31')).toEqual([]);
  });

  it('is uncertain inside a month- or year-only date, certain outside it', () => {
    expect(heldOn(person.positions[2], '2016-02-10', 'x')?.doubts).toEqual([
      { reason: 'start-partial', date: '2016-02' },
    ]);
    expect(heldOn(person.positions[2], '2016-03-01', 'x')?.certain).toBe(true);
    expect(heldOn(person.positions[2], '2016-01-31', 'x')).toBeNull();
  });

  it('holds "still held" only up to the day it was checked', () => {
    expect(heldOn(person.positions[1], '2026-06-01', '2026-12-04')?.certain).toBe(true);
    expect(heldOn(person.positions[1], '2027-01-01', '2026-12-04')?.doubts).toEqual([
      { reason: 'not-checked-since', date: '2026-12-04' },
    ]);
    // A position checked on its own date, earlier than the file's.
    expect(heldOn(person.positions[5], '2025-12-01', '2026-12-04')?.doubts).toEqual([
      { reason: 'not-checked-since', date: '2025-06-30' },
    ]);
  });

  it('keeps an unconfirmed fact uncertain, with the reason', () => {
    const h = heldOn(person.positions[4], '2013-01-01', 'x');
    expect(h).toMatchObject({ certain: false, doubts: [{ reason: 'unconfirmed', why: 'no page gives the end' }] });
  });

  it('lists current positions as of their check date', () => {
    const { current } = currentPositions(person);
    expect(current.map((p) => [p.title, p.checked])).toEqual([
      ['Ủy viên Bộ Chính trị', '2026-12-04'],
      ['Trưởng ban', '2025-06-30'],
    ]);
  });

  it('knows the last day of a partial date', () => {
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2023-02')).toBe('2023-02-28');
    expect(lastDay('2025')).toBe('2025-12-31');
  });

  it('lists the last positions ended before a day, the latest end first, with their doubts', () => {
    // On 2021-03-01 the data places him in none (a former official's card): his last three before it.
    expect(at('2021-03-01')).toEqual([]);
    const before = positionsBefore(person, '2021-03-01');
    expect(before.map((h) => [h.title, h.to, h.certain])).toEqual([
      ['Bí thư Tỉnh ủy Nghệ An', '2020-10-15', false],
      ['Chủ tịch UBND tỉnh Nghệ An', '2016-01', false],
    ]);
    expect(before[0].doubts).toEqual([{ reason: 'start-partial', date: '2016-02' }]);
    expect(before[1].doubts.map((d) => d.reason)).toEqual(['end-partial', 'unconfirmed']);
    // None ends before the first start; an end not known or still held is never "before".
    expect(positionsBefore(person, '2011-01-01')).toEqual([]);
    expect(positionsBefore(person, '2026-12-01').map((h) => h.title)).toEqual([
      'Bộ trưởng Bộ Tài chính',
      'Bí thư Tỉnh ủy Nghệ An',
      'Chủ tịch UBND tỉnh Nghệ An',
    ]);
  });
});
