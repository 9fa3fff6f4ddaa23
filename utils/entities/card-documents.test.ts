import { describe, expect, it } from 'vitest';
import { describeEntity } from './card';
import { findEntities } from './index';

const doc = (text: string) => describeEntity(findEntities(text).find((s) => s.kind === 'resolution')!);

describe("describeEntity: a document's issuer from its symbol (card-documents.ts)", () => {
  it("takes a letter's first code as its issuer, the drafting section after it as none", () => {
    expect(doc('UBND tỉnh đã giao nhiệm vụ tại Công văn số 5335/UBND-CNXD ngày 5/9.')).toMatchObject({
      docType: 'Công văn',
      number: '5335',
      issuer: 'Ủy ban nhân dân',
    });
    // A code the data does not know is shown as written, not turned into another's.
    expect(doc('Văn phòng UBND tỉnh có Công văn số 3297/VP-KT đôn đốc.').issuer).toBe('VP');
  });

  it('reads a number with a dot in it whole (r303: "66.7" was read as resolution 7)', () => {
    expect(doc('Chính phủ đã ban hành Nghị quyết số 66.7/2025/NQ-CP ngày 15 tháng 11 năm 2025.')).toMatchObject({
      docType: 'Nghị quyết',
      number: '66.7',
      year: '2025',
      issuer: 'Chính phủ',
    });
  });

  it('takes the code after the type as the issuer, several only for a joint document', () => {
    expect(doc('Bộ hướng dẫn tại Thông tư liên tịch số 01/2020/TTLT-BTC-BNV.').issuer).toBe('Bộ Tài chính, Bộ Nội vụ');
    expect(doc('Thực hiện Công văn số 8011-CV/BTCTW của Ban Tổ chức Trung ương.').issuer).toBe(
      'Ban Tổ chức Trung ương',
    );
    expect(doc('Thành ủy tổng kết Chương trình số 06-Ctr/TU.')).toMatchObject({
      docType: 'Chương trình',
      issuer: 'Tỉnh ủy hoặc Thành ủy trực thuộc Trung ương',
    });
  });

  it("reads a typed document's first code as its type, though the data does not know it, and keeps a unit after a dot", () => {
    // "BKL" (bản kết luận) is no issuer: the investigation agency's "ANĐT" is.
    expect(doc('Theo Bản kết luận điều tra số 19/BKL-ANĐT-P3.C3, các bị can phạm tội.')).toMatchObject({
      docType: 'Kết luận',
      number: '19',
      issuer: 'ANĐT',
    });
    expect(findEntities('Theo Bản kết luận điều tra số 19/BKL-ANĐT-P3.C3, các bị can.')[0].text).toMatch(/P3\.C3$/);
  });

  it("reads a police unit's code (a letter and digits) as the issuer, never as a type's (round 200)", () => {
    // "C46" issued it, its division "P12" drafted it: written either way, the issuer is C46.
    for (const text of [
      'Cơ quan điều tra ra Quyết định số 19/C46-P12 khởi tố.',
      'Quyết định khởi tố bị can số 363/C46(P12).',
    ])
      expect(doc(text)).toMatchObject({ docType: 'Quyết định', issuer: 'C46' });
  });
});

describe("describeEntity: a document's number (card-documents.ts)", () => {
  it('reads "TƯ" in a symbol as "TW": the same document, the same issuer', () => {
    const [a, b] = findEntities('Quy định số 296-QĐ/TƯ và Quy định số 296-QĐ/TW.');
    expect([a.id, b.id]).toEqual(['resolution:296-qđ/tw', 'resolution:296-qđ/tw']);
    expect(describeEntity(a).issuer).toBe(describeEntity(b).issuer);
  });

  it("takes no ordinal for the document's number: a session's is the session's", () => {
    const card = doc('Quốc hội thông qua Nghị quyết Kỳ họp thứ 7, Quốc hội khóa XV.');
    expect(card.docType).toBe('Nghị quyết');
    expect(card.number).toBeUndefined();
    expect(doc('Thực hiện Kế hoạch 64 của Tỉnh ủy.').number).toBe('64');
  });

  it('reads a number after "số" as the number though it looks like a year (round 163)', () => {
    const card = doc('UBND tỉnh ban hành Quyết định số 2002 về việc ủy quyền.');
    expect([card.number, card.year]).toEqual(['2002', undefined]);
    expect(doc('Thực hiện Hiến pháp năm 2013.').year).toBe('2013');
  });
});
