import { describe, expect, it } from 'vitest';
import { documentSlug } from './document-ids';
import { currentEntityId } from './legacy-ids';
import { describeEntity, findEntities } from './index';

/** The resolution ids the engine gives the document references of `text`. */
const idsIn = (text: string) => findEntities(text).flatMap((s) => (s.kind === 'resolution' ? [s.id] : []));

describe('one id for a Party resolution, however it is worded', () => {
  it.each([
    [
      'a plenum: short, with "Hội nghị", in full words',
      'Quán triệt Nghị quyết Trung ương 4 khóa XII, Nghị quyết Hội nghị Trung ương 4 khóa XII và Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII.',
      ['resolution:nghi-quyet-trung-uong-4-khoa-xii'],
    ],
    [
      'a plenum numbered after "lần thứ", or by a word past ten',
      'Thực hiện Nghị quyết Hội nghị Trung ương lần thứ 8 khóa XIII và Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XIII.',
      ['resolution:nghi-quyet-trung-uong-8-khoa-xiii'],
    ],
    [
      'a plenum whose term is in Arabic numerals',
      'Tiếp tục thực hiện Nghị quyết Trung ương 5 khóa 8 và Nghị quyết Trung ương 5 khóa VIII.',
      ['resolution:nghi-quyet-trung-uong-5-khoa-viii'],
    ],
    [
      'a decision with its year in words or after a slash',
      'Thực hiện Nghị quyết 05 năm 1987 và Nghị quyết số 05/1987.',
      ['resolution:nghi-quyet-05/1987'],
    ],
    [
      'a congress by Roman numeral, by "lần thứ", by digits',
      'Thực hiện Nghị quyết Đại hội XII, Nghị quyết Đại hội lần thứ XII và Nghị quyết Đại hội 12.',
      ['resolution:nghi-quyet-dai-hoi-xii'],
    ],
    [
      'the national congress, named as such or by "của Đảng" after it',
      'Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII, Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII và Nghị quyết Đại hội XIII của Đảng.',
      ['resolution:nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii'],
    ],
  ])('%s', (_, text, ids) => {
    expect([...new Set(idsIn(text))]).toEqual(ids);
  });

  it('gives a plenum its term after a comma, and a session the term the article gives it once', () => {
    expect(idsIn('Quán triệt Nghị quyết Trung ương 6, khóa XII và Nghị quyết Trung ương 6 khóa XIII.')).toEqual([
      'resolution:nghi-quyet-trung-uong-6-khoa-xii',
      'resolution:nghi-quyet-trung-uong-6-khoa-xiii',
    ]);
    expect(
      idsIn('Quốc hội thông qua Nghị quyết Kỳ họp thứ 10, Quốc hội khóa XV. Nghị quyết Kỳ họp thứ 10 nêu rõ.'),
    ).toEqual(Array(2).fill('resolution:nghi-quyet-ky-hop-thu-10-khoa-xv'));
    expect(idsIn('Nghị quyết Kỳ họp thứ 10 nêu rõ.')).toEqual(['resolution:nghi-quyet-ky-hop-thu-10']);
  });

  it("gives a bare congress the national one's id where the article names it so", () => {
    expect(idsIn('Quán triệt Nghị quyết Đại hội XIV của Đảng. Nghị quyết Đại hội XIV đã chỉ rõ nhiệm vụ.')).toEqual(
      Array(2).fill('resolution:nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiv'),
    );
  });

  it('gives an amending law one id with or without "của" before the law it amends', () => {
    expect(
      new Set(
        idsIn(
          'Dự án Luật sửa đổi, bổ sung một số điều của Luật Đất đai và Luật sửa đổi, bổ sung một số điều Luật Đất đai.',
        ),
      ),
    ).toEqual(new Set(['resolution:luat-sua-doi-bo-sung-mot-so-dieu-luat-dat-dai']));
    expect(currentEntityId('resolution:luat-sua-doi-bo-sung-mot-so-dieu-cua-luat-dat-dai')).toBe(
      'resolution:luat-sua-doi-bo-sung-mot-so-dieu-luat-dat-dai',
    );
  });

  it('keeps apart what may be another document', () => {
    // A plenum without its term; a bare congress (a province's fourteenth may be meant) in an
    // article that names no national one; a province's congress; "của Đảng bộ", not the Party.
    expect(
      idsIn(
        'Nghị quyết Trung ương 4, Nghị quyết Trung ương 4 khóa XI, Nghị quyết Đại hội XIV, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV và Nghị quyết Đại hội XX của Đảng bộ tỉnh.',
      ),
    ).toEqual([
      'resolution:nghi-quyet-trung-uong-4',
      'resolution:nghi-quyet-trung-uong-4-khoa-xi',
      'resolution:nghi-quyet-dai-hoi-xiv',
      'resolution:nghi-quyet-dai-hoi-dang-bo-tinh-lan-thu-xiv',
      'resolution:nghi-quyet-dai-hoi-xx',
    ]);
    // The national congress of another number leaves a bare one alone.
    expect(idsIn('Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội XIV.')).toEqual([
      'resolution:nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii',
      'resolution:nghi-quyet-dai-hoi-xiv',
    ]);
  });

  it('leaves every other slug as it is', () => {
    for (const slug of [
      'nghi-quyet-so-57-nq/tw',
      'nghi-quyet-dai-hoi-dang-bo-phuong-phu-my-nhiem-ky-2020-2025',
      'nghi-quyet-dai-hoi-dai-bieu-dang-bo-tinh-lan-thu-i',
      'nghi-quyet-trung-uong',
      'luat-dat-dai-2024',
    ])
      expect(documentSlug(slug)).toBe(slug);
  });

  it('brings ids saved by earlier versions to the same form (legacy-ids.ts)', () => {
    expect(currentEntityId('resolution:nghi-quyet-hoi-nghi-lan-thu-nam-ban-chap-hanh-trung-uong-dang-khoa-xiii')).toBe(
      'resolution:nghi-quyet-trung-uong-5-khoa-xiii',
    );
    expect(currentEntityId('resolution:nghi-quyet-dai-hoi-lan-thu-xiv')).toBe('resolution:nghi-quyet-dai-hoi-xiv');
    expect(currentEntityId('resolution:nghi-quyet-so-57-nq/tw')).toBe('resolution:nghi-quyet-so-57-nq/tw');
  });
});

describe("a document's type by its number", () => {
  it("reads \"TT\" as Thông tri in a Party's or the Front's number and as Thông tư in a ministry's", () => {
    const type = (t: string) => describeEntity(findEntities(t).find((s) => s.kind === 'resolution')!).docType;
    expect([type('Theo 13-TT/TW'), type('Theo số 38/TT-MTTW-BTT'), type('Theo 99/2025/TT-BTC')]).toEqual([
      'Thông tri',
      'Thông tri',
      'Thông tư',
    ]);
  });
});
