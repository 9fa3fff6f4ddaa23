/**
 * "Tại cuộc hội kiến với Tổng Bí thư, Chủ tịch nước Lào, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân": a
 * title chain whose titles before a comma close with another country's name, and whose titles
 * after it name none, before a name the data knows as one of ours. The titles before the comma are
 * the other country's leader's (unnamed there); the name holds those after it. Only for a name the
 * data places in Việt Nam: "Tổng Bí thư Đảng Cộng sản Trung Quốc, Chủ tịch nước Tập Cận Bình" is
 * one man's chain, and a name the data does not know keeps the whole chain, as before.
 */
import type { Scan } from '../scan';
import { namesVietNam } from './foreigners';
import { foreignOfficialAt } from './known-people';
import { afterHonorifics } from './name-lists';
import type { TitleChains } from './title-chains';
import type { Titles } from './titles';

/** A name of ours the data knows starts at token k. */
function oursAt(s: Scan, k: number): boolean {
  const at = afterHonorifics(s, k);
  return !!s.longest(at, 'official') && !foreignOfficialAt(s, at);
}

/** The comma that ends the other country's titles in the chain [from, end), or -1. */
export function countryCommaSplit(s: Scan, titles: Titles, chains: TitleChains, from: number, end: number): number {
  if (!oursAt(s, end)) return -1;
  for (let c = end - 2; c > from; c--) {
    if (s.f(c) !== ',' || titles.at(c + 1) <= 0) continue;
    for (let k = c - 1; k >= Math.max(from, c - 4); k--) {
      const country = s.longest(k, 'country');
      if (country?.end === c && !namesVietNam(s, k, c)) return chains.abroadIn(c + 1, end) ? -1 : c;
    }
  }
  return -1;
}
