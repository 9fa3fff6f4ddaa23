/**
 * Screenshots of the dossier pages from the real build: Chromium with the built extension reads
 * every article fixture at its real address (tests/fixtures/sites), a note is saved on the seed
 * article through the background, then the dossier of Võ Văn Thưởng and the index are captured.
 *
 *   npm run build && npx tsx scripts/dev/dossier-screenshots.ts [OUT_DIR]   (default docs/)
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, tabState } from '../lib/chromium';
import { SEED_ARTICLE, SITES_DIR } from '../lib/fixtures';
import { repoRoot } from '../lib/repo-root';
import type { Annotation } from '../../utils/model';

const OUT = path.resolve(process.argv[2] ?? path.join(repoRoot, 'docs'));
/** dantri.com.vn is HSTS-preloaded: Chromium will not load it over the fixture server's http. */
const SKIP_SITES = new Set(['dantri']);

/** Until the content script reports the visit stored (or the page is not an article). */
async function waitForVisit(page: Page): Promise<void> {
  for (const end = Date.now() + 20_000; Date.now() < end; await page.waitForTimeout(100)) {
    const s = await tabState(page).catch(() => null);
    if (s?.visitSaved || s?.state === 'not-article') return;
  }
  throw new Error(`no visit recorded on ${page.url()}`);
}

async function main() {
  const h = await launchWithExtension();
  try {
    // The pages in Vietnamese, as most readers will see them.
    await h.evalInWorker(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set({
        settings: { language: 'vi' },
      }),
    );
    const manifest = JSON.parse(readFileSync(path.join(SITES_DIR, 'manifest.json'), 'utf8')) as {
      kind: string;
      site: string;
      url: string;
    }[];
    const articles = manifest.filter((m) => m.kind === 'article' && !SKIP_SITES.has(m.site));
    for (const m of articles) {
      const u = new URL(m.url);
      const page = await h.openPage(`http://${u.host}${u.pathname}${u.search}`);
      await waitForVisit(page);
      await page.close();
    }
    console.log(`read ${articles.length} fixture articles`);

    // Served over plain http here: an article is keyed by its page's own origin.
    const key = `http://${SEED_ARTICLE.host}${SEED_ARTICLE.path}`;
    const now = new Date().toISOString();
    const quote = 'Đồng chí Võ Văn Thưởng phát biểu tại cuộc làm việc';
    const note: Annotation = {
      id: randomUUID(),
      articleKey: key,
      pageUrl: key,
      selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
      quote,
      colour: 'blue',
      note: 'Nhấn mạnh trách nhiệm người đứng đầu; so với phát biểu năm 2019 về báo chí.',
      tags: ['nhân sự'],
      entityIds: ['official:vo-van-thuong'],
      entityNames: ['Võ Văn Thưởng'],
      created: now,
      updated: now,
    };
    const saved = await h.sendMessage<{ ok: boolean; error?: string }>({ type: 'annotation:save', annotation: note });
    if (!saved.ok) throw new Error(saved.error);

    const base = `chrome-extension://${h.extensionId}/dossier.html`;
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${base}#official:vo-van-thuong`);
    await page.waitForSelector('[data-testid=dossier][data-ready=true]');
    await page.screenshot({ path: path.join(OUT, 'screenshot-dossier.png'), fullPage: true });
    await page.goto(base);
    await page.waitForSelector('[data-testid=dossier-index][data-ready=true]');
    await page.screenshot({ path: path.join(OUT, 'screenshot-dossier-index.png') });
    console.log(`saved ${path.join(OUT, 'screenshot-dossier.png')} and screenshot-dossier-index.png`);
  } finally {
    await h.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
