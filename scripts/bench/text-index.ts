/**
 * Speed of the text index on a long article page, in Node:
 *   npx tsx scripts/bench/text-index.ts [--ref GIT_REV] [--runs N]
 * The page is the seed fixture (baochinhphu.vn) with its body paragraphs repeated to ~20,000
 * words, parsed once with linkedom and once with happy-dom; regions and noise selectors come from
 * the site adapter, as in the content script. Timed: buildTextIndex, and (linkedom only: happy-dom's
 * live ranges cost ~1 ms each, which would measure happy-dom) 2,000 round trips offsets → DOM
 * range → offsets. With --ref, the same is timed for utils/dom/text-index.ts and
 * text-range.ts as they were at GIT_REV ("before"), alternating with the working copy ("after"),
 * and the two indexes are checked to give the same text and the same DOM positions.
 * Medians of N runs (default 15); CPU time (process.cpuUsage) beside wall time, since the
 * machine is shared. Nothing is asserted: this prints a table.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import * as current from '../../utils/dom/text-index';
import { detectArticle } from '../../utils/sites/detect';
import { SEED_ARTICLE } from '../lib/fixtures';
import { repoRoot } from '../lib/repo-root';
import { median } from '../lib/stats';

type Impl = Pick<typeof current, 'buildTextIndex' | 'rangeFromOffsets' | 'offsetsFromRange'>;

const FIXTURE = `tests/fixtures/sites/${SEED_ARTICLE.host}${SEED_ARTICLE.path}`;
const URL_ = `https://${SEED_ARTICLE.host}${SEED_ARTICLE.path}`;
const WORDS = 20_000;
const SPANS = 2_000;
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Math.max(1, Number(arg('--runs')) || 15);
const ref = arg('--ref');

/** The fixture with the body's children appended again and again until the article has WORDS words. */
function longPage(): string {
  const { document } = parseHTML(readFileSync(path.join(repoRoot, FIXTURE), 'utf8'));
  const info = detectArticle(document as unknown as Document, URL_);
  if (!info) throw new Error('the seed fixture is no longer detected as an article');
  const body = info.body;
  const originals = [...body.childNodes];
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
  const perCopy = words(body.textContent ?? '');
  for (let n = perCopy; n < WORDS; n += perCopy) for (const c of originals) body.appendChild(c.cloneNode(true));
  return document.toString();
}

/** Loads utils/dom as it was at `rev` into a temporary directory. */
async function loadRef(rev: string): Promise<{ impl: Impl; cleanup: () => void }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-text-index-'));
  for (const f of ['text-index.ts', 'text-range.ts']) {
    const src = execFileSync('git', ['show', `${rev}:utils/dom/${f}`], { cwd: repoRoot, encoding: 'utf8' });
    writeFileSync(path.join(dir, f), src);
  }
  const impl = (await import(path.join(dir, 'text-index.ts'))) as Impl;
  return { impl, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

interface Page {
  dom: string;
  doc: Document;
  source: { regions: Element[]; exclude?: string[] };
}

function pages(html: string): Page[] {
  const l = parseHTML(html).document as unknown as Document;
  const win = new Window({ url: URL_ });
  win.document.write(html);
  const h = win.document as unknown as Document;
  return [
    { dom: 'linkedom', doc: l, source: detectArticle(l, URL_)! },
    { dom: 'happy-dom', doc: h, source: detectArticle(h, URL_)! },
  ];
}

/** Deterministic spans over the text (mulberry32). */
function spans(length: number): Array<[number, number]> {
  let a = 12345;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: SPANS }, () => {
    const s = Math.floor(rnd() * (length - 200));
    return [s, s + 1 + Math.floor(rnd() * 200)];
  });
}

interface Sample {
  build: number;
  buildCpu: number;
  trips: number;
}

function measure(impl: Impl, page: Page, sp: Array<[number, number]>): Sample {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const idx = impl.buildTextIndex(page.source);
  const t1 = performance.now();
  const cpu = process.cpuUsage(c0);
  let sink = 0;
  if (page.dom === 'linkedom')
    for (const [s, e] of sp) sink += impl.offsetsFromRange(idx, impl.rangeFromOffsets(idx, s, e))?.end ?? 0;
  if (sink < 0) console.log(sink);
  return { build: t1 - t0, buildCpu: (cpu.user + cpu.system) / 1000, trips: performance.now() - t1 };
}

/** The two implementations give the same text and the same DOM boundaries for every sampled span. */
function same(a: Impl, b: Impl, page: Page, sp: Array<[number, number]>): boolean {
  const x = a.buildTextIndex(page.source);
  const y = b.buildTextIndex(page.source);
  if (x.text !== y.text) return false;
  for (const [s, e] of page.dom === 'linkedom' ? sp : sp.slice(0, 100)) {
    const r = a.rangeFromOffsets(x, s, e);
    const q = b.rangeFromOffsets(y, s, e);
    if (
      r.startContainer !== q.startContainer ||
      r.startOffset !== q.startOffset ||
      r.endContainer !== q.endContainer ||
      r.endOffset !== q.endOffset
    )
      return false;
    if (JSON.stringify(a.offsetsFromRange(x, r)) !== JSON.stringify(b.offsetsFromRange(y, q))) return false;
  }
  return true;
}

const f = (x: number) => x.toFixed(2);

const html = longPage();
const before = ref ? await loadRef(ref) : null;
const impls: Array<[string, Impl]> = before
  ? [
      [`before (${ref})`, before.impl],
      ['after (working copy)', current],
    ]
  : [['working copy', current]];
const rows: string[][] = [];
const load0 = os.loadavg()[0];
for (const page of pages(html)) {
  const text = current.buildTextIndex(page.source).text;
  const sp = spans(text.length);
  const samples = impls.map(() => [] as Sample[]);
  for (let i = 0; i < 3; i++) impls.forEach(([, impl]) => measure(impl, page, sp)); // warm-up
  for (let r = 0; r < RUNS; r++) impls.forEach(([, impl], k) => samples[k].push(measure(impl, page, sp)));
  const agree = before ? (same(before.impl, current, page, sp) ? 'yes' : 'NO') : '';
  impls.forEach(([name], k) => {
    const s = samples[k];
    rows.push([
      page.dom,
      name,
      String(text.split(/\s+/).filter(Boolean).length),
      f(median(s.map((x) => x.build))),
      f(median(s.map((x) => x.buildCpu))),
      page.dom === 'linkedom' ? f(median(s.map((x) => x.trips))) : '-',
      k === impls.length - 1 ? agree : '',
    ]);
  });
}
before?.cleanup();

const header = ['DOM', 'code', 'words', 'build ms', 'build CPU ms', `${SPANS} round trips ms`, 'same output'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) =>
  `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
console.log(`buildTextIndex on the seed page repeated to ~${WORDS} words; median of ${RUNS} runs (wall and CPU time)`);
console.log(line(header));
console.log(`|${widths.map((w, i) => (i < 2 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log(
  `load average: ${load0.toFixed(1)} at start, ${os.loadavg()[0].toFixed(1)} at end, ${os.cpus().length} CPUs`,
);
