/**
 * People listed after an office and "gồm": "8 phó chủ tịch chuyên trách gồm: bà A, ông B và bà
 * C", "Bốn Phó Bí thư Tỉnh ủy gồm các ông: A, B và C"; after it and "cho" ("bổ nhiệm 10 Thứ
 * trưởng cho các ông, bà: A, B"); or right after it and "đối với": "miễn
 * nhiệm Chủ tịch HĐND thành phố ... đối với ông A". Each listed name holds that office.
 */
import type { Scan } from '../scan';
import { DASHES } from '../clause';
import type { TitleChains } from './title-chains';
import type { Titles } from './titles';
import { termAt } from './qualifiers';
import { MODIFIERS, rankAt } from './offices-after';

/** Academic titles written before a name like a word of address ("TS Nguyễn Minh Vũ, Thứ trưởng ...", "PGS.TS"). */
const DEGREES = ['ts', 'ths', 'pgs', 'gs'];
/**
 * Words of address before a person's name, folded: "ông", "bà"; "anh", "chị" for the Youth Union's
 * officials; "ngài" for a foreign dignitary; academic titles. ("đồng chí", two words, is read apart.)
 */
export const WORDS_OF_ADDRESS = new Set(['ông', 'bà', 'anh', 'chị', 'ngài', ...DEGREES]);
/**
 * Honorifics before a foreign name, no part of it nor of the office before it: Cambodian ("Samdech
 * Say Chhum", "Samdech Moha Bovor Thipadei Hun Manet", the King's "Preah Bat Samdech Preah
 * Boromneath Norodom Sihamoni"), Malaysian ("Dato’ Sri", "Datuk Seri", "Tun"), Arab ("Sheikh Mansour
 * bin Zayed Al Nahyan", "Haji Hassanal Bolkiah"), British ("Sir", "Dame").
 */
export const HONORIFICS = new Set([
  'samdech',
  'preah',
  'bat',
  'boromneath',
  'techo',
  'akka',
  'moha',
  'sena',
  'padei',
  'thipadei',
  'bovor',
  'borvor',
  'dato',
  'datuk',
  'datin',
  'seri',
  'sri',
  'tun',
  'sheikh',
  'sheikha',
  'haji',
  'shri',
  'sir',
  'dame',
]);
/** Honorifics as the older press transliterates them: "Xun-tan" (Sultan), "Ha-gi" (Haji), "Xăm-đéc" (Samdech). */
const SPELT_HONORIFICS = ['xun - tan', 'ha - gi', 'xăm - đéc'].map((w) => w.split(' '));
/** After the honorifics at token k (an apostrophe glued to one, "Dato’"), where the name starts. */
export function afterHonorifics(s: Scan, k: number): number {
  let end = k;
  for (;;) {
    // ("Tan" is one before "Sri" only, else a surname: "Tan Sri Dato’ Johari", "Tan Kok Wai".)
    // (Or one the older press spells out: "Xun-tan Ha-gi Hát-xa-nan Bôn-ki-a", the Sultan of Brunei.)
    const spelt = SPELT_HONORIFICS.some((w) => s.wordsAt(end, w)) && !s.spaceBefore(end + 1) ? 2 : 0;
    if (!spelt && !HONORIFICS.has(s.f(end)) && !s.wordsAt(end, ['tan', 'sri'])) return end;
    let n = end + 1 + spelt;
    if ((s.f(n) === '’' || s.f(n) === "'") && !s.spaceBefore(n)) n++;
    if (!s.cont(n) || !s.isCapWord(n)) return end;
    end = n;
  }
}
const ADDRESS = WORDS_OF_ADDRESS;
/** The words that open the list: "gồm", "là" ("Phó Chủ tịch UBND huyện là A và B"), and "cho" before a word of address. */
const LIST_WORDS = new Set(['gồm', 'là', 'cho']);
const YEAR = /^(19|20)\d\d$/;
/** How many words may stand between the office and "gồm" ("chuyên trách", "nhiệm kỳ này"). */
const MAX_WORDS_BEFORE = 3;

/**
 * Tokens [from, to) of each name listed from the office's end at token k; empty when none is.
 * `start`: the office's first token.
 */
export function namesListedAfter(s: Scan, chains: TitleChains, start: number, k: number): [number, number][] {
  // The tenure after a comma: "Chủ tịch HĐND tỉnh X khóa X, nhiệm kỳ 2021-2026 đối với ông A".
  const tenure = s.f(k) === ',' && s.cont(k + 1) ? termAt(s, k + 1) : null;
  if (tenure && s.wordsAt(tenure.end, ['đối', 'với'])) k = tenure.end;
  // Or the years it was held: "... Chủ tịch UBND tỉnh X giai đoạn 2011 - 2013 đối với ông A".
  if (
    s.wordsAt(k, ['giai', 'đoạn']) &&
    YEAR.test(s.f(k + 2)) &&
    YEAR.test(s.f(k + 4)) &&
    s.wordsAt(k + 5, ['đối', 'với'])
  )
    k += 5;
  // "miễn nhiệm Chủ tịch HĐND thành phố ... đối với ông A": the office right before, a person after.
  // "... nhiệm kỳ 2016 - 2021 đối với: Ông A, ông B và bà C" (a colon before the list).
  if (s.wordsAt(k, ['đối', 'với'])) {
    const t = s.f(k + 2) === ':' ? k + 3 : k + 2;
    if (s.cont(t) && ADDRESS.has(s.f(t))) return names(s, chains, t);
  }
  // "miễn nhiệm chức Phó Chủ tịch UBND với các ông A, ông B": a post given or taken ("chức") from people.
  if (s.f(start - 1) === 'chức' && s.f(k) === 'với' && s.f(k + 1) === 'các' && ADDRESS.has(s.f(k + 2)) && s.cont(k + 3))
    return names(s, chains, k + 3);
  let t = k;
  // ", bao gồm:", ", gồm:" as "gồm:": "6 Phó Chủ tịch, bao gồm: ông A, B và bà C".
  if (s.f(t) === ',' && s.wordsAt(t + 1, ['bao', 'gồm'])) t += 2;
  else if (s.f(t) === ',' && s.f(t + 1) === 'gồm') t += 1;
  while (t < k + MAX_WORDS_BEFORE && s.cont(t) && s.isWord(t) && !s.isCap(t) && !LIST_WORDS.has(s.f(t))) t++;
  // A counted office, a colon, then people addressed: "7 phó chủ tịch: ông A, ông B và bà C".
  if (t === k && s.f(t) === ':' && /^\d+$/.test(s.f(start - 1)) && ADDRESS.has(s.f(t + 1)))
    return names(s, chains, t + 1);
  if (!LIST_WORDS.has(s.f(t)) || !s.cont(t + 1)) return [];
  // "bổ nhiệm 10 Thứ trưởng cho các ông, bà: A, B": "cho" gives the office to people named so, right
  // after it ("Phó Trưởng Ban ... trao quyết định cho ông B": the holder gives B something).
  const given = s.f(t) === 'cho';
  if (given && t > k) return [];
  // "là" names them only after an office written as one and before a Vietnamese name or a word
  // of address, or "các ông, bà:" ("124 đại biểu là Trưởng Công an các phường" names nobody).
  const addressed = (k: number) => ADDRESS.has(s.f(k)) || (s.f(k) === 'các' && ADDRESS.has(s.f(k + 1)));
  const counted = /^\d+$/.test(s.f(start - 1)) && addressed(t + 1); // "4 phó viện trưởng là bà A và các ông B, C"
  const named = s.isSurname(t + 1) || addressed(t + 1) || rankAt(s, t + 1);
  if (s.f(t) === 'là' && !counted && (!s.isCap(start) || !named)) return [];
  t++;
  if (s.f(t) === ':') t++;
  // "gồm các ông:", "gồm các đồng chí:", "cho các ông, bà:"
  if (s.f(t) === 'các' && (ADDRESS.has(s.f(t + 1)) || s.wordsAt(t + 1, ['đồng', 'chí']))) {
    t += s.f(t + 1) === 'đồng' ? 3 : 2;
    if ((s.f(t) === ',' || s.f(t) === '/') && ADDRESS.has(s.f(t + 1))) t += 2; // "các ông, bà:", "các ông/bà:"
    if (s.f(t) === ':') t++;
  } else if (given && !ADDRESS.has(s.f(t))) return [];
  return names(s, chains, t);
}

/** The names listed from token t ("ông A, bà B và ông C"). */
function names(s: Scan, chains: TitleChains, t: number): [number, number][] {
  const names: [number, number][] = [];
  for (;;) {
    if (s.f(t) === 'các' && ADDRESS.has(s.f(t + 1)))
      t += 2; // "bà A và các ông B, C"
    else if (ADDRESS.has(s.f(t))) t++;
    else if (s.wordsAt(t, ['đồng', 'chí']) || rankAt(s, t)) t += 2;
    const end = chains.personName(t, true);
    if (end <= t) return names;
    names.push([t, end]);
    t = end;
    // What one name has after it in brackets: "bà A (Phó Chủ tịch Thường trực)".
    if (s.f(t) === '(') {
      while (t < end + 30 && s.cont(t) && s.f(t) !== ')') t++;
      if (s.f(t) !== ')') return names;
      t++;
    }
    // Or its own office, up to the next name: "bà A, Phó Chủ tịch UBND tỉnh nhiệm kỳ 2011-2016; ông
    // B, ông C, Ủy viên ..." (or after a dash: "Ông A - Ủy viên dự khuyết Trung ương Đảng; ông B").
    if ((s.f(t) === ',' || DASHES.has(s.f(t))) && s.isCap(t + 1)) {
      const office = chains.chain(t + 1);
      const next = s.f(office) === ';' || (s.f(office) === ',' && ADDRESS.has(s.f(office + 1)));
      if (office > t + 1 && next && s.cont(office + 1)) t = office;
    }
    const sep = s.f(t);
    if ((sep !== ',' && sep !== ';' && sep !== 'và') || !s.cont(t + 1)) return names;
    // After a semicolon the list goes on only as it was written: "...; ông B". "là A và B; C, cựu
    // Trưởng phòng ..." starts another sentence's subject.
    if (sep === ';' && !ADDRESS.has(s.f(t + 1)) && !s.wordsAt(t + 1, ['đồng', 'chí'])) return names;
    t++;
  }
}

/**
 * After a title ending before token end, capitals that name a unit, not a person (but for a strong
 * surname): after "Trưởng phòng", "Trưởng Ban" ("An Ninh"), a faculty's ("Phó Chủ nhiệm" + "Khoa
 * Sư phạm": "Khoa" is no surname), and a zone's after its board ("Trưởng Ban Quản lý Khu Kinh tế" +
 * "Dung Quất").
 */
export const unitNamedAfter = (s: Scan, titles: Titles, end: number): boolean =>
  ((s.f(end - 1) === 'phòng' || s.f(end - 1) === 'ban') && s.f(end - 2) !== 'quốc' && titles.endsAt(end)) ||
  s.f(end) === 'khoa' ||
  ZONES.some((z) => s.wordsAt(end - z.length, z));

/** A zone's kind, which its name follows: "Khu Kinh tế Dung Quất", "Khu công nghiệp Quang Minh". */
const ZONES = [
  ['khu', 'kinh', 'tế'],
  ['khu', 'công', 'nghiệp'],
  ['khu', 'chế', 'xuất'],
  ['khu', 'công', 'nghệ', 'cao'],
];

/**
 * A known name at [i, end) begins a longer one: "Nguyễn Thị Hồng Xuân" is not the governor
 * Nguyễn Thị Hồng, "Nguyễn Văn Bình Minh" not Nguyễn Văn Bình. A place, a body or a document
 * after the name is none of it ("Đặng Xuân Phong Ninh Bình", "Võ Văn Thưởng Nghị quyết 23").
 */
export function longerName(s: Scan, chains: TitleChains, i: number, end: number): boolean {
  if (!s.isCapWord(end) || !s.cont(end) || s.inDocument[end] || s.has(end, 'body')) return false;
  if (s.longest(end, 'loc') || (s.longest(end, 'country') && !givenNameCountry(s, i, end))) return false;
  return chains.personName(i, false) > end;
}

/**
 * After a known name of three words [i, end), a country of one word is the fourth word of a
 * longer name as often ("Nguyễn Thị Hồng Nga", "Trần Minh Đức"): where no capital follows it.
 */
function givenNameCountry(s: Scan, i: number, end: number): boolean {
  return end - i === 3 && s.longest(end, 'country')?.end === end + 1 && !s.isCapWord(end + 1);
}

/**
 * The deputies' title at token i follows "của" and a comma follows it: "chất vấn của Đại biểu Quốc
 * hội, Bộ trưởng" + "B" (the deputies who ask are many, and none is B).
 */
export function deputiesOf(s: Scan, i: number): boolean {
  return s.f(i - 1) === 'của' && s.wordsAt(i, ['đại', 'biểu']) && !s.lineBefore(i);
}

/**
 * The title at token i is plural: "các đồng chí", "các Phó Thủ tướng", "các nguyên Phó Chủ tịch",
 * or counted ("Ban Thường vụ gồm 12 đồng chí: A, B, ...").
 */
export function pluralBefore(s: Scan, i: number): boolean {
  let k = MODIFIERS.has(s.f(i - 1)) ? i - 2 : i - 1;
  if (s.f(k) === 'vị') k--; // "các vị đại biểu"
  const counted = /^\d+$/.test(s.f(k)) && Number(s.f(k)) > 1;
  return (s.f(k) === 'các' || counted) && !s.lineBefore(k + 1);
}

/**
 * Words that make what follows them someone's aide: "Thư ký", "Trợ lý", "Phụ trách", "Cố vấn", "Phát ngôn";
 * or spouse: "Phu nhân Tổng thống Kim Jung-sook" (or the president's name? the text leaves it open).
 */
const AIDES = ['thư ký', 'trợ lý', 'phụ trách', 'cố vấn', 'phát ngôn', 'phu nhân'].map((w) => w.split(' '));

/** An aide's words end within six words before token k, on its line and in its clause ("Trợ lý cấp cao về kinh tế cho"). */
export function aideBefore(s: Scan, k: number): boolean {
  for (let j = k - 2; j >= Math.max(0, k - 8); j--) {
    if (!s.isWord(j) || !s.cont(j + 1)) return false;
    if (AIDES.some((w) => s.wordsAt(j, w))) return true;
  }
  return false;
}
