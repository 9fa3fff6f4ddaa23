/**
 * Documents, read from tokens before anything else (the tokens a reference claims are closed to
 * bodies and names):
 * - numbered: a type word, a few words saying what it decides ("khởi tố bị can"), "số", then a
 *   symbol or a number: "Nghị quyết số 23-NQ/TW", "Quyết định khởi tố bị can số 112/C03 (P4)",
 *   "Kế hoạch 86", "kết luận 127 của Bộ Chính trị";
 * - named after a plenum or a congress: "Nghị quyết Trung ương 4 khóa XII";
 * - laws, codes, ordinances and the Constitution by their title (law-titles.ts);
 * - a bare symbol whose codes we know: "57-NQ/TW".
 */
import { DOCUMENT_WORDS, ORDINAL_WORDS } from '../lexicon-documents';
import { SYLLABLE_FLAGS } from '../lexicon-format';
import { TOKEN_DIGIT } from '../../text/tokens';
import { PRIORITY, type Candidate } from '../resolver';
import { frontBlockEnd, termAt } from './qualifiers';
import type { Scan } from '../scan';
import { isNumberToken, plausibleSymbol, symbolAt, symbolId } from './document-symbols';
import { isClause, RELATION_WORDS } from '../clause';
import { amendsConstitution, lawTitleAt } from './law-titles';
import { documentSlug, oneCongressPerArticle } from '../document-ids';

const ROMAN = /^[IVXLC]+$/;
const DIGITS = /^\d+$/;
/** Words after a bare number that make it a count or a date, not a document's number. */
const UNIT_AFTER = new Set(['tháng', 'ngày', 'năm', 'giờ', 'phút', 'người', 'triệu', 'tỷ', 'nghìn']);
/** What may follow a document's bare number after a lower-case type word ("theo quyết định 2315 của ..."). */
const REFERENCE_END = new Set(['của', 'về', 'do', ',', '.', ';', ':', ')', '"', '”']);
/** The last words of the types that decide ("Nghị quyết", "Nghị định", "Quyết định", "Chỉ thị", "Kết luận", "Thông tư"). */
const DECIDES = new Set(['quyết', 'định', 'thị', 'luận', 'tư']);
/** What may follow a congress's resolution named by its level alone ("... Đảng bộ tỉnh."). */
const CLAUSE_END = new Set([...REFERENCE_END, 'và']);
/** Words of a time after a congress's place ("... tỉnh Thái Nguyên" + "cuối tháng 9"): no more of its name. */
const WHEN = new Set(['cuối', 'đầu', 'giữa', 'tháng', 'ngày', 'năm', 'hồi', 'vừa', 'mới']);
/** Words a lower-case type word ends ("kỷ luật": discipline), never a document's type. */
const COMPOUND_BEFORE = new Set(['kỷ luật', 'pháp luật']);
/** Words "bộ" ends in one word ("toàn bộ": the whole; "đồng bộ", "nội bộ", "cán bộ"): no "Bộ luật" starts there. */
const BO_ENDS = new Set(['toàn', 'đồng', 'nội', 'cán', 'tiến', 'sơ', 'cục']);
/** A year in a document's number. */
const YEAR = /^(19|20)\d\d$/;
const MAX_DESCRIPTOR = 4;
/** What a conclusion may conclude, before its number: "Kết luận thanh tra số ...", "Kết luận kiểm tra số ...". */
const INSPECTIONS = [
  ['thanh', 'tra'],
  ['kiểm', 'tra'],
  ['giám', 'sát'],
  ['kiểm', 'toán'],
];

interface Found {
  end: number;
  id: string;
}

export function findDocumentReferences(s: Scan, out: Candidate[]): void {
  const { syllableFlags, tokenFlags } = s;
  const first = out.length;
  for (let i = 0; i < s.count; i++) {
    // Only a type word or a number starts a reference.
    if (!(syllableFlags[i] & SYLLABLE_FLAGS.documentWord) && !(tokenFlags[i] & TOKEN_DIGIT)) continue;
    const d = documentAt(s, i);
    if (!d) continue;
    out.push({ kind: 'resolution', start: s.start(i), end: s.end(d.end - 1), id: d.id, priority: PRIORITY.document });
    s.inDocument.fill(1, i, d.end);
    i = d.end - 1;
  }
  oneCongressPerArticle(out.slice(first));
}

/** Words of a treaty's title, whose subject ("về Luật Biển") is no document of ours. */
const TREATIES = [
  ['công', 'ước'],
  ['hiệp', 'ước'],
  ['hiệp', 'định'],
];

/** Token i follows "về" in a treaty's title: "Công ước Liên hợp quốc về Luật Biển năm 1982". */
function inTreatyTitle(s: Scan, i: number): boolean {
  if (s.f(i - 1) !== 'về' || !s.cont(i)) return false;
  for (let j = i - 2; j >= Math.max(0, i - 10) && s.isWord(j) && s.cont(j + 1); j--)
    if (TREATIES.some((w) => s.wordsAt(j, w))) return true;
  return false;
}

/** The longest document reference starting at token i. */
function documentAt(s: Scan, i: number): Found | null {
  // "toàn bộ Luật ANM", "đồng bộ luật ...": the "bộ" is the word before's, the document a law.
  if (s.f(i) === 'bộ' && !s.isCap(i) && BO_ENDS.has(s.f(i - 1))) return null;
  if (inTreatyTitle(s, i)) return null;
  const word = DOCUMENT_WORDS.longestAt(s, i);
  if (!word) {
    const sym = symbolAt(s, i, false);
    return sym && plausibleSymbol(sym.codes) ? { end: sym.end, id: symbolId(s.compactOf(i, sym.end)) } : null;
  }
  let best: Found | null = numbered(s, i, word.end, word.value);
  const plenary = plenum(s, i, word.end, word.value);
  if (plenary && (!best || plenary.end > best.end)) best = plenary;
  const title = word.value.titled ? lawTitleAt(s, i, word.end) : null;
  if (title && (!best || title.end > best.end))
    best = { end: title.end, id: title.id ?? `resolution:${documentSlug(s.slugOf(i, title.end))}` };
  // The resolution amending the Constitution: "Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013".
  const amending = s.wordsAt(i, ['nghị', 'quyết']) ? amendsConstitution(s, word.end) : -1;
  if (amending > 0 && (!best || amending > best.end))
    best = { end: amending, id: `resolution:${documentSlug(s.slugOf(i, amending))}` };
  // Its number, then its title: "Luật số 72/2025/QH15 Tổ chức chính quyền địa phương".
  const named = best && word.value.titled && s.cont(best.end) && s.isCap(best.end) && s.longest(best.end, 'law');
  if (best && named) best = { ...best, end: named.end };
  return best;
}

/** "Nghị quyết số 23-NQ/TW", "Quyết định khởi tố bị can số 112/C03 (P4)", "Kế hoạch 86". */
function numbered(s: Scan, i: number, wordEnd: number, word: { symbolOnly: boolean; counted?: boolean }): Found | null {
  let k = wordEnd;
  // A few lower-case words saying what the document decides, then "số".
  let d = k;
  // (An inspection's word may be capitalised: "Kết luận Thanh tra số 289/TB-TTCP".)
  const lower = (d: number) => !s.isCap(d) || (d < k + 2 && INSPECTIONS.some((w) => s.wordsAt(k, w)));
  while (d < k + MAX_DESCRIPTOR && s.cont(d) && s.isWord(d) && lower(d) && s.f(d) !== 'số') d++;
  if (d > k && s.f(d) === 'số' && s.cont(d)) k = d;
  // Or one or two straight before a symbol, in a capitalised reference: "Kế hoạch liên tịch 141/KHLT-BCA".
  else if (s.isCap(i))
    for (let e = k + 1; e <= k + 2 && e < d; e++)
      if (!DIGITS.test(s.f(e - 1)) && !RELATION_WORDS.has(s.f(e - 1)) && !isClause(s, e - 1) && symbolAt(s, e, true)) {
        k = e;
        break;
      }
  const counted = s.f(k) === 'số' && s.cont(k);
  if (counted) k++;
  if (s.f(k) === ':' && s.cont(k)) k++;
  if (!s.spaceBefore(k) || !s.cont(k)) return null;
  const sym = symbolAt(s, k, true);
  if (sym) return { end: sym.end, id: symbolId(s.compactOf(k, sym.end)) };
  if (word.symbolOnly && !(word.counted && counted && s.isCap(i))) return null;
  if (!isNumberToken(s, k) || !DIGITS.test(s.f(k))) return null;
  // A law is named, not numbered by a bare year: "dự án Luật 2025 quan trọng" names none.
  if (!counted && YEAR.test(s.f(k)) && (s.f(wordEnd - 1) === 'luật' || s.f(wordEnd - 1) === 'pháp')) return null;
  // A bare number: not a date, a decimal, a count or a share.
  const next = s.f(k + 1);
  const glued = k + 1 < s.count && !s.spaceBefore(k + 1);
  // A number and its year without the issuer's code: "Nghị quyết số 202/2025", "Nghị định 38/2022".
  if (glued && next === '/' && YEAR.test(s.f(k + 2)) && !s.spaceBefore(k + 2)) {
    const after = k + 3;
    const goesOn =
      after < s.count && !s.spaceBefore(after) && (s.isWord(after) || s.f(after) === '/' || s.f(after) === '-');
    // Its id keeps the type: "38/2022" alone may be a decree's and a circular's.
    if (!goesOn) return { end: after, id: `resolution:${s.slugOf(i, wordEnd)}-${s.compactOf(k, after)}` };
  }
  if (glued && (next === '.' || next === ',' || next === '/') && DIGITS.test(s.f(k + 2)) && !s.spaceBefore(k + 2))
    return null;
  if (glued && (s.isWord(k + 1) || next === '%' || next === '-')) return null;
  // "794 ngày" is a count of days, but "số 794 ngày 5/8/2024" (or "5-8-2024") is a number and its date.
  // (Without "số" too after a decision's word in capitals: "Nghị quyết 11 ngày 30/1/2022"; not
  // after a plan's or a programme's, which run for days: "Kế hoạch 30 ngày".)
  const dated =
    (counted || (s.isCap(i) && DECIDES.has(s.f(wordEnd - 1)))) &&
    next === 'ngày' &&
    /^\d{1,2}$/.test(s.f(k + 2)) &&
    (s.f(k + 3) === '/' || s.f(k + 3) === '-');
  // A decision's number and its year in words: "Nghị quyết 05 năm 1987" (one id with "05/1987").
  const yearIs = s.isCap(i) && DECIDES.has(s.f(wordEnd - 1)) && next === 'năm' && YEAR.test(s.f(k + 2));
  if (yearIs && s.cont(k + 2) && s.f(k + 3) !== '-')
    return { end: k + 3, id: `resolution:${s.slugOf(i, wordEnd)}-${s.f(k)}/${s.f(k + 2)}` };
  if (UNIT_AFTER.has(next) && !dated) return null;
  // "quyết định 5 lần" is a verb: a lower-case type word needs a number that ends a reference.
  const endsReference = k + 1 >= s.count || s.lineBefore(k + 1) || REFERENCE_END.has(next) || isClause(s, k + 1);
  if (!s.isCap(i) && !(s.f(k).length >= 2 && endsReference)) return null;
  // "kỷ luật 14 tổ chức đảng", "pháp luật": a word the type word ends, not a document.
  if (!s.isCap(i) && COMPOUND_BEFORE.has(`${s.f(i - 1)} ${s.f(i)}`)) return null;
  return { end: k + 1, id: `resolution:${s.slugOf(i, wordEnd)}-${s.f(k)}` };
}

/**
 * Resolutions named after a plenum or a congress: "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết
 * Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII", "Nghị quyết Đại hội XIII",
 * "Nghị quyết Đại hội Đảng bộ tỉnh Nghệ An lần thứ XIX", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần
 * thứ I", "Nghị quyết Đại hội Đảng bộ phường X nhiệm kỳ 2020 - 2025".
 */
function plenum(s: Scan, i: number, wordEnd: number, word: { plenum: boolean }): Found | null {
  if (!word.plenum || !s.isCap(wordEnd)) return null;
  let k = wordEnd;
  const at = (...words: string[]) => s.cont(k) && s.wordsAt(k, words);
  let numberSeen = false;
  // A session's: "Nghị quyết Kỳ họp thứ 10" (its id with the assembly's term when one follows).
  if (at('kỳ', 'họp') && s.wordsAt(k + 2, ['thứ'])) {
    const o = ordinalEnd(s, k + 3);
    if (o < 0) return null;
    const term = s.f(o) === ',' ? o + 1 : o;
    const ofTerm = s.wordsAt(term, ['quốc', 'hội']) && termAt(s, term + 2);
    return { end: o, id: `resolution:${s.slugOf(i, o)}${ofTerm ? `-${ofTerm.id}` : ''}` };
  }
  if (at('hội', 'nghị')) k += 2;
  if (at('lần', 'thứ')) {
    const o = ordinalEnd(s, k + 2);
    if (o < 0) return null;
    k = o;
    numberSeen = true;
  }
  if (at('ban', 'chấp', 'hành')) k += 3;
  if (at('trung', 'ương')) {
    k += 2;
    if (at('đảng')) k++;
    if (!numberSeen) {
      if (at('lần', 'thứ')) k += 2;
      if (!s.cont(k) || !DIGITS.test(s.f(k))) return null;
      k++;
    }
    // Its term, in Roman or Arabic numerals ("khóa VIII", "khóa 8"), perhaps after a comma:
    // "Nghị quyết Trung ương 6, khóa XII" (one id however written).
    const term = termAt(s, s.f(k) === ',' && s.cont(k + 1) ? k + 1 : k);
    const termed = term?.id.startsWith('khoa-') ? term : null;
    const slug = s.slugOf(i, k);
    return { end: termed ? termed.end : k, id: `resolution:${documentSlug(termed ? `${slug}-${termed.id}` : slug)}` };
  }
  // A local committee's plenum, named by its term: "Nghị quyết Hội nghị lần thứ hai Ban Chấp hành
  // Đảng bộ thành phố khóa XVIII", "... Đảng bộ tỉnh Nghệ An khóa XX".
  if (numberSeen && at('đảng', 'bộ')) {
    k += 2;
    const level = s.longest(k, 'level');
    if (level && s.cont(k)) k = level.end;
    for (const from = k; k < from + 4 && s.cont(k) && s.isCapWord(k) && !ROMAN.test(s.c(k)); ) k++;
    if (!(at('khóa') || at('khoá')) || !s.cont(k + 1) || !ROMAN.test(s.c(k + 1))) return null;
    return { end: k + 2, id: `resolution:${s.slugOf(i, k + 2)}` };
  }
  if (numberSeen || !at('đại', 'hội')) return null;
  k += 2;
  if (at('đại', 'biểu', 'toàn', 'quốc')) k += 4;
  else if (at('đại', 'biểu', 'đảng', 'bộ')) k += 2;
  if (at('đảng', 'bộ')) {
    k += 2;
    const level = s.longest(k, 'level');
    if (level && s.cont(k)) k = level.end;
    // The committee's place or unit: "tỉnh Nghệ An", "Quân đội"; or its level alone before the
    // congress's number ("Đảng bộ phường lần thứ I").
    const from = k;
    // (Or the Front's block: "Đảng bộ Mặt trận và các đoàn thể Trung ương".)
    const block = s.wordsAt(k, ['mặt', 'trận']) ? frontBlockEnd(s, k + 2) : k;
    if (block > k + 2) k = block;
    else if (s.isCapWord(k))
      while (
        k < from + 4 &&
        s.cont(k) &&
        s.isWord(k) &&
        !at('lần', 'thứ') &&
        !at('nhiệm', 'kỳ') &&
        !ROMAN.test(s.c(k)) &&
        !(k > from && WHEN.has(s.f(k)))
      )
        k++;
    else if (
      level &&
      (!s.cont(k) || CLAUSE_END.has(s.f(k)) || !(s.isWord(k) && (at('lần', 'thứ') || at('nhiệm', 'kỳ'))))
    )
      // The congress of the article's province or commune: "thực hiện Nghị quyết Đại hội Đảng bộ tỉnh."
      // (or "... Đảng bộ phường nghiêm túc").
      return { end: k, id: `resolution:${s.slugOf(i, k)}` };
    else if (!level || !(at('lần', 'thứ') || at('nhiệm', 'kỳ'))) return null;
    // Its place, then the sentence's end: "thông qua nghị quyết Đại hội Đảng bộ tỉnh Cao Bằng."
    if (k > from && (!s.cont(k) || CLAUSE_END.has(s.f(k)) || WHEN.has(s.f(k))))
      return { end: k, id: `resolution:${s.slugOf(i, k)}` };
    // Or named by its term: "Nghị quyết Đại hội Đảng bộ phường X nhiệm kỳ 2020 - 2025", "... Đảng bộ
    // tỉnh nhiệm kỳ 2020 - 2025" (the article's province's).
    const term = termAt(s, k);
    if (term) return { end: term.end, id: `resolution:${s.slugOf(i, term.end)}` };
  }
  // "Đại hội Đảng toàn quốc lần thứ XIII", "Đại hội Đảng Cộng sản Việt Nam lần thứ XIII".
  if (at('đảng')) {
    // Another party's congress, named in full with its number, is its document (no record of ours):
    // "Nghị quyết Đại hội Đảng Nhân dân Cách mạng Lào lần thứ XI".
    const party = s.longest(k, 'body');
    const foreign = party?.term.rec.level === 'foreign' && s.wordsAt(party.end, ['lần', 'thứ']);
    const numbered = foreign ? ordinalEnd(s, party.end + 2) : -1;
    if (numbered > 0) return { end: numbered, id: `resolution:${s.slugOf(i, numbered)}` };
    k++;
    if (at('cộng', 'sản', 'việt', 'nam')) k += 4;
  }
  if (at('toàn', 'quốc')) k += 2;
  if (at('lần', 'thứ')) k += 2;
  const o = ordinalEnd(s, k);
  if (o < 0 || !s.cont(k)) return null;
  // Another organisation's congress ("Nghị quyết Đại hội XIII Công đoàn Việt Nam", "... Đảng NDCM
  // Lào") is not the Party's: no document of ours, and its name is left to the bodies. (In a
  // heading written in capitals the case of the next word tells nothing.)
  const ours = s.wordsAt(o, ['đảng', 'cộng', 'sản', 'việt', 'nam']) || (s.wordsAt(o, ['đảng']) && !s.isCapWord(o + 1));
  if (s.cont(o) && s.isCapWord(o) && !ours && s.c(i) !== s.c(i).toUpperCase()) return null;
  return { end: o, id: `resolution:${documentSlug(s.slugOf(i, o), partyNamedAt(s, o))}` };
}

/** Words after "Đảng" that make it one of its organisations ("Đảng bộ", "Đảng ủy"), not the Party. */
const PARTY_UNIT = new Set(['bộ', 'uỷ', 'đoàn', 'viên']);

/** The Party itself is named at token k: "của Đảng", "Đảng Cộng sản Việt Nam" (a congress's, so the national one). */
function partyNamedAt(s: Scan, k: number): boolean {
  if (s.cont(k) && s.is(k, 'của')) k++;
  if (!s.cont(k) || !s.wordsAt(k, ['đảng'])) return false;
  if (s.wordsAt(k + 1, ['cộng', 'sản', 'việt', 'nam'])) return true;
  return !(s.cont(k + 1) && (PARTY_UNIT.has(s.f(k + 1)) || s.isCapWord(k + 1)));
}

/** The end of an ordinal at token k: digits, a Roman numeral or a number word ("năm", "mười hai"), or -1. */
function ordinalEnd(s: Scan, k: number): number {
  if (!s.cont(k)) return -1;
  if (DIGITS.test(s.f(k)) || ROMAN.test(s.c(k))) return k + 1;
  if (!ORDINAL_WORDS.has(s.f(k))) return -1;
  return s.f(k) === 'mười' && s.cont(k + 1) && ORDINAL_WORDS.has(s.f(k + 1)) ? k + 2 : k + 1;
}
