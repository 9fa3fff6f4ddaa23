/**
 * A gazetteer phrase's term as one number: its sort in the low 4 bits, its record's index above
 * them. Bodies count the data's bodies first, then the departments.
 */
export const TERM_SORT = {
  body: 0,
  loc: 1,
  locLeveled: 2,
  country: 3,
  title: 4,
  mod: 5,
  level: 6,
  official: 7,
  law: 8,
  code: 9,
  ff: 10,
  generic: 11,
  region: 12,
} as const;

/** One bit per term type (Scan's look-ups test them; the lexicon keeps each syllable's). */
export const TERM = {
  body: 1,
  loc: 2,
  country: 4,
  title: 8,
  mod: 16,
  level: 32,
  official: 64,
  watch: 128,
  law: 256,
  ff: 512,
  generic: 1024,
  region: 2048,
} as const;

/** The TERM bit of each sort. */
export const SORT_BIT = [
  TERM.body,
  TERM.loc,
  TERM.loc,
  TERM.country,
  TERM.title,
  TERM.mod,
  TERM.level,
  TERM.official,
  TERM.law,
  TERM.law,
  TERM.ff,
  TERM.generic,
  TERM.region,
];

export const termCode = (sort: number, index = 0) => index * 16 + sort;
export const termSort = (code: number) => code & 15;
export const termIndex = (code: number) => code >>> 4;
