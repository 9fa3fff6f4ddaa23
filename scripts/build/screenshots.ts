/**
 * Store screenshots (1280×800) and the Chrome Web Store's small promotional tile (440×280), made
 * from the real built extension (.output/chrome-mv3) in Chromium, on the seed article served at
 * its real address, in Vietnamese and in English:
 *   1-card, 2-panel, 3-note-editor   driven by the reader's gestures (screenshot-steps.ts)
 *   4-popup                          the real toolbar popup (action.openPopup()) over the article
 *   promo-440x280                    the icon and the localised name, from the build
 * Fails (exit 1) when a picture is blank, or when a gesture did not change what is on screen.
 *
 *   npm run screenshots [-- --out DIR] [-- --lang vi|en]      default .output/store
 */
import puppeteer, { type Browser as PuppeteerBrowser } from 'puppeteer-core';
import type { Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROME_EXTENSION_DIR, launchWithExtension, waitForMark, type Harness } from '../lib/chromium';
import { repoRoot } from '../lib/repo-root';
import type { Annotation } from '../../utils/model';
import type { Lang } from '../../utils/settings/settings';
import { isBlank, pixelStats, type PixelStats } from './pixels';
import {
  LANGUAGE_MENU,
  PAGE_GESTURES,
  POPUP_CAPTION,
  PROMO_TAGLINE,
  SEEDED_NOTES,
  SHOT_ARTICLE,
  SHOT_ARTICLE_KEY,
  SHOT_SIZE,
} from './screenshot-steps';

/** A view that came up changes at least this share of the picture (see Gesture.minChange). */
const MIN_CHANGE = 0.004;
const SETTLE_TIMEOUT_MS = 8_000;

interface Shot {
  lang: Lang;
  file: string;
  caption: string;
  stats: PixelStats;
  problem?: string;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const outIdx = args.indexOf('--out');
  const out = path.resolve(outIdx >= 0 ? args[outIdx + 1] : path.join(repoRoot, '.output/store'));
  const langIdx = args.indexOf('--lang');
  const langs: Lang[] = langIdx >= 0 ? [args[langIdx + 1] as Lang] : ['vi', 'en'];
  const shots: Shot[] = [];
  for (const lang of langs) shots.push(...(await shootLanguage(lang, path.join(out, lang))));

  console.log(
    `\n${'file'.padEnd(44)} ${'colours'.padStart(7)} ${'top colour'.padStart(10)} ${'changed'.padStart(8)}  caption`,
  );
  for (const s of shots) {
    console.log(
      `${path.relative(repoRoot, s.file).padEnd(44)} ${String(s.stats.colours).padStart(7)} ${pct(s.stats.dominantShare).padStart(10)} ${pct(s.stats.changedShare).padStart(8)}  ${s.problem ? `FAILED: ${s.problem}` : s.caption}`,
    );
  }
  const failed = shots.filter((s) => s.problem);
  console.log(
    failed.length ? `\n${failed.length} of ${shots.length} pictures failed` : `\n${shots.length} pictures in ${out}`,
  );
  return failed.length ? 1 : 0;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

async function shootLanguage(lang: Lang, dir: string): Promise<Shot[]> {
  await mkdir(dir, { recursive: true });
  const profile = await mkdtemp(path.join(os.tmpdir(), 'vna-screenshots-'));
  // --lang sets the browser's language, so the extension starts in it (name, UI language).
  // The debugging port lets puppeteer reach the toolbar popup, which Playwright does not list.
  const h = await launchWithExtension({ userDataDir: profile, args: [`--lang=${lang}`, '--remote-debugging-port=0'] });
  let pptr: PuppeteerBrowser | undefined;
  try {
    const lab = await h.context.newPage();
    await chooseLanguage(h, lang);
    await seedNotes(h, lang);
    const shots: Shot[] = [];
    for (const g of PAGE_GESTURES) {
      const page = await openArticle(h);
      await g.prepare(page);
      const base = await settle(page, lab);
      await g.run(page);
      const png = await settle(page, lab, base, g.minChange);
      shots.push(await keep(lab, lang, path.join(dir, `${g.name}.png`), png, g.caption[lang], base, g.minChange));
      await page.close();
    }
    pptr = await puppeteer.connect({ browserWSEndpoint: await devtoolsEndpoint(profile), defaultViewport: null });
    shots.push(await popupShot(h, pptr, lab, lang, dir));
    shots.push(await promoTile(lab, lang, dir));
    return shots;
  } finally {
    await pptr?.disconnect().catch(() => {});
    await h.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/** Picks the interface language in the options page, as a reader does. */
async function chooseLanguage(h: Harness, lang: Lang) {
  const options = await h.openPage(`chrome-extension://${h.extensionId}/options.html`);
  await options.selectOption(LANGUAGE_MENU, lang);
  await options.waitForFunction(
    (l) => document.documentElement.querySelector('.options')?.getAttribute('lang') === l,
    lang,
  );
  await options.close();
}

/**
 * Two notes on the article, saved through the background as the page would save them. Their
 * context (the 32 characters either side, which anchoring checks) is read from the page itself;
 * the position is left wrong on purpose: anchoring falls back to the quote with its context.
 */
async function seedNotes(h: Harness, lang: Lang) {
  const now = new Date().toISOString();
  const page = await openArticle(h);
  const text = await page.evaluate(() => document.body.innerText.normalize('NFC'));
  await page.close();
  for (const n of SEEDED_NOTES) {
    const at = text.indexOf(n.quote);
    if (at < 0) throw new Error(`The note to seed is not in the article any more: "${n.quote}"`);
    const prefix = text.slice(Math.max(0, at - 32), at);
    const suffix = text.slice(at + n.quote.length, at + n.quote.length + 32);
    const annotation: Annotation = {
      id: randomUUID(),
      articleKey: SHOT_ARTICLE_KEY,
      pageUrl: SHOT_ARTICLE_KEY,
      selectors: [
        { type: 'TextQuoteSelector', exact: n.quote, prefix, suffix },
        { type: 'TextPositionSelector', start: 0, end: n.quote.length },
      ],
      quote: n.quote,
      colour: n.colour,
      note: n.note[lang],
      tags: n.tags[lang],
      entityIds: [],
      entityNames: [],
      created: now,
      updated: now,
    };
    const r = await h.sendMessage<{ ok: boolean; error?: string }>({ type: 'annotation:save', annotation });
    if (!r.ok) throw new Error(`Could not seed a note: ${r.error}`);
  }
}

async function openArticle(h: Harness): Promise<Page> {
  const page = await h.openFixture(SHOT_ARTICLE.host, SHOT_ARTICLE.path);
  await page.setViewportSize(SHOT_SIZE);
  await page.bringToFront();
  await waitForMark(page, 'data-vna-entities', undefined, 20_000);
  return page;
}

/**
 * Screenshots until two in a row agree (transitions over); with `base`, also until the picture
 * differs from it by MIN_CHANGE (the view came up). Returns the last picture either way: keep()
 * judges it.
 */
async function settle(page: Page, lab: Page, base?: Buffer, minChange = MIN_CHANGE): Promise<Buffer> {
  const until = Date.now() + SETTLE_TIMEOUT_MS;
  let last = await page.screenshot();
  for (;;) {
    await page.waitForTimeout(250);
    const next = await page.screenshot();
    const still = (await pixelStats(lab, next, last)).changedShare < 0.001;
    const moved = !base || (await pixelStats(lab, next, base)).changedShare >= minChange;
    if ((still && moved) || Date.now() > until) return next;
    last = next;
  }
}

async function keep(
  lab: Page,
  lang: Lang,
  file: string,
  png: Buffer,
  caption: string,
  base?: Buffer,
  minChange = MIN_CHANGE,
): Promise<Shot> {
  const stats = await pixelStats(lab, png, base);
  let problem: string | undefined;
  if (stats.width !== SHOT_SIZE.width || stats.height !== SHOT_SIZE.height)
    problem = `${stats.width}×${stats.height}, not ${SHOT_SIZE.width}×${SHOT_SIZE.height}`;
  else if (isBlank(stats)) problem = 'blank';
  else if (base && stats.changedShare < minChange)
    problem = `the view did not come up (${pct(stats.changedShare)} of the picture changed, ${pct(minChange)} needed)`;
  await writeFile(file, png);
  return { lang, file, caption, stats, problem };
}

/** The real toolbar popup, opened on the article's tab, laid over the article at the top right. */
async function popupShot(h: Harness, pptr: PuppeteerBrowser, lab: Page, lang: Lang, dir: string): Promise<Shot> {
  const page = await openArticle(h);
  const background = await settle(page, lab);
  const popupUrl = `chrome-extension://${h.extensionId}/popup.html`;
  // Not the popup.html tab the harness may have open for messages: the one opened now.
  const before = new Set(pptr.targets());
  const target = pptr.waitForTarget((t) => !before.has(t) && t.url() === popupUrl && t.type() === 'page', {
    timeout: 10_000,
  });
  await h.evalInWorker(() =>
    (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup(),
  );
  const popup = await (await target).asPage();
  // The popup opens on the article ("This page"), listing the notes seeded above.
  const note = SEEDED_NOTES[0].note[lang];
  const listed = await popup
    .waitForFunction((text) => document.body.innerText.includes(text), { timeout: 10_000 }, note)
    .then(() => true)
    .catch(() => false);
  // A popup grows to its content: wait until its size and its picture stop changing.
  let size = '';
  let shot = Buffer.alloc(0);
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 250));
    const nextSize = await popup.evaluate(() => `${innerWidth}x${innerHeight}`);
    const next = Buffer.from(await popup.screenshot());
    const still = nextSize === size && (await pixelStats(lab, next, shot)).changedShare < 0.001;
    size = nextSize;
    shot = next;
    if (still) break;
  }
  await lab.setViewportSize(SHOT_SIZE);
  await lab.setContent(
    `<body style="margin:0;overflow:hidden">
      <img src="data:image/png;base64,${background.toString('base64')}" style="position:absolute;left:0;top:0">
      <img src="data:image/png;base64,${shot.toString('base64')}"
        style="position:absolute;right:24px;top:0;border:1px solid #b9bec7;border-top:0;border-radius:0 0 10px 10px;box-shadow:0 8px 28px rgba(0,0,0,.35)">
    </body>`,
  );
  const png = await lab.screenshot();
  await page.close();
  const shot4 = await keep(lab, lang, path.join(dir, '4-popup.png'), png, POPUP_CAPTION[lang], background);
  if (!listed) shot4.problem ??= `the popup did not list the article's notes ("${note}")`;
  return shot4;
}

/** The Chrome Web Store's small promotional tile: the icon and the name as the build localises it. */
async function promoTile(lab: Page, lang: Lang, dir: string): Promise<Shot> {
  const icon = await readFile(path.join(CHROME_EXTENSION_DIR, 'icons/128.png'));
  const messages = path.join(CHROME_EXTENSION_DIR, '_locales', lang, 'messages.json');
  if (!existsSync(messages)) throw new Error(`${messages} is missing: run \`npm run build\` first.`);
  const name = (JSON.parse(readFileSync(messages, 'utf8')) as { extName: { message: string } }).extName.message;
  const size = { width: 440, height: 280 };
  await lab.setViewportSize(size);
  await lab.setContent(
    `<body lang="${lang}" style="margin:0;width:${size.width}px;height:${size.height}px;display:flex;align-items:center;gap:18px;padding:0 24px;box-sizing:border-box;background:linear-gradient(135deg,#163a63,#24548c);color:#fff;font-family:system-ui,'DejaVu Sans',sans-serif">
      <img src="data:image/png;base64,${icon.toString('base64')}" width="88" height="88">
      <div><div style="font-size:24px;font-weight:700;line-height:1.15;white-space:nowrap">${name}</div>
      <div style="margin-top:10px;font-size:16px;line-height:1.35;color:#ffe7a3">${PROMO_TAGLINE[lang]}</div></div>
    </body>`,
  );
  const png = await lab.screenshot();
  const stats = await pixelStats(lab, png);
  const file = path.join(dir, 'promo-440x280.png');
  await writeFile(file, png);
  return { lang, file, caption: PROMO_TAGLINE[lang], stats, problem: isBlank(stats) ? 'blank' : undefined };
}

/** The browser-level DevTools address Chromium writes into the profile for --remote-debugging-port=0. */
async function devtoolsEndpoint(profile: string): Promise<string> {
  const file = path.join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 50 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
  const [port, wsPath] = (await readFile(file, 'utf8')).trim().split('\n');
  return `ws://127.0.0.1:${port}${wsPath}`;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
