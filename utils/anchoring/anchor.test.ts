import { readFileSync } from 'node:fs';
import { describe as suite, expect, it } from 'vitest';
import { anchor, createAnchorer } from './anchor';
import { describe } from './describe';
import { normalize } from '../text/normalize';
import { seededRng } from '../testing/random';
import { applySplices, trackRange, type Splice } from '../testing/splice';
import type { AnchorResult, Selector } from './types';

const normalizeText = (s: string) => normalize(s, 'anchoring');

// The project's founding article (allowed in the repository), as the extension would see it.
const seed = readFileSync(new URL('../../tests/fixtures/seed/seed.txt', import.meta.url), 'utf8').normalize('NFC');

function find(text: string, phrase: string, nth = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
  if (at === -1) throw new Error(`fixture lacks ${phrase}`);
  return [at, at + phrase.length];
}

/** Edits `text`, anchors the selectors described before the edit, and says where the quote went. */
function reanchor(text: string, [s, e]: [number, number], splices: Splice[]) {
  const selectors = describe(text, s, e);
  const edited = applySplices(text, splices);
  const where = trackRange(splices, s, e);
  return { edited, where, result: anchor(edited, selectors) };
}

function range(r: AnchorResult): [number, number] | 'orphan' {
  return 'orphan' in r ? 'orphan' : [r.start, r.end];
}

const QUOTE = 'tìm hiểu, quán triệt nội dung thực hiện Nghị quyết 23';

suite('anchor on the seed article after realistic edits', () => {
  it('finds an unchanged quote by its position', () => {
    const [s, e] = find(seed, QUOTE);
    expect(anchor(seed, describe(seed, s, e))).toEqual({ start: s, end: e, method: 'position' });
  });

  it('follows the quote when a paragraph is inserted before it', () => {
    const [s, e] = find(seed, QUOTE);
    const para = seed.lastIndexOf('\n', s) + 1;
    const { edited, where, result } = reanchor(
      seed,
      [s, e],
      [{ at: para, remove: 0, insert: 'Một đoạn mới được thêm vào sau khi bài đăng.\n\n' }],
    );
    expect(where.kind).toBe('kept');
    if (where.kind !== 'kept') return;
    expect(result).toEqual({ start: where.start, end: where.end, method: 'quote' });
    expect(edited.slice(where.start, where.end)).toBe(QUOTE);
  });

  it('finds the corrected text when a typo inside the quote is fixed', () => {
    const [s, e] = find(seed, QUOTE);
    const typoAt = s + QUOTE.indexOf('quán');
    const withTypo = applySplices(seed, [{ at: typoAt, remove: 4, insert: 'quná' }]);
    const { edited, result } = reanchor(withTypo, [s, e], [{ at: typoAt, remove: 4, insert: 'quán' }]);
    expect(edited).toBe(seed);
    expect(result).toEqual({ start: s, end: e, method: 'fuzzy' });
  });

  it('matches across spaces turned into no-break and thin spaces', () => {
    const [s, e] = find(seed, QUOTE);
    const splices: Splice[] = [];
    for (let i = seed.indexOf(' '); i !== -1; i = seed.indexOf(' ', i + 1)) {
      splices.push({ at: i, remove: 1, insert: i % 3 ? '\u00a0' : '\u2009' });
    }
    const { edited, result } = reanchor(seed, [s, e], splices);
    expect(range(result)).toEqual([s, e]);
    expect(edited.slice(s, e)).not.toBe(QUOTE);
    expect(normalizeText(edited.slice(s, e))).toBe(QUOTE);
  });

  it('follows the quote when a sentence elsewhere is removed', () => {
    const [s, e] = find(seed, QUOTE);
    const [a, b] = find(seed, 'Đồng chí Võ Văn Thưởng cho biết');
    const sentenceEnd = seed.indexOf('\n', b);
    const { where, result } = reanchor(seed, [s, e], [{ at: a, remove: sentenceEnd - a, insert: '' }]);
    expect(where.kind).toBe('kept');
    if (where.kind !== 'kept') return;
    expect(range(result)).toEqual([where.start, where.end]);
  });

  it('maps back exactly into a text served as NFD', () => {
    const [s, e] = find(seed, QUOTE);
    const nfd = seed.normalize('NFD');
    const result = anchor(nfd, describe(seed, s, e));
    expect(result).toMatchObject({ method: 'quote' });
    if ('orphan' in result) return;
    expect(nfd.slice(result.start, result.end)).toBe(QUOTE.normalize('NFD'));
    expect(nfd.slice(0, result.start).normalize('NFC')).toBe(seed.slice(0, s));
  });

  it('accepts the other tone placement (Thành ủy / Thành uỷ)', () => {
    const [s, e] = find(seed, 'Ban Thường vụ Thành ủy TPHCM về triển khai');
    const edited = seed.replaceAll('ủy', 'uỷ');
    expect(edited).not.toBe(seed);
    expect(range(anchor(edited, describe(seed, s, e)))).toEqual([s, e]);
  });

  it('orphans a deleted quote instead of moving it to the same words elsewhere', () => {
    // "Ban Thường vụ Thành ủy TPHCM" occurs many times; delete one occurrence only.
    const phrase = 'Ban Thường vụ Thành ủy TPHCM';
    const [s, e] = find(seed, phrase, 1);
    const { edited, result } = reanchor(seed, [s, e], [{ at: s, remove: e - s, insert: '' }]);
    expect(edited.includes(phrase)).toBe(true);
    expect(result).toEqual({ orphan: true });
  });

  it('orphans a quote whose whole sentence was deleted', () => {
    const [s, e] = find(seed, QUOTE);
    const a = seed.lastIndexOf('\n', s) + 1;
    const b = seed.indexOf('\n', e);
    expect(reanchor(seed, [s, e], [{ at: a, remove: b - a, insert: '' }]).result).toEqual({ orphan: true });
  });

  it('lets the context pick the original when the quote is duplicated elsewhere', () => {
    const [s, e] = find(seed, QUOTE);
    const elsewhere = find(seed, 'Ủy viên Bộ Chính trị')[0];
    const { edited, where, result } = reanchor(seed, [s, e], [{ at: elsewhere, remove: 0, insert: `${QUOTE}. ` }]);
    if (where.kind !== 'kept') throw new Error('tracking lost the quote');
    expect(edited.indexOf(QUOTE)).toBeLessThan(where.start);
    expect(range(result)).toEqual([where.start, where.end]);
  });

  it('survives re-wrapping: other paragraph separators, CRLF, hard-wrapped lines', () => {
    const [s, e] = find(seed, QUOTE);
    const variants: Splice[][] = [
      [...seed.matchAll(/\n\n/g)].map((m) => ({ at: m.index, remove: 2, insert: '\n' })),
      [...seed.matchAll(/\n/g)].map((m) => ({ at: m.index, remove: 1, insert: '\r\n' })),
      [...seed.matchAll(/ /g)].filter((m) => m.index % 7 === 0).map((m) => ({ at: m.index, remove: 1, insert: '\n' })),
    ];
    for (const splices of variants) {
      const { where, result } = reanchor(seed, [s, e], splices);
      if (where.kind !== 'kept') throw new Error('tracking lost the quote');
      expect(range(result)).toEqual([where.start, where.end]);
    }
  });

  it('survives several edits at once', () => {
    const [s, e] = find(seed, QUOTE);
    const para = seed.lastIndexOf('\n', s) + 1;
    const step1 = applySplices(seed, [{ at: para, remove: 0, insert: 'Đoạn chèn thêm.\n\n' }]);
    const served = step1.normalize('NFD').replace(/ /g, '\u00a0').replace(/\n\n/g, '\n');
    const result = anchor(served, describe(seed, s, e));
    expect(result).toMatchObject({ method: 'quote' });
    if ('orphan' in result) return;
    expect(normalizeText(served.slice(result.start, result.end))).toBe(QUOTE);
  });
});

suite('describe and anchor are inverses', () => {
  const rng = seededRng(42);
  const ranges: Array<[number, number]> = [];
  while (ranges.length < 300) {
    const len = 1 + Math.floor(rng() * rng() * 400);
    const s = Math.floor(rng() * (seed.length - len));
    if (/\S/.test(seed.slice(s, s + len))) ranges.push([s, s + len]);
  }

  it('gives back every described range of the unchanged text', () => {
    const anchorer = createAnchorer(seed);
    for (const [s, e] of ranges) {
      expect(anchorer.anchor(describe(seed, s, e))).toEqual({ start: s, end: e, method: 'position' });
    }
  });

  it('finds every range by quote alone once the text has moved, or an identical twin', () => {
    const prefix = 'Bài viết được cập nhật lúc 10 giờ.\n\n';
    const moved = prefix + seed;
    const anchorer = createAnchorer(moved);
    const ctx = (t: string, a: number, b: number) =>
      normalizeText(`${t.slice(Math.max(0, a - 32), a)}|${t.slice(b, b + 32)}`);
    let exact = 0;
    for (const [s, e] of ranges) {
      const quoteOnly: Selector[] = describe(seed, s, e).filter((x) => x.type === 'TextQuoteSelector');
      const r = anchorer.anchor(quoteOnly);
      const want: [number, number] = [s + prefix.length, e + prefix.length];
      if ('orphan' in r) {
        // Only a quote at the very top may lose its (document-edge) prefix to the insertion.
        expect(s).toBeLessThan(32);
        continue;
      }
      expect(moved.slice(r.start, r.end)).toBe(seed.slice(s, e));
      if (r.start === want[0] && r.end === want[1]) exact++;
      else expect(ctx(moved, r.start, r.end)).toBe(ctx(moved, ...want));
    }
    expect(exact).toBeGreaterThan(ranges.length * 0.95);
  });
});

suite('anchor edge cases', () => {
  it('orphans selectors without a quote, or with an empty one', () => {
    expect(anchor(seed, [{ type: 'TextPositionSelector', start: 0, end: 10 }])).toEqual({ orphan: true });
    expect(anchor(seed, [{ type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }])).toEqual({ orphan: true });
  });

  it('reads a shorter context saved by another tool, away from the document edge', () => {
    const [s, e] = find(seed, 'Nguyễn Hồ Hải');
    const quote: Selector = {
      type: 'TextQuoteSelector',
      exact: 'Nguyễn Hồ Hải',
      prefix: 'Thành ủy TPHCM ',
      suffix: ' đã',
    };
    expect(anchor(seed, [quote, { type: 'TextPositionSelector', start: 0, end: 5 }])).toEqual({
      start: s,
      end: e,
      method: 'quote',
    });
    // Too short to mean anything on either side: better an orphan than a guess among mentions.
    const vague: Selector = { type: 'TextQuoteSelector', exact: 'Nguyễn Hồ Hải', prefix: ' ', suffix: ' ' };
    expect(anchor(seed, [vague])).toEqual({ orphan: true });
  });

  it('ignores an out-of-range position and still finds the quote', () => {
    const [s, e] = find(seed, QUOTE);
    const [quote] = describe(seed, s, e);
    const r = anchor(seed, [quote, { type: 'TextPositionSelector', start: 1e9, end: 1e9 + 5 }]);
    expect(r).toEqual({ start: s, end: e, method: 'quote' });
  });

  it('does not use the fuzzy pass when told not to', () => {
    const [s, e] = find(seed, QUOTE);
    const typoAt = s + 5;
    const withTypo = applySplices(seed, [{ at: typoAt, remove: 1, insert: 'x' }]);
    const selectors = describe(withTypo, s, e);
    expect(anchor(seed, selectors, { fuzzy: false })).toEqual({ orphan: true });
    expect(anchor(seed, selectors)).toMatchObject({ method: 'fuzzy' });
  });

  it('rejects ranges describe cannot express', () => {
    expect(() => describe(seed, 5, 5)).toThrow(RangeError);
    expect(() => describe(seed, -1, 5)).toThrow(RangeError);
    expect(() => describe(seed, 0, seed.length + 1)).toThrow(RangeError);
  });

  it('gives back only the part of a whitespace run the quote had', () => {
    const text = 'Mở đầu.\n\n\nĐoạn hai có câu.\n\nĐoạn ba.';
    const s = text.indexOf('\nĐoạn hai');
    const e = text.indexOf('câu.') + 4;
    const selectors = describe(text, s, e);
    const moved = `Thêm.\n${text}`;
    expect(range(anchor(moved, selectors))).toEqual([s + 6, e + 6]);
  });
});
