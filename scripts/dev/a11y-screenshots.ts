/**
 * Screenshots of the extension's screens in light, dark and forced-colours (high-contrast) mode,
 * from the real build in Chromium, for the README: the seed article with the reader's notes, a
 * card and the panel open; the note editor on a selection; the same article restyled as a dark
 * site; the popup; the welcome page. Every view comes up through a reader's input (hover, click,
 * drag), as in the store screenshots (scripts/build/screenshot-steps.ts).
 *
 *   npm run build && npx tsx scripts/dev/a11y-screenshots.ts [OUT_DIR]      (default docs/a11y)
 *   VNA_EXTENSION_DIR=/other/chrome-mv3 npx tsx scripts/dev/a11y-screenshots.ts /tmp/before
 */
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, waitForMark, type Harness } from '../lib/chromium';
import { clickFab } from '../lib/extension-ui';
import { repoRoot } from '../lib/repo-root';
import { SEEDED_NOTES, SHOT_ARTICLE, SHOT_ARTICLE_KEY, textBox } from '../build/screenshot-steps';
import type { Annotation } from '../../utils/model';

const OUT = path.resolve(process.argv[2] ?? path.join(repoRoot, 'docs/a11y'));
const SIZE = { width: 1280, height: 800 };
const POPUP_SIZE = { width: 420, height: 640 };

type Scheme = 'light' | 'dark' | 'forced';
const SCHEMES: Scheme[] = ['light', 'dark', 'forced'];
/** A dark news site, as some readers set theirs: the article restyled, nothing else changed. */
const DARK_SITE_CSS =
  'html, body, body * { background-color: #121212 !important; color: #e0e0e0 !important; border-color: #333 !important; }';

const CARD_NAME = { text: 'Võ Văn Thưởng', nth: 2 };
const SELECTION = 'TPHCM là một trong những địa phương có thực tiễn sôi động, nhiều kinh nghiệm';

async function emulate(page: Page, scheme: Scheme) {
  await page.emulateMedia({
    colorScheme: scheme === 'dark' ? 'dark' : 'light',
    forcedColors: scheme === 'forced' ? 'active' : 'none',
  });
}

async function seedNotes(h: Harness) {
  const page = await openArticle(h, 'light');
  const text = await page.evaluate(() => document.body.innerText.normalize('NFC'));
  await page.close();
  const now = new Date().toISOString();
  for (const n of SEEDED_NOTES) {
    const at = text.indexOf(n.quote);
    if (at < 0) throw new Error(`The note to seed is not in the article any more: "${n.quote}"`);
    const annotation: Annotation = {
      id: randomUUID(),
      articleKey: SHOT_ARTICLE_KEY,
      pageUrl: SHOT_ARTICLE_KEY,
      selectors: [
        {
          type: 'TextQuoteSelector',
          exact: n.quote,
          prefix: text.slice(Math.max(0, at - 32), at),
          suffix: text.slice(at + n.quote.length, at + n.quote.length + 32),
        },
        { type: 'TextPositionSelector', start: 0, end: n.quote.length },
      ],
      quote: n.quote,
      colour: n.colour,
      note: n.note.vi,
      tags: n.tags.vi,
      entityIds: [],
      entityNames: [],
      created: now,
      updated: now,
    };
    const r = await h.sendMessage<{ ok: boolean; error?: string }>({ type: 'annotation:save', annotation });
    if (!r.ok) throw new Error(`Could not seed a note: ${r.error}`);
  }
}

async function openArticle(h: Harness, scheme: Scheme, darkSite = false): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize(SIZE);
  await emulate(page, scheme);
  // The site is dark from its first paint, as a dark site is (the extension reads it once).
  if (darkSite)
    await page.addInitScript((css) => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
      });
    }, DARK_SITE_CSS);
  await page.goto(h.server.url(SHOT_ARTICLE.host, SHOT_ARTICLE.path), { waitUntil: 'load' });
  await page.bringToFront();
  await waitForMark(page, 'data-vna-entities', undefined, 20_000);
  return page;
}

/** Waits for frames and transitions: two pictures in a row that agree. */
async function still(page: Page): Promise<Buffer> {
  let last = await page.screenshot();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(250);
    const next = await page.screenshot();
    if (next.equals(last)) return next;
    last = next;
  }
  return last;
}

async function pageShot(h: Harness, scheme: Scheme, darkSite: boolean): Promise<Buffer> {
  const page = await openArticle(h, scheme, darkSite);
  await textBox(page, CARD_NAME.text, CARD_NAME.nth, true);
  await clickFab(page);
  await page.waitForTimeout(500);
  const p = await textBox(page, CARD_NAME.text, CARD_NAME.nth);
  await page.mouse.move(p.left + p.width * 0.3, p.top + p.height / 2, { steps: 5 });
  await page.waitForTimeout(800);
  const png = await still(page);
  await page.close();
  return png;
}

async function editorShot(h: Harness, scheme: Scheme): Promise<Buffer> {
  const page = await openArticle(h, scheme);
  await textBox(page, SELECTION, 0, true);
  const box = await textBox(page, SELECTION);
  await page.mouse.move(box.left + 1, box.top + 4);
  await page.mouse.down();
  await page.mouse.move(box.right - 1, box.bottom - 4, { steps: 8 });
  await page.mouse.up();
  await page.waitForTimeout(800);
  const png = await still(page);
  await page.close();
  return png;
}

async function extensionPageShot(h: Harness, scheme: Scheme, file: string, prepare?: (p: Page) => Promise<void>) {
  const page = await h.context.newPage();
  await page.setViewportSize(file === 'popup.html' ? POPUP_SIZE : SIZE);
  await emulate(page, scheme);
  const res = await page.goto(`chrome-extension://${h.extensionId}/${file}`).catch(() => null);
  if (!res?.ok()) {
    await page.close();
    return null;
  }
  await page.waitForTimeout(500);
  await prepare?.(page);
  const png = await still(page);
  await page.close();
  return png;
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const h = await launchWithExtension({ args: ['--lang=vi'] });
  const written: string[] = [];
  const save = async (name: string, png: Buffer | null) => {
    if (!png) return;
    const file = path.join(OUT, `${name}.png`);
    await writeFile(file, png);
    written.push(path.relative(repoRoot, file));
  };
  try {
    await h.evalInWorker(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set({ settings: { language: 'vi' } }),
    );
    await seedNotes(h);
    for (const scheme of SCHEMES) {
      await save(`${scheme}-page`, await pageShot(h, scheme, false));
      await save(`${scheme}-editor`, await editorShot(h, scheme));
      await save(
        `${scheme}-popup`,
        await extensionPageShot(h, scheme, 'popup.html', async (p) => {
          await p.click('[data-testid="view-all"]');
          await p.fill('[data-testid="search-input"]', 'khảo sát');
          await p.waitForTimeout(500);
        }),
      );
      await save(`${scheme}-welcome`, await extensionPageShot(h, scheme, 'welcome.html'));
    }
    await save('dark-site-page', await pageShot(h, 'dark', true));
  } finally {
    await h.close();
  }
  console.log(written.join('\n'));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
