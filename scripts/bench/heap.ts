/**
 * The content script's added JS heap. Every world of a page (the page's own, the content script's
 * isolated world, Playwright's utility world) lives in the renderer's one V8 isolate, and CDP's
 * Runtime.getHeapUsage reports that isolate. So: load the same page in a browser with the
 * extension and in one without, force a full GC (HeapProfiler.collectGarbage, twice) once the
 * page has settled, read the usage, and take the difference of the medians. `embedder` is the
 * Blink (Oilpan) heap beside V8's: DOM nodes, Ranges and Highlights the script created.
 */
import type { BrowserContext } from 'playwright-core';
import { sleep, waitForDrawn } from './browser';
import { median } from '../lib/stats';

export interface HeapSample {
  used: number;
  embedder: number;
}

interface HeapUsage {
  usedSize: number;
  totalSize: number;
  embedderHeapUsedSize?: number;
}

export async function heapAfterLoad(
  context: BrowserContext,
  url: string,
  withExtension: boolean,
  settleMs = 600,
): Promise<HeapSample> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load' });
    if (withExtension) await waitForDrawn(page);
    await sleep(settleMs);
    for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
    const u = (await cdp.send('Runtime.getHeapUsage')) as HeapUsage;
    return { used: u.usedSize, embedder: u.embedderHeapUsedSize ?? NaN };
  } finally {
    await page.close();
  }
}

export async function heapSeries(
  context: BrowserContext,
  url: string,
  withExtension: boolean,
  runs: number,
): Promise<HeapSample> {
  const samples: HeapSample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await heapAfterLoad(context, url, withExtension));
  return { used: median(samples.map((s) => s.used)), embedder: median(samples.map((s) => s.embedder)) };
}
