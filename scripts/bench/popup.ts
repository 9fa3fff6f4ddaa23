/**
 * Popup speed with a large collection, in real Chromium with the built extension:
 * 1,000 articles and 10,000 annotations (syntheticData) imported as a backup through the popup,
 * then: first render (navigation start → first article row in the DOM), time until search is
 * ready (full records loaded and indexed), one search keystroke → results in the DOM and painted,
 * and the Markdown / JSON exports of everything (click → file Blob created).
 * Run: npm run bench:popup  (builds first). Prints medians over several runs.
 */
import type { Page } from 'playwright-core';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROME_EXTENSION_DIR, launchWithExtension } from '../lib/chromium';
import { median } from '../lib/stats';
import { toBackup } from '../../utils/backup/backup';
import { syntheticData } from '../../utils/testing/synthetic';

const N_ARTICLES = 1000;
const N_ANNOTATIONS = 10_000;
const RUNS = 5;
const QUERIES = [
  'n',
  'ng',
  'ngh',
  'nghi',
  'nghi ',
  'nghi q',
  'nghi qu',
  'nghi quyet',
  'thuy',
  'hoa binh',
  'bo chinh tri',
  'x',
];

const max = (xs: number[]) => Math.max(...xs);

/** Records in the page when the first row appears (MutationObserver from the very start). */
const FIRST_ROW_PROBE = () => {
  const w = window as unknown as { __firstRow?: number };
  new MutationObserver((_, obs) => {
    if (document.querySelector('[data-testid=article-row]')) {
      w.__firstRow = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

async function openPopup(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'commit' });
  const firstRow = (await (
    await page.waitForFunction(() => (window as unknown as { __firstRow?: number }).__firstRow, undefined, {
      polling: 20,
      timeout: 30_000,
    })
  ).jsonValue()) as number;
  const ready = (await (
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=all-view]')?.getAttribute('data-search-ready') === 'true' &&
        performance.now(),
      undefined,
      { polling: 10, timeout: 30_000 },
    )
  ).jsonValue()) as number;
  const dcl = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
  );
  return { firstRow, ready, dcl };
}

/** One keystroke: set the box's value and fire `input`, as typing does; time to DOM and to paint. */
async function keystroke(page: Page, text: string): Promise<{ dom: number; paint: number; results: string }> {
  return page.evaluate(
    (text) =>
      new Promise<{ dom: number; paint: number; results: string }>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid=search-input]')!;
        const panel = document.querySelector('[data-testid=all-view]')!;
        const t0 = performance.now();
        let dom = 0;
        const obs = new MutationObserver(() => {
          if (dom) return;
          dom = performance.now() - t0;
          obs.disconnect();
          requestAnimationFrame(() =>
            setTimeout(() => {
              const results = document.querySelector('[data-testid=result-count]')?.textContent ?? '';
              resolve({ dom, paint: performance.now() - t0, results });
            }, 0),
          );
        });
        obs.observe(panel, { childList: true, subtree: true, characterData: true });
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    text,
  );
}

async function exportTime(page: Page, testid: string): Promise<{ ms: number; bytes: number }> {
  return page.evaluate(
    (testid) =>
      new Promise<{ ms: number; bytes: number }>((resolve) => {
        const orig = URL.createObjectURL;
        const t0 = performance.now();
        URL.createObjectURL = (blob: Blob | MediaSource) => {
          URL.createObjectURL = orig;
          resolve({ ms: performance.now() - t0, bytes: (blob as Blob).size });
          return orig(blob);
        };
        document.querySelector<HTMLButtonElement>(`[data-testid=${testid}]`)!.click();
      }),
    testid,
  );
}

async function main() {
  // A private copy: other builds in the same checkout must not swap files under a running bench.
  const snapshot = mkdtempSync(path.join(os.tmpdir(), 'vna-bench-ext-'));
  cpSync(CHROME_EXTENSION_DIR, snapshot, { recursive: true });
  const h = await launchWithExtension({ extensionDir: snapshot });
  try {
    const base = `chrome-extension://${h.extensionId}/popup.html`;
    // The records go in as a reader's would: a backup file through the popup's own import.
    const backupFile = path.join(snapshot, 'bench-backup.json');
    writeFileSync(backupFile, toBackup(syntheticData(N_ARTICLES, N_ANNOTATIONS, 1), '2025-01-01T00:00:00.000Z'));
    const seeder = await h.context.newPage();
    await seeder.goto(base);
    const t0 = Date.now();
    await seeder.setInputFiles('[data-testid=import-input]', backupFile);
    await seeder.waitForSelector('[data-testid=article-row]', { timeout: 120_000 });
    await seeder.close();
    console.log(
      `imported ${N_ARTICLES} articles and ${N_ANNOTATIONS} annotations through the popup in ${Date.now() - t0} ms`,
    );

    const first: number[] = [],
      dcls: number[] = [],
      ready: number[] = [],
      dom: number[] = [],
      paint: number[] = [],
      md: number[] = [],
      json: number[] = [];
    let mdBytes = 0,
      jsonBytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const page = await h.context.newPage();
      await page.addInitScript(FIRST_ROW_PROBE);
      page.on('download', (d) => void d.cancel().catch(() => {}));
      const t = await openPopup(page, base);
      first.push(t.firstRow);
      dcls.push(t.dcl);
      ready.push(t.ready);
      for (const q of QUERIES) {
        const k = await keystroke(page, q);
        dom.push(k.dom);
        paint.push(k.paint);
        if (run === 0) console.log(`  "${q}" → ${k.results} in ${k.dom.toFixed(1)} ms`);
      }
      await keystroke(page, '');
      const m = await exportTime(page, 'export-md');
      md.push(m.ms);
      mdBytes = m.bytes;
      await page.waitForFunction(
        () => !document.querySelector<HTMLButtonElement>('[data-testid=export-json]')?.disabled,
      );
      const j = await exportTime(page, 'export-json');
      json.push(j.ms);
      jsonBytes = j.bytes;
      await page.close();
    }
    const row = (name: string, xs: number[], target = '') =>
      `| ${name.padEnd(44)} | ${median(xs).toFixed(1).padStart(8)} | ${max(xs).toFixed(1).padStart(8)} | ${String(xs.length).padStart(3)} | ${target.padEnd(7)} |`;
    console.log(`\nPopup, ${N_ARTICLES} articles / ${N_ANNOTATIONS} annotations, Chromium headless (ms)`);
    console.log(
      `| ${'measure'.padEnd(44)} | ${'median'.padStart(8)} | ${'max'.padStart(8)} | ${'n'.padStart(3)} | target  |`,
    );
    console.log(`|${'-'.repeat(46)}|${'-'.repeat(10)}|${'-'.repeat(10)}|-----|---------|`);
    console.log(row('first render (navigation → first article row)', first, '< 200'));
    console.log(row('  of which page load (→ DOMContentLoaded)', dcls));
    console.log(row('search ready (full records loaded + indexed)', ready));
    console.log(row('search keystroke → results in DOM', dom, '< 50'));
    console.log(row('search keystroke → next paint', paint));
    console.log(row(`Markdown export, all (${(mdBytes / 1e6).toFixed(1)} MB)`, md));
    console.log(row(`JSON backup export, all (${(jsonBytes / 1e6).toFixed(1)} MB)`, json));
    console.log(
      `(load average at the end: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${os.cpus().length} CPUs)`,
    );
  } finally {
    await h.close();
    rmSync(snapshot, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
