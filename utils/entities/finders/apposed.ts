/**
 * Names followed by their office: "Lê Minh Trí, Viện trưởng ...", "Nguyễn Văn A (Bí thư ...)",
 * "Hồ Văn Tám, nguyên Phó Chủ tịch ...", and each name of a list before one office ("A, B và C,
 * Ủy viên Ban Thường vụ Tỉnh ủy"). Officials adds what this finds.
 */
import { isClause, SENTENCE_ENDS } from '../clause';
import type { Scan } from '../scan';
import { SYLLABLE_FLAGS } from '../lexicon-format';
import { TOKEN_CAP } from '../../text/tokens';
import type { Bodies } from './bodies';
import type { TitleChains } from './title-chains';
import type { Titles } from './titles';
import { foreignNameAt, isForeignName, namesAnotherCountry, namesVietNam } from './foreigners';
import { WORDS_OF_ADDRESS } from './name-lists';
import { falseFriendBefore } from './person-names';
import type { OfficesAfter, Role } from './offices-after';

/** Each name [from, to) with its office after it. */
export function apposedNames(
  s: Scan,
  titles: Titles,
  chains: TitleChains,
  offices: OfficesAfter,
  bodies: Bodies,
  add: (from: number, to: number, office: Role) => void,
): void {
  const { inDocument, tokenFlags, syllableFlags, syllableIds } = s;
  // Words of address by syllable id; one outside the lexicon ("ngài") has none: by its letters.
  const courtesyIds = new Set([...WORDS_OF_ADDRESS].map((w) => s.gazetteer.idOf(w)).filter((id) => id >= 0));
  for (let i = 0; i < s.count; i++) {
    if (!(tokenFlags[i] & TOKEN_CAP) || inDocument[i]) continue;
    const courtesy =
      i > 0 && (syllableIds[i - 1] < 0 ? WORDS_OF_ADDRESS.has(s.f(i - 1)) : courtesyIds.has(syllableIds[i - 1]));
    let first: number;
    // A name in Vietnamese syllables with no surname of ours ("đồng chí Vông Xay Phômma, Phó Bí thư
    // Tỉnh ủy tỉnh Xay Xổm Bun"): a person only if the office after it is another country's.
    let theirsOnly = false;
    if (syllableFlags[i] & SYLLABLE_FLAGS.surname && s.isCapWord(i) && s.isSurname(i)) {
      // No name runs on from a capitalised word, nor is a school named after one ("Trường THPT chuyên Lê Quý Đôn").
      // (But a sentence's first word that opens no name may: "Riêng Nguyễn Văn A, cựu Giám đốc ...", r373.)
      const opener = s.isNotName(i - 1) && (i === 1 || s.lineBefore(i - 1) || SENTENCE_ENDS.has(s.f(i - 2)));
      if (!courtesy && ((i > 0 && s.isCapWord(i - 1) && !s.lineBefore(i) && !opener) || falseFriendBefore(s, i)))
        continue;
      first = chains.personName(i, false, true);
    } else if (courtesy || listItem(s, i) || s.wordsAt(i - 2, ['đồng', 'chí'])) {
      // (After "đồng chí", a name in Latin letters only: "đồng chí Phandouangchit Vongsa, Ủy viên ...".)
      const comrade = !courtesy && !listItem(s, i);
      first = foreignNameAt(s, titles, chains, i);
      if (comrade && first > 0 && !isForeignName(s, i, first)) first = -1;
      if (first < 0) (first = syllableNameEnd(s, titles, i)), (theirsOnly = true);
    } else continue;
    if (first < 0) continue;
    const listed: [number, number][] = [[i, first]];
    let k = first;
    while ((s.f(k) === ',' || s.f(k) === 'và') && s.cont(k + 1)) {
      // "Ông A và ông B giữ chức ...": a word of address may come before each.
      const at = WORDS_OF_ADDRESS.has(s.f(k + 1)) ? k + 2 : k + 1;
      const next = chains.personName(at, false);
      if (next < 0) break;
      listed.push([at, next]);
      k = next;
    }
    let office = offices.after(k, i);
    if (office && theirsOnly && !anotherCountrys(s, bodies, office.from, office.to)) office = null;
    // A place ending a body is no name: "Bí thư Thành ủy Cao Lãnh, Phó Chủ tịch UBND tỉnh".
    if (office && !courtesy && bodies.startOfBodyEndingAt(first) >= 0) office = null;
    // "Ngoài ông A, Thủ tướng cũng ...": after a fronted "besides", a title its clause's verb follows is its subject.
    const fronted = s.f(i - 1) === 'ngoài' || (courtesy && s.f(i - 2) === 'ngoài');
    if (office && fronted && s.f(office.to) !== ',' && isClause(s, office.to)) office = null;
    // An office in brackets is the last name's alone: "Các ông: A, B (Giám đốc Sở Y tế)" (but "(cùng ...)").
    const own = office && s.f(office.from - 1) === '(' && s.f(office.from) !== 'cùng' ? listed.slice(-1) : listed;
    if (office) for (const [from, to] of own) add(from, to, office);
    i = (office ? k : first) - 1;
  }
}

/**
 * The office [a, b) is another country's: it names one first ("Đại sứ Trung Quốc tại Việt Nam"),
 * or its first body is a foreign one ("Phó Bí thư Tỉnh ủy tỉnh Xay Xổm Bun").
 */
function anotherCountrys(s: Scan, bodies: Bodies, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const body = bodies.at(k);
    if (body) return body.rec.level === 'foreign';
    const c = s.isCap(k) ? s.longest(k, 'country') : undefined;
    if (c) return !namesVietNam(s, k, c.end);
  }
  return namesAnotherCountry(s, bodies, a, b);
}

/** Two to four capitalised words from token i, none a title's, before a comma: their end, or -1. */
function syllableNameEnd(s: Scan, titles: Titles, i: number): number {
  let k = i;
  while (k < i + 4 && s.cont(k) && s.isCapWord(k) && titles.at(k) < 0 && !s.has(k, 'body')) k++;
  return k >= i + 2 && s.f(k) === ',' ? k : -1;
}

/**
 * Token i opens an item of a list of people after ";" or ":" ("...; Bounkhong Lachiemphone, Ủy
 * viên ... Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy"), where a foreign name needs no "ông".
 */
const listItem = (s: Scan, i: number) => i > 0 && (s.f(i - 1) === ';' || s.f(i - 1) === ':') && !s.lineBefore(i);
