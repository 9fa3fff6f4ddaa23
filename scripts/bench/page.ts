/**
 * `npm run bench`: the content script's highlighting, timed in real Chromium on the seed article
 * and on a generated ~20,000-word baochinhphu.vn article, against mark.js and a bare text walk.
 *
 *   npm run bench                 build, then measure (about 1–2 minutes after the build)
 *   npx tsx scripts/bench/page.ts [--runs N] [--heap-runs N] [--no-heap] [--profile | --profile-only]
 *
 * Times come from the User Timing marks the content script leaves on the page's timeline
 * (vna:loaded before its bundle is evaluated, then vna:start → vna:detected → vna:indexed →
 * vna:settings-ready → vna:matched (first piece) → vna:first-drawn → vna:drawn (all pieces), a
 * vna:piece measure per answer's task, and vna:read from asking the background to read the text,
 * utils/background/entity-reader.ts, to its last answer).
 * The timeline belongs to the document, so the main world reads the isolated world's marks. --profile builds an unminified copy of
 * the extension into a temp dir and prints where one load of each page spends its time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { findChromium, launchWithExtension } from '../lib/chromium';
import { startFixtureServer } from '../lib/fixture-server';
import { SEED_ARTICLE } from '../lib/fixtures';
import { repoRoot as REPO_ROOT } from '../lib/repo-root';
import { launchPlain, sleep, snapshotExtension } from './browser';
import { type Load, MARK_OPTIONS, sameTab, series } from './page-load';
import { heapSeries } from './heap';
import { LONG_PATH, longPageFromSeed, seedArticleHtml, wordCount } from '../lib/long-page';
import { profilePages } from './profile-pages';
import { bytes, median, ms, percentile, table } from '../lib/stats';
import { markTerms, readGazetteer } from '../lib/gazetteer-terms';

const SEED_PATH = SEED_ARTICLE.path;
const HOST = SEED_ARTICLE.host;
const EXT_DIR = path.join(REPO_ROOT, '.output/chrome-mv3');
const CONTENT_JS = 'content-scripts/content.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const num = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  const v = i >= 0 ? Number(args[i + 1]) : dflt;
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} takes a positive whole number.`);
  return v;
};
const RUNS = num('--runs', 10);
const HEAP_RUNS = num('--heap-runs', 4);

function chromiumVersion(): string {
  try {
    return execFileSync(findChromium(), ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown Chromium';
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  if (flag('--profile-only')) {
    const long = longPageFromSeed();
    const opts = {
      virtual: (r: { host: string; path: string }) =>
        r.host === HOST && r.path === LONG_PATH ? { body: long.html } : undefined,
    };
    return profilePages(
      [
        ['(a) seed article', SEED_PATH],
        ['(b) long page', LONG_PATH],
      ],
      opts,
      HOST,
    );
  }
  // Others build into the same .output: wait out a rebuild in progress, then work on a snapshot.
  for (
    let waited = 0;
    !existsSync(path.join(EXT_DIR, 'manifest.json')) || !existsSync(path.join(EXT_DIR, CONTENT_JS));
    waited += 2
  ) {
    if (waited >= 120)
      throw new Error(`No build at ${EXT_DIR}: run \`npm run build\` (or \`npm run bench\`, which builds first).`);
    if (waited === 0) console.error(`Waiting for ${EXT_DIR} (a build seems to be in progress)…`);
    await sleep(2000);
  }
  const snap = await snapshotExtension(EXT_DIR);
  const contentJs = readFileSync(path.join(snap.dir, CONTENT_JS));
  if (!contentJs.includes('vna:drawn')) {
    await snap.remove();
    throw new Error(
      `${CONTENT_JS} has no 'vna:drawn' mark: rebuild from a tree whose content script sets the vna:* marks.`,
    );
  }

  const seedHtml = seedArticleHtml();
  const terms = markTerms(readGazetteer(REPO_ROOT));
  const long = longPageFromSeed();
  const seedBody = seedHtml.slice(
    seedHtml.indexOf('data-role="content"'),
    seedHtml.indexOf('<div class="detail-tab">'),
  );
  const serverOpts = {
    virtual: (r: { host: string; path: string }) =>
      r.host === HOST && r.path === LONG_PATH ? { body: long.html } : undefined,
  };

  const markJs = readFileSync(path.join(REPO_ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const inPage = readFileSync(path.join(REPO_ROOT, 'scripts/bench/in-page.js'), 'utf8');
  const initScript = `${markJs}\n;${inPage}`;

  const server = await startFixtureServer(serverOpts);
  const seedUrl = server.url(HOST, SEED_PATH);
  const longUrl = server.url(HOST, LONG_PATH);
  let seed: Load[] = [];
  let longLoads: Load[] = [];
  let seedTab: Load[] = [];
  let longTab: Load[] = [];
  let seedStopped: Load[] = [];
  let heapExt: Awaited<ReturnType<typeof heapSeries>> | undefined;
  let heapPlain: Awaited<ReturnType<typeof heapSeries>> | undefined;
  try {
    const h = await launchWithExtension({ server, extensionDir: snap.dir });
    try {
      seed = await series(h, seedUrl, initScript, terms, 'seed article', RUNS);
      longLoads = await series(h, longUrl, initScript, terms, 'long page', RUNS);
      seedTab = await sameTab(h, seedUrl, initScript, terms, 'seed article', RUNS);
      longTab = await sameTab(h, longUrl, initScript, terms, 'long page', RUNS);
      seedStopped = await series(h, seedUrl, initScript, terms, 'seed article', RUNS, true);
      if (!flag('--no-heap')) heapExt = await heapSeries(h.context, longUrl, true, HEAP_RUNS);
    } finally {
      await h.close();
    }
    if (!flag('--no-heap')) {
      const plain = await launchPlain(server);
      try {
        heapPlain = await heapSeries(plain.context, longUrl, false, HEAP_RUNS);
      } finally {
        await plain.close();
      }
    }
  } finally {
    await server.close();
    await snap.remove();
  }

  // ---- report ----
  const cpu = os.cpus();
  console.log(`\nVN News Annotator — page benchmark (${new Date().toISOString().slice(0, 16)}Z)`);
  console.log(
    `${chromiumVersion()}, headless; CPU: ${cpu[0]?.model ?? '?'} × ${cpu.length}; load average at end ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} (shared machine: figures are noisy)`,
  );
  console.log(
    `${RUNS} fresh tabs per page after one uncounted warm-up load; median and p95 (nearest rank: with 10–19 loads, the slowest) in ms.`,
  );
  console.log(`Pages: (a) seed article ${HOST}${SEED_PATH.slice(0, 40)}… — ${wordCount(seedBody)} words in the body;`);
  console.log(
    `       (b) generated ${HOST}${LONG_PATH.slice(0, 40)}… — ${long.words} words, ${long.paragraphs} paragraphs in the body.`,
  );

  const col = (xs: Load[], k: keyof Load) => xs.map((x) => x[k]).filter((v) => Number.isFinite(v));
  const row = (name: string, k: keyof Load, target = '') => [
    name,
    ms(median(col(seed, k))),
    ms(percentile(col(seed, k), 95)),
    ms(median(col(longLoads, k))),
    ms(percentile(col(longLoads, k), 95)),
    target,
  ];
  const seedTotal = median(col(seed, 'total'));
  const longTotal = median(col(longLoads, 'total'));
  const ratio = (xs: Load[]) => median(col(xs, 'markJs')) / median(col(xs, 'total'));
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const rows: string[][] = [
    ['content script (ms)', '(a) med', '(a) p95', '(b) med', '(b) p95', 'target'],
    row('start → detected (the settings read runs meanwhile)', 'detect'),
    row('text index (detected → indexed)', 'index'),
    row('start → indexed', 'startToIndexed'),
    row('waiting for the settings (indexed → settings ready)', 'settingsWait'),
    row('matching, first piece, in the background (settings ready → matched)', 'match'),
    row('drawing, first piece (matched → first drawn)', 'draw'),
    row('start → first highlights drawn', 'firstDrawn'),
    row('other pieces, one task each, drawn with the last (first → all drawn)', 'rest'),
    row('  pieces (6,000 characters, then each twice the last)', 'pieces'),
    row('  longest task of a later piece', 'longestPiece'),
    row('  the background reading, all pieces (asked → last answer)', 'reading'),
    row(
      'TOTAL start → all drawn',
      'total',
      `(a) ≤ 16: ${verdict(seedTotal <= 16)}; (b) < 100: ${verdict(longTotal < 100)}`,
    ),
    row('before start: bundle evaluation (vna:loaded → start)', 'evaluate'),
    ['', '', '', '', '', ''],
    ['baselines, same loads (ms)', '', '', '', '', ''],
    row(`mark.js 8.11.1, ${terms.length} terms, body`, 'markJs'),
    row('mark.js unmark', 'unmark'),
    row('text walk floor (TreeWalker, body)', 'walk'),
    [
      'mark.js ÷ content script total',
      `${ratio(seed).toFixed(1)}×`,
      '',
      `${ratio(longLoads).toFixed(1)}×`,
      '',
      `≥ 10×: (a) ${verdict(ratio(seed) >= 10)}; (b) ${verdict(ratio(longLoads) >= 10)}`,
    ],
    ['', '', '', '', '', ''],
    ['context', '', '', '', '', ''],
    row('chrome.storage.local.get (isolated world, warm)', 'storageGet'),
    row('entities found (tab:state)', 'entities'),
    row('highlight ranges in CSS.highlights', 'ranges'),
    row('mark.js matches', 'markCount'),
    row('body characters (text walk)', 'walkChars'),
  ];
  console.log('');
  console.log(table(rows));
  console.log('The settings are asked for at start and awaited once the article is indexed; the wait row is');
  console.log('what is left of the storage round trip by then (the chrome.storage.local.get row times one alone).');
  console.log(`mark.js options: ${JSON.stringify(MARK_OPTIONS)}, acrossElements left at its default (false);`);
  console.log(
    'terms: official names and aliases, body names, aliases and abbreviations, document type names (longest first).',
  );
  console.log(
    "The content script's rows cover title + lead + body; mark.js and the text walk cover the body element only.",
  );

  // The same steps when the reader goes from article to article in one tab.
  const tabRow = (name: string, k: keyof Load) => [
    name,
    ms(median(col(seedTab, k))),
    ms(percentile(col(seedTab, k), 95)),
    ms(median(col(longTab, k))),
    ms(percentile(col(longTab, k), 95)),
  ];
  console.log('');
  console.log(
    table([
      ['one tab, article after article (ms)', '(a) med', '(a) p95', '(b) med', '(b) p95'],
      tabRow('start → detected', 'detect'),
      tabRow('matching, first piece', 'match'),
      tabRow('start → first highlights drawn', 'firstDrawn'),
      tabRow('TOTAL start → all drawn', 'total'),
      tabRow('before start: bundle evaluation', 'evaluate'),
    ]),
  );
  console.log(
    `${RUNS} loads of each page in one tab after two uncounted ones: the tab keeps its renderer, whose V8 keeps the code it`,
  );
  console.log(
    'compiled for the page before. The targets above are taken on fresh tabs, where every load starts from nothing.',
  );
  const stoppedRow = (name: string, k: keyof Load) => [
    name,
    ms(median(col(seedStopped, k))),
    ms(percentile(col(seedStopped, k), 95)),
  ];
  console.log('');
  console.log(
    table([
      ['fresh tab, background stopped before (ms)', '(a) med', '(a) p95'],
      stoppedRow('matching, first piece', 'match'),
      stoppedRow('TOTAL start → all drawn', 'total'),
    ]),
  );
  console.log(
    `${RUNS} loads of the seed, the extension's service worker stopped before each (Chrome stops it after 30 s without an`,
  );
  console.log(
    'event; a visible page of a site the extension is on pings it every 20 s, entrypoints/content/warm-background.ts): it starts again and builds the engine.',
  );

  if (heapExt && heapPlain) {
    console.log('');
    console.log(
      table([
        ['JS heap after forced GC, long page (median)', 'V8 used', 'Blink/Oilpan'],
        [`with the extension (${HEAP_RUNS} loads)`, bytes(heapExt.used), bytes(heapExt.embedder)],
        [`without any extension (${HEAP_RUNS} loads)`, bytes(heapPlain.used), bytes(heapPlain.embedder)],
        [
          'added by the content script',
          bytes(heapExt.used - heapPlain.used),
          bytes(heapExt.embedder - heapPlain.embedder),
        ],
      ]),
    );
    console.log('Method: Runtime.getHeapUsage reports the renderer isolate that holds every world of the page');
    console.log('(page, content script, Playwright utility); HeapProfiler.collectGarbage ×2 600 ms after drawn/load,');
    console.log('same page in a second Chromium without the extension; difference of medians.');
  }

  const gz = gzipSync(contentJs, { level: 9 });
  console.log('');
  console.log(
    `content script bundle ${CONTENT_JS}: ${bytes(contentJs.length)} raw, ${bytes(gz.length)} gzipped (level 9).`,
  );
  console.log(`Measured in ${((Date.now() - started) / 1000).toFixed(0)} s (build not included).`);

  if (flag('--profile'))
    await profilePages(
      [
        ['(a) seed article', SEED_PATH],
        ['(b) long page', LONG_PATH],
      ],
      serverOpts,
      HOST,
    );
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
