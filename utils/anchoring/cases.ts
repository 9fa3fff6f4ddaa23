/**
 * One line of the `anchor` command: {"file", "selectors"} in, a result or an error out. Pure, so
 * the command and its tests share it; reading files is the caller's business.
 */
import type { Selector } from './types';

export interface AnchorCase {
  file: string;
  selectors: Selector[];
}

const isInt = (x: unknown): x is number => Number.isInteger(x);
const optString = (x: unknown) => x === undefined || typeof x === 'string';

function parseSelector(x: unknown, i: number): Selector | string {
  if (typeof x !== 'object' || x === null) return `selectors[${i}] is not an object`;
  const o = x as Record<string, unknown>;
  if (o.type === 'TextQuoteSelector') {
    if (typeof o.exact !== 'string' || !optString(o.prefix) || !optString(o.suffix)) {
      return `selectors[${i}]: TextQuoteSelector needs string exact (and string prefix/suffix if given)`;
    }
    return {
      type: 'TextQuoteSelector',
      exact: o.exact,
      prefix: (o.prefix as string) ?? '',
      suffix: (o.suffix as string) ?? '',
    };
  }
  if (o.type === 'TextPositionSelector') {
    if (!isInt(o.start) || !isInt(o.end) || o.start < 0 || o.end < o.start) {
      return `selectors[${i}]: TextPositionSelector needs integers 0 <= start <= end`;
    }
    return { type: 'TextPositionSelector', start: o.start, end: o.end };
  }
  return `selectors[${i}]: unsupported type ${JSON.stringify(o.type)}`;
}

export function parseCase(line: string): AnchorCase | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (e) {
    return { error: `not JSON: ${(e as Error).message}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { error: 'not a JSON object' };
  const o = data as Record<string, unknown>;
  if (typeof o.file !== 'string' || o.file === '') return { error: 'missing "file" (a path)' };
  if (!Array.isArray(o.selectors) || o.selectors.length === 0)
    return { error: 'missing "selectors" (a non-empty array)' };
  const selectors: Selector[] = [];
  for (const [i, s] of o.selectors.entries()) {
    const parsed = parseSelector(s, i);
    if (typeof parsed === 'string') return { error: parsed };
    selectors.push(parsed);
  }
  return { file: o.file, selectors };
}
