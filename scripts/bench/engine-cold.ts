/**
 * npm run bench:engine-cold [-- --runs N]
 * The entity engine's first find() in a fresh Chromium page, where the content script meets it:
 * nothing compiled, nothing warmed. The engine is bundled as the extension bundles it (esbuild,
 * minified) and run in a new page for every measurement, on three texts: one 25-word sentence
 * (what every page pays before any text: building the gazetteer, compiling the expressions and
 * the rule functions on first use), the seed article, and the generated 20,000-word page. The
 * second find() on the same text, in the same page, shows what the same work costs once warm.
 * Prints median and minimum (ms) per text; the load average is printed too (a shared machine).
 */
import os from 'node:os';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { BASE_CHROMIUM_ARGS, findChromium } from '../lib/chromium';
import { SEED_ARTICLE } from '../lib/fixtures';
import { repoRoot as REPO_ROOT } from '../lib/repo-root';
import { LONG_PATH, longPageFromSeed, seedArticleHtml } from '../lib/long-page';
import { median, ms, table } from '../lib/stats';
import { detectHtml } from '../cli/detect';

const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Math.max(1, Number(process.argv[runsAt + 1]) || 10) : 10;
const long = longPageFromSeed();
const texts: [string, string][] = [
  [
    'one sentence (25 words)',
    'Ngày 12/12, Thường trực Ban Bí thư Võ Văn Thưởng làm việc với Ban Thường vụ Thành ủy TPHCM về việc thực hiện Nghị quyết số 31-NQ/TW của Bộ Chính trị.',
  ],
  ['seed article', detectHtml(`http://${SEED_ARTICLE.host}${SEED_ARTICLE.path}`, seedArticleHtml()).text!],
  ['long page (20,000 words)', detectHtml(`http://${SEED_ARTICLE.host}${LONG_PATH}`, long.html).text!],
];

const bundle = await build({
  stdin: {
    contents: `import { createEngine } from './utils/entities';
      globalThis.__cold = (text) => { const e = createEngine(); let t = performance.now(); const n = e.find(text).length;
        const first = performance.now() - t; t = performance.now(); e.find(text); return { first, second: performance.now() - t, n }; };`,
    resolveDir: REPO_ROOT,
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  format: 'iife',
  write: false,
  target: 'chrome120',
});
const code = bundle.outputFiles[0].text;

const browser = await chromium.launch({ executablePath: findChromium(), args: BASE_CHROMIUM_ARGS });
const rows: string[][] = [['text', 'characters', 'spans', 'first find med', 'min', 'second find med', 'min']];
try {
  for (const [name, text] of texts) {
    const first: number[] = [];
    const second: number[] = [];
    let n = 0;
    for (let r = 0; r <= RUNS; r++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto('data:text/html,<p>x</p>');
      await page.evaluate((t) => ((globalThis as { __text?: string }).__text = t), text);
      await page.addScriptTag({ content: code });
      const t = await page.evaluate(() =>
        (globalThis as unknown as { __cold(t: string): { first: number; second: number; n: number } }).__cold(
          (globalThis as unknown as { __text: string }).__text,
        ),
      );
      await context.close();
      if (r === 0) continue; // the browser's own first page is not counted
      first.push(t.first);
      second.push(t.second);
      n = t.n;
    }
    rows.push([
      name,
      String(text.length),
      String(n),
      ms(median(first)),
      ms(Math.min(...first)),
      ms(median(second)),
      ms(Math.min(...second)),
    ]);
  }
} finally {
  await browser.close();
}
console.log(
  `Entity engine, cold, in fresh Chromium pages (${RUNS} per text; load average ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')})`,
);
console.log(table(rows));
console.log(
  `Engine bundle ${(code.length / 1024).toFixed(0)} KiB minified. Times in ms; "first" includes building the gazetteer.`,
);
