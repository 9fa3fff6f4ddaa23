/**
 * The number grammar of Party and State documents, read from tokens: a number ("23", "23a"),
 * an optional year and one or more codes joined by "-" or "/" with no space ("23-NQ/TW",
 * "100/2019/NĐ-CP", "05/2015/TTLT-BTP-BCA-BYT", "1656/NQ-UBTVQH15"), or with a space typed on
 * one side before a document code ("68- NQ/TW") or on both after the number before a type and its
 * issuer ("19 - NQ/TW"), and a unit in brackets after an investigation
 * body's code ("87/C03 (P2)").
 */
import { matchData } from '../match-data';
import type { Scan } from '../scan';
import { DASHES } from '../clause';

const NUMBER = /^\d+[a-zđ]?$/;
const YEAR = /^(19|20)\d\d$/;
// ("TƯ" is "TW", Trung ương, as the press also writes it: "296-QĐ/TƯ".)
const CODE = /^([A-ZĐ][A-Za-zĐđ0-9]*|TƯ)$/;
const ANY_CASE_CODE = /^([A-Za-zĐđ][A-Za-zĐđ0-9]*|[Tt][Ưư])$/;
const CENTRAL = /^[Tt][Ưư]$/;
/** A unit's code after a dot in an investigation office's symbol: "P3.C3". */
const UNIT_CODE = /^[A-ZĐ]{1,3}\d{1,2}$/;
/** Codes that start a document type in a symbol ("NQ-CP", "QĐ-TTg", "KH-UBND"). */
const TYPE_CODE = /^(NQ|NĐ|QĐ|CT|KL|TT|TB|HD|KH)/;
const PARLIAMENT_CODE = /^(QH|UBTVQH)\d+$/i;

export interface Symbol {
  /** The token after it. */
  end: number;
  codes: string[];
}

const isJoin = (s: Scan, k: number) => (s.f(k) === '-' || s.f(k) === '/') && !s.spaceBefore(k);
/** Token k is glued to the token before it (no space) and could continue it. */
const gluedBefore = (s: Scan, k: number) =>
  k > 0 && !s.spaceBefore(k) && (s.isWord(k - 1) || s.f(k - 1) === '-' || s.f(k - 1) === '/' || s.f(k - 1) === '.');
/** At token k a dot and digits glued to the number before it ("66" + ".7"). */
const dottedNumber = (s: Scan, k: number) =>
  s.f(k) === '.' && !s.spaceBefore(k) && !s.spaceBefore(k + 1) && isNumberToken(s, k + 1);

/**
 * A join typed with a space on one side before a code the documents use: "68- NQ/TW",
 * "126 -KL/TW", "45-CT /TW" (the press's typos; a space on both sides ends the symbol).
 */
const strayJoin = (s: Scan, k: number) =>
  (s.f(k) === '-' || s.f(k) === '/') &&
  s.cont(k) &&
  s.cont(k + 1) &&
  s.spaceBefore(k) !== s.spaceBefore(k + 1) &&
  CODE.test(s.c(k + 1)) &&
  plausibleSymbol([s.c(k + 1)]);

/**
 * A dash spaced on both sides right after the number, before a document type's code and its
 * issuer's, after a document word: "Nghị quyết số 19 - NQ/TW", "Kết luận số 64 – KL/TW"
 * (elsewhere such a dash ends the symbol).
 */
const spacedDash = (s: Scan, i: number, k: number) =>
  k === i + 1 &&
  s.f(k) === '-' &&
  s.spaceBefore(k) &&
  s.spaceBefore(k + 1) &&
  s.cont(k + 1) &&
  TYPE_CODE.test(s.c(k + 1)) &&
  CODE.test(s.c(k + 1)) &&
  s.f(k + 2) === '/' &&
  !s.spaceBefore(k + 2);

/**
 * A dash spaced on both sides after the type's code, before an issuer's code the documents use,
 * after a document word: "Quyết định số 1509/QĐ - TTg" (the press's typo for "1509/QĐ-TTg").
 */
const spacedIssuer = (s: Scan, k: number, codes: readonly string[]) =>
  codes.length === 1 &&
  TYPE_CODE.test(codes[0]) &&
  DASHES.has(s.f(k)) &&
  s.spaceBefore(k) &&
  s.spaceBefore(k + 1) &&
  s.cont(k + 1) &&
  CODE.test(s.c(k + 1)) &&
  s.f(k + 2) !== '/' &&
  plausibleSymbol([s.c(k + 1)]);

/** A bare number token ("23", "23a"). */
export function isNumberToken(s: Scan, i: number): boolean {
  return s.startsWithDigit(i) && NUMBER.test(s.f(i));
}

/**
 * The symbol starting at token i, or null. `anyCase`: after a document word the codes may be
 * lower case ("nghị quyết số 23-nq/tw").
 */
export function symbolAt(s: Scan, i: number, anyCase: boolean): Symbol | null {
  if (!isNumberToken(s, i) || gluedBefore(s, i)) return null;
  const code = anyCase ? ANY_CASE_CODE : CODE;
  const codes: string[] = [];
  let k = i + 1;
  // A number with a dot in it: "66.7/2025/NQ-CP", one of a series of one day's resolutions.
  while (dottedNumber(s, k)) k += 2;
  const number = k - 1;
  while (
    (isJoin(s, k) && s.isWord(k + 1) && !s.spaceBefore(k + 1)) ||
    strayJoin(s, k) ||
    (anyCase && (spacedDash(s, number, k) || spacedIssuer(s, k, codes)))
  ) {
    const t = s.c(k + 1);
    if (!codes.length && YEAR.test(t) && k === number + 1) k += 2;
    else if (code.test(t)) {
      codes.push(CENTRAL.test(t) ? 'TW' : t);
      k += 2;
      // "BNN&PTNT"; an investigation office's unit after a dot: "19/BKL-ANĐT-P3.C3".
      const glue = (f: string) => f === '&' || (f === '.' && UNIT_CODE.test(s.c(k + 1)));
      while (glue(s.f(k)) && !s.spaceBefore(k) && code.test(s.c(k + 1)) && !s.spaceBefore(k + 1)) {
        codes.push(s.c(k + 1));
        k += 2;
      }
    } else break;
  }
  if (!codes.length) return null;
  if (k < s.count && !s.spaceBefore(k) && (s.isWord(k) || isJoin(s, k))) return null;
  // An office of an investigation body: "112/C03 (P4)".
  if (s.f(k) === '(' && CODE.test(s.c(k + 1)) && s.f(k + 2) === ')' && !s.spaceBefore(k + 1) && !s.spaceBefore(k + 2))
    k += 3;
  return { end: k, codes };
}

let knownCodes: Set<string> | undefined;

/** A bare symbol counts only when one of its codes is a document or issuer code we know. */
export function plausibleSymbol(codes: readonly string[]): boolean {
  if (!knownCodes) {
    knownCodes = new Set(matchData().documentCodes.map((c) => c.toUpperCase()));
  }
  const known = knownCodes;
  return codes.some((c) => known.has(c.toUpperCase()) || PARLIAMENT_CODE.test(c) || TYPE_CODE.test(c));
}

/** The id of a document known by its symbol: the symbol folded, without spaces (Scan.compactOf). */
export function symbolId(compact: string): string {
  return `resolution:${compact.replace(/(^|[/-])tư(?=[/-]|$)/g, '$1tw')}`;
}
