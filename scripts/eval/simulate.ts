/**
 * Scripted, seeded edits of an article around an annotated quote, for the evaluation and
 * benchmark scripts: each returns the splices it made, so the quote can be tracked through them.
 */
import { describe } from '../../utils/anchoring/describe';
import { applySplices, trackRange, type Splice, type Tracked } from '../../utils/testing/splice';
import type { Selector } from '../../utils/anchoring/types';

export const EDIT_KINDS = [
  'insert-paragraph',
  'typo-fixed',
  'nbsp',
  'sentence-removed',
  'nfd',
  'quote-deleted',
  'quote-duplicated',
  'rewrap',
  'tone-style',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

export { seededRng, type Rng } from '../../utils/testing/random';
import type { Rng } from '../../utils/testing/random';

const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

type Span = [number, number];

function words(text: string): Span[] {
  return [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length]);
}

/** Sentences, each with the spaces that follow it on its line. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const line = m[0];
    for (const s of line.matchAll(/\S[^]*?(?:[.!?…]+["”’)]*(?=\s|$)|$)\s*/g)) {
      const a = m.index + s.index;
      out.push([a, a + s[0].length]);
    }
  }
  return out;
}

/** A quote a reader might select: a few words (40%), a longer phrase (30%) or 1–3 sentences. */
export function pickQuote(text: string, rng: Rng): Span {
  const r = rng();
  if (r < 0.7) {
    const ws = words(text);
    const count = r < 0.4 ? int(rng, 2, 6) : int(rng, 7, 25);
    const i = int(rng, 0, Math.max(0, ws.length - count));
    return [ws[i][0], ws[Math.min(ws.length, i + count) - 1][1]];
  }
  const ss = sentences(text).filter(([a, b]) => b - a > 20);
  const count = int(rng, 1, 3);
  const i = int(rng, 0, Math.max(0, ss.length - count));
  const last = ss[Math.min(ss.length, i + count) - 1];
  return [ss[i][0], last[0] + text.slice(last[0], last[1]).trimEnd().length];
}

const LETTER = /\p{L}/u;
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/**
 * The article as it was with a typo inside the quote, and the splice that fixes it. Restored
 * letters are never at the quote's edges, where "inside" would be ambiguous.
 */
export function injectTypo(
  text: string,
  [s, e]: Span,
  rng: Rng,
): { text: string; quote: Span; typo: Splice; fix: Splice } | null {
  const letters: number[] = [];
  for (let i = s + 1; i < e - 1; i++) if (LETTER.test(text[i])) letters.push(i);
  if (letters.length === 0) return null;
  const i = pick(rng, letters);
  const ch = text[i];
  const kind = int(rng, 0, 3);
  let typo: Splice;
  if (kind === 0) {
    const base = ch.normalize('NFD')[0];
    const wrong = base !== ch ? base : (base + pick(rng, TONES)).normalize('NFC');
    typo = { at: i, remove: 1, insert: wrong.length === 1 ? wrong : 'x' };
  } else if (kind === 1) typo = { at: i, remove: 1, insert: '' };
  else if (kind === 2) typo = { at: i, remove: 0, insert: ch };
  else if (LETTER.test(text[i + 1]) && text[i + 1] !== ch && i + 1 < e - 1)
    typo = { at: i, remove: 2, insert: text[i + 1] + ch };
  else typo = { at: i, remove: 1, insert: ch === 'n' ? 'm' : 'n' };
  const typoed = applySplices(text, [typo]);
  const fix: Splice = { at: typo.at, remove: typo.insert.length, insert: text.slice(typo.at, typo.at + typo.remove) };
  return { text: typoed, quote: [s, e + typo.insert.length - typo.remove], typo, fix };
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
    if (text[i + 1] !== '\n' && i + 1 < text.length) out.push(i + 1);
  return out;
}

const TONE_PAIRS: Array<[string, string]> = [];
for (const t of TONES) {
  for (const [f, s] of [
    ['o', 'a'],
    ['o', 'e'],
    ['u', 'y'],
    ['O', 'a'],
    ['O', 'e'],
    ['U', 'y'],
  ]) {
    TONE_PAIRS.push([(f + t).normalize('NFC') + s, f + (s + t).normalize('NFC')]);
  }
}

/** The splices of one edit of `kind`, given where the quote is now. */
export function editSplices(
  kind: Exclude<EditKind, 'typo-fixed'>,
  text: string,
  [s, e]: Span,
  rng: Rng,
  donor: string,
): Splice[] {
  const sep = text.includes('\n\n') ? '\n\n' : '\n';
  switch (kind) {
    case 'insert-paragraph': {
      const at = pick(
        rng,
        lineStarts(text).filter((p) => p <= s),
      );
      return [{ at, remove: 0, insert: donor + sep }];
    }
    case 'nbsp': {
      const out: Splice[] = [];
      for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) {
        const r = rng();
        if (r < 0.5) out.push({ at: i, remove: 1, insert: '\u00a0' });
        else if (r < 0.6) out.push({ at: i, remove: 1, insert: pick(rng, ['\u2009', '\u202f', '  ', ' \u00a0']) });
      }
      return out;
    }
    case 'sentence-removed': {
      const others = sentences(text).filter(([a, b]) => b <= s || a >= e);
      if (others.length === 0) return [];
      const [a, b] = pick(rng, others);
      return [{ at: a, remove: b - a, insert: '' }];
    }
    case 'nfd': {
      const out: Splice[] = [];
      for (let i = 0; i < text.length; i++) {
        const d = text[i].normalize('NFD');
        if (d !== text[i]) out.push({ at: i, remove: 1, insert: d });
      }
      return out;
    }
    case 'quote-deleted': {
      if (rng() < 0.5) return [{ at: s, remove: e - s, insert: '' }];
      const ss = sentences(text);
      const a = ss.find(([, b]) => b > s)?.[0] ?? s;
      const b = ss.find(([, b2]) => b2 >= e)?.[1] ?? e;
      return [{ at: Math.min(a, s), remove: Math.max(b, e) - Math.min(a, s), insert: '' }];
    }
    case 'quote-duplicated': {
      // Elsewhere: a copy within the saved context would share it, and which of two adjacent
      // copies is "the" original is only a convention.
      const starts = sentences(text)
        .map(([a]) => a)
        .filter((a) => a < s - 40 || a > e + 40);
      if (starts.length === 0) return [];
      const before = starts.filter((a) => a <= s);
      const at = pick(rng, before.length && rng() < 0.7 ? before : starts);
      return [{ at, remove: 0, insert: `${text.slice(s, e)} ` }];
    }
    case 'rewrap':
      return rewrap(text, rng);
    case 'tone-style': {
      const out: Splice[] = [];
      for (const [a, b] of TONE_PAIRS) {
        for (const [from, to] of [
          [a, b],
          [b, a],
        ]) {
          for (let i = text.indexOf(from); i !== -1; i = text.indexOf(from, i + 2)) {
            const open = !LETTER.test(text[i + 2] ?? '') && text[i - 1] !== 'q' && text[i - 1] !== 'Q';
            if (open) out.push({ at: i, remove: 2, insert: to });
          }
        }
      }
      return out;
    }
  }
}

/** Different paragraph separators, CRLF, or hard-wrapped lines. */
function rewrap(text: string, rng: Rng): Splice[] {
  const out: Splice[] = [];
  const style = int(rng, 0, 2);
  if (style === 0) {
    for (const m of text.matchAll(/\n+/g))
      out.push({ at: m.index, remove: m[0].length, insert: m[0].length > 1 ? '\n' : '\n\n' });
  } else if (style === 1) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
      out.push({ at: i, remove: 1, insert: '\r\n' });
  } else {
    const width = int(rng, 50, 80);
    let col = 0;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\n') col = 0;
      else if (text[i] === ' ' && col >= width) {
        out.push({ at: i, remove: 1, insert: '\n' });
        col = 0;
      } else col++;
    }
  }
  return out;
}

export interface EditCase {
  /** The text the reader annotated. */
  original: string;
  selectors: Selector[];
  /** The text served later. */
  edited: string;
  /** Where the quote went: the right answer. */
  expected: Tracked;
}

/** Picks a quote in `text`, annotates it, applies `kinds` in order, and tracks the quote. */
export function makeCase(text: string, kinds: readonly EditKind[], rng: Rng, donor: string): EditCase | null {
  let quote = pickQuote(text, rng);
  let original = text;
  const pending: Splice[][] = [];
  if (kinds.includes('typo-fixed')) {
    const typo = injectTypo(text, quote, rng);
    if (!typo) return null;
    original = typo.text;
    quote = typo.quote;
    pending.push([typo.fix]);
  }
  const selectors = describe(original, quote[0], quote[1]);
  let cur = original;
  let where: Tracked = { kind: 'kept', start: quote[0], end: quote[1] };
  const steps = [...pending, ...kinds.filter((k) => k !== 'typo-fixed')];
  for (const step of steps) {
    if (where.kind !== 'kept') return null;
    const splices = Array.isArray(step)
      ? step
      : editSplices(step as Exclude<EditKind, 'typo-fixed'>, cur, [where.start, where.end], rng, donor);
    cur = applySplices(cur, splices);
    where = trackRange(splices, where.start, where.end);
  }
  if (where.kind === 'damaged') return null;
  return { original, selectors, edited: cur, expected: where };
}
