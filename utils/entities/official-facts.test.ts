/**
 * A position whose end the data does not know, in an organ of a province that merged in 2025,
 * is never shown as perhaps held after the province's last day.
 */
import { describe, expect, it } from 'vitest';
import { boundUnknownEnds, officialFacts } from './official-facts';
import { cardRecords } from './records';
import { positionsOn } from '../facts/held';
import type { OfficialRecord, Position } from './types';

const SRC = 'https://example.vn/nguon';
/** A made-up person with these positions (each with SRC as its source). */
const person = (id: string, positions: Omit<Position, 'source'>[]): OfficialRecord => ({
  id,
  name: id,
  checked: '2026-12-04',
  positions: positions.map((p) => ({ ...p, source: SRC })),
});
const record = (): OfficialRecord => ({
  id: 'tran-van-b',
  name: 'Trần Văn B',
  checked: '2026-12-04',
  positions: [
    { title: 'Chủ tịch UBND tỉnh Hậu Giang', org: 'UBND tỉnh Hậu Giang', from: '2020-11-10', source: SRC },
    { title: 'Phó Bí thư Tỉnh uỷ Hậu Giang', from: '2021-01-05', source: SRC },
    { title: 'Bí thư Tỉnh ủy Quảng Ninh', org: 'Tỉnh ủy Quảng Ninh', from: '2025-12-01', source: SRC },
    { title: 'Giám đốc Sở Tài chính tỉnh Hà Nam', from: '2015-01-01', to: '2019-01-01', source: SRC },
  ],
});

describe('positions in a merged province', () => {
  const [b] = boundUnknownEnds([record()], cardRecords().localities);
  const titles = (day: string) => positionsOn(b, day).map((h) => [h.title, h.certain]);

  it('ends an unknown end at the province’s last day, whatever the tone marks', () => {
    expect(b.positions.map((p) => p.endBy)).toEqual(['2025-06-30', '2025-06-30', undefined, undefined]);
    expect(titles('2025-03-01')).toEqual([
      ['Phó Bí thư Tỉnh uỷ Hậu Giang', false],
      ['Chủ tịch UBND tỉnh Hậu Giang', false],
    ]);
    // After the merger only the province that remains.
    expect(titles('2026-01-28')).toEqual([['Bí thư Tỉnh ủy Quảng Ninh', false]]);
  });

  it('ends an unknown end in a province the person left: their last office there that ran beside it ended', () => {
    const rec = person('do-van-e', [
      { title: 'Phó Bí thư Tỉnh ủy Hải Dương', from: '2018-01-01', to: '2020-10-26' },
      { title: 'Bí thư Tỉnh ủy Hải Dương', from: '2020-10-26', to: '2022-10-03' },
      { title: 'Chủ tịch HĐND tỉnh Hải Dương', from: '2021-03-23' },
    ]);
    const [e] = boundUnknownEnds([rec], cardRecords().localities);
    expect(e.positions.map((p) => p.endBy)).toEqual([undefined, undefined, '2022-10-03']);
    // Not an office that began the day another ended there: the secretary after the deputy.
    const [f] = boundUnknownEnds(
      [{ ...rec, positions: rec.positions.slice(0, 2).map((p, k) => (k === 1 ? { ...p, to: undefined } : p)) }],
      cardRecords().localities,
    );
    expect(f.positions.map((p) => p.endBy)).toEqual([undefined, '2025-06-30']); // (its province's merger alone)
    // The real data: Phạm Xuân Thăng's council chair is not shown in 2023.
    const thang = officialFacts().find((o) => o.id === 'pham-xuan-thang')!;
    expect(positionsOn(thang, '2023-01-21').map((h) => h.title)).not.toContain('Chủ tịch HĐND tỉnh Hải Dương');
  });

  it('ends an unknown end in one province when the person takes an office in another', () => {
    const rec = person('pham-van-d', [
      { title: 'Phó Chủ tịch UBND tỉnh Đắk Lắk', org: 'UBND tỉnh Đắk Lắk', from: '2008-11-12' },
      { title: 'Phó Bí thư Tỉnh ủy Đắk Lắk', org: 'Tỉnh ủy Đắk Lắk', from: '2010-10-03' },
      { title: 'Bí thư Tỉnh ủy Bắc Giang', from: '2012-06-04', to: '2015-02-28' },
      { title: 'Ủy viên Ban Chấp hành Trung ương Đảng', from: '2016-01-27' },
    ]);
    const [d] = boundUnknownEnds([rec], cardRecords().localities);
    // (A membership of no province is left open.)
    expect(d.positions.map((p) => p.endBy)).toEqual(['2012-06-04', '2012-06-04', undefined, undefined]);
    // The real data: Trần Sỹ Thanh's Đắk Lắk posts of 2008-2010 are not shown in 2022.
    const thanh = officialFacts().find((o) => o.id === 'tran-sy-thanh')!;
    expect(positionsOn(thanh, '2011-06-01').map((h) => h.title)).toContain('Phó Bí thư Tỉnh ủy Đắk Lắk');
    expect(positionsOn(thanh, '2022-07-15').map((h) => h.title)).not.toContain('Phó Bí thư Tỉnh ủy Đắk Lắk');
  });

  it('ends a central organ’s head with no end when the person takes a province’s head, not a membership', () => {
    const rec = person('y-van-f', [
      { title: 'Chủ tịch Hội đồng Dân tộc của Quốc hội', org: 'Quốc hội', from: '2021-07-21' },
      { title: 'Ủy viên Ban Chấp hành Trung ương Đảng', from: '2021-01-31' },
      { title: 'Bí thư Tỉnh ủy Lâm Đồng', org: 'Tỉnh ủy Lâm Đồng', from: '2025-07-01' },
    ]);
    const [f] = boundUnknownEnds([rec], cardRecords().localities);
    expect(f.positions.map((p) => p.endBy)).toEqual(['2025-07-01', undefined, undefined]);
    // The real data (round 154): not shown as the Council's chair on 2025-10-10.
    const ha = officialFacts().find((o) => o.id === 'y-thanh-ha-nie-kdam')!;
    expect(positionsOn(ha, '2025-10-10').map((h) => h.title)).not.toContain('Chủ tịch Hội đồng Dân tộc của Quốc hội');
    expect(positionsOn(ha, '2023-10-10').map((h) => h.title)).toContain('Chủ tịch Hội đồng Dân tộc của Quốc hội');
  });

  it('ends a central deputy head with no end when the person becomes a province’s Party deputy secretary (r338)', () => {
    const tram = officialFacts().find((o) => o.id === 'nguyen-hai-tram')!;
    const titles = (day: string) => positionsOn(tram, day).map((h) => h.title);
    expect(titles('2024-10-01')).toContain('Phó Viện trưởng Viện kiểm sát nhân dân tối cao');
    expect(titles('2025-10-01')).toEqual(['Phó Bí thư Thường trực Tỉnh ủy Đồng Tháp']);
  });

  it('is what the card and the who command read: the real data of a Trà Vinh chairman', () => {
    const han = officialFacts().find((o) => o.id === 'le-van-han')!;
    expect(positionsOn(han, '2025-03-01').map((h) => h.title)).toContain('Chủ tịch UBND tỉnh Trà Vinh');
    expect(positionsOn(han, '2026-01-28').map((h) => h.title)).not.toContain('Chủ tịch UBND tỉnh Trà Vinh');
  });

  it('ends an unknown end in an organ that ended at the organ’s last day, not in a new one named after it', () => {
    const rec = person('le-van-c', [
      { title: 'Phó Trưởng Ban Kinh tế Trung ương', org: 'Ban Kinh tế Trung ương', from: '2024-10-26' },
      { title: 'Phó Chủ nhiệm Ủy ban Kinh tế và Tài chính', org: 'Quốc hội', from: '2025-02-18' },
    ]);
    const [c] = boundUnknownEnds([rec], cardRecords().localities, cardRecords().bodies);
    expect(c.positions.map((p) => p.endBy)).toEqual(['2025-02-03', undefined]);
    // The real data: Thái Thanh Quý's deputy headship is not shown after the board merged.
    const quy = officialFacts().find((o) => o.id === 'thai-thanh-quy')!;
    expect(positionsOn(quy, '2025-01-10').map((h) => h.title)).toContain('Phó Trưởng Ban Kinh tế Trung ương');
    expect(positionsOn(quy, '2025-10-02').map((h) => h.title)).not.toContain('Phó Trưởng Ban Kinh tế Trung ương');
  });
});
