import { readFileSync } from 'node:fs';
import { describe as suite, expect, it } from 'vitest';
import approxSearch from 'approx-string-match';
import { approxShort, fuzzyWindows, maxErrorsFor, nearWindows, verifyWindow, type FuzzyMatch } from './fuzzy';
import { QGramIndex } from './qgram';
import { normalize } from '../text/normalize';
import { seededRng } from '../testing/random';

const normalizeText = (s: string) => normalize(s, 'anchoring');

const seed = normalizeText(
  readFileSync(new URL('../../tests/fixtures/seed/seed.txt', import.meta.url), 'utf8').normalize('NFC'),
);
// Three copies with small differences, so quotes have near-twins far from their place.
const text = [seed, seed.replace(/TPHCM/g, 'Hà Nội'), seed.replace(/\d/g, '7')].join(' ');
const index = new QGramIndex(text);

const key = (c: FuzzyMatch) => `${c.start}:${c.end}:${c.errors}`;
const candidates = (windows: ReturnType<typeof fuzzyWindows>, quote: string, k: number) =>
  new Map(windows.flatMap((w) => verifyWindow(text, quote, k, w)).map((c) => [key(c), c]));

/** nearWindows(from, to) against the whole-text search: its candidates are the same, the others lie beyond its bounds. */
function compare(quote: string, from: number, to: number): { settled: number; unsettled: number } {
  const k = maxErrorsFor(quote.length);
  const near = nearWindows(index, quote, k, from, to);
  const all = candidates(fuzzyWindows(index, quote, k), quote, k);
  const found = candidates(near.windows, quote, k);
  for (const [id, c] of found) expect(all.get(id), `near candidate ${id} of ${JSON.stringify(quote)}`).toEqual(c);
  let unsettled = 0;
  for (const [id, c] of all) {
    if (found.has(id)) continue;
    unsettled++;
    expect(
      c.end <= near.coverFrom || c.start >= near.coverTo,
      `unsettled ${id} inside (${near.coverFrom}, ${near.coverTo})`,
    ).toBe(true);
  }
  return { settled: found.size, unsettled };
}

suite('nearWindows', () => {
  it('settles part of the whole-text search exactly, and bounds where the rest lies', () => {
    const rng = seededRng(11);
    let checked = 0;
    let skipped = 0;
    for (let n = 0; n < 150; n++) {
      const len = rng() < 0.4 ? 4 + Math.floor(rng() * 12) : 13 + Math.floor(rng() * 300);
      const at = Math.floor(rng() * (text.length - len));
      let quote = text.slice(at, at + len);
      const typo = Math.floor(rng() * len);
      if (rng() < 0.7) quote = `${quote.slice(0, typo)}x${quote.slice(typo + 1)}`;
      const hint = Math.max(0, at + Math.floor((rng() - 0.5) * 600));
      const reach = 50 + Math.floor(rng() * 3000);
      const r = compare(quote, hint - reach, hint + len + reach);
      checked += r.settled;
      skipped += r.unsettled;
    }
    // The test means something: many candidates settled near the hint, many left to the rest.
    expect(checked).toBeGreaterThan(100);
    expect(skipped).toBeGreaterThan(100);
  });

  it('is exact when the stretch cuts through matches (short quotes scanned, long ones filtered)', () => {
    const rng = seededRng(5);
    let cut = 0;
    for (const quote of [
      'Ban Thường',
      'Thành ủy',
      'đoàn kết',
      'Nghị quyết 23',
      'Ban Thường vụ Thành ủy TPHCM về triển khai',
    ]) {
      const k = maxErrorsFor(quote.length);
      const all = [...candidates(fuzzyWindows(index, quote, k), quote, k).values()];
      for (let n = 0; n < 12; n++) {
        const c = all[Math.floor(rng() * all.length)];
        // Both ends of the stretch inside (or just around) candidates of the whole-text search.
        const d = all[Math.floor(rng() * all.length)];
        const from = Math.min(c.start, d.start) + Math.floor(rng() * (c.end - c.start + 2)) - 1;
        const to = Math.max(c.end, d.end) - Math.floor(rng() * (d.end - d.start + 2)) + 1;
        if (to <= from) continue;
        compare(quote, from, to);
        cut++;
      }
    }
    expect(cut).toBeGreaterThan(40);
  });
});

suite('approxShort', () => {
  it('returns what approx-string-match returns for quotes up to 32 code units', () => {
    const rng = seededRng(17);
    const alphabet = ['a', 'n', 'g', ' ', 'ư', 'ờ', 'h'];
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rng() * alphabet.length)]).join('');
    for (let n = 0; n < 3000; n++) {
      const t = rng() < 0.5 ? word(Math.floor(rng() * 120)) : text.slice(n * 7, n * 7 + Math.floor(rng() * 300));
      const from = Math.floor(rng() * (t.length + 1));
      const to = from + Math.floor(rng() * (t.length - from + 1));
      const q =
        rng() < 0.5 ? word(1 + Math.floor(rng() * 32)) : t.slice(from, from + 1 + Math.floor(rng() * 32)) || 'a';
      const k = Math.floor(rng() * 6);
      const want = approxSearch(t.slice(from, to), q, k).map((x) => ({
        start: x.start + from,
        end: x.end + from,
        errors: x.errors,
      }));
      expect(
        approxShort(t, from, to, q, k),
        `${JSON.stringify(t)} [${from}, ${to}) ${JSON.stringify(q)} k ${k}`,
      ).toEqual(want);
    }
  });
});
