/**
 * npm run bench:engine-cold [-- --runs N]
 * The entity engine's cold start in a fresh Chromium page: nothing compiled, nothing warmed, no
 * code cache. The extension runs the engine in its background (utils/background/entity-reader.ts),
 * so a page pays none of this; the background pays it once when it starts (a service worker's
 * script has a code cache, so less compile there), and its later reads are warm. The engine is bundled as the extension bundles
 * it (esbuild, minified, the packed gazetteer inside) and, in a new page for every measurement,
 * inserted as one inline script: compile (from inserting the script to its first statement),
 * evaluate (its top level: modules, data, tables), then the first find() on the text; the second
 * find() on the same text, in the same page, shows what the same work costs once warm. Three
 * texts: one 25-word sentence, the seed article and the generated 20,000-word page. Prints
 * medians and minimums (ms), and the main thread's CPU time over the three (CDP ThreadTime: on a
 * shared machine the wall clock counts other processes' turns too); the load average is printed.
 */
import os from 'node:os';
import { build } from 'esbuild';
import { type CDPSession, chromium } from 'playwright-core';
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
      globalThis.__cold = (text) => { const e = createEngine(); const t = performance.now(); const n = e.find(text).length;
        globalThis.__engine = e; return { first: performance.now() - t, n }; };
      globalThis.__again = (text) => { const t = performance.now(); globalThis.__engine.find(text); return performance.now() - t; };`,
    resolveDir: REPO_ROOT,
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  format: 'iife',
  write: false,
  target: 'chrome120',
  charset: 'utf8',
  // The first statement and the last one of the script: compile ends where the first runs.
  banner: {
    js: 'globalThis.__evaluating=performance.now();',
  },
  footer: { js: 'globalThis.__evaluated=performance.now();' },
});
const code = bundle.outputFiles[0].text;

const browser = await chromium.launch({ executablePath: findChromium(), args: BASE_CHROMIUM_ARGS });
const rows: string[][] = [
  ['text', 'characters', 'spans', 'compile', 'evaluate', 'first find', 'all three', 'min', 'CPU', 'second find'],
];
interface Cold {
  /** The renderer main thread's CPU time over compile, evaluate and the first find: what the machine's load inflates least. */
  cpu: number;
  compile: number;
  evaluate: number;
  first: number;
  second: number;
  n: number;
}
try {
  for (const [name, text] of texts) {
    const got: Cold[] = [];
    for (let r = 0; r <= RUNS; r++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto('data:text/html,<p>x</p>');
      // The source and the text go in first: passing them is not the engine's cost.
      await page.evaluate(([source, input]) => Object.assign(globalThis, { __source: source, __input: input }), [
        code,
        text,
      ] as const);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const cpuBefore = await mainThreadTime(cdp);
      const t = await page.evaluate(() => {
        const g = globalThis as unknown as {
          __source: string;
          __input: string;
          __evaluating: number;
          __evaluated: number;
          __cold(t: string): { first: number; n: number };
        };
        const script = document.createElement('script');
        script.textContent = g.__source;
        const inserted = performance.now();
        document.head.appendChild(script); // an inline script runs here, synchronously
        const found = g.__cold(g.__input);
        return { compile: g.__evaluating - inserted, evaluate: g.__evaluated - g.__evaluating, ...found };
      });
      const cpu = (await mainThreadTime(cdp)) - cpuBefore;
      const second = await page.evaluate(() =>
        (globalThis as unknown as { __again(t: string): number; __input: string }).__again(
          (globalThis as unknown as { __input: string }).__input,
        ),
      );
      await context.close();
      if (r === 0) continue; // the browser's own first page is not counted
      got.push({ ...t, second, cpu });
    }
    const med = (f: (c: Cold) => number) => ms(median(got.map(f)));
    const all = (c: Cold) => c.compile + c.evaluate + c.first;
    rows.push([
      name,
      String(text.length),
      String(got[0].n),
      med((c) => c.compile),
      med((c) => c.evaluate),
      med((c) => c.first),
      med(all),
      ms(Math.min(...got.map(all))),
      med((c) => c.cpu),
      med((c) => c.second),
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
  `Engine bundle ${(new TextEncoder().encode(code).length / 1024).toFixed(0)} KiB minified (UTF-8). Medians in ms; "all three" = compile + evaluate + first find (its minimum beside it).`,
);
console.log(
  "CPU: the renderer main thread's CPU time (CDP Performance.getMetrics ThreadTime) over compile, evaluate and the first find, with about 0.5 ms of the DevTools call itself; the wall-clock columns grow with the machine's load, this one much less.",
);

/** The renderer main thread's CPU time so far, in ms. */
async function mainThreadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
}
