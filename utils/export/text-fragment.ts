/**
 * Links that scroll to a quote: `url#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`
 * (WICG Scroll-to-Text-Fragment). Browsers match each term on word boundaries and inside one
 * block, so context is trimmed to whole words on the quote's own line, and a quote that starts or
 * ends mid-word is widened to the whole word using its stored context.
 */
import type { TextQuoteSelector } from '../anchoring/types';

/** Quotes longer than this (or spanning lines) use the textStart,textEnd form. */
export const EXACT_MAX_CHARS = 300;
const EDGE_WORDS = 5;
const CONTEXT_WORDS = 3;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);

/** Percent-encode a directive term: encodeURIComponent plus `-`, which is syntax here. */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Last few whole words of the prefix, on the same line as the quote. */
function contextBefore(prefix: string, partial: string): string {
  let p = prefix.slice(0, prefix.length - partial.length);
  const nl = p.lastIndexOf('\n');
  p = p.slice(nl + 1);
  const words = p.split(/\s+/).filter(Boolean);
  // The first word may be cut by the 32-character window (a full window means text went on).
  const cut = nl < 0 && p.length > 0 && !/^\s/.test(p) && prefix.length >= 32;
  const whole = cut ? words.slice(1) : words;
  return whole.slice(-CONTEXT_WORDS).join(' ');
}

function contextAfter(suffix: string, partial: string): string {
  let s = suffix.slice(partial.length);
  const nl = s.indexOf('\n');
  if (nl >= 0) s = s.slice(0, nl);
  const words = s.split(/\s+/).filter(Boolean);
  const cut = s.length > 0 && !/\s$/.test(s) && suffix.length >= 32 && nl < 0;
  const whole = cut ? words.slice(0, -1) : words;
  return whole.slice(0, CONTEXT_WORDS).join(' ');
}

/** The text directive (without `#:~:`) for a quote selector, or null if the quote is blank. */
export function textDirective(sel: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>): string | null {
  const prefix = sel.prefix ?? '';
  const suffix = sel.suffix ?? '';
  let exact = sel.exact;
  // Widen to whole words when the selection starts or ends inside one.
  let headPartial = '';
  if (isWordChar(exact[0]) && isWordChar(prefix[prefix.length - 1])) {
    headPartial = /[\p{L}\p{M}\p{N}]+$/u.exec(prefix)?.[0] ?? '';
  }
  let tailPartial = '';
  if (isWordChar(exact[exact.length - 1]) && isWordChar(suffix[0])) {
    tailPartial = /^[\p{L}\p{M}\p{N}]+/u.exec(suffix)?.[0] ?? '';
  }
  exact = headPartial + exact + tailPartial;
  if (!exact.trim()) return null;

  const before = contextBefore(prefix, headPartial);
  const after = contextAfter(suffix, tailPartial);
  const parts: string[] = [];
  if (before) parts.push(`${encodeTerm(before)}-`);

  const lines = exact.split('\n').map(collapse).filter(Boolean);
  const single = lines.length === 1 && lines[0].length <= EXACT_MAX_CHARS;
  if (single) {
    parts.push(encodeTerm(lines[0]));
  } else {
    const first = lines[0].split(' ');
    const last = lines[lines.length - 1].split(' ');
    if (lines.length === 1 && first.length <= EDGE_WORDS * 2) {
      parts.push(encodeTerm(lines[0]));
    } else {
      parts.push(encodeTerm(first.slice(0, EDGE_WORDS).join(' ')));
      parts.push(encodeTerm(last.slice(-EDGE_WORDS).join(' ')));
    }
  }
  if (after) parts.push(`-${encodeTerm(after)}`);
  return `text=${parts.join(',')}`;
}

/** The page URL with a text fragment for the quote (any existing fragment replaced). */
export function textFragmentUrl(url: string, sel: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>): string {
  const base = url.replace(/#.*$/s, '');
  const directive = textDirective(sel);
  return directive ? `${base}#:~:${directive}` : base;
}
