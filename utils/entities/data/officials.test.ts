import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { OfficialRecord, Position } from '../types';

// Read the raw files (not imports) so the test sees exactly what ships, including NFC form.
const dir = new URL('./officials/', import.meta.url);
const raws = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => readFileSync(new URL(f, dir), 'utf8'));
const files = raws.map(
  (r) => JSON.parse(r) as { checked: string; group: string; note: string; officials: OfficialRecord[] },
);
const officials = files.flatMap((f) => f.officials);
const checkedDate = files
  .map((f) => f.checked)
  .sort()
  .at(-1)!;

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const ISO2 = /^[A-Z]{2}$/;
/** Aliases deliberately shared by two records (none today); add "alias" here with a reason if ever needed. */
const SHARED_ALIASES = new Set<string>();

/** Compare partial dates by their earliest day ("2016" → 2016-01-01) for from, latest for to. */
function lower(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
function upper(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}
function validDay(d: string): boolean {
  if (d.length < 10) return true;
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}
const each = (f: (o: OfficialRecord, p: Position) => void) =>
  officials.forEach((o) => o.positions.forEach((p) => f(o, p)));

describe('officials gazetteer', () => {
  it('keeps the top-level shape', () => {
    for (const f of files) {
      expect(f.checked).toMatch(DATE);
      expect(typeof f.note).toBe('string');
      expect(typeof f.group).toBe('string');
    }
    expect(officials.length).toBeGreaterThan(100);
  });

  it('is stored in NFC', () => {
    for (const raw of raws) expect(raw.normalize('NFC')).toBe(raw);
  });

  it('has unique, slug-shaped ids and trimmed names', () => {
    const ids = officials.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of officials) {
      expect(o.id, o.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(o.name.trim(), o.id).toBe(o.name);
      expect(o.name.length, o.id).toBeGreaterThan(3);
    }
  });

  it('gives every record at least one position with a source URL and a title', () => {
    for (const o of officials) expect(o.positions.length, o.id).toBeGreaterThan(0);
    each((o, p) => {
      expect(p.title.trim().length, o.id).toBeGreaterThan(0);
      expect(() => new URL(p.source), `${o.id}: ${p.source}`).not.toThrow();
      expect(p.source, o.id).toMatch(/^https?:\/\//);
    });
  });

  it('uses valid ISO dates with from <= to', () => {
    each((o, p) => {
      for (const d of [p.from, p.to]) {
        if (d == null) continue;
        expect(d, `${o.id} ${p.title}`).toMatch(DATE);
        expect(validDay(d), `${o.id} ${d}`).toBe(true);
        expect(lower(d) <= checkedDate, `${o.id} ${d} after file date`).toBe(true);
      }
      if (p.from && p.to) expect(lower(p.from) <= upper(p.to), `${o.id} ${p.title} ${p.from}..${p.to}`).toBe(true);
    });
  });

  it('sets country codes only as ISO alpha-2 and never "VN" explicitly', () => {
    for (const o of officials) {
      if (o.country === undefined) continue;
      expect(o.country, o.id).toMatch(ISO2);
      expect(o.country, o.id).not.toBe('VN');
    }
  });

  it('has no alias equal to another name, and no alias shared by two people unless listed', () => {
    const owner = new Map<string, string>();
    for (const o of officials) owner.set(o.name, o.id);
    const seen = new Map<string, string>();
    for (const o of officials) {
      for (const a of o.aliases ?? []) {
        expect(a.trim(), o.id).toBe(a);
        expect(a, o.id).not.toBe(o.name);
        const other = owner.get(a);
        if (other) expect(other, `alias "${a}" of ${o.id} is the name of ${other}`).toBe(o.id);
        const prev = seen.get(a);
        if (prev && !SHARED_ALIASES.has(a)) expect(prev, `alias "${a}" shared by ${prev} and ${o.id}`).toBe(o.id);
        seen.set(a, o.id);
      }
    }
  });

  it('has no alias that is a bare Vietnamese given name (single word)', () => {
    for (const o of officials) {
      if (o.country) continue;
      for (const a of o.aliases ?? []) expect(a.split(/\s+/).length, `${o.id}: "${a}"`).toBeGreaterThan(1);
    }
  });

  it('does not repeat the same position twice for one person', () => {
    for (const o of officials) {
      const keys = o.positions.map((p) => `${p.title}|${p.org ?? ''}|${p.from ?? ''}`);
      expect(new Set(keys).size, o.id).toBe(keys.length);
    }
  });

  it('covers the 14th-term Politburo (19) and Secretariat (13)', () => {
    const held = (org: string, title: string) =>
      officials.filter((o) => o.positions.some((p) => p.org === org && p.title === title && p.to === null));
    expect(held('Bộ Chính trị khóa XIV', 'Ủy viên Bộ Chính trị')).toHaveLength(19);
    const secretariat = new Set([
      ...held('Ban Bí thư khóa XIV', 'Bí thư Trung ương Đảng').map((o) => o.id),
      ...held('Ban Bí thư khóa XIV', 'Thường trực Ban Bí thư').map((o) => o.id),
      ...held('Ban Chấp hành Trung ương khóa XIV', 'Tổng Bí thư Ban Chấp hành Trung ương Đảng').map((o) => o.id),
    ]);
    expect(secretariat.size).toBe(13);
  });

  it('has exactly one holder of each top state office at a given date', () => {
    const holders = (title: string, day: string) =>
      officials
        .filter((o) => !o.country)
        .filter((o) =>
          o.positions.some(
            (p) =>
              p.title === title &&
              p.from &&
              lower(p.from) <= day &&
              (p.to === null || (p.to !== undefined && upper(p.to) > day)),
          ),
        )
        .map((o) => o.id);
    for (const day of ['2016-06-01', '2019-01-01', '2022-01-01', '2024-06-01', '2025-06-01', '2026-06-01']) {
      expect(holders('Thủ tướng Chính phủ', day), day).toHaveLength(1);
      expect(holders('Chủ tịch Quốc hội', day), day).toHaveLength(1);
    }
    expect(holders('Chủ tịch nước', '2023-06-01')).toEqual(['vo-van-thuong']);
    expect(holders('Thủ tướng Chính phủ', '2026-06-01')).toEqual(['le-minh-hung']);
  });

  // Facts a check against 2025–2026 news found wrong (the card showed them), held here.
  it('ends a post on the day the press reports the move, and the successor starts it', () => {
    const holding = (title: string, day: string) =>
      officials
        .filter((o) =>
          o.positions.some(
            (p) => p.title === title && p.from && lower(p.from) <= day && (p.to == null || upper(p.to) >= day),
          ),
        )
        .map((o) => o.id);
    // Lào Cai: the Politburo's decision announced on 2026-02-28 (sggp.org.vn, vnexpress.net).
    expect(holding('Bí thư Tỉnh ủy Lào Cai', '2026-03-01')).toEqual(['duong-quoc-huy']);
    // Nguyễn Hồ Hải left Hồ Chí Minh City for Cà Mau on 2025-01-18.
    expect(holding('Phó Bí thư Thành ủy Thành phố Hồ Chí Minh', '2025-03-01')).not.toContain('nguyen-ho-hai');
    expect(holding('Bí thư Tỉnh ủy Cà Mau', '2025-03-01')).toEqual(['nguyen-ho-hai']);
    // Phú Thọ: Trương Quốc Huy relieved at his request, Phạm Đại Dương appointed, 2026-01-09 (sggp.org.vn).
    expect(holding('Bí thư Tỉnh ủy Phú Thọ', '2025-12-01')).toEqual(['truong-quoc-huy']);
    expect(holding('Bí thư Tỉnh ủy Phú Thọ', '2026-02-01')).toEqual(['pham-dai-duong']);
  });
});
