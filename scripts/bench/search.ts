/**
 * Search micro-benchmark: 10,000 synthetic annotations over 1,000 articles (the popup's target
 * load). Prints index build time and per-query median / p95 / max in milliseconds.
 *   npx tsx scripts/bench/search.ts [nAnnotations] [nArticles]
 */
import { syntheticData } from '../../utils/testing/synthetic';
import { computeFacets, createSearchIndex, type SearchQuery } from '../../utils/search/index';
import { median, percentile } from '../lib/stats';

const nAnnotations = Number(process.argv[2] ?? 10_000);
const nArticles = Number(process.argv[3] ?? 1_000);
const RUNS = 30;

const data = syntheticData(nArticles, nAnnotations, 42);
let t = performance.now();
const index = createSearchIndex(data.articles, data.annotations);
const build = performance.now() - t;

const queries: [string, SearchQuery][] = [
  ['no filter (list all)', {}],
  ['one word', { text: 'nghị quyết' }],
  ['three words', { text: 'Bộ Chính trị hoà' }],
  ['phrase', { text: '"sáp nhập tinh gọn"' }],
  ['accent-insensitive', { text: 'bo chinh tri', accentInsensitive: true }],
  ['no match', { text: 'không có từ này xyz' }],
  ['filters only', { site: 'tuoitre', colour: 'yellow', tag: 'kinh tế' }],
  ['text + entity + dates', { text: 'Quốc hội', entity: 'gaz:quoc-hoi', from: '2024-03-01', to: '2024-12-31' }],
];

function stats(xs: number[]) {
  return { median: median(xs), p95: percentile(xs, 95), max: Math.max(...xs) };
}

const rows: Record<string, string | number>[] = [];
for (const [name, q] of queries) {
  // The first run of each mode also builds that mode's folded keys once; report it apart.
  t = performance.now();
  const hits = index.search(q).length;
  const first = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    index.search(q);
    times.push(performance.now() - t);
  }
  const s = stats(times);
  rows.push({
    query: name,
    hits,
    'first ms': first.toFixed(1),
    'median ms': s.median.toFixed(2),
    'p95 ms': s.p95.toFixed(2),
    'max ms': s.max.toFixed(2),
  });
}
t = performance.now();
computeFacets(data.articles, data.annotations);
const facets = performance.now() - t;

console.log(
  `search over ${nAnnotations} annotations / ${nArticles} articles (node ${process.version}, ${RUNS} runs each)`,
);
console.log(`index build ${build.toFixed(1)} ms; facets ${facets.toFixed(1)} ms`);
console.table(rows);
