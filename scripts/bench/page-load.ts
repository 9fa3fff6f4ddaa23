/**
 * One measured load of a page with the built extension, for `npm run bench` (page.ts): the
 * content script's User Timing marks, then mark.js and a bare text walk in the same page as
 * baselines. In fresh tabs (series) or article after article in one tab (sameTab).
 */
import type { Page } from 'playwright-core';
import { tabState, type Harness } from '../lib/chromium';
import { contentScriptContext, evalIn, sleep, waitForDrawn } from './browser';

/** The seed's article body, where mark.js and the text walk run. */
export const BODY = 'div.detail-content.afcbc-body';
export const MARK_OPTIONS = { diacritics: false, accuracy: 'exactly', separateWordSearch: false };

interface Bench {
  textWalk(sel: string): { ms: number; chars: number } | null;
  markRun(
    sel: string,
    terms: string[],
    opts: object,
  ): Promise<{ ms: number; count: number; elements: number; unmarkMs: number } | null>;
  highlightRanges(): number;
  marks(): Record<string, number>;
}
declare const __vnaBench: Bench;

export interface Load {
  /** vna:loaded → vna:start: evaluating the bundle (data, code) before main() runs. */
  evaluate: number;
  detect: number;
  index: number;
  startToIndexed: number;
  /** indexed → the settings read answered (0 when it had answered before the index was ready). */
  settingsWait: number;
  match: number;
  /** First piece: matched → drawn (the whole article when it is one piece). */
  draw: number;
  /** start → the first piece drawn. */
  firstDrawn: number;
  /** The other pieces, each in its own task: first drawn → all drawn. */
  rest: number;
  pieces: number;
  longestPiece: number;
  /** All pieces: time in the engine alone. */
  reading: number;
  total: number;
  markJs: number;
  unmark: number;
  walk: number;
  storageGet: number;
  entities: number;
  ranges: number;
  markCount: number;
  walkChars: number;
}

async function oneLoad(
  h: Harness,
  url: string,
  initScript: string,
  terms: string[],
  withMarkJs = true,
  tab?: Page,
): Promise<Load> {
  const page: Page = tab ?? (await h.context.newPage());
  try {
    if (!tab) await page.addInitScript({ content: initScript });
    await page.goto(url, { waitUntil: 'load' });
    await waitForDrawn(page);
    // Let the script's other features (visit record, UI) finish before the in-page baselines.
    await sleep(150);
    const m = await page.evaluate(() => __vnaBench.marks());
    const need = ['vna:start', 'vna:detected', 'vna:indexed', 'vna:matched', 'vna:drawn'];
    const missing = need.filter((n) => !(n in m));
    if (missing.length) throw new Error(`Marks missing on ${url}: ${missing.join(', ')}`);
    const ranges = await page.evaluate(() => __vnaBench.highlightRanges());
    const entities = Number((await tabState(page))?.entities ?? Number.NaN);
    const walk = await page.evaluate((sel) => __vnaBench.textWalk(sel), BODY);
    const mk = withMarkJs
      ? await page.evaluate(([sel, t, o]) => __vnaBench.markRun(sel, t, o), [BODY, terms, MARK_OPTIONS] as const)
      : { ms: NaN, count: NaN, elements: NaN, unmarkMs: NaN };
    if (!walk || !mk) throw new Error(`In-page harness found no ${BODY} (or no mark.js) on ${url}`);

    // The settings read is one chrome.storage.local.get; time the same call in the script's world.
    const cdp = await h.context.newCDPSession(page);
    const cid = await contentScriptContext(cdp);
    const storageGet = cid
      ? await evalIn<number>(
          cdp,
          cid,
          `(async () => { const t = performance.now(); await chrome.storage.local.get('settings'); return performance.now() - t; })()`,
        )
      : NaN;
    await cdp.detach().catch(() => {});

    return {
      evaluate: m['vna:loaded'] !== undefined ? m['vna:start'] - m['vna:loaded'] : NaN,
      detect: m['vna:detected'] - m['vna:start'],
      index: m['vna:indexed'] - m['vna:detected'],
      startToIndexed: m['vna:indexed'] - m['vna:start'],
      settingsWait:
        m['vna:settings-ready'] !== undefined ? Math.max(0, m['vna:settings-ready'] - m['vna:indexed']) : NaN,
      match:
        m['vna:matched'] -
        (m['vna:settings-ready'] !== undefined
          ? Math.max(m['vna:settings-ready'], m['vna:indexed'])
          : m['vna:indexed']),
      draw: (m['vna:first-drawn'] ?? m['vna:drawn']) - m['vna:matched'],
      firstDrawn: (m['vna:first-drawn'] ?? m['vna:drawn']) - m['vna:start'],
      rest: m['vna:drawn'] - (m['vna:first-drawn'] ?? m['vna:drawn']),
      pieces: m['pieces:count'] ?? 1,
      longestPiece: m['pieces:longestLaterMs'] ?? NaN,
      reading: m['pieces:readingMs'] ?? NaN,
      total: m['vna:drawn'] - m['vna:start'],
      markJs: mk.ms,
      unmark: mk.unmarkMs,
      walk: walk.ms,
      storageGet,
      entities,
      ranges,
      markCount: mk.count,
      walkChars: walk.chars,
    };
  } finally {
    if (!tab) await page.close().catch(() => {});
  }
}

/**
 * Article after article in one tab, as a reader follows links: the tab keeps its renderer, whose
 * V8 keeps the code it compiled for the page before (content scripts get no code cache on disk,
 * and a fresh tab starts from nothing). Two uncounted loads, then `runs`; mark.js not run.
 */
export async function sameTab(
  h: Harness,
  url: string,
  initScript: string,
  terms: string[],
  label: string,
  runs: number,
): Promise<Load[]> {
  const tab = await h.context.newPage();
  await tab.addInitScript({ content: initScript });
  try {
    return await counted(`${label} (one tab)`, runs, 2, (_, k) =>
      oneLoad(h, `${url}?next=${k}`, initScript, terms, false, tab),
    );
  } finally {
    await tab.close().catch(() => {});
  }
}

/**
 * `runs` fresh tabs after one uncounted warm-up load (the first load in a profile is the slowest;
 * mark.js skipped there). `stopBackground`: the extension's service worker is stopped before each
 * load (as Chrome stops it after 30 s without an event), so the load waits for it to start and to
 * build the entity engine; mark.js not run.
 */
export function series(
  h: Harness,
  url: string,
  initScript: string,
  terms: string[],
  label: string,
  runs: number,
  stopBackground = false,
): Promise<Load[]> {
  return counted(stopBackground ? `${label} (background stopped)` : label, runs, 1, async (isCounted) => {
    if (stopBackground) await stopServiceWorkers(h);
    return oneLoad(h, url, initScript, terms, isCounted && !stopBackground);
  });
}

async function stopServiceWorkers(h: Harness): Promise<void> {
  const blank = await h.context.newPage();
  try {
    const cdp = await h.context.newCDPSession(blank);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await sleep(300);
  } finally {
    await blank.close();
  }
}

/** `warmUps` uncounted loads, then `runs` counted ones, with progress on stderr. `k` numbers every load. */
async function counted(
  label: string,
  runs: number,
  warmUps: number,
  load: (isCounted: boolean, k: number) => Promise<Load>,
): Promise<Load[]> {
  const out: Load[] = [];
  for (let k = 0; k < warmUps + runs; k++) {
    const l = await load(k >= warmUps, k);
    if (k < warmUps) continue;
    out.push(l);
    process.stderr.write(`\r${label}: ${out.length}/${runs} loads`);
  }
  process.stderr.write('\n');
  return out;
}
