/**
 * npx tsx scripts/build-gazetteer.ts [--check]
 * Writes utils/entities/data/compiled.json: the gazetteer's phrase trie, made ahead so that a page
 * loads it in one native step instead of normalising and splitting some 1,200 phrases. Run it
 * after changing utils/entities/data/*.json, lexicon.ts or the normaliser. A stale file is safe
 * (the engine sees the phrases differ and builds the trie itself) but slower on every page.
 * --check: exit 1 if the file is stale, without writing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileGazetteer } from '../utils/entities/gazetteer';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.join(repoRoot, 'utils/entities/data/compiled.json');

const c = compileGazetteer();
// One trie node per line, so a change to the data shows as a readable diff.
const json = [
  '{',
  `"note": ${JSON.stringify(c.note)},`,
  `"phrases": ${JSON.stringify(c.phrases)},`,
  `"casedAt": ${JSON.stringify(c.casedAt)},`,
  '"trie": {',
  `"lens": ${JSON.stringify(c.trie.lens)},`,
  `"at": ${JSON.stringify(c.trie.at)},`,
  `"ids": ${JSON.stringify(c.trie.ids)},`,
  `"cased": ${JSON.stringify(c.trie.cased)},`,
  '"index": {',
  Object.entries(c.trie.index)
    .map(([k, n]) => `${JSON.stringify(k)}: ${n}`)
    .join(',\n'),
  '}}}',
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
  console.log(fresh ? 'compiled.json is up to date' : 'compiled.json is stale: run npx tsx scripts/build-gazetteer.ts');
  process.exit(fresh ? 0 : 1);
}
writeFileSync(file, json);
console.log(`wrote ${path.relative(repoRoot, file)}: ${c.trie.lens.length} phrases, ${c.trie.at.length - 1} trie nodes, ${(json.length / 1024).toFixed(1)} KiB`);
