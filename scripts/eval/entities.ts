/**
 * npm run eval [-- --show-errors]
 * Runs the engine over ../shared/corpus/dev/*.txt (2017), ../shared/corpus/dev-recent/*.txt
 * (October 2024 – December 2025) and ../shared/seed/*.txt and scores the predictions with
 * ../shared/corpus/score.py (strict and relaxed P/R/F1 per kind); then the hand-written sentence
 * set of the repository (scripts/eval/sentences.ts), per class.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { entitiesLine } from '../cli/entities';
import { repoRoot } from '../lib/repo-root';
import { scoreSentences } from './sentences';
import { table } from '../lib/stats';

const shared = path.resolve(repoRoot, '../shared');
const score = path.join(shared, 'corpus/score.py');
const sets = [
  ['dev', path.join(shared, 'corpus/dev')],
  ['dev-recent', path.join(shared, 'corpus/dev-recent')],
  ['seed', path.join(shared, 'seed')],
] as const;

if (!existsSync(score) || sets.some(([, d]) => !existsSync(d))) {
  console.error(`eval: the shared corpus is missing (looked for ${score} and ${sets.map(([, d]) => d).join(', ')}).`);
  console.error('eval needs ../shared next to the repository; it is not part of a clone.');
  process.exit(1);
}

const pass = process.argv.slice(2).filter((a) => a === '--show-errors');
const out = mkdtempSync(path.join(tmpdir(), 'entities-eval-'));
let status = 0;
for (const [name, dir] of sets) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const lines = files.map((f) => entitiesLine(path.join(dir, f), readFileSync(path.join(dir, f), 'utf8')));
  const pred = path.join(out, `${name}.jsonl`);
  writeFileSync(pred, `${lines.join('\n')}\n`);
  console.log(`== ${name} (${files.length} files; predictions in ${pred})`);
  const r = spawnSync('python3', [score, dir, pred, ...pass], { encoding: 'utf8' });
  process.stdout.write(r.stdout);
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    status = 1;
  }
}
const sentences = scoreSentences(pass.length > 0);
console.log(`== sentences (${sentences.items} items, tests/fixtures/entity-sentences; strict F1 per kind, tp/fp/fn)`);
console.log(table(sentences.rows));
process.exit(status);
