import { expect, it } from 'vitest';
import { toIsoDate } from './dates';

it('reads the date formats Vietnamese news pages print', () => {
  expect(toIsoDate('2026-07-20T06:31:56+07:00')).toBe('2026-07-20T06:31:56+07:00');
  expect(toIsoDate('2024-05-10T11:20:00+0700')).toBe('2024-05-10T11:20:00+07:00');
  expect(toIsoDate('2025-06-12 06:30')).toBe('2025-06-12T06:30:00+07:00');
  expect(toIsoDate('Thứ ba, 18/3/2025, 19:05 (GMT+7)')).toBe('2025-03-18T19:05:00+07:00');
  expect(toIsoDate('11:20 10/12/2024')).toBe('2024-12-10T11:20:00+07:00');
  expect(toIsoDate('Thứ Bảy, 10-05-2025, 11:20')).toBe('2025-05-10T11:20:00+07:00');
  expect(toIsoDate('12/09/2024')).toBe('2024-09-12');
  expect(toIsoDate('Hà Nội, ngày 5 tháng 2 năm 2025')).toBe('2025-02-05');
  expect(toIsoDate('31/02/20255')).toBeUndefined();
  expect(toIsoDate('không có ngày')).toBeUndefined();
});
