/**
 * What the text's office, or its lack, tells the card of a person the data knows: an aide's office
 * names the one aided; no office at all says the facts may be another's only with a word for it.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, findEntities } from '../entities/index';
import { findOfficial } from '../entities/official-facts';
import { cardData } from './card-data';
import { maybeNamesake } from './namesake';

const official = (text: string) => findEntities(text).find((s) => s.kind === 'official')!;

describe("an aide's office", () => {
  it('names the organs of the one aided: it agrees only with a person the data lists as an aide', () => {
    // r303: the Prime Minister's aide Nguyễn Văn Thắng, made a deputy head of the Government Office,
    // was shown as the Finance Minister of that name.
    const text =
      'Ông Nguyễn Văn Thắng, Trợ lý Ủy viên Bộ Chính trị, Thủ tướng, giữ chức Phó Chủ nhiệm Văn phòng Chính phủ.';
    const span = official(text);
    expect(span.roleBodies).toEqual(['body:bo-chinh-tri']);
    const minister = findOfficial({ ...span, id: 'official:nguyen-van-thang' })!;
    const aide = findOfficial({ ...span, id: 'official:nguyen-van-thang-tro-ly' })!;
    expect(maybeNamesake(span.roleBodies, minister.positions, { role: span.role })).toBe(true);
    expect(maybeNamesake(span.roleBodies, aide.positions, { role: span.role })).toBe(false);
    expect(
      createEngine()
        .find(text, '2026-01-11')
        .find((s) => s.kind === 'official')?.id,
    ).toBe('official:nguyen-van-thang-tro-ly');
  });
});

describe('a person the data knows, named with no office in the article', () => {
  const card = (text: string) => cardData(official(text), '2024-09-10', { index: 0, count: 1 });
  it('says the facts are the data’s person’s, who may be another of that name; not when the text gives an office', () => {
    expect(card('Anh Nguyễn Văn Hùng, một người dân ở xã Tân Hòa, cho biết nước lũ lên rất nhanh.').noRoleInText).toBe(
      true,
    );
    expect(card('Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng thăm tỉnh.').noRoleInText).toBeUndefined();
    // One mention with the office is enough: the others are read with it.
    const spans = createEngine().find(
      'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng thăm tỉnh. Ông Nguyễn Văn Hùng cho biết thêm.',
      '2024-09-10',
    );
    const last = spans.filter((s) => s.kind === 'official').at(-1)!;
    expect(cardData(last, '2024-09-10', { index: 1, count: 2 }).noRoleInText).toBeUndefined();
  });

  it('says so only when the text calls the person something that is no office', () => {
    // Trần Văn Sơn: one person in the data. No office read is no word either way: the engine does not
    // read every office ("Tổng Biên tập" is none of its titles; blind rounds 301, 304 and 305 found 36 cards so).
    expect(card('Ông Trần Văn Sơn cho biết tiến độ đã đạt yêu cầu.').noRoleInText).toBeUndefined();
    expect(card('Dự có các đồng chí: Trần Văn Sơn - Tổng Biên tập Báo Nhân dân; ...').noRoleInText).toBeUndefined();
    // An occupation before the name or in apposition after it, or where the person lives.
    expect(card('Nông dân Trần Văn Sơn cho biết vụ lúa năm nay được mùa.').noRoleInText).toBe(true);
    expect(card('Em Trần Văn Sơn, học sinh lớp 9, đạt giải nhất.').noRoleInText).toBe(true);
    expect(card('Ông Trần Văn Sơn (45 tuổi, trú tại xã Tân Hòa) bị thương nhẹ.').noRoleInText).toBe(true);
    // Every mention of that person, not only the one so introduced.
    const spans = createEngine().find(
      'Anh Trần Văn Sơn, một người dân ở xã Tân Hòa, kể lại. Anh Trần Văn Sơn nói thêm.',
      '2024-09-10',
    );
    const mentions = spans.filter((s) => s.kind === 'official');
    expect(mentions).toHaveLength(2);
    for (const [i, s] of mentions.entries())
      expect(cardData(s, '2024-09-10', { index: i, count: 2 }).noRoleInText).toBe(true);
    // A name the data gives two people, with no office read: the namesakes' warning says it, not this
    // note, which would be false where the office went unread (r320: "... giữ chức Bộ trưởng Tài chính").
    const two = card('Ông Minh thay ông Nguyễn Văn Thắng - người vừa được phê chuẩn giữ chức Bộ trưởng Tài chính.');
    expect(two.noRoleInText).toBeUndefined();
    expect(two.namesakes?.length).toBeGreaterThan(0);
  });
});

describe('a person the data knows, named with a post in a company', () => {
  const cards = (text: string, date = '2024-07-22') =>
    createEngine()
      .find(text, date)
      .filter((s) => s.kind === 'official')
      .map((s, i, all) => cardData(s, date, { index: i, count: all.length }));
  it('warns when the data’s person never held such a post, on every mention', () => {
    // Trịnh Văn Quyết: the data's general. A company's chairman of the name is another person (r340).
    const [first, again] = cards(
      'Tòa tuyên án cựu Chủ tịch Tập đoàn Hưng Phát Trịnh Văn Quyết. Trịnh Văn Quyết xin giảm nhẹ.',
    );
    expect(first.unlistedRole).toBe('cựu Chủ tịch Tập đoàn Hưng Phát');
    expect(again.unlistedRole).toBe('cựu Chủ tịch Tập đoàn Hưng Phát');
    // An employer named by an acronym the data does not know; in apposition after the name.
    expect(cards('Ông Trịnh Văn Quyết (nguyên tổng giám đốc HPG) có mặt.')[0].unlistedRole).toBe(
      'nguyên tổng giám đốc HPG',
    );
    expect(cards('Ông Trịnh Văn Quyết - cựu chủ tịch HPG - phát biểu.')[0].unlistedRole).toBe('cựu chủ tịch HPG');
    expect(cards('Trịnh Văn Quyết thăm đơn vị.')[0].unlistedRole).toBeUndefined();
  });
  it('does not when the data has the person in a company, or the title under an acronym', () => {
    // Đặng Hoàng An chairs the state electricity group in the data.
    expect(cards('Chủ tịch HĐTV EVN Đặng Hoàng An cho biết.', '2024-03-01')[0].unlistedRole).toBeUndefined();
    // Phạm Tấn Công chaired VCCI, an association the data names in full only.
    expect(cards('Ông Phạm Tấn Công, nguyên Chủ tịch VCCI, phát biểu.', '2025-12-01')[0].unlistedRole).toBeUndefined();
  });
});

describe('a province the data’s person never served in, beside a shared Central Committee seat', () => {
  const card = (text: string) => cardData(official(text), '2022-04-26', { index: 0, count: 1 });
  it('is another person when only the seat agrees (r366), the same when an office agrees', () => {
    // Nguyễn Mạnh Hùng: the data's minister, never in Bình Thuận; a seat hundreds share tells no one apart.
    const other = card(
      'Ông Nguyễn Mạnh Hùng, nguyên Ủy viên Trung ương Đảng, nguyên Bí thư Tỉnh ủy Bình Thuận, chịu trách nhiệm.',
    );
    expect(other.otherPerson).toContain('Bộ trưởng Bộ Thông tin và Truyền thông');
    // The minister's own office beside it: the same person, an office the data lacks.
    const same = card(
      'Bộ trưởng Bộ Thông tin và Truyền thông, nguyên Bí thư Tỉnh ủy Bình Thuận Nguyễn Mạnh Hùng phát biểu.',
    );
    expect(same.unlistedRole).toBeUndefined();
    expect(same.otherPerson).toBeUndefined();
  });
});
