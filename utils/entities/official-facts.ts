/**
 * Every official with positions, dates and sources, packed as JSON by pack.ts and parsed on first
 * use. Read by the card frame, the dossier and the CLIs, never by the content script, which needs
 * only names (records.ts): its bundle does not carry these.
 */
import { OFFICIALS } from './data/gazetteer.packed';
import { matchOfficial } from './card';
import { cardRecords } from './records';
import { matchKey } from '../text/normalize';
import { lastDay } from '../facts/held';
import type { BodyRecord, EntitySpan, LocalityRecord, OfficialRecord, Position } from './types';

const AND = matchKey('và');

let officials: OfficialRecord[] | undefined;
export function officialFacts(): OfficialRecord[] {
  officials ??= boundUnknownEnds(
    JSON.parse(OFFICIALS) as OfficialRecord[],
    cardRecords().localities,
    cardRecords().bodies,
  );
  return officials;
}

/** A central organ's head or a deputy head, full time (not a member: "Ủy viên ..."). */
const CENTRAL_HEAD =
  /^(Chủ tịch|Chủ nhiệm|Trưởng|Bộ trưởng|Tổng|Thứ trưởng|Phó (Viện trưởng|Chánh án|Chủ nhiệm|Trưởng|Tổng))/u;
/** A province's head or its Party deputy secretary: its Party secretaries or its People's Committee's chair. */
const PROVINCE_HEAD =
  /^(Bí thư (Tỉnh|Thành) ủy|Phó Bí thư (Thường trực )?(Tỉnh|Thành) ủy|Chủ tịch (UBND|Ủy ban nhân dân))/u;

/**
 * A position whose end the data does not know, in an organ of a province that merged ("Chủ tịch
 * UBND tỉnh Hậu Giang") or in an organ that ended ("Phó Trưởng Ban Kinh tế Trung ương", merged
 * into another board on 2025-02-03), was held at the latest until that last day: its `endBy`. So a
 * card never shows it as perhaps held in an article after the merger. Nor after the person took an
 * office in another province, or, heading a central organ, a province's head.
 */
export function boundUnknownEnds(
  records: OfficialRecord[],
  localities: readonly LocalityRecord[],
  bodies: readonly Pick<BodyRecord, 'name' | 'aliases' | 'to'>[] = [],
): OfficialRecord[] {
  const ended = [...localities, ...bodies]
    .filter((l) => l.to)
    .map((l) => ({ to: l.to!, names: [l.name, ...(l.aliases ?? [])].map(matchKey) }));
  const organEnd = (p: Position) => {
    const words = ` ${matchKey(`${p.title} ${p.org ?? ''}`)} `;
    // (Not an ended organ's name inside a new one's: "Ủy ban Kinh tế" + "và Tài chính".)
    const named = (n: string) => words.includes(` ${n} `) && !words.includes(` ${n} ${AND} `);
    const days = ended.filter((l) => l.names.some(named)).map((l) => l.to);
    return days.length ? days.sort()[0] : undefined;
  };
  const provinces = localities.map((l) => ({ id: l.id, names: [l.name, ...(l.aliases ?? [])].map(matchKey) }));
  // (A deputy of a province's delegation may serve elsewhere: the seat is no office there.)
  const deputy = ` ${matchKey('đại biểu Quốc hội')} `;
  const provinceIds = new Map<Position, string | undefined>();
  const provinceOf = (p: Position) => {
    if (provinceIds.has(p)) return provinceIds.get(p);
    const words = ` ${matchKey(`${p.title} ${p.org ?? ''}`)} `;
    const id = words.includes(deputy)
      ? undefined
      : provinces.find((l) => l.names.some((n) => words.includes(` ${n} `)))?.id;
    provinceIds.set(p, id);
    return id;
  };
  for (const rec of records)
    for (const p of rec.positions) {
      if (p.to !== undefined || !p.from) continue;
      // A province's office whose end is not known ended, at the latest, when the person took an
      // office in another province ("Phó Bí thư Tỉnh ủy Đắk Lắk" from 2010, then "Bí thư Tỉnh ủy
      // Bắc Giang" from 2012-06-04): no one holds offices in two provinces.
      const here = provinceOf(p);
      const moved = here
        ? rec.positions
            .filter((q) => q.from && q.from > p.from! && provinceOf(q) && provinceOf(q) !== here)
            .map((q) => lastDay(q.from!))
        : [];
      // A central organ's head or deputy head with no end ended, at the latest, when the person took a
      // province's head or Party deputy secretary ("Chủ tịch Hội đồng Dân tộc" from 2021, then "Bí thư
      // Tỉnh ủy Lâm Đồng"; "Phó Viện trưởng VKSND tối cao", then "Phó Bí thư Thường trực Tỉnh ủy Đồng Tháp"): both are full time.
      const headed =
        !here && CENTRAL_HEAD.test(p.title)
          ? rec.positions
              .filter((q) => q.from && q.from > p.from! && provinceOf(q) && PROVINCE_HEAD.test(q.title))
              .map((q) => lastDay(q.from!))
          : [];
      const day = [organEnd(p), ...moved, ...headed, here && leftProvince(rec.positions, p, here, provinceOf)]
        .filter((d): d is string => !!d)
        .sort()[0];
      if (day) p.endBy = day;
    }
  return records;
}

/**
 * The day the person left the province of `p`, an office there whose end is not known: the last
 * known end of their other offices there that ran beside it, when no office there starts after it
 * or is still held (Phạm Xuân Thăng, Bí thư Tỉnh ủy Hải Dương to 2022-10-03, his council's chair
 * with no end: not perhaps held in 2023). Undefined when they did not leave.
 */
function leftProvince(
  positions: readonly Position[],
  p: Position,
  here: string,
  provinceOf: (q: Position) => string | undefined,
): string | undefined {
  const others = positions.filter((q) => q !== p && q.from && provinceOf(q) === here);
  if (others.some((q) => q.to === null)) return undefined;
  const ends = others.flatMap((q) => (typeof q.to === 'string' ? [lastDay(q.to)] : []));
  const last = ends.sort().pop();
  // (Not an office that ended the day this one began: "Phó Bí thư" to the day its holder became "Bí thư".)
  if (!last || last <= p.from! || others.some((q) => q.from! > last)) return undefined;
  return last;
}

/** The official a span names, with every position: by its id, else by name or alias. */
export function findOfficial(span: EntitySpan): OfficialRecord | undefined {
  return matchOfficial(officialFacts(), span);
}
