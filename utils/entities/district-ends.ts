/**
 * What a district-level body became: the district level ended on 2025-07-01 (district police on
 * 2025-03-01), but some districts ended before it, merged into a new one ("Quận 2", "Quận 9" and
 * "quận Thủ Đức" into Thành phố Thủ Đức on 2021-01-01, bodies.json districtsMerged): saying only
 * that the level ended would be false for them.
 */
import { cardRecords } from './records';
import type { BodyRecord } from './types';

/** A district's committee names its level by itself: "Quận ủy Thủ Đức" is quận Thủ Đức's. */
const COMMITTEE_LEVEL: Record<string, string> = { 'quan-uy': 'quan', 'huyen-uy': 'huyen', 'thi-uy': 'thi-xa' };

/** The card's "now part of" for a district-level body with id parts `parts` (core: its organ's record). */
export function districtSuccessor(core: BodyRecord, parts: readonly string[]): string {
  const ended = core.districtEnded
    ? `${core.name} cấp huyện kết thúc hoạt động từ ${core.districtEnded}`
    : 'Cấp huyện kết thúc hoạt động từ 2025-07-01';
  const merger = mergerOf(parts);
  return merger ? `${merger.successor} (từ ${merger.from}); ${ended[0].toLowerCase()}${ended.slice(1)}` : ended;
}

/** A level word alone is no place ("uy-ban-nhan-dan--huyen"): which district is not said. */
const LEVEL_ONLY = /^(huyen|quan|thi-xa|thanh-pho|tp)$/;

/** The id parts name a district after the organ ("thi-doan" alone names none). */
export const namesPlace = (parts: readonly string[]): boolean =>
  parts.length > 1 && !LEVEL_ONLY.test(parts[parts.length - 1].replace(/--.*$/, ''));

/** The merger a district named in the id took part in ("uy-ban-nhan-dan--quan-thu-duc", "quan-uy--thu-duc"). */
function mergerOf(parts: readonly string[]) {
  const keys: string[] = [];
  for (let k = 1; k < parts.length; k++) {
    keys.push(parts[k]);
    const level = COMMITTEE_LEVEL[parts[k - 1]];
    if (level) keys.push(`${level}-${parts[k]}`);
  }
  return cardRecords().districtsMerged.find((m) => keys.some((key) => m.ids.includes(key)));
}
