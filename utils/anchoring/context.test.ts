import { describe as suite, expect, it } from 'vitest';
import { sideSimilarity } from './context';
import { seededRng } from '../testing/random';

/** Reference: the textbook table, window cut out and reversed for the prefix side. */
function reference(text: string, boundary: number, ctx: string, before: boolean): number {
  const m = ctx.length;
  if (m === 0) return 1;
  const slack = Math.ceil(m / 4) + 2;
  let w = before ? text.slice(Math.max(0, boundary - m - slack), boundary) : text.slice(boundary, boundary + m + slack);
  let c = ctx;
  if (before) {
    w = [...w].reverse().join('');
    c = [...c].reverse().join('');
  }
  const d = Array.from({ length: m + 1 }, (_, i) =>
    Array.from({ length: w.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= w.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (c[i - 1] === w[j - 1] ? 0 : 1));
    }
  }
  return Math.max(0, 1 - Math.min(...d[m]) / m);
}

suite('sideSimilarity', () => {
  it('equals the edit-distance table on random texts, both sides, contexts of 1 to 40 code units', () => {
    const rng = seededRng(3);
    const alphabet = ['a', 'b', 'c', ' ', 'ệ', 'ư'];
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rng() * alphabet.length)]).join('');
    for (let k = 0; k < 3000; k++) {
      const text = word(Math.floor(rng() * 80));
      const boundary = Math.floor(rng() * (text.length + 1));
      const before = rng() < 0.5;
      const near = before ? text.slice(Math.max(0, boundary - 40), boundary) : text.slice(boundary, boundary + 40);
      // Half the contexts are the real neighbourhood with a few edits, half are unrelated.
      let ctx = rng() < 0.5 ? near.slice(0, 1 + Math.floor(rng() * 40)) : word(1 + Math.floor(rng() * 40));
      for (let e = Math.floor(rng() * 4); e > 0 && ctx.length > 1; e--) {
        const at = Math.floor(rng() * ctx.length);
        ctx = ctx.slice(0, at) + (rng() < 0.5 ? word(1) : '') + ctx.slice(at + 1);
      }
      if (ctx.length === 0) continue;
      expect(
        sideSimilarity(text, boundary, ctx, before),
        `${JSON.stringify(text)} @${boundary} ${before} ${JSON.stringify(ctx)}`,
      ).toBeCloseTo(reference(text, boundary, ctx, before), 12);
    }
  });

  it('reads outward from the boundary: the far end may drift, the near end may not', () => {
    const text = 'Chiều 12/12, đoàn khảo sát làm việc';
    const at = text.indexOf('đoàn');
    expect(sideSimilarity(text, at, 'Chiều 12/12, ', true)).toBe(1);
    expect(sideSimilarity(text, at, 'XChiều 12/12, ', true)).toBeCloseTo(1 - 1 / 14);
    expect(sideSimilarity(text, at, 'Chiều 12/12,', true)).toBeCloseTo(1 - 1 / 12);
    expect(sideSimilarity(text, at, 'đoàn khảo sát', false)).toBe(1);
    expect(sideSimilarity(text, at + 1, 'đoàn khảo sát', false)).toBeLessThan(1);
  });
});
