/**
 * npm run bench:entities [-- --runs N]
 * Speed of the entity engine as the content script meets it, from the engine bundled the way the
 * extension bundles it (esbuild, minified), each run in a fresh Node process:
 *   - module import; first find() on the seed article (builds the gazetteer, cold JIT); later
 *     finds on the seed; build ≈ first − later;
 *   - per-article find time (median) on the seed and on the dev corpus (../shared/corpus/dev),
 *     and one find over all dev articles joined (a long page);
 * then the growth with the gazetteer (1×, 5×, 20× entries, the extra ones generated) and the
 * engine's gzipped size. Wall times are printed with the process CPU time beside them: on a
 * shared machine the CPU time is the steadier figure. The load average is printed first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { Engine } from '../../utils/entities/engine';
import type { WatchTerm } from '../../utils/entities/gazetteer';
import { bodyRecords, officialRecords } from '../../utils/entities/gazetteer-data';
import { repoRoot } from '../lib/repo-root';
import { median, ms as fmt, table } from '../lib/stats';

const dev = path.resolve(repoRoot, '../shared/corpus/dev');
const seedPath = path.join(repoRoot, 'tests/fixtures/seed/seed.txt');
if (!existsSync(dev)) {
  console.error(
    `bench:entities: the dev corpus is missing (looked for ${dev}); it lives in ../shared next to the repository.`,
  );
  process.exit(1);
}
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 5) : 5;

const wordsOf = (t: string) => t.split(/\s+/).filter(Boolean).length;
const texts = readdirSync(dev)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(dev, f), 'utf8').normalize('NFC'));
const seed = readFileSync(seedPath, 'utf8').normalize('NFC');
const devWords = texts.reduce((n, t) => n + wordsOf(t), 0);

// ---- the bundle, as the content script would carry it -------------------------------------------

// As Vite bundles for the extension: UTF-8 kept, and JSON imports as JSON.parse of a string
// (Vite's json.stringify 'auto' does this for large files), which parses faster than a literal.
const out = await build({
  entryPoints: [path.join(repoRoot, 'utils/entities/index.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  charset: 'utf8',
  write: false,
  logLevel: 'silent',
  plugins: [
    {
      name: 'json-as-parse',
      setup(b) {
        b.onLoad({ filter: /\.json$/ }, (a) => ({
          contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(a.path, 'utf8'))))});`,
          loader: 'js',
        }));
      },
    },
  ],
});
const code = out.outputFiles[0].contents;
const gz = gzipSync(code, { level: 9 }).length;

// ---- cold start and per-article times, one fresh process per run --------------------------------

/** Runs in a child Node process: prints one JSON line of [wall, cpu] pairs in ms. */
const CHILD = `
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
const [bundle, seedPath, dev] = process.argv.slice(2);
const seed = readFileSync(seedPath, 'utf8').normalize('NFC');
const texts = readdirSync(dev).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(dev, f), 'utf8').normalize('NFC'));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const time = (f) => { const w = performance.now(); const c = cpu(); f(); return [performance.now() - w, cpu() - c]; };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const med2 = (ps) => [median(ps.map((p) => p[0])), median(ps.map((p) => p[1]))];
let w = performance.now(); let c = cpu();
const mod = await import(pathToFileURL(bundle).href);
const importMs = [performance.now() - w, cpu() - c];
const engine = mod.createEngine();
const first = time(() => engine.find(seed));
const later = med2(Array.from({ length: 15 }, () => time(() => engine.find(seed))));
for (const t of texts) engine.find(t);
const perArticle = texts.map((t) => med2(Array.from({ length: 5 }, () => time(() => engine.find(t)))));
const devTotal = perArticle.reduce((a, p) => [a[0] + p[0], a[1] + p[1]], [0, 0]);
const long = texts.join('\\n\\n');
engine.find(long);
const longMs = med2(Array.from({ length: 3 }, () => time(() => engine.find(long))));
console.log(JSON.stringify({ importMs, first, later, devMedian: med2(perArticle), devTotal, longMs }));
`;

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-entities-'));
type Pair = [number, number];
interface ChildResult {
  importMs: Pair;
  first: Pair;
  later: Pair;
  devMedian: Pair;
  devTotal: Pair;
  longMs: Pair;
}
const results: ChildResult[] = [];
try {
  writeFileSync(path.join(tmp, 'engine.mjs'), code);
  writeFileSync(path.join(tmp, 'child.mjs'), CHILD);
  for (let r = 0; r < RUNS; r++) {
    const line = execFileSync(
      process.execPath,
      [path.join(tmp, 'child.mjs'), path.join(tmp, 'engine.mjs'), seedPath, dev],
      { encoding: 'utf8' },
    );
    results.push(JSON.parse(line.trim().split('\n').pop()!));
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const pick = (f: (r: ChildResult) => Pair): Pair => [
  median(results.map((r) => f(r)[0])),
  median(results.map((r) => f(r)[1])),
];
const seedWords = wordsOf(seed);
const longWords = wordsOf(texts.join('\n\n'));
const per1k = (p: Pair, words: number): Pair => [(p[0] / words) * 1000, (p[1] / words) * 1000];
const build1: Pair = [
  median(results.map((r) => r.first[0] - r.later[0])),
  median(results.map((r) => r.first[1] - r.later[1])),
];
const coldRows: [string, Pair][] = [
  ['import the engine bundle', pick((r) => r.importMs)],
  [`first find, seed (${seedWords} words)`, pick((r) => r.first)],
  ['later find, seed (median of 15)', pick((r) => r.later)],
  ['build ≈ first − later', build1],
  ['import + first find', pick((r) => [r.importMs[0] + r.first[0], r.importMs[1] + r.first[1]])],
  [`dev article, median of ${texts.length} (5 runs each)`, pick((r) => r.devMedian)],
  [
    `dev corpus, ms per 1,000 words (${devWords} words)`,
    per1k(
      pick((r) => r.devTotal),
      devWords,
    ),
  ],
  [
    `seed, ms per 1,000 words`,
    per1k(
      pick((r) => r.later),
      seedWords,
    ),
  ],
  [`long page: all dev articles joined (${longWords} words)`, pick((r) => r.longMs)],
];

// ---- growth with the gazetteer ------------------------------------------------------------------

const rows: string[][] = [['gazetteer', 'phrases', 'build ms', 'ms / 10k words', 'vs 1×', 'spans']];
let base = 0;
/**
 * The gazetteer grown `scale` times from outside, through the public watch list: every body and
 * official again with a distinct last word, the same shapes as real names.
 */
function syntheticWatch(scale: number): WatchTerm[] {
  const out: WatchTerm[] = [];
  for (let k = 1; k < scale; k++) {
    for (const b of bodyRecords) out.push({ kind: 'body', name: `${b.name} Xtest${k}` });
    for (const o of officialRecords()) out.push({ kind: 'official', name: `${o.name} Ytest${k}` });
  }
  return out;
}

for (const scale of [1, 5, 20]) {
  const t0 = performance.now();
  const engine = new Engine(syntheticWatch(scale));
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
  const per10k = (median(runs) / devWords) * 10_000;
  if (scale === 1) base = per10k;
  rows.push([
    `${scale}×`,
    String(engine.gazetteer.phraseCount),
    buildMs.toFixed(1),
    per10k.toFixed(2),
    (per10k / base).toFixed(2),
    String(spans),
  ]);
}

console.log(
  `load average ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')} on ${os.cpus().length} CPUs; node ${process.version}`,
);
console.log('');
console.log(`engine bundle in a fresh process, median of ${RUNS} processes (wall ms; CPU ms of the process beside)`);
console.log(table([['', 'wall ms', 'cpu ms'], ...coldRows.map(([k, p]) => [k, fmt(p[0]), fmt(p[1])])]));
console.log('');
console.log(
  `growth with the gazetteer, in this process (tsx); dev corpus: ${texts.length} articles, ${devWords} words; median of 5 runs`,
);
console.log(table(rows));
console.log('');
console.log('bundle (utils/entities/index.ts, esbuild --bundle --minify, esm, UTF-8, JSON as JSON.parse)');
console.log(`  minified ${(code.length / 1024).toFixed(1)} KiB, gzipped ${(gz / 1024).toFixed(1)} KiB`);
