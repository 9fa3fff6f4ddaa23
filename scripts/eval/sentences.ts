/**
 * npx tsx scripts/eval/sentences.ts [--show-errors]
 * Scores the engine on the hand-written sentence set (tests/fixtures/entity-sentences): strict
 * P/R/F1 per file (the class of rule it tests) and kind, then over all; the items it reads wrong
 * with --show-errors. Part of `npm run eval`.
 */
import { findEntities } from '../../utils/entities/index';
import type { EntityKind } from '../../utils/model';
import { readSentenceSet, readsRight, tally, type Tally } from '../../utils/testing/sentence-set';
import { table } from '../lib/stats';

const KINDS: EntityKind[] = ['official', 'body', 'resolution'];
const fresh = (): Record<EntityKind, Tally> => ({
  official: { tp: 0, fp: 0, fn: 0 },
  body: { tp: 0, fp: 0, fn: 0 },
  resolution: { tp: 0, fp: 0, fn: 0 },
});
const f1 = (t: Tally) => (t.tp ? (2 * t.tp) / (2 * t.tp + t.fp + t.fn) : t.fp + t.fn ? 0 : 1);
const cell = (t: Tally) => (t.tp + t.fp + t.fn ? `${f1(t).toFixed(3)} (${t.tp}/${t.fp}/${t.fn})` : '');

export function scoreSentences(showErrors = false): { rows: string[][]; wrong: number; items: number } {
  const items = readSentenceSet();
  const bySet = new Map<string, { tally: Record<EntityKind, Tally>; items: number; right: number }>();
  const all = fresh();
  let wrong = 0;
  for (const item of items) {
    const found = findEntities(item.text);
    let s = bySet.get(item.set);
    if (!s) bySet.set(item.set, (s = { tally: fresh(), items: 0, right: 0 }));
    tally(item, found, s.tally);
    tally(item, found, all);
    s.items++;
    if (readsRight(item, found)) s.right++;
    else {
      wrong++;
      if (showErrors) {
        console.log(`${item.set}:${item.line}${item.knownMiss ? ' (known miss)' : ''}  ${item.text}`);
        console.log(`  expected ${item.gold.map((g) => `${g.kind[0]}${g.optional ? '?' : ''}[${g.text}]`).join(' ')}`);
        console.log(`  found    ${found.map((x) => `${x.kind[0]}[${x.text}]`).join(' ')}`);
      }
    }
  }
  const rows = [['set', 'items', 'right', ...KINDS.map((k) => `${k} F1 (tp/fp/fn)`)]];
  for (const [set, s] of bySet)
    rows.push([set, String(s.items), String(s.right), ...KINDS.map((k) => cell(s.tally[k]))]);
  rows.push(['ALL', String(items.length), String(items.length - wrong), ...KINDS.map((k) => cell(all[k]))]);
  return { rows, wrong, items: items.length };
}

if (process.argv[1] && /eval[\\/]sentences\.ts$/.test(process.argv[1])) {
  const { rows } = scoreSentences(process.argv.includes('--show-errors'));
  console.log('== sentences (tests/fixtures/entity-sentences; strict F1 per kind, tp/fp/fn)');
  console.log(table(rows));
}
