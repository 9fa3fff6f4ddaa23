/**
 * npm run bench:entities
 * Speed of the entity engine on the dev corpus (ms per 10,000 words), how it grows with the
 * gazetteer (1×, 5×, 20× entries, the extra ones generated), and the engine's gzipped size as
 * the content script would bundle it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { Engine } from '../utils/entities/engine';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = path.resolve(repoRoot, '../shared/corpus/dev');
if (!existsSync(dev)) {
  console.error(`bench:entities: the dev corpus is missing (looked for ${dev}); it lives in ../shared next to the repository.`);
  process.exit(1);
}
const texts = readdirSync(dev).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(dev, f), 'utf8').normalize('NFC'));
const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const rows: string[][] = [];
let base = 0;
for (const scale of [1, 5, 20]) {
  const t0 = performance.now();
  const engine = new Engine([], scale);
  engine.find('Bộ Chính trị');
  const buildMs = performance.now() - t0;
  for (const text of texts) engine.find(text); // warm-up: JIT, caches
  const runs: number[] = [];
  let spans = 0;
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    spans = 0;
    for (const text of texts) spans += engine.find(text).length;
    runs.push(performance.now() - t);
  }
  const per10k = (median(runs) / words) * 10_000;
  if (scale === 1) base = per10k;
  rows.push([`${scale}×`, String(engine.gazetteer.trie.size), buildMs.toFixed(1), per10k.toFixed(1), (per10k / base).toFixed(2), String(spans)]);
}

const out = await build({
  entryPoints: [path.join(repoRoot, 'utils/entities/index.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  logLevel: 'silent',
});
const code = out.outputFiles[0].contents;
const gz = gzipSync(code, { level: 9 }).length;

const header = ['gazetteer', 'phrases', 'build ms', 'ms / 10k words', 'vs 1×', 'spans'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r: string[]) => r.map((c, i) => c.padStart(widths[i])).join('  ');
console.log(`dev corpus: ${texts.length} articles, ${words} words; median of 5 runs`);
console.log(line(header));
for (const r of rows) console.log(line(r));
console.log('');
console.log('bundle (utils/entities/index.ts, esbuild --bundle --minify, esm)');
console.log(`  minified ${(code.length / 1024).toFixed(1)} KiB, gzipped ${(gz / 1024).toFixed(1)} KiB`);
