import { describe, expect, it } from 'vitest';
import { describeEntity } from './card';
import { findEntities } from './index';

const first = (text: string, kind: string) => findEntities(text).find((s) => s.kind === kind)!;

describe('the central Party organisations of 2025', () => {
  it('names a central Party organisation (Đảng bộ) as itself, not as its executive committee (Đảng ủy) (r234)', () => {
    for (const [text, id, name] of [
      [
        'Đại hội đại biểu Đảng bộ MTTQ, các đoàn thể Trung ương lần thứ I khai mạc.',
        'body:dang-bo-mat-tran-to-quoc-cac-doan-the-trung-uong',
        'Đảng bộ Mặt trận Tổ quốc, các đoàn thể Trung ương',
      ],
      ['Đảng bộ Chính phủ có 51 tổ chức đảng trực thuộc.', 'body:dang-bo-chinh-phu', 'Đảng bộ Chính phủ'],
      [
        'Ban Thường vụ Đảng ủy Chính phủ họp.',
        'body:ban-thuong-vu--dang-uy-chinh-phu',
        'Ban Thường vụ Đảng ủy Chính phủ',
      ],
    ])
      expect(describeEntity(first(text, 'body')), text).toMatchObject({ id, name });
  });
});
