import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../utils/sites/detect';
import { buildTextIndex } from '../../utils/dom/text-index';
import { FIXTURES, SITES_DIR, load } from './site-fixtures';

/** The three end-to-end pages carry expected entity spans over the text the extension builds. */
const E2E = FIXTURES.filter((f) => f.kind === 'article' && ['baochinhphu', 'vnexpress', 'tuoitre'].includes(f.site));
const KINDS = new Set(['official', 'body', 'resolution']);

describe.each(E2E)('expected spans of $url', (f) => {
  const expected = JSON.parse(readFileSync(path.join(SITES_DIR, `${f.file}.expected.json`), 'utf8')) as {
    entities: { kind: string; start: number; end: number; text: string; optional?: boolean }[];
  };
  const text = buildTextIndex(detectArticle(load(f.file), f.url)!).text.normalize('NFC');

  it('each span text equals the text at its offsets', () => {
    expect(expected.entities.length).toBeGreaterThan(10);
    for (const e of expected.entities) expect(text.slice(e.start, e.end), `${e.kind} ${e.start}`).toBe(e.text);
  });

  it('spans are well-formed: known kinds, in order, never nested or overlapping', () => {
    let last = 0;
    for (const e of expected.entities) {
      expect(KINDS.has(e.kind)).toBe(true);
      expect(e.start).toBeGreaterThanOrEqual(last);
      expect(e.end).toBeGreaterThan(e.start);
      last = e.end;
    }
  });
});
