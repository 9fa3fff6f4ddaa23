/**
 * Prints the contrast of every shipped colour pair (scripts/eval/contrast-rows.ts) against what
 * WCAG 2.2 AA asks (text 4.5 : 1; non-text UI, focus rings and the lines drawn on the page 3 : 1),
 * and how far apart the three entity kinds' colours look with each kind of colour vision.
 * Exits 1 when a pair falls short.
 *
 *   npx tsx scripts/eval/contrast.ts [--failing]
 */
import { repoRoot } from '../lib/repo-root';
import { AA } from '../../utils/a11y/contrast';
import { contrastRows, kindSeparation, passes } from './contrast-rows';

const onlyFailing = process.argv.includes('--failing');
const rows = contrastRows(repoRoot);
const shown = onlyFailing ? rows.filter((r) => !passes(r)) : rows;
const w = Math.max(...rows.map((r) => r.pair.length));
console.log(`${'surface'.padEnd(20)} ${'pair'.padEnd(w)} ${'theme'.padEnd(5)} ${'ratio'.padStart(7)}  need`);
for (const r of shown)
  console.log(
    `${r.surface.padEnd(20)} ${r.pair.padEnd(w)} ${r.theme.padEnd(5)} ${r.ratio.toFixed(2).padStart(7)}  ${AA[r.need]}${passes(r) ? '' : '  FAILS'}`,
  );
const failing = rows.filter((r) => !passes(r));
const lowest = rows.reduce((a, b) => (b.ratio / AA[b.need] < a.ratio / AA[a.need] ? b : a));
console.log(
  `\n${rows.length} pairs, ${failing.length} below AA; closest to the line: ${lowest.surface} / ${lowest.pair} (${lowest.theme}) ${lowest.ratio.toFixed(2)} : 1`,
);
console.log('\nentity kinds, smallest ΔE (CIE76) between two kinds:');
for (const s of kindSeparation())
  console.log(`  ${s.vision.padEnd(13)} ${s.minDeltaE.toFixed(1).padStart(5)}  (${s.pair})`);
process.exit(failing.length ? 1 : 0);
