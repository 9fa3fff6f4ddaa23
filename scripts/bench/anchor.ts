/**
 * Re-anchoring speed on one long page: ~20,000 words, 200 annotations described before the page
 * was edited (a paragraph inserted mid-way, a sentence removed, typos fixed inside a quarter of
 * the quotes), so position, quote and fuzzy paths all run.
 *   npm run bench:anchor [-- --ref GIT_REV] [--runs N]
 * Uses the dev corpus from ../shared when present, else the seed article repeated with variations.
 * With --ref, utils/anchoring as it was at GIT_REV ("before") runs too, alternating with the
 * working copy ("after"), so both meet the same load. Wall and CPU time (process.cpuUsage).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAnchorer } from '../../utils/anchoring/anchor';
import { describe } from '../../utils/anchoring/describe';
import { injectTypo, pickQuote, seededRng, sentences } from '../eval/simulate';
import { applySplices, trackRange, type Splice } from '../../utils/testing/splice';
import type { Selector } from '../../utils/anchoring/types';
import { repoRoot } from '../lib/repo-root';
import { median } from '../lib/stats';

const WORDS = 20_000;
const ANNOTATIONS = 200;
const argOf = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Math.max(1, Number(argOf('--runs')) || 9);
const ref = argOf('--ref');

const devDir = path.resolve(repoRoot, '../shared/corpus/dev');
const wordCount = (t: string) => t.split(/\s+/).filter(Boolean).length;

function buildPage(): { text: string; source: string } {
  const parts: string[] = [];
  let words = 0;
  if (existsSync(devDir)) {
    for (const f of readdirSync(devDir)
      .filter((x) => x.endsWith('.txt'))
      .sort()) {
      if (words >= WORDS) break;
      const t = readFileSync(path.join(devDir, f), 'utf8').normalize('NFC');
      parts.push(t);
      words += wordCount(t);
    }
    return { text: parts.join('\n\n'), source: `dev corpus (${parts.length} articles)` };
  }
  const seed = readFileSync(path.join(repoRoot, 'tests/fixtures/seed/seed.txt'), 'utf8').normalize('NFC');
  for (let i = 1; words < WORDS; i++) {
    // Vary each copy so quotes are not all repeated verbatim.
    const copy = seed.replace(/\d+/g, (d) => String(Number(d) + i)).replace(/TPHCM/g, i % 2 ? 'TPHCM' : 'Hà Nội');
    parts.push(`Phần ${i}.\n\n${copy}`);
    words += wordCount(copy);
  }
  return { text: parts.join('\n\n'), source: 'seed article repeated with variations (../shared missing)' };
}

const { text: base, source } = buildPage();
const rng = seededRng(7);

// Non-overlapping quotes over the page, in order.
const quotes: Array<[number, number]> = [];
for (let tries = 0; quotes.length < ANNOTATIONS && tries < 10_000; tries++) {
  const q = pickQuote(base, rng);
  if (q[1] - q[0] > 600 || quotes.some(([a, b]) => q[0] < b + 40 && a < q[1] + 40)) continue;
  quotes.push(q);
}
quotes.sort((a, b) => a[0] - b[0]);

// The page the reader annotated had typos inside every fourth quote.
const typos: Splice[] = [];
for (let i = 0; i < quotes.length; i += 4) {
  const t = injectTypo(base, quotes[i], rng);
  if (t) typos.push(t.typo);
}
const original = applySplices(base, typos);
const selectors: Selector[][] = quotes.map(([s, e]) => {
  const w = trackRange(typos, s, e);
  if (w.kind !== 'kept') throw new Error('typo broke a quote');
  return describe(original, w.start, w.end);
});

// The page served now: typos fixed, a paragraph inserted mid-way, a sentence removed later on.
const mid = base.indexOf('\n', Math.floor(base.length / 2)) + 1;
const later = sentences(base).find(([a, b]) => a > base.length * 0.75 && !quotes.some(([s, e]) => a < e && s < b))!;
const edits: Splice[] = [
  {
    at: mid,
    remove: 0,
    insert: 'Đoạn này được biên tập viên thêm vào sau khi bài đã đăng, để cập nhật diễn biến mới nhất.\n\n',
  },
  { at: later[0], remove: later[1] - later[0], insert: '' },
];
const served = applySplices(base, edits);
const expected = quotes.map(([s, e]) => trackRange(edits, s, e));

interface Stat {
  n: number;
  ms: number[];
  max: number;
}
interface Run {
  build: number;
  total: number;
  cpu: number;
  methods: Map<string, Stat>;
  right: number;
}
type Create = typeof createAnchorer;

function measure(create: Create): Run {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const anchorer = create(served);
  const t1 = performance.now();
  const methods = new Map<string, Stat>();
  let right = 0;
  selectors.forEach((sel, i) => {
    const a = performance.now();
    const res = anchorer.anchor(sel);
    const ms = performance.now() - a;
    const m = 'orphan' in res ? 'orphan' : res.method;
    const st = methods.get(m) ?? { n: 0, ms: [], max: 0 };
    st.n++;
    st.ms.push(ms);
    st.max = Math.max(st.max, ms);
    methods.set(m, st);
    const x = expected[i];
    if (!('orphan' in res) && x.kind === 'kept' && res.start === x.start && res.end === x.end) right++;
  });
  const cpu = process.cpuUsage(c0);
  return { build: t1 - t0, total: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000, methods, right };
}

/** utils/anchoring as it was at `rev`, in a scratch directory under node_modules (so its imports resolve). */
async function loadRef(rev: string): Promise<{ create: Create; cleanup: () => void }> {
  const dir = path.join(repoRoot, 'node_modules/.cache', `bench-anchor-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const files = execFileSync('git', ['ls-tree', '--name-only', rev, 'utils/anchoring/'], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  for (const f of files) {
    writeFileSync(
      path.join(dir, path.basename(f)),
      execFileSync('git', ['show', `${rev}:${f}`], { cwd: repoRoot, encoding: 'utf8' }),
    );
  }
  const mod = (await import(path.join(dir, 'anchor.ts'))) as { createAnchorer: Create };
  return { create: mod.createAnchorer, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const before = ref ? await loadRef(ref) : null;
const impls: Array<[string, Create]> = before
  ? [
      [`before (${ref})`, before.create],
      ['after (working copy)', createAnchorer],
    ]
  : [['', createAnchorer]];
const load0 = os.loadavg();
const results = impls.map(() => [] as Run[]);
for (let r = 0; r < RUNS; r++) impls.forEach(([, create], k) => results[k].push(measure(create)));
before?.cleanup();

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const f = (x: number) => x.toFixed(2);
console.log(`page: ${source}, ${wordCount(served)} words, ${served.length} UTF-16 code units; ${RUNS} runs, median`);
impls.forEach(([name], k) => {
  const runs = results[k];
  const rows: string[][] = [
    [
      'total (build + 200 anchors)',
      String(ANNOTATIONS),
      f(median(runs.map((r) => r.total))),
      f(median(runs.map((r) => r.total)) / ANNOTATIONS),
      '',
    ],
    [
      '  CPU time of the same (user + system)',
      String(ANNOTATIONS),
      f(median(runs.map((r) => r.cpu))),
      f(median(runs.map((r) => r.cpu)) / ANNOTATIONS),
      '',
    ],
    ['  build normalised text', '1', f(median(runs.map((r) => r.build))), '', ''],
  ];
  for (const m of ['position', 'quote', 'fuzzy', 'orphan']) {
    const per = runs.map((r) => r.methods.get(m)).filter((x): x is Stat => !!x);
    if (!per.length) continue;
    const n = per[0].n;
    rows.push([
      `  ${m}`,
      String(n),
      f(median(per.map((p) => sum(p.ms)))),
      f(median(per.map((p) => sum(p.ms))) / n),
      f(median(per.map((p) => p.max))),
    ]);
  }
  const header = [name || 'what', 'count', 'ms (median)', 'ms / annotation', 'max ms'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  if (k > 0) console.log('');
  console.log(fmt(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const r of rows) console.log(fmt(r));
  console.log(`re-anchored to the right place: ${median(runs.map((r) => r.right))} / ${ANNOTATIONS}`);
});
const load1 = os.loadavg();
console.log(
  `load average (1, 5, 15 min): ${load0.map((x) => x.toFixed(1)).join(', ')} at start, ${load1.map((x) => x.toFixed(1)).join(', ')} at end, on ${os.cpus().length} CPUs (wall times grow with it)`,
);
