import { describe, expect, it } from 'vitest';
import { createEngine } from './index';
import { cardData } from '../facts/card-data';
import { namesakeGroups } from './pack';
import { officialRecords } from './gazetteer-data';
import type { EntitySpan } from './types';

// The data holds three men named Nguyễn Thanh Bình: An Giang's chairman of 2019–2024, the Thái
// Nguyên, then Ninh Bình official (officials/provinces.json), and the deputy head of the Ban Tổ chức
// Trung ương from 2025-08-04 (officials/government.json, first in the data's order).
const AN_GIANG = 'official:nguyen-thanh-binh-an-giang';
const NINH_BINH = 'official:nguyen-thanh-binh';
const BTCTW = 'official:nguyen-thanh-binh-btctw';
const engine = createEngine();
const binh = (spans: EntitySpan[]) => spans.filter((s) => s.kind === 'official' && s.text === 'Nguyễn Thanh Bình');

describe('people of one name', () => {
  it('packs each name the data gives two people as one group, in the data’s order', () => {
    const group = namesakeGroups(officialRecords()).find((g) => g.some((r) => `official:${r.id}` === AN_GIANG));
    expect(group?.map((r) => `official:${r.id}`)).toEqual([BTCTW, NINH_BINH, AN_GIANG]);
  });

  it('takes the one whose offices the article’s office agrees with, whatever the date', () => {
    for (const [day, text, id] of [
      ['2021-05-01', 'Ông Nguyễn Thanh Bình, Chủ tịch UBND tỉnh An Giang, phát biểu tại hội nghị.', AN_GIANG],
      // Years after he left: the office the text calls former still tells him apart.
      ['2026-05-01', 'Cựu Chủ tịch UBND tỉnh An Giang Nguyễn Thanh Bình hầu tòa.', AN_GIANG],
      ['2026-05-01', 'Chủ tịch UBND tỉnh Ninh Bình Nguyễn Thanh Bình phát biểu.', NINH_BINH],
      ['2026-02-28', 'Phó Trưởng Ban Tổ chức Trung ương Nguyễn Thanh Bình công bố quyết định.', BTCTW],
      // No date: the office alone.
      [undefined, 'Chủ tịch UBND tỉnh An Giang Nguyễn Thanh Bình phát biểu.', AN_GIANG],
    ] as const) {
      const found = binh(engine.find(text, day));
      expect(
        found.map((s) => s.id),
        text,
      ).toEqual([id]);
      // Settled by the text: no other person to name on the card.
      expect(found[0].namesakes, text).toBeUndefined();
    }
  });

  it('goes by the article’s date when the text gives no office, and names the other on the card', () => {
    const text = 'Ông Nguyễn Thanh Bình phát biểu tại hội nghị.';
    const y2022 = binh(engine.find(text, '2022-05-01'));
    expect(y2022.map((s) => s.id)).toEqual([AN_GIANG]);
    expect(y2022[0].namesakes).toEqual([BTCTW, NINH_BINH]);
    // Both in office that day (An Giang's chairman, Thái Nguyên's vice-chairman from July 2022): the
    // first in the data, the others named.
    const both = binh(engine.find(text, '2022-12-12'));
    expect([both[0].id, both[0].namesakes]).toEqual([NINH_BINH, [BTCTW, AN_GIANG]]);
    // The Ninh Bình chairman and the Ban Tổ chức deputy both in office: the first in the data.
    const y2026 = binh(engine.find(text, '2026-05-01'));
    expect(y2026.map((s) => s.id)).toEqual([BTCTW]);
    expect(y2026[0].namesakes).toEqual([NINH_BINH, AN_GIANG]);
    const card = cardData(y2026[0], '2026-05-01', { index: 0, count: 1 });
    expect(card.namesakes).toEqual(['Chủ tịch UBND tỉnh Ninh Bình, 2026–', 'Chủ tịch UBND tỉnh An Giang, 2019–2024']);
    expect(card.atDate?.map((h) => h.title)).toContain('Phó Trưởng Ban Tổ chức Trung ương');
  });

  it('gives every mention of the name in one article the same person, the office in a later piece deciding', () => {
    const filler = 'Hội nghị đã thảo luận nhiều nội dung quan trọng về phát triển kinh tế - xã hội. '.repeat(12);
    const text = `Ông Nguyễn Thanh Bình phát biểu khai mạc. ${filler}\n\nÔng Nguyễn Thanh Bình, Chủ tịch UBND tỉnh An Giang, kết luận hội nghị.`;
    const reader = engine.read(text, 200, 1, '2026-05-01');
    const all: EntitySpan[] = [];
    for (let spans = reader.next(); spans; spans = reader.next()) all.push(...spans);
    expect(reader.pieces).toBeGreaterThan(1);
    const found = binh(all);
    expect(found).toHaveLength(2);
    expect(found.map((s) => s.id)).toEqual([AN_GIANG, AN_GIANG]);
    expect(found.every((s) => s.namesakes === undefined)).toBe(true);
    // The page's copy of the spans (the built-in list) agrees.
    expect(binh(reader.builtIn).map((s) => s.id)).toEqual([AN_GIANG, AN_GIANG]);
  });

  it('takes the only one whose offices the article names, when no office rules either out', () => {
    // "Chủ tịch nước" names no body to compare with the Youth Union secretary's offices, and he is
    // the one in office that day; the title is one of the former State President's.
    const text = 'Tham dự có nguyên Chủ tịch nước Nguyễn Minh Triết, nguyên Chủ tịch Quốc hội Nguyễn Thị Kim Ngân.';
    const [triet] = engine.find(text, '2025-10-10').filter((s) => s.text === 'Nguyễn Minh Triết');
    expect([triet.id, triet.namesakes]).toEqual(['official:nguyen-minh-triet', undefined]);
    const [secretary] = engine
      .find('Bí thư Trung ương Đoàn Nguyễn Minh Triết phát biểu.', '2025-10-10')
      .filter((s) => s.text === 'Nguyễn Minh Triết');
    expect([secretary.id, secretary.namesakes]).toEqual(['official:nguyen-minh-triet-doan', undefined]);
    // The same title over a list after a colon, past a comma and its "nguyên" (r257).
    const listed = engine
      .find(
        'Dự có các đồng chí nguyên Ủy viên Bộ Chính trị, nguyên Chủ tịch nước: Nguyễn Minh Triết, Trương Tấn Sang.',
        '2025-04-30',
      )
      .filter((s) => s.text === 'Nguyễn Minh Triết');
    expect(listed.map((s) => s.id)).toEqual(['official:nguyen-minh-triet']);
    // A minister's bare title rules out the namesake who never held one (Tây Ninh's Nguyễn Mạnh Hùng).
    const [minister] = engine
      .find('Bộ trưởng Nguyễn Mạnh Hùng, SN 1962, quê ở Bắc Ninh, là kỹ sư viễn thông.', '2025-02-18')
      .filter((s) => s.kind === 'official');
    expect([minister.id, minister.namesakes]).toEqual(['official:nguyen-manh-hung', undefined]);
  });

  it('tells the army from the police: a district police deputy is not the data’s provincial commander', () => {
    const hung = (text: string) => engine.find(text, '2025-10-01').filter((s) => s.text === 'Nguyễn Văn Hùng')[0];
    const commander = hung('Đại tá Nguyễn Văn Hùng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Cà Mau, phát biểu.');
    expect([commander.id, commander.namesakes]).toEqual(['official:nguyen-van-hung-ca-mau', undefined]);
    const police = hung('Tại buổi lễ, Trung tá Nguyễn Văn Hùng, Phó trưởng Công an huyện, trao quà.');
    // Neither fits: not settled, the card names the other.
    expect(police.namesakes?.length).toBe(1);
  });

  it('is not settled by a kind of local organ alone, which anyone who held a province’s office fits', () => {
    const [hung] = engine
      .find('Các phó bí thư Tỉnh ủy gồm các ông: Lê Văn Toàn, Nguyễn Mạnh Hùng.', '2025-10-03')
      .filter((s) => s.text === 'Nguyễn Mạnh Hùng');
    // (r260: he was a third man of the name; the card names the others instead of choosing silently.
    // The data now holds three of the name: the minister, the Tây Ninh official and the Academy's
    // deputy director, so the card names two others.)
    expect(hung.namesakes?.length).toBe(2);
  });

  it('takes one who had held an office by the article’s day before one whose offices all came later', () => {
    // Neither Nguyễn Minh Triết was in office in April 2017; the youth leader first the data lists
    // took his first office in 2021, the former President had left his in 2011 (r261).
    const triet = (day: string) =>
      engine.find('Ông Nguyễn Minh Triết gửi lẵng hoa chúc mừng.', day).filter((s) => s.kind === 'official')[0];
    const y2017 = triet('2017-04-07');
    expect([y2017.id, y2017.namesakes]).toEqual(['official:nguyen-minh-triet', ['official:nguyen-minh-triet-doan']]);
    // In office that day still comes first.
    expect(triet('2024-03-01').id).toBe('official:nguyen-minh-triet-doan');
  });

  it('takes, of several in office, one holding the office the text gives by its title', () => {
    // A province's chairman, the place unsaid, in January 2024: An Giang's chairman, not Thái Nguyên's
    // vice-chairman, though both were in office (r361).
    const [b] = binh(
      engine.find(
        'Sai phạm của Nguyễn Thanh Bình, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, đã được xác định.',
        '2024-01-26',
      ),
    );
    expect(b.id).toBe(AN_GIANG);
  });

  it('leaves a name the data gives one person as it was', () => {
    const [lam] = engine.find('Tổng Bí thư Tô Lâm phát biểu.', '2025-05-01').filter((s) => s.kind === 'official');
    expect(lam.id).toBe('official:to-lam');
    expect(lam.namesakes).toBeUndefined();
  });
});
