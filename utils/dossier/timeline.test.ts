import { describe, expect, it } from 'vitest';
import { layoutTimeline, TIMELINE } from './timeline';
import { entityFacts } from './facts';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('timeline layout', () => {
  it('counts articles per month over four years, bars inside the plot, undated apart', () => {
    const days = ['2019-06-19', '2022-12-12', '2022-12-30', '2023-03-03', '2023-05-20', undefined];
    const t = layoutTimeline(days);
    expect(t.period).toBe('month');
    expect([t.from, t.to]).toEqual(['2019-06-01', '2023-05-31']);
    expect(t.dated).toBe(5);
    expect(t.undated).toBe(1);
    expect(sum(t.bars.map((b) => b.count))).toBe(5);
    expect(t.bars.find((b) => b.from === '2022-12-01')).toMatchObject({ count: 2, to: '2022-12-31' });
    expect(t.max).toBe(2);
    for (const b of t.bars) {
      expect(b.x).toBeGreaterThanOrEqual(TIMELINE.left);
      expect(b.x + b.width).toBeLessThanOrEqual(t.width + 0.001);
      expect(b.y + b.height).toBeCloseTo(t.plotHeight);
    }
    // Bars are in time order, never overlapping.
    for (let i = 1; i < t.bars.length; i++)
      expect(t.bars[i].x).toBeGreaterThanOrEqual(t.bars[i - 1].x + t.bars[i - 1].width);
    // Year labels only (48 months do not fit one label each), left to right.
    expect(t.ticks.map((k) => k.label)).toEqual(['6/2019', '2020', '2021', '2022', '2023']);
  });

  it('uses days for a fortnight, and pads a single day to a readable axis', () => {
    const days = Array.from({ length: 14 }, (_, i) => `2025-03-${String(i + 1).padStart(2, '0')}`);
    expect(layoutTimeline(days).period).toBe('day');
    const one = layoutTimeline(['2024-02-29']);
    expect(one.period).toBe('month');
    expect(one.bars).toHaveLength(1);
    expect(one.bars[0].width).toBeLessThan(one.width / 10);
    // Room on both sides: twelve months around it.
    expect([one.from, one.to]).toEqual(['2023-09-01', '2024-08-31']);
    expect(layoutTimeline([undefined, undefined])).toMatchObject({ bars: [], dated: 0, undated: 2 });
  });

  it('chooses a longer period when bars would be too thin: quarters over twenty years', () => {
    const days = Array.from(
      { length: 200 },
      (_, i) => `${2005 + (i % 20)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
    );
    const t = layoutTimeline(days);
    expect(t.period).toBe('quarter');
    expect(Math.min(...t.bars.map((b) => b.width))).toBeGreaterThanOrEqual(TIMELINE.minBarWidth - 1);
    expect(t.ticks.length).toBeLessThanOrEqual(Math.floor((t.width - TIMELINE.left) / 48));
  });

  it("draws an official's positions as bands under it, clipped to the axis, in lanes that never overlap", () => {
    const facts = entityFacts('official', 'official:vo-van-thuong', 'Võ Văn Thưởng');
    const t = layoutTimeline(['2019-06-19', '2022-12-12', '2023-05-20'], facts.positions);
    const band = (title: string) => t.bands.filter((b) => b.title === title);
    expect(band('Chủ tịch nước')).toHaveLength(1);
    expect(band('Chủ tịch nước')[0]).toMatchObject({ openStart: false, openEnd: true, uncertain: false });
    expect(band('Trưởng Ban Tuyên giáo Trung ương')[0]).toMatchObject({ openStart: true, openEnd: false });
    expect(band('Ủy viên Bộ Chính trị')).toHaveLength(2);
    for (const b of t.bands) {
      expect(b.x).toBeGreaterThanOrEqual(TIMELINE.left - 0.001);
      expect(b.x + b.width).toBeLessThanOrEqual(t.width + 0.001);
      expect(b.source).toMatch(/^https?:\/\//);
    }
    // Bands in one row meet at most on a handover day.
    const day = (t.width - TIMELINE.left) / ((Date.parse(t.to) - Date.parse(t.from)) / 86_400_000 + 1);
    for (const a of t.bands)
      for (const b of t.bands)
        if (a !== b && a.lane === b.lane) expect(a.x + a.width <= b.x + day || b.x + b.width <= a.x + day).toBe(true);
    // The second Politburo term follows the first in its row.
    expect(new Set(band('Ủy viên Bộ Chính trị').map((b) => b.lane)).size).toBe(1);
    expect(t.height).toBe(t.plotHeight + TIMELINE.axis + t.lanes * TIMELINE.laneHeight);
  });

  it('marks a band whose end nobody recorded as uncertain and open', () => {
    const t = layoutTimeline(
      ['2024-01-10', '2024-06-10'],
      [
        { title: 'Bí thư Tỉnh ủy', from: '2020-10', source: 'https://example.vn/a' },
        { title: 'Chủ tịch', from: '2024-03-01', to: null, checked: '2026-01-01', source: 'https://example.vn/b' },
      ],
    );
    expect(t.bands.map((b) => [b.title, b.openStart, b.openEnd, b.uncertain])).toEqual([
      ['Bí thư Tỉnh ủy', true, true, true],
      ['Chủ tịch', false, true, false],
    ]);
  });
});
