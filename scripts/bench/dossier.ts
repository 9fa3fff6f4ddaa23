/**
 * Dossier speed at scale, in real Chromium with the built extension: 10,000 visited articles
 * (20 entities each on average, drawn from 3,000) with 3,000 notes, one official in 2,000 of
 * the articles (utils/testing/reading.ts), imported as a backup through the popup. Then, on the
 * real extension page, each a fresh load: the official's dossier (navigation → dossier drawn),
 * the index of every entity (navigation → table drawn), and a search keystroke on the index.
 * The rows under each total are times since navigation at which the page reached each step.
 * Run: npm run bench:dossier  (builds first). Prints medians over several runs.
 */
import type { Page } from 'playwright-core';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROME_EXTENSION_DIR, launchWithExtension } from '../lib/chromium';
import { median } from '../lib/stats';
import { toBackup } from '../../utils/backup/backup';
import { syntheticReading } from '../../utils/testing/reading';

const N_ARTICLES = 10_000;
const N_TARGET = 2_000;
const N_NOTES = 3_000;
const ENTITY = { id: 'official:vo-van-thuong', kind: 'official', name: 'Võ Văn Thưởng' } as const;
/** Fresh page loads of each; RUNS=n to change. */
const RUNS = Number(process.env.RUNS ?? 9);

/** Records, from the very start of the page, when `selector` first appears. */
const PROBE = (selector: string) => {
  const w = window as unknown as { __drawn?: number };
  new MutationObserver((_, obs) => {
    if (document.querySelector(selector)) {
      w.__drawn = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

interface Load {
  drawn: number;
  data: number;
  marks: Record<string, number>;
  dcl: number;
  rows: number;
}

async function load(page: Page, url: string, selector: string, mark: string, rows: string): Promise<Load> {
  await page.addInitScript(PROBE, selector);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { __drawn?: number }).__drawn, undefined, {
    polling: 20,
    timeout: 60_000,
  });
  return page.evaluate(
    ([mark, rows]) => ({
      drawn: (window as unknown as { __drawn: number }).__drawn,
      data: performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN,
      marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
      dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
      rows: document.querySelectorAll(rows).length,
    }),
    [mark, rows] as const,
  );
}

/** One keystroke in the index search: value set and `input` fired; time until the rows change. */
function keystroke(page: Page, text: string): Promise<{ ms: number; count: string }> {
  return page.evaluate(
    (text) =>
      new Promise<{ ms: number; count: string }>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid=index-search]')!;
        const t0 = performance.now();
        const obs = new MutationObserver(() => {
          obs.disconnect();
          const ms = performance.now() - t0;
          resolve({ ms, count: document.querySelector('[data-testid=index-count]')?.textContent ?? '' });
        });
        obs.observe(document.querySelector('[data-testid=dossier-index]')!, {
          childList: true,
          subtree: true,
          characterData: true,
        });
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    text,
  );
}

async function main() {
  const snapshot = mkdtempSync(path.join(os.tmpdir(), 'vna-bench-ext-'));
  cpSync(CHROME_EXTENSION_DIR, snapshot, { recursive: true });
  const h = await launchWithExtension({ extensionDir: snapshot });
  try {
    const data = syntheticReading({ articles: N_ARTICLES, entity: ENTITY, target: N_TARGET, notes: N_NOTES });
    const backupFile = path.join(snapshot, 'bench-backup.json');
    writeFileSync(backupFile, toBackup(data, '2026-01-01T00:00:00.000Z'));
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    const t0 = Date.now();
    await popup.setInputFiles('[data-testid=import-input]', backupFile);
    const done = await popup.waitForSelector('.notice-info, .notice-error', { timeout: 300_000 });
    if ((await done.getAttribute('class'))?.includes('error'))
      throw new Error(`import failed: ${await done.textContent()}`);
    console.log(`imported ${N_ARTICLES} articles and ${N_NOTES} notes through the popup in ${Date.now() - t0} ms`);
    await popup.close();

    const base = `chrome-extension://${h.extensionId}/dossier.html`;
    const dossier: Load[] = [];
    const index: Load[] = [];
    const keys: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const p1 = await h.context.newPage();
      dossier.push(
        await load(
          p1,
          `${base}#${ENTITY.id}`,
          '[data-testid=dossier][data-ready=true]',
          'vna:dossier-data',
          '[data-testid=dossier-article]',
        ),
      );
      if (run === 0) {
        const summary = await p1.textContent('[data-testid=dossier-summary]');
        console.log(`  dossier: ${summary}; ${dossier[0].rows} article rows drawn`);
      }
      await p1.close();
      const p2 = await h.context.newPage();
      index.push(
        await load(
          p2,
          base,
          '[data-testid=dossier-index][data-ready=true]',
          'vna:index-data',
          '[data-testid=index-row]',
        ),
      );
      for (const q of ['n', 'ng', 'nguyen', 'nguyen van', 'vo van thuong', '']) {
        const k = await keystroke(p2, q);
        keys.push(k.ms);
        if (run === 0) console.log(`  index search "${q}" → ${k.count} in ${k.ms.toFixed(1)} ms`);
      }
      await p2.close();
    }

    const row = (name: string, xs: number[], target = '') =>
      `| ${name.padEnd(46)} | ${median(xs).toFixed(1).padStart(8)} | ${Math.max(...xs)
        .toFixed(1)
        .padStart(8)} | ${String(xs.length).padStart(3)} | ${target.padEnd(7)} |`;
    console.log(`\nDossiers, ${N_ARTICLES} articles / ${N_NOTES} notes, entity in ${N_TARGET}, Chromium headless (ms)`);
    console.log(
      `| ${'measure'.padEnd(46)} | ${'median'.padStart(8)} | ${'max'.padStart(8)} | ${'n'.padStart(3)} | target  |`,
    );
    console.log(`|${'-'.repeat(48)}|${'-'.repeat(10)}|${'-'.repeat(10)}|-----|---------|`);
    const at = (xs: Load[], mark: string) => xs.map((x) => x.marks[mark] ?? Number.NaN);
    const rows: [string, number[], string?][] = [
      ['dossier: navigation → drawn', dossier.map((x) => x.drawn), '< 300'],
      ['  page loaded (DOMContentLoaded)', dossier.map((x) => x.dcl)],
      ['  database asked', at(dossier, 'vna:dossier-start')],
      ['  database open', at(dossier, 'vna:dossier-open')],
      ["  the entity's articles read", at(dossier, 'vna:dossier-read')],
      ['  dossier built', dossier.map((x) => x.data)],
      ['index: navigation → drawn', index.map((x) => x.drawn), '< 500'],
      ['  page loaded (DOMContentLoaded)', index.map((x) => x.dcl)],
      ['  per-entity counts read', at(index, 'vna:index-read')],
      ['  index built', index.map((x) => x.data)],
    ];
    for (const [name, xs, target] of rows) console.log(row(name, xs, target));
    console.log(row('index search keystroke → rows changed', keys));
    console.log(
      `(${index[0].rows} index rows drawn of ${N_ARTICLES} articles' entities; load average at the end: ${os
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
