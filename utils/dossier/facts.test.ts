import { describe, expect, it } from 'vitest';
import { officialRecords } from '../entities/officials';
import { cardData } from '../facts/card-data';
import { lastDay } from '../facts/held';
import { officialRecord, rolesOn } from './facts';

describe("a dossier's role on a day", () => {
  it('is what the card says that day, with the same certainty, for every official and every date in the data', () => {
    let compared = 0;
    for (const rec of officialRecords()) {
      const span = {
        kind: 'official' as const,
        start: 0,
        end: rec.name.length,
        text: rec.name,
        id: `official:${rec.id}`,
      };
      // Each start and end, the day after each end, and a day long after the data was checked.
      const days = new Set<string>(['2030-01-01']);
      for (const p of rec.positions) {
        if (p.from) days.add(p.from);
        if (p.to) {
          days.add(p.to);
          const after = new Date(`${lastDay(p.to)}T00:00:00Z`);
          after.setUTCDate(after.getUTCDate() + 1);
          days.add(after.toISOString().slice(0, 10));
        }
      }
      for (const day of days) {
        const card = (cardData(span, day, { index: 0, count: 1 }).atDate ?? []).map((p) => [p.title, p.certain]);
        const dossier = rolesOn(span.id, rec.name, day).map((r) => [r.title, r.certain]);
        expect(dossier, `${rec.name} on ${day}`).toEqual(card);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('never shows a position whose end is not known as certain on a later day', () => {
    const rec = officialRecords().find((o) => o.positions.some((p) => p.from && p.to === undefined))!;
    const open = rec.positions.find((p) => p.from && p.to === undefined)!;
    const roles = rolesOn(`official:${rec.id}`, rec.name, '2030-01-01').filter((r) => r.title === open.title);
    expect(roles.length).toBeGreaterThan(0);
    for (const r of roles) {
      expect(r.certain).toBe(false);
      expect(r.doubts).toContainEqual({ reason: 'end-unknown' });
    }
  });
});

describe("a dossier's record of a person found by rule", () => {
  it('is the data’s person of that exact name, never one whose name differs by a tone', () => {
    // "Nguyễn Văn Hiếu" is in the data; "Nguyễn Văn Hiểu" (another tone) is another person.
    expect(officialRecord('official:nguyen van hieu', 'Nguyễn Văn Hiếu')?.id).toBe('nguyen-van-hieu');
    expect(officialRecord('official:nguyen van hieu', 'Nguyễn Văn Hiểu')).toBeUndefined();
  });
});
