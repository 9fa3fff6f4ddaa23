/**
 * One id for a document however the text words it, so a dossier lists it once. An amending law
 * with or without "của" before the law it amends ("Luật sửa đổi, bổ sung một số điều (của) Luật
 * Đất đai") is one. A Party resolution named after a plenum or a congress: "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Hội nghị Trung ương 4
 * khóa XII" and "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII" are one
 * document; "Nghị quyết Đại hội XII", "... Đại hội lần thứ XII", "... Đại hội 12" another.
 *
 * What tells documents apart is kept: a plenum's term (one without "khóa" stays apart: which term
 * the text meant is unknown), and whether the congress is said to be the Party's national one
 * ("Đại hội đại biểu toàn quốc", "Đại hội Đảng toàn quốc", "Đại hội Đảng lần thứ", or "Đại hội XIII
 * của Đảng"): a bare "Đại hội XIV" may be a province's fourteenth congress, so it is not joined to
 * the national one. A local congress's resolution keeps its own id.
 *
 * Pure, on slugs: the engine calls it on the id it builds (finders/documents.ts) and the database
 * upgrade on the ids notes were saved with (legacy-ids.ts).
 */

/** "... một số điều của Luật X": the same law as "... một số điều Luật X". */
const AMENDING_OF = '-mot-so-dieu-cua-';
const AMENDING = '-mot-so-dieu-';

/** Ordinal words as a slug writes them ("lần thứ tư" → "tu"), longest first. */
const WORDS: [string, number][] = [
  ['muoi-mot', 11],
  ['muoi-hai', 12],
  ['muoi-ba', 13],
  ['muoi-bon', 14],
  ['muoi-tu', 14],
  ['muoi', 10],
  ['nhat', 1],
  ['mot', 1],
  ['hai', 2],
  ['ba', 3],
  ['tu', 4],
  ['bon', 4],
  ['nam', 5],
  ['sau', 6],
  ['bay', 7],
  ['tam', 8],
  ['chin', 9],
];
const ORDINAL = `(\\d+|[ivxlc]+|${WORDS.map(([w]) => w).join('|')})`;
const PLENUM = new RegExp(
  `^nghi-quyet-(?:hoi-nghi-)?(?:lan-thu-${ORDINAL}-)?(?:ban-chap-hanh-)?trung-uong(?:-dang)?(?:-lan-thu)?(?:-(\\d+))?(?:-khoa-([ivxlc]+))?$`,
);
const CONGRESS = new RegExp(
  `^nghi-quyet-dai-hoi-(dai-bieu-toan-quoc-|toan-quoc-|dang-(?:cong-san-viet-nam-)?(?:toan-quoc-)?)?(?:lan-thu-)?${ORDINAL}$`,
);
const ROMAN_DIGITS: [number, string][] = [
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

function fromRoman(r: string): number {
  let n = 0;
  for (let k = 0; k < r.length; k++) {
    const v = ROMAN_VALUES[r[k]];
    n += k + 1 < r.length && ROMAN_VALUES[r[k + 1]] > v ? -v : v;
  }
  return n;
}

function toRoman(n: number): string {
  let out = '';
  for (const [v, r] of ROMAN_DIGITS)
    while (n >= v) {
      out += r;
      n -= v;
    }
  return out;
}

/** An ordinal as written in a slug ("12", "xii", "muoi-hai") as a number, or NaN. */
export function ordinal(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  const word = WORDS.find(([w]) => w === written);
  return word ? word[1] : fromRoman(written);
}

/**
 * A document's id in one form (`slug` without "resolution:"): an amending law's without "của"; a
 * plenum's or a congress's resolution:
 * "nghi-quyet-trung-uong-4-khoa-xii", "nghi-quyet-dai-hoi-xii",
 * "nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-xii". `national`: the text right after the span
 * says the congress is the Party's ("Đại hội XIII của Đảng"). Any other slug comes back as it is.
 */
export function documentSlug(slug: string, national = false): string {
  if (slug.includes(AMENDING_OF)) return slug.replace(AMENDING_OF, AMENDING);
  const plenum = PLENUM.exec(slug);
  if (plenum) {
    const n = plenum[1] ? ordinal(plenum[1]) : plenum[2] ? Number(plenum[2]) : Number.NaN;
    if (!(n > 0 && n < 40)) return slug;
    return `nghi-quyet-trung-uong-${n}${plenum[3] ? `-khoa-${plenum[3]}` : ''}`;
  }
  const congress = CONGRESS.exec(slug);
  if (congress) {
    const n = ordinal(congress[2]);
    if (!(n > 0 && n < 40)) return slug;
    return congress[1] || national
      ? `nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-${toRoman(n)}`
      : `nghi-quyet-dai-hoi-${toRoman(n)}`;
  }
  return slug;
}

const NATIONAL_CONGRESS = /^resolution:nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-([ivxlc]+)$/;
const BARE_CONGRESS = /^resolution:nghi-quyet-dai-hoi-([ivxlc]+)$/;
/** A session's resolution, and the assembly's term when its id has one ("...-ky-hop-thu-10-khoa-xv"). */
const SESSION = /^(resolution:nghi-quyet-ky-hop-thu-[a-z0-9]+)(?:-(khoa-[ivxlc]+))?$/;

/**
 * One congress, one id in an article: a bare "Nghị quyết Đại hội XIV" where the same article names
 * "Nghị quyết Đại hội XIV của Đảng" is the national congress's too; one session, one id. Changes
 * `found` in place.
 */
export function oneCongressPerArticle(found: { id?: string }[]): void {
  const national = new Set<string>();
  const sessions = new Map<string, Set<string>>();
  for (const f of found) {
    const m = f.id && NATIONAL_CONGRESS.exec(f.id);
    if (m) national.add(m[1]);
    const session = f.id && SESSION.exec(f.id);
    if (session?.[2]) sessions.set(session[1], (sessions.get(session[1]) ?? new Set()).add(session[2]));
  }
  // Likewise one session: "Nghị quyết Kỳ họp thứ 10" is the one the article names with its term.
  for (const f of found) {
    const session = f.id && SESSION.exec(f.id);
    const terms = session && !session[2] && sessions.get(session[1]);
    if (terms && terms.size === 1) f.id = `${session[1]}-${[...terms][0]}`;
  }
  if (!national.size) return;
  for (const f of found) {
    const m = f.id && BARE_CONGRESS.exec(f.id);
    if (m && national.has(m[1])) f.id = `resolution:nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-${m[1]}`;
  }
}
