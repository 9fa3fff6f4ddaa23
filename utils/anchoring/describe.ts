import type { Selector } from './types';

/** Context kept on each side of a quote, in UTF-16 code units of the original text. */
export const CONTEXT_LENGTH = 32;

const isLow = (code: number) => code >= 0xdc00 && code < 0xe000;

/**
 * Selectors for text[start, end): a quote with its context and the position. `anchor` is the
 * inverse: anchor(text, describe(text, s, e)) gives back [s, e).
 */
export function describe(text: string, start: number, end: number): Selector[] {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`describe: bad range [${start}, ${end}) over ${text.length} code units`);
  }
  // Context edges never split a surrogate pair.
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (isLow(text.charCodeAt(from)) && from > 0 && from < start) from++;
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (isLow(text.charCodeAt(to)) && to > end) to--;
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(from, start),
      suffix: text.slice(end, to),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
