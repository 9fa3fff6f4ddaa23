/** "a, b ,a" → ['a', 'b']: comma-separated input, NFC, spaces folded, duplicates and blanks dropped. */
import { forDisplay } from '../../utils/text/normalize';

export function splitList(input: string, maxItems = 50, maxLength = 64): string[] {
  const seen = new Set<string>();
  for (const raw of input.split(',')) {
    const item = forDisplay(raw).replace(/\s+/g, ' ').trim().slice(0, maxLength);
    if (item) seen.add(item);
  }
  return [...seen].slice(0, maxItems);
}
