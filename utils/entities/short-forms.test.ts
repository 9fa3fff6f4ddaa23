import { describe, expect, it } from 'vitest';
import { findEntities } from './index';

const bodies = (text: string) =>
  findEntities(text)
    .filter((s) => s.kind === 'body')
    .map((s) => `${s.text} = ${s.id}`);

describe('short forms an article defines in brackets (finders/short-forms.ts)', () => {
  it('reads a kind of body named in brackets after a full name as that body, later in the article', () => {
    const steering = 'body:ban-chi-dao-trung-uong-ve-phong-chong-tham-nhung';
    expect(
      bodies(
        'Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực (Ban Chỉ đạo) đã họp. Ban Chỉ đạo yêu cầu các cơ quan. Ban Chỉ đạo tỉnh họp.',
      ),
    ).toEqual([
      `Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực = ${steering}`,
      `Ban Chỉ đạo = ${steering}`,
      `Ban Chỉ đạo = ${steering}`,
      // A province's committee, named by its level: not the central one.
      'Ban Chỉ đạo = body:ban-chi-dao',
    ]);
    // Without the definition, the short form is any committee.
    expect(bodies('Ban Chỉ đạo yêu cầu các cơ quan.')).toEqual(['Ban Chỉ đạo = body:ban-chi-dao']);
  });

  it('takes no abbreviation of a name’s last words for the body: "Đoàn đại biểu Quốc hội (ĐBQH)" is the deputies’', () => {
    const found = bodies(
      'Đoàn đại biểu Quốc hội (ĐBQH) tỉnh Nghệ An tiếp xúc cử tri. ĐBQH Nguyễn Văn Lâm cho biết. Tổ ĐBQH đơn vị số 2 họp.',
    );
    expect(found).toEqual(['Đoàn đại biểu Quốc hội (ĐBQH) tỉnh Nghệ An = body:doan-dai-bieu-quoc-hoi--nghe-an']);
  });

  it('finds an abbreviation the data does not know, with its place when the defined body has it', () => {
    expect(
      bodies(
        'Ủy ban Bầu cử (UBBC) tỉnh Gia Lai đã họp. Sau đó, UBBC tỉnh Gia Lai công bố danh sách. UBBC cũng nhắc nhở. Ubbc không phải.',
      ),
    ).toEqual([
      'Ủy ban Bầu cử (UBBC) tỉnh Gia Lai = body:uy-ban-bau-cu--gia-lai',
      'UBBC tỉnh Gia Lai = body:uy-ban-bau-cu--gia-lai',
      'UBBC = body:uy-ban-bau-cu--gia-lai',
    ]);
    // Before the definition an abbreviation is nothing.
    expect(bodies('UBBC nhắc nhở. Ủy ban Bầu cử (UBBC) tỉnh Gia Lai đã họp.')).toEqual([
      'Ủy ban Bầu cử (UBBC) tỉnh Gia Lai = body:uy-ban-bau-cu--gia-lai',
    ]);
  });

  it('stands for the organ after a prefix ("Thường trực Ban Chỉ đạo ... (Ban Chỉ đạo)")', () => {
    const steering = 'body:ban-chi-dao-trung-uong-ve-phong-chong-tham-nhung';
    expect(
      bodies(
        'Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực (Ban Chỉ đạo) đã họp. Ban Chỉ đạo yêu cầu.',
      ),
    ).toEqual([
      `Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực = body:thuong-truc--${steering.slice(5)}`,
      `Ban Chỉ đạo = ${steering}`,
      `Ban Chỉ đạo = ${steering}`,
    ]);
  });
});
