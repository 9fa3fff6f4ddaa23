/**
 * Re-anchoring quality on the dev corpus: seeded random quotes, scripted edits, a table.
 *   npm run eval:anchor [-- --show N] [--seed S]   (--show: print up to N cases that were not right)
 * Reads ../shared/corpus/dev relative to the repository root; nothing of it is written anywhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createAnchorer, type AnchorOptions } from '../../utils/anchoring/anchor';
import { savedQuote } from '../../utils/anchoring/context';
import { CONTEXT_LENGTH } from '../../utils/anchoring/describe';
import { normalize } from '../../utils/text/normalize';
import type { Selector } from '../../utils/anchoring/types';
import { EDIT_KINDS, makeCase, seededRng, type EditKind, type Rng } from './simulate';
import { repoRoot } from '../lib/repo-root';

const devDir = path.resolve(repoRoot, '../shared/corpus/dev');
if (!existsSync(devDir)) {
  console.error(`eval:anchor needs the dev corpus at ${devDir} (the shared test data); it is not there.`);
  process.exit(1);
}
const showArg = process.argv.indexOf('--show');
const show = showArg > 0 ? Number(process.argv[showArg + 1] ?? 10) : 0;
const seedArg = process.argv.indexOf('--seed');
const SEED = seedArg > 0 ? Number(process.argv[seedArg + 1]) : 20240601;

const articles = readdirSync(devDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(devDir, f), 'utf8').normalize('NFC'));

const PLANS: Array<{ kinds: EditKind[]; perArticle: number }> = [
  ...EDIT_KINDS.map((k) => ({ kinds: [k], perArticle: 3 })),
  { kinds: ['insert-paragraph', 'nfd', 'nbsp'], perArticle: 2 },
  { kinds: ['typo-fixed', 'sentence-removed', 'rewrap'], perArticle: 2 },
  { kinds: ['quote-duplicated', 'nfd'], perArticle: 2 },
  { kinds: ['insert-paragraph', 'sentence-removed', 'tone-style', 'rewrap'], perArticle: 2 },
  { kinds: ['typo-fixed', 'nbsp', 'quote-duplicated'], perArticle: 2 },
  { kinds: ['sentence-removed', 'quote-deleted'], perArticle: 2 },
  { kinds: ['quote-duplicated', 'quote-deleted'], perArticle: 2 },
];

function donorParagraph(rng: Rng, from: string): string {
  const paras = from.split(/\n+/).filter((p) => p.length >= 80);
  return paras[Math.floor(rng() * paras.length)] ?? from.slice(0, 200);
}

/**
 * The selectors already fit two places of the article the reader annotated: the quote with the
 * same sentence-level context on both sides occurs twice (news copies often restate the lead in
 * the body, or repeat a caption). Once one copy is deleted, the other is an identical twin.
 */
function ambiguousAtCreation(original: string, selectors: Selector[]): boolean {
  const q = selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!q) return false;
  const saved = savedQuote(q.prefix, q.exact, q.suffix, CONTEXT_LENGTH);
  const needle = saved.prefix.near + saved.quote + saved.suffix.near;
  const hay = normalize(original, 'anchoring');
  const first = hay.indexOf(needle);
  return first !== -1 && hay.indexOf(needle, first + 1) !== -1;
}

interface Row {
  n: number;
  right: number;
  orphan: number;
  wrong: number;
  twin: number;
  inexact: number;
  methods: Record<string, number>;
}
const newRow = (): Row => ({ n: 0, right: 0, orphan: 0, wrong: 0, twin: 0, inexact: 0, methods: {} });
let shown = 0;

function runEval(opts: AnchorOptions): { rows: Map<string, Row>; total: Row } {
  const rows = new Map<string, Row>();
  const total = newRow();
  const rng = seededRng(SEED);
  for (const plan of PLANS) {
    const label = plan.kinds.join(' + ');
    const row = newRow();
    rows.set(label, row);
    for (let a = 0; a < articles.length; a++) {
      for (let rep = 0; rep < plan.perArticle; rep++) {
        const donor = donorParagraph(rng, articles[(a + 1 + rep) % articles.length]);
        let c = null;
        for (let tries = 0; tries < 10 && !c; tries++) c = makeCase(articles[a], plan.kinds, rng, donor);
        if (!c) continue;
        const res = createAnchorer(c.edited).anchor(c.selectors, opts);
        const method = 'orphan' in res ? 'orphan' : res.method;
        let verdict: 'right' | 'orphan' | 'wrong' | 'inexact' | 'twin';
        if ('orphan' in res) verdict = c.expected.kind === 'deleted' ? 'right' : 'orphan';
        else if (c.expected.kind !== 'kept') verdict = 'wrong';
        else if (res.start === c.expected.start && res.end === c.expected.end) verdict = 'right';
        else if (res.start < c.expected.end && c.expected.start < res.end) verdict = 'inexact';
        else verdict = 'wrong';
        if (verdict === 'wrong' && ambiguousAtCreation(c.original, c.selectors)) verdict = 'twin';
        for (const r of [row, total]) {
          r.n++;
          r.methods[method] = (r.methods[method] ?? 0) + 1;
          if (method === 'orphan') r.orphan++;
          if (verdict === 'right') r.right++;
          else if (verdict === 'wrong') r.wrong++;
          else if (verdict === 'inexact') r.inexact++;
          else if (verdict === 'twin') r.twin++;
        }
        if (verdict !== 'right' && shown < show && opts.context !== 'either') {
          shown++;
          const quote = c.selectors[0].type === 'TextQuoteSelector' ? c.selectors[0].exact : '';
          const around = (a: number, b: number) =>
            `@${a} …${c.edited.slice(Math.max(0, a - 40), a)}[[${c.edited.slice(a, b)}]]${c.edited.slice(b, b + 40)}…`;
          const exp = c.expected.kind === 'kept' ? around(c.expected.start, c.expected.end) : '(gone)';
          const got = 'orphan' in res ? '(orphan)' : around(res.start, res.end);
          if (process.env.ANCHOR_DUMP) console.log(JSON.stringify({ edited: c.edited, selectors: c.selectors }));
          console.log(
            `[${label}] ${verdict} via ${method}\n  quote:    ${JSON.stringify(quote)}\n  expected: ${JSON.stringify(exp)}\n  got:      ${JSON.stringify(got)}`,
          );
        }
      }
    }
  }

  return { rows, total };
}

const { rows, total } = runEval({});
const strict = runEval({ context: 'either' }).total;

const pct = (x: number, n: number) => (n ? ((100 * x) / n).toFixed(1) : '-');
const methods = (m: Record<string, number>) =>
  ['position', 'quote', 'fuzzy', 'orphan']
    .filter((k) => m[k])
    .map((k) => `${k} ${m[k]}`)
    .join(', ');
const header = ['edit', 'n', 'right %', 'orphaned %', 'wrong', 'twin', 'inexact', 'methods'];
const lines = [...rows.entries(), ['ALL', total] as const].map(([label, r]) => [
  label,
  String(r.n),
  pct(r.right, r.n),
  pct(r.orphan, r.n),
  String(r.wrong),
  String(r.twin),
  String(r.inexact),
  methods(r.methods),
]);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
const fmt = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(fmt(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const l of lines) console.log(fmt(l));
console.log(
  `\n${articles.length} articles, seed ${SEED}. "right": the anchored range is exactly where the quote went ` +
    `(for deleted quotes: an orphan). "wrong": anywhere else. "twin": anchored to a copy of the quote whose\n` +
    `sentence-level context was already identical in the annotated article (so the selectors fit both places).\n` +
    `"inexact": overlaps the right range with other edges.\n` +
    `With {context: 'either'}: right ${pct(strict.right, strict.n)} %, orphaned ${pct(strict.orphan, strict.n)} %, ` +
    `wrong ${strict.wrong}, twin ${strict.twin}, inexact ${strict.inexact} (n ${strict.n}).`,
);
process.exitCode = total.wrong > 0 ? 1 : 0;
