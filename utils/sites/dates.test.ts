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
  expect(toIsoDate('16/01/2012 1:20')).toBe('2012-01-16T01:20:00+07:00');
  expect(toIsoDate('Thứ Ba, ngày 24/05/2016 10:45 PM (GMT+7)')).toBe('2016-05-24T22:45:00+07:00');
  expect(toIsoDate('Thứ Ba, ngày 24/05/2016 10:45 AM (GMT+7)')).toBe('2016-05-24T10:45:00+07:00');
  expect(toIsoDate('24/05/2016 12:10 SA')).toBe('2016-05-24T00:10:00+07:00');
  expect(toIsoDate('24/05/2016 03:15 CH')).toBe('2016-05-24T15:15:00+07:00');
  expect(toIsoDate('31/02/20255')).toBeUndefined();
  expect(toIsoDate('không có ngày')).toBeUndefined();
});
