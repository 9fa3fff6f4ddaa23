import { describe, expect, it } from 'vitest';
import { groupEntities } from '../page/summary';
import { findEntities } from './index';
import { entityKey } from './key';

const keyOf = (text: string, kind = 'body') => {
  const s = findEntities(text).find((x) => x.kind === kind);
  if (!s) throw new Error(`no ${kind} in ${text}`);
  return entityKey(s);
};

describe('entityKey', () => {
  it('gives an abbreviation and the name spelt out, and both level words, one key', () => {
    const spellings = [
      'UBND TP Hà Nội họp.',
      'Ủy ban nhân dân thành phố Hà Nội họp.',
      'UBND thành phố Hà Nội họp.',
      'Uỷ ban nhân dân TP. Hà Nội họp.',
      'Ủy ban nhân dân Thành phố Hà Nội họp.'.normalize('NFD'),
    ];
    expect(new Set(spellings.map((t) => keyOf(t)))).toEqual(new Set(['body:uy-ban-nhan-dan--ha-noi']));
    expect(keyOf('UBND tỉnh Thanh Hóa họp.')).toBe(keyOf('UBND tỉnh Thanh Hoá họp.'));
    // "Thủ đô" alone is Hà Nội; "TƯ", "T.Ư" are "Trung ương" in a unit's name.
    expect(keyOf('Lực lượng công an Thủ đô tuần tra.')).toBe(keyOf('Công an TP Hà Nội tuần tra.'));
    expect(
      new Set(['T.Ư', 'TƯ', 'Trung ương'].map((w) => keyOf(`Cờ của Hội đồng Thi đua - Khen thưởng ${w} và bộ.`))),
    ).toEqual(new Set(['body:hoi-dong-thi-dua-khen-thuong-trung-uong']));
  });

  it('gives a committee’s standing committee one key, with or without "Ban"; not so the military commission’s', () => {
    expect(keyOf('Thường vụ Tỉnh ủy Nghệ An họp.')).toBe(keyOf('Ban Thường vụ Tỉnh ủy Nghệ An họp.'));
    expect(keyOf('Thường vụ Quân ủy Trung ương họp.')).toBe('body:thuong-vu--quan-uy-trung-uong');
  });

  it('gives the Party agencies’ organisation one key with or without "Đảng" before its level', () => {
    expect(keyOf('Đảng ủy các cơ quan tỉnh Phú Thọ họp.')).toBe(keyOf('Đảng ủy các cơ quan Đảng tỉnh Phú Thọ họp.'));
  });

  it('gives a bare "Ban cán sự đảng" in a chain of titles the organ of the next title', () => {
    const chain = findEntities('Ông Hà Văn Tư, Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh Gia Lai, phát biểu.');
    expect(chain.find((s) => s.text === 'Ban cán sự đảng')?.id).toBe(keyOf('Ban cán sự đảng UBND tỉnh Gia Lai họp.'));
    expect(findEntities('Bà Lê Thị Nga, Ủy viên Ban cán sự đảng, Thứ trưởng Bộ Y tế.').map((s) => s.id)).toContain(
      'body:ban-can-su-dang--bo-y-te',
    );
  });

  it('gives a committee’s organ listed before another of it the committee the list names', () => {
    const ids = findEntities('Bà Y Nhi được chỉ định tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy Gia Lai.').map(
      (s) => s.id,
    );
    expect(ids).toEqual(['body:ban-chap-hanh--tinh-uy--gia-lai', 'body:ban-thuong-vu--tinh-uy--gia-lai']);
    // Nothing after it names one: bare, as written.
    expect(keyOf('Ban Chấp hành đã họp và thống nhất.')).toBe('body:ban-chap-hanh');
  });

  it('gives an organ listed before another of a foreign country that country', () => {
    expect(keyOf('Cán bộ Bộ Ngoại giao và Hoàng cung Nhật Bản đón đoàn.')).toBe('body:bo-ngoai-giao-nhat-ban');
    expect(keyOf('Bộ Ngoại giao và Đại sứ quán Việt Nam tại Nhật Bản phối hợp.')).toBe('body:bo-ngoai-giao');
    // A mission's place ends before its head's name.
    expect(keyOf('Trưởng Phái đoàn Đại diện Thường trực Việt Nam tại ASEAN Trần Thị Lan Hương dự.')).toBe(
      'body:phai-doan-dai-dien-thuong-truc-viet-nam-tai-asean',
    );
  });

  it('keeps terms, localities and levels apart', () => {
    expect(keyOf('Ban Chấp hành Trung ương Đảng khóa IX đã họp.')).not.toBe(
      keyOf('Ban Chấp hành Trung ương Đảng khóa XIII đã họp.'),
    );
    expect(keyOf('Quốc hội khóa XV họp.')).toBe(keyOf('Quốc hội khoá 15 họp.'));
    expect(keyOf('Quốc hội khóa XV họp.')).not.toBe(keyOf('Quốc hội họp.'));
    expect(keyOf('UBND tỉnh Nghệ An họp.')).not.toBe(keyOf('UBND tỉnh Hà Tĩnh họp.'));
    expect(keyOf('UBND xã Tân Lập họp.')).not.toBe(keyOf('UBND phường Tân Lập họp.'));
    expect(keyOf('Ban Chấp hành Trung ương Đảng khóa XII họp.')).toBe(keyOf('Trung ương Đảng khóa XII họp.'));
  });

  it('gives a person found by rule one key whatever the tone placement, case or composition', () => {
    const texts = [
      'Phó Chủ tịch UBND tỉnh Trần Văn Hòa phát biểu.',
      'Phó Chủ tịch UBND tỉnh Trần Văn Hoà phát biểu.',
      'Phó Chủ tịch UBND tỉnh Trần Văn Hòa phát biểu.'.normalize('NFD'),
    ];
    const spans = texts.flatMap((t) => findEntities(t).filter((s) => s.kind === 'official'));
    expect(spans).toHaveLength(3);
    expect(groupEntities(spans).map((g) => g.key)).toEqual(['official:trần văn hoà']);
    expect(keyOf('Phó Chủ tịch UBND tỉnh Trần Văn Hóa phát biểu.', 'official')).not.toBe('official:trần văn hoà');
  });
});
