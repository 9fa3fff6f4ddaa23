/**
 * npx tsx scripts/build/gazetteer.ts [--check]
 * Writes utils/entities/data/compiled.json: the gazetteer's phrase trie and each phrase's term
 * code, made ahead so that a page loads them in one native step instead of normalising and
 * splitting some 1,200 phrases and making a term for each. Run it after changing
 * utils/entities/data/*.json, lexicon.ts or the normaliser (npm run build does). A page only
 * compares record counts with the file's, so a stale file with the same counts would be used:
 * --check (run before the unit tests) exits 1 if the file is stale, without writing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileGazetteer } from '../../utils/entities/gazetteer';
import { repoRoot } from '../lib/repo-root';

const file = path.join(repoRoot, 'utils/entities/data/compiled.json');

const c = compileGazetteer();
// One trie node's prefix per line, so a change to the data shows as a readable diff.
const json = [
  '{',
  `"note": ${JSON.stringify(c.note)},`,
  `"hash": ${JSON.stringify(c.hash)},`,
  `"sizes": ${JSON.stringify(c.sizes)},`,
  `"casedAt": ${JSON.stringify(c.casedAt)},`,
  `"terms": ${JSON.stringify(c.terms)},`,
  '"trie": {',
  `"lens": ${JSON.stringify(c.trie.lens)},`,
  `"at": ${JSON.stringify(c.trie.at)},`,
  `"ids": ${JSON.stringify(c.trie.ids)},`,
  `"cased": ${JSON.stringify(c.trie.cased)},`,
  '"keys": [',
  c.trie.keys.map((k) => JSON.stringify(k)).join(',\n'),
  ']}}',
  '',
].join('\n');

let old = '';
try {
  old = readFileSync(file, 'utf8');
} catch {
  /* first run */
}
if (process.argv.includes('--check')) {
  const fresh = old === json;
  console.log(fresh ? 'compiled.json is up to date' : 'compiled.json is stale: run npx tsx scripts/build/gazetteer.ts');
  process.exit(fresh ? 0 : 1);
}
writeFileSync(file, json);
console.log(
  `wrote ${path.relative(repoRoot, file)}: ${c.trie.lens.length} phrases, ${c.trie.at.length - 1} trie nodes, ${(json.length / 1024).toFixed(1)} KiB`,
);
