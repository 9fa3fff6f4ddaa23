/**
 * Number grammars of Party and State documents, run as a few compiled regular expressions over
 * the normalised (cased) text. Named laws are read from the token stream in documents.ts.
 */
import { documentTypes, issuerCodes } from '../gazetteer';
import { slugify, textKey } from '../../text/normalize';
import { hasUpper } from '../../text/chars';

export interface DocMatch {
  s: number;
  e: number;
  id: string;
}

const L = 'A-Za-zĐđ\\u00C0-\\u1EF9';
/** Document words, longest first so "Thông tư liên tịch" wins over "Thông tư". */
const DOC_WORDS = [
  'Nghị quyết liên tịch',
  'Nghị quyết',
  'Nghị định',
  'Quyết định',
  'Chỉ thị',
  'Kết luận',
  'Quy định',
  'Quy chế',
  'Thông tư liên tịch',
  'Thông tư',
  'Thông báo kết luận',
  'Thông báo',
  'Hướng dẫn',
  'Chương trình hành động',
  'Kế hoạch',
  'Pháp lệnh',
  'Văn bản',
  'Công văn',
  'Nghị',
];
/** The document words as the folded text spells them. */
const docWordRe = DOC_WORDS.map((w) => textKey(w).replace(/ /g, '\\s+')).join('|');

/**
 * A document symbol: 23-NQ/TW, 100/2019/NĐ-CP, 19-2017/NQ-CP, 05/2015/TTLT-BTP-BCA-BYT, 1234/QĐ-TTg,
 * 31/2024/QH15. `codeStart`: the letters an issuer or type code starts with.
 */
const symbolOf = (codeStart: string) =>
  `\\d+[a-zđ]?(?:[-/](?:19|20)\\d\\d)?(?:[-/][${codeStart}][${L}0-9]*(?:&[${codeStart}]+)?)+`;
const SYMBOL = symbolOf('A-ZĐ');
/** The same symbol as NUMBERED_RE reads it, in folded (lower-case) text. */
const FOLDED_SYMBOL = symbolOf('a-zđ');
const SYMBOL_RE = new RegExp(`(?<![${L}0-9/\\-])(${SYMBOL})(?![${L}0-9]|[-/][${L}0-9])`, 'gu');
/**
 * A document word and its number. It runs over the folded (lower-case) text, so it needs no `i`
 * flag: a case-insensitive pattern over these letter ranges took V8 about 3 ms to compile on
 * every page, this one about 1 ms. (Under `i`, the symbol's codes and the stop words were case-blind too, so
 * matching lower-case text with lower-case parts finds the same spans.)
 */
const NUMBERED_RE = new RegExp(
  `(?<![${L}])(${docWordRe})(\\s+số)?\\s*:?\\s+(?:(${FOLDED_SYMBOL})|(\\d+)(?![\\d.,/]\\d|[-/][${L}0-9]|%|\\s*(?:tháng|ngày|năm|giờ|phút|người|triệu|tỷ|nghìn)))(?![${L}0-9])`,
  'gu',
);
const ROMAN = '[IVXLC]+';
/** Resolutions named after a plenum or a congress: "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Đại hội XII". */
const PLENUM_RE = new RegExp(
  `Nghị\\s+quyết\\s+(?:(?:Hội\\s+nghị\\s+)?(?:lần\\s+thứ\\s+\\d+\\s+)?(?:Ban\\s+Chấp\\s+hành\\s+)?Trung\\s+ương(?:\\s+Đảng)?\\s+(?:lần\\s+thứ\\s+)?\\d+(?:\\s+kh(?:óa|oá)\\s+${ROMAN})?` +
    `|Đại\\s+hội(?:\\s+đại\\s+biểu\\s+toàn\\s+quốc)?(?:\\s+Đảng\\s+bộ(?:\\s+[A-ZĐ\\u00C0-\\u1EF8][${L}]*){1,4})?(?:\\s+Đảng)?(?:\\s+lần\\s+thứ)?\\s+(?:${ROMAN}|\\d+))(?![${L}0-9])`,
  'gu',
);
/**
 * What PLENUM_RE needs right after "Nghị quyết". Most articles have none, and this small pattern
 * spares them compiling the large one (about 1 ms on a page's first run).
 */
const PLENUM_GATE = /Nghị\s+quyết\s+(?:Hội|lần|Ban|Trung|Đại)/;
const CONSTITUTION_RE = new RegExp(`(?<![${L}])Hiến\\s+pháp\\s+(?:năm\\s+)?(?:19|20)\\d\\d(?![0-9])`, 'gu');

const knownCodes = new Set<string>();
function codesReady(): Set<string> {
  if (!knownCodes.size) {
    for (const t of documentTypes) for (const a of t.abbr) knownCodes.add(a.toUpperCase());
    for (const k of Object.keys(issuerCodes)) knownCodes.add(k.toUpperCase());
  }
  return knownCodes;
}
/** A bare symbol counts only when one of its codes is a document or issuer code we know. */
function plausibleSymbol(sym: string): boolean {
  const codes = sym.split(/[-/&]/).filter((x) => /^[A-ZĐ]/.test(x));
  const known = codesReady();
  return codes.some(
    (c) => known.has(c.toUpperCase()) || /^(QH|UBTVQH)\d+$/i.test(c) || /^(NQ|NĐ|QĐ|CT|KL|TT|TB|HD|KH)/.test(c),
  );
}

export function symbolId(sym: string): string {
  return `resolution:${textKey(sym).replace(/\s+/g, '')}`;
}

/** Documents in normalised text: `folded` is `cased` lower-cased, offset for offset. */
export function findDocuments(cased: string, folded: string): DocMatch[] {
  const out: DocMatch[] = [];
  for (const m of folded.matchAll(NUMBERED_RE)) {
    const word = cased.slice(m.index!, m.index! + m[1].length);
    const sym = m[3];
    const num = m[4];
    // A bare number needs a capitalised document word: "quyết định 5" is usually a verb.
    if (!sym && !hasUpper(word.charAt(0))) continue;
    if (/^nghị$/i.test(word) && !sym) continue;
    const id = sym ? symbolId(sym) : `resolution:${slugify(word)}-${num}`;
    out.push({ s: m.index!, e: m.index! + m[0].length, id });
  }
  for (const m of cased.matchAll(SYMBOL_RE)) {
    if (!plausibleSymbol(m[1])) continue;
    out.push({ s: m.index!, e: m.index! + m[0].length, id: symbolId(m[1]) });
  }
  if (PLENUM_GATE.test(cased)) {
    for (const m of cased.matchAll(PLENUM_RE)) {
      out.push({ s: m.index!, e: m.index! + m[0].length, id: `resolution:${slugify(m[0])}` });
    }
  }
  if (cased.includes('Hiến'))
    for (const m of cased.matchAll(CONSTITUTION_RE)) {
      out.push({ s: m.index!, e: m.index! + m[0].length, id: `resolution:hien-phap-${m[0].match(/\d{4}/)![0]}` });
    }
  return out;
}
