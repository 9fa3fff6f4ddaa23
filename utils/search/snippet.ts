/**
 * A few words around where a search term was found in a note or a quote, for the popup's
 * results: the text before, the hit, the text after, cut at word boundaries. The hit is found on
 * normalised text (utils/text/normalize's `search` preset, or `accentBlind` when the search ignores
 * accents) and mapped back exactly to the original characters.
 */
import { normalize, normalizeWithMap, toOriginalRange } from '../text/normalize';
import { parseTerms } from './search';

export interface Snippet {
  before: string;
  hit: string;
  after: string;
}

/** Characters of context on each side of the hit, before cutting at a word boundary. */
const RADIUS = 48;

/** Where the query's words are in `text`, in `text`'s own offsets: all of them side by side, else the earliest one. */
export function findTerm(text: string, query: string, accentInsensitive: boolean): [number, number] | null {
  const terms = parseTerms(query, (s) => s);
  if (!terms.length || !text) return null;
  const preset = accentInsensitive ? 'accentBlind' : 'search';
  const mapped = normalizeWithMap(text, preset);
  const key = (raw: string) => normalize(raw, preset).trim();
  // The words side by side when they are (the reader typed a phrase), else the earliest word.
  const phrase = key(terms.join(' '));
  const whole = terms.length > 1 && phrase ? mapped.text.indexOf(phrase) : -1;
  let best: [number, number] | null = whole >= 0 ? [whole, whole + phrase.length] : null;
  for (const raw of best ? [] : terms) {
    const term = key(raw);
    const i = term ? mapped.text.indexOf(term) : -1;
    if (i < 0 || (best && i >= best[0])) continue;
    best = [i, i + term.length];
  }
  return best && toOriginalRange(mapped, text.length, best[0], best[1]);
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

/** The hit in `text` with some words around it; null when no term is in the text. */
export function snippetOf(text: string, query: string, accentInsensitive: boolean, radius = RADIUS): Snippet | null {
  const span = findTerm(text, query, accentInsensitive);
  if (!span) return null;
  const [s, e] = span;
  let from = Math.max(0, s - radius);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < s ? space + 1 : from;
  }
  let to = Math.min(text.length, e + radius);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space > e ? space : to;
  }
  return {
    before: (from > 0 ? '…' : '') + oneLine(text.slice(from, s)).trimStart(),
    hit: oneLine(text.slice(s, e)),
    after: oneLine(text.slice(e, to)).trimEnd() + (to < text.length ? '…' : ''),
  };
}
