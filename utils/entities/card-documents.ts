/**
 * What a document's card says: its type, number, year and issuer, read from the reference as
 * written ("Nghị quyết số 18-NQ/TW", "Công văn số 5335/UBND-CNXD", "Luật Đất đai 2024").
 */
import { cardRecords } from './records';
import { forDisplay, matchKey } from '../text/normalize';
import type { EntityCard, EntitySpan } from './types';

const SYMBOL = /(\d+(?:\.\d+)*[a-zđ]?)(?:[-/]((?:19|20)\d\d))?((?:[-/][A-ZĐ][\p{L}0-9&]*)+)/u;

export function describeDocument(span: EntitySpan): EntityCard {
  const text = forDisplay(span.text);
  const card: EntityCard = { kind: 'resolution', name: text, id: span.id };
  const lowered = matchKey(text);
  const type = [...cardRecords().documentTypes]
    .sort((a, b) => b.name.length - a.name.length)
    .find(
      (t) =>
        lowered.startsWith(matchKey(t.name)) ||
        (lowered.startsWith('bộ ') && t.id === 'bo-luat' && lowered.startsWith('bộ luật')),
    );
  if (type) card.docType = type.name;
  // An amending law's symbol after "sửa đổi ... của" is the amended one's ("Luật sửa đổi, bổ sung một
  // số điều của Bộ luật Hình sự số 100/2015/QH13" was passed in 2017 as 12/2017/QH14): not its own.
  const m = text.match(SYMBOL);
  const amended = !!m && /sửa đổi|bổ sung/iu.test(text.slice(0, m.index));
  if (m && !amended) {
    card.number = m[1];
    if (m[2]) card.year = m[2];
    // ("TƯ" is "TW", as the press also writes it.)
    const codes = m[3]
      .split(/[-/]/)
      .filter(Boolean)
      .map((c) => (c === 'TƯ' ? 'TW' : c));
    if (!type) {
      const types = cardRecords().documentTypes;
      const t = types.find((d) => d.abbr.some((a) => codes.includes(a)));
      // "TT" is Thông tri in a Party's or the Front's number ("13-TT/TW", "38/TT-MTTW-BTT"), Thông
      // tư in a ministry's ("99/2025/TT-BTC").
      const party = m[0].startsWith(`${m[1]}-`) || codes.some((c) => /^(TW|TU|ĐU|HU|QU|MT)/.test(c));
      const tri = t?.id === 'thong-tu' && party ? types.find((d) => d.id === 'thong-tri') : undefined;
      if (t) card.docType = (tri ?? t).name;
    }
    card.issuer = issuerOf(codes, card.docType)
      .map((c) => {
        const qh = c.match(/^(QH|UBTVQH)(\d+)$/);
        if (qh) return `${cardRecords().issuers[qh[1]]} khóa ${qh[2]}`;
        return cardRecords().issuers[c] ?? c;
      })
      .join(', ');
    if (!card.issuer) delete card.issuer;
  } else if (!amended) {
    // "số 12", a number last ("Kế hoạch 64"), or a number and its year ("Nghị định 81/2017"); a
    // number after a plenum, a congress, a term or an ordinal is theirs, not the document's ("Nghị
    // quyết Hội nghị Trung ương 5", "Nghị quyết Kỳ họp thứ 7").
    const n = text.match(
      /số\s+(\d+)|(?<!(?:Trung ương|TW|T\.Ư|TƯ|khóa|khoá|Hội nghị|thứ|kỳ họp|Đại hội))\s(\d+)(?:\/((?:19|20)\d\d))?$/iu,
    );
    // (After "số" a number that looks like a year is the number: "Quyết định số 2002".)
    if (n && (n[1] || !/^(19|20)\d\d$/.test(n[2]))) card.number = n[1] ?? n[2];
    // An amending law's title ends with the amended one's name and year, not its own ("Luật sửa
    // đổi, bổ sung một số điều của Bộ luật Hình sự năm 2015" was passed in 2017).
    const amending = /sửa đổi|bổ sung/i.test(text);
    // Nor does a term's last year date it ("Nghị quyết Đại hội ... nhiệm kỳ 2020 - 2025", of 2020).
    const term = /\d{4}\s*[-–]\s*\d{4}$/.test(text);
    const year = n?.[3] ?? (amending || term ? undefined : text.match(/(?:năm\s+|(?<!số)\s)((?:19|20)\d\d)$/)?.[1]);
    if (year) card.year = year;
  }
  return card;
}

/**
 * The issuers' codes in a symbol's codes (Nghị định 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW): after
 * the type's code, the issuer's, then perhaps the drafting unit's ("38/TT-MTTW-BTT": the Front's
 * Thông tri, drafted by its standing board); a letter has no type code ("5335/UBND-CNXD": the
 * People's Committee's, drafted by its industry section). Only a joint document ("liên tịch",
 * "TTLT-BTC-BNV") has several issuers. A short first code the data does not know is in the type's
 * place ("145/GP-BTTTT": a licence), unless the document is a letter.
 */
function issuerOf(codes: readonly string[], docType: string | undefined): string[] {
  const { documentTypes, issuers } = cardRecords();
  const isType = (c: string) => documentTypes.some((d) => d.abbr.includes(c));
  const letter = docType === 'Công văn' && !codes.some(isType);
  const first = codes[0];
  // (In a typed document's number the first code is always the type's: "Bản kết luận điều tra số
  // 19/BKL-ANĐT": "BKL" is the type, "ANĐT" the issuer.)
  const typed = !!docType && docType !== 'Công văn';
  // (A code with a digit is a unit's, never a type's: "Quyết định số 19/C46-P12" is C46's, drafted by its P12.)
  const unknownType =
    !letter && codes.length > 1 && (first.length <= 2 || typed) && !issuers[first] && !/\d/.test(first)
      ? first
      : undefined;
  const rest = codes.filter((c) => c !== unknownType && !isType(c));
  const joint = /liên tịch/iu.test(docType ?? '') || codes.some((c) => /LT$/.test(c) && isType(c));
  return joint ? rest : rest.slice(0, 1);
}
