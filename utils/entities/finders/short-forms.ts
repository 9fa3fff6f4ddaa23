/**
 * Short forms an article defines in brackets after a body's name, read later in the article as
 * that body: "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực (Ban Chỉ đạo)" then
 * "Ban Chỉ đạo yêu cầu ...", "Ủy ban Bầu cử (UBBC) tỉnh Đắk Lắk" then "UBBC tỉnh Đắk Lắk". The
 * short form alone would be any body of its kind, or none at all.
 */
import { upperRun } from '../../text/chars';
import { type Scan, TERM } from '../scan';
import type { BodyParse } from './bodies';
import type { FoundBody } from './foreign-organs';
import { localityAt, ownAbbreviation } from './qualifiers';

interface ShortForm {
  /** Its folded words. */
  words: string[];
  /** The token after its closing bracket: it stands for the body from there on. */
  from: number;
  /** The body it stands for. */
  id: string;
  /** An abbreviation of capitals ("UBBC"), which the data may not know. */
  abbreviation: boolean;
}

/** How many tokens a bracketed short form may have. */
const MAX_WORDS = 5;

/**
 * Reads the short forms `found` define and applies them: a body found later as exactly a short
 * form (a bare record's id: "Ban Chỉ đạo") takes the defined body's id, and an abbreviation the
 * data does not know ("UBBC") is added as that body, with the place after it when the defined
 * body has that place. Returns the bodies to add, as [start, end, id] token ranges.
 */
export function applyShortForms(s: Scan, found: FoundBody[]): [number, number, string][] {
  const forms = defined(s, found);
  if (!forms.length) return [];
  const covered = new Uint8Array(s.count);
  for (const f of found) covered.fill(1, f.start, f.parse.end);
  for (const f of found) {
    const form = forms.find((d) => f.start >= d.from && f.parse.id === bareId(f.parse) && s.wordsAt(f.start, d.words));
    // (Not "Ban Chỉ đạo" + "tỉnh": a province's committee, named by its level.)
    const end = f.parse.end;
    if (form && end === f.start + form.words.length && !s.has(end, 'level') && !s.has(end, 'loc'))
      f.parse = { ...f.parse, id: form.id };
  }
  const added: [number, number, string][] = [];
  for (const d of forms) {
    if (!d.abbreviation) continue;
    for (let k = d.from; k < s.count; k++) {
      if (covered[k] || s.inDocument[k] || s.f(k) !== d.words[0] || !upperRun(s.c(k), Math.min(3, d.words[0].length)))
        continue;
      // One the data knows ("UBKT", "HĐND") it reads itself: alone, it may be any of its kind
      // ("các Tỉnh ủy, Thành ủy, UBKT ..."); "UBBC các cấp" is a class of bodies, not the one defined.
      if (s.startsAny(k, TERM.body) || s.f(k + 1) === 'các' || s.f(k + 1) === 'cấp') continue;
      const place = s.cont(k + 1) ? localityAt(s, k + 1, false) : null;
      const end = place && !place.guessed && d.id.endsWith(`--${place.id}`) ? place.end : k + 1;
      added.push([k, end, d.id]);
      k = end - 1;
    }
  }
  return added;
}

/** The short forms defined in brackets inside or right after each found body. */
function defined(s: Scan, found: FoundBody[]): ShortForm[] {
  const forms: ShortForm[] = [];
  for (const f of found) {
    for (let p = f.start + 1; p <= f.parse.end && p < s.count; p++) {
      if (s.f(p) !== '(') continue;
      let q = p + 1;
      while (q < p + 1 + MAX_WORDS && q < s.count && s.isWord(q) && s.cont(q)) q++;
      if (q === p + 1 || s.f(q) !== ')') break;
      const words = Array.from({ length: q - p - 1 }, (_, k) => s.f(p + 1 + k));
      const inner = found.find((g) => g.start === p + 1 && g.parse.end === q);
      // The name's own initials ("Ủy ban Bầu cử (UBBC)", not "Tập đoàn ... (VNPT)" after "Đảng bộ"),
      // or its first words, a kind of body ("Ban Chỉ đạo ... (Ban Chỉ đạo)", not "Cục ... (Bộ Công an)").
      // Or a foreign party's acronym in its own language, right after its name: "Đảng Cộng sản LB Nga
      // (KPRF)", "Đảng Nước Nga Thống nhất (UR)".
      const partyAcronym =
        p === f.parse.end &&
        f.parse.rec.level === 'foreign' &&
        f.parse.id.startsWith('dang-') &&
        /^[A-Z]{2,6}$/.test(s.c(p + 1));
      const abbreviation =
        words.length === 1 && ((upperRun(s.c(p + 1), 3) && !!ownAbbreviation(s, f.start, p)) || partyAcronym);
      const bare = !!inner && inner.parse.id === bareId(inner.parse);
      // (After a prefix, "Thường trực Ban Chỉ đạo ... (Ban Chỉ đạo)", it is the organ after the prefix.)
      const prefixed =
        f.parse.id.includes('--') && [1, 2, 3].some((n) => s.wordsAt(f.start + n, words) && s.isCap(f.start + n));
      const head = bare && !abbreviation && (s.wordsAt(f.start, words) || prefixed);
      const id = head && prefixed ? f.parse.id.slice(f.parse.id.indexOf('--') + 2) : f.parse.id;
      if (((abbreviation && (!inner || bare)) || head) && id !== inner?.parse.id) {
        forms.push({ words, from: q + 1, id, abbreviation });
        if (inner) inner.parse = { ...inner.parse, id };
      }
      break;
    }
  }
  return forms;
}

/** A body read as its record alone, with nothing that tells it apart ("Ban Chỉ đạo", "BCĐ"). */
const bareId = (p: BodyParse) => p.rec.id;
