/**
 * The gazetteer's data files (data/*.json, data/officials/*.json) read as records, and the list
 * of phrases the engine matches, each with its term code. Build time and tests only: the
 * extension loads what scripts/build/gazetteer.ts packs from here (data/gazetteer.packed.ts).
 */
import bodiesData from './data/bodies.json';
import documentsData from './data/documents.json';
import { officialRecords } from './officials';
import { slugify } from '../text/normalize';
import { upperRun } from '../text/chars';
import { unaccentedKeepingCase } from '../text/fold';
import { CENTRAL_SHORT } from './central-short';
import { TERM_SORT, termCode } from './term-codes';
import { FALSE_FRIEND_BEFORE, GENERIC_BEFORE, LEVELS, TITLES, TITLE_MODIFIERS } from './lexicon';
import { type BodyRecord, type LocalityRecord, personNameKey } from './types';
import type { DistrictMerger } from './records';

export interface DocumentType {
  id: string;
  name: string;
  abbr: string[];
  aliases?: string[];
}

interface Department {
  stem: string;
  aliases?: string[];
  from?: string;
  to?: string;
  /** Only these heads ("Phòng" for a district's or a commune's office); both when absent. */
  heads?: string[];
  /** Its source's key in bodies.json, when not the list of administrative units. */
  src?: string;
}

export const bodyRecords = (bodiesData as { bodies: BodyRecord[] }).bodies;
export const localityRecords = (bodiesData as { localities: LocalityRecord[] }).localities;
export const bodySources = (bodiesData as { sources: Record<string, string> }).sources;
export const countryNames = (bodiesData as unknown as { countries: string[][] }).countries;
/** Another country's provinces and regions (China's), each with its country's name: "Quảng Tây", "Vân Nam". */
export const regionRecords = (bodiesData as unknown as { regions: { country: string; names: string[] }[] }).regions;
export const districtsMerged = (bodiesData as unknown as { districtsMerged: DistrictMerger[] }).districtsMerged;
export const documentTypes = (documentsData as { types: DocumentType[] }).types;
export const issuerCodes = (documentsData as { issuers: Record<string, string> }).issuers;
export const lawTitles = (documentsData as { laws: string[] }).laws;
export const codeTitles = (documentsData as { codes: string[] }).codes;
const departments = (bodiesData as unknown as { departments: Department[] }).departments;

/** Every official, each with the day its file was checked. */
export { officialRecords };

const HEADS = [
  ['Sở', 'province', ['local', 'dept']],
  ['Phòng', 'district', ['local', 'needs-place', 'dept']],
] as const;

/** Provincial departments (Sở) and district offices (Phòng), generated from one list of stems. */
export function departmentRecords(): BodyRecord[] {
  return departments.flatMap((d) =>
    HEADS.filter(([head]) => !d.heads || d.heads.includes(head)).map(([head, level, tags]) => ({
      id: slugify(`${head} ${d.stem}`),
      name: `${head} ${d.stem}`,
      level,
      tags: [...tags],
      aliases: (d.aliases ?? []).map((a) => `${head} ${a}`),
      from: d.from,
      to: d.to,
      src: d.src ?? 'wiki-dvhc',
    })),
  );
}

/** Every body the data names: the bodies, then the departments (term codes count in that order). */
export const allBodies = (): BodyRecord[] => [...bodyRecords, ...departmentRecords()];

/**
 * A minister's title may name the ministry without "Bộ": "Bộ trưởng Quốc phòng", "Thứ trưởng
 * Ngoại giao". Read as one title, the name after it is an office holder's (the short ministry name
 * is no body span: entity-guidelines.md, optional). Made from every ministry of the Government in
 * the data, by its name and written-out aliases.
 */
export function ministerTitles(): string[] {
  const ministries = bodyRecords.filter((r) => r.parent === 'chinh-phu' && r.name.startsWith('Bộ '));
  return ministries.flatMap((r) =>
    [r.name, ...(r.aliases ?? [])]
      .filter((n) => n.startsWith('Bộ ') && !isAbbr(n.slice(3)))
      .flatMap((n) => ['Bộ trưởng', 'Thứ trưởng'].map((title) => `${title} ${n.slice(3)}`)),
  );
}

export interface Phrase {
  text: string;
  /** termCode(sort, record index). */
  code: number;
  /** Abbreviations match their capitals exactly ("UBND", "TP"). */
  caseSensitive: boolean;
}

/** An abbreviation: /^[\p{Lu}\d&.\-\s]+$/u, without compiling a Unicode-property expression. */
const isAbbr = (a: string) => a.length > 0 && upperRun(a.replace(/[&.\-\s]/g, ''), 0);

/** Every phrase of the data and the lexicon, in the order the engine's look-ups rely on. */
export function gazetteerPhrases(): Phrase[] {
  const out: Phrase[] = [];
  const add = (text: string, code: number, caseSensitive = false) => out.push({ text, code, caseSensitive });
  const bodyIds = new Set<string>();
  const addBody = (rec: BodyRecord, code: number) => {
    bodyIds.add(rec.id);
    for (const n of [rec.name, ...(rec.aliases ?? [])]) {
      add(n, code, /(^| )(TƯ|TW)( |$)/.test(n));
      // "Trung ương" is also written "TƯ", "T.Ư" or "TW": "Văn phòng T.Ư Đảng", "Ban Tổ chức TW";
      // as written only ("tư" is a word: "Ban Kinh tế tư nhân" is not "Ban Kinh tế TƯ").
      if (/(^| )Trung ương( |$)/.test(n))
        for (const short of CENTRAL_SHORT) add(n.replace(/Trung ương/g, short), code, short !== 'T.Ư');
      // An abbreviation's "&" is also written "-": "Bộ KH&CN" and "Bộ KH-CN", "Bộ VH-TT&DL" and "Bộ VH-TT-DL".
      if (/\p{Lu}&\p{Lu}/u.test(n)) add(n.replace(/&/g, '-'), code, true);
      // "Ủy ban" is also written "UB": "UB Thường vụ Quốc hội", "UB Tư pháp của Quốc hội" (as written).
      if (/^(Ủy|Uỷ) ban /u.test(n)) add(n.replace(/^(Ủy|Uỷ) ban/u, 'UB'), code, true);
      // A ministry of two fields is also written without its "và" ("Bộ Thông tin Truyền thông"), and
      // one of more without its commas or dash ("Bộ Văn hóa Thể thao và Du lịch", "Bộ Lao động
      // Thương binh và Xã hội").
      // A province's department of two fields too ("Sở Tài nguyên Môi trường tỉnh X").
      if ((rec.id.startsWith('bo-') && n.startsWith('Bộ ')) || (rec.id.startsWith('so-') && n.startsWith('Sở '))) {
        if (n.split(' và ').length === 2 && !/[,-]/.test(n)) add(n.replace(' và ', ' '), code);
        const bare = n.replace(/,/g, '').replace(/ - /g, ' ');
        if (bare !== n) add(bare, code);
      }
    }
    for (const a of rec.abbr ?? []) {
      add(a, code, true);
      // An abbreviation's "TƯ" is also typed "TW": "UBTW MTTQ Việt Nam".
      if (a.includes('TƯ')) add(a.replace(/TƯ/g, 'TW'), code, true);
    }
  };
  bodyRecords.forEach((rec, i) => addBody(rec, termCode(TERM_SORT.body, i)));
  departmentRecords().forEach((rec, j) => {
    if (!bodyIds.has(rec.id)) addBody(rec, termCode(TERM_SORT.body, bodyRecords.length + j));
  });
  localityRecords.forEach((loc, i) => {
    add(loc.name, termCode(TERM_SORT.loc, i));
    for (const a of loc.aliases ?? []) {
      const leveled = /^(tp|thành phố|thủ đô)\b/i.test(a) || isAbbr(a);
      add(a, termCode(leveled ? TERM_SORT.locLeveled : TERM_SORT.loc, i), isAbbr(a));
    }
  });
  // A country's abbreviation matches as written ("VN", "UAE").
  countryNames.forEach((names, i) => names.forEach((n) => add(n, termCode(TERM_SORT.country, i), isAbbr(n))));
  regionRecords.forEach((r, i) => r.names.forEach((n) => add(n, termCode(TERM_SORT.region, i))));
  for (const t of [...TITLES, ...ministerTitles()]) add(t, termCode(TERM_SORT.title));
  for (const t of TITLE_MODIFIERS) add(t, termCode(TERM_SORT.mod));
  LEVELS.forEach((l, i) => add(l, termCode(TERM_SORT.level, i), /^(T|[PHQ]\.)/.test(l)));
  for (const w of FALSE_FRIEND_BEFORE) add(w, termCode(TERM_SORT.ff));
  for (const w of GENERIC_BEFORE) add(w, termCode(TERM_SORT.generic));
  lawTitles.forEach((l, i) => {
    add(l, termCode(TERM_SORT.law, i));
    // The press drops the comma of "phòng, chống": "Luật Phòng chống tác hại của thuốc lá".
    if (l.includes('Phòng, chống')) add(l.replace('Phòng, chống', 'Phòng chống'), termCode(TERM_SORT.law, i));
  });
  codeTitles.forEach((l, i) => add(l, termCode(TERM_SORT.code, i)));
  // Two people of one name are one phrase, the first record's: the engine tells them apart after
  // (namesakes.ts).
  const named = new Set<string>();
  officialRecords().forEach((o, i) => {
    const key = personNameKey(o);
    if (named.has(key)) return;
    named.add(key);
    add(o.name, termCode(TERM_SORT.official, i));
    // A foreign name is also typed without its marks: "Francois Hollande", "Sebastien Lecornu".
    if (o.country && o.country !== 'VN' && /[^\x00-\x7f]/.test(o.name)) {
      const bare = unaccentedKeepingCase(o.name);
      if (/^[\x00-\x7f]+$/.test(bare)) add(bare, termCode(TERM_SORT.official, i));
    }
    for (const a of o.aliases ?? []) if (/\S\s+\S/.test(a)) add(a, termCode(TERM_SORT.official, i)); // two words or more
  });
  return out;
}
