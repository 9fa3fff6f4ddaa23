/**
 * "Try it": builds the Chrome extension (only the browser it opens), then opens Chromium with it on
 * the seed article served at its real address (http://baochinhphu.vn/...) by the fixture server,
 * through the same harness as the e2e tests.
 *
 *   npm start                 a browser window; runs until Ctrl-C or the window is closed
 *   npm start -- --headless   no window: waits for highlights (or 10 s), saves
 *                             .tmp/start-screenshot.png and exits
 *
 * Without a display (and without --headless) it says so before building anything.
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  CHROME_EXTENSION_DIR,
  findChromium,
  launchWithExtension,
  readMarks,
  waitForMark,
  type Harness,
} from '../lib/chromium';
import { SEED_ARTICLE } from '../lib/fixtures';
import { repoRoot as REPO_ROOT } from '../lib/repo-root';

const HIGHLIGHT_WAIT_MS = 10_000;

/** The gazetteer, then the Chrome MV3 build: what `npm run build` does for Chrome alone. */
function buildChrome(): boolean {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  for (const args of [
    ['run', '-s', 'gazetteer'],
    ['exec', '--', 'wxt', 'build'],
  ]) {
    const r = spawnSync(npm, args, { cwd: REPO_ROOT, stdio: 'inherit' });
    if (r.status !== 0) return false;
  }
  return true;
}

interface Marks {
  state: string | null;
  saved: string | null;
  entities: string | null;
}

/** What the page shows, in a sentence, from what the content script reports (tab:state). */
function describeMarks(m: Marks, ms: number): string {
  if (m.state === 'not-article') return 'The extension ran but did not take the page for an article.';
  if (m.entities === null) return `No highlights appeared within ${HIGHLIGHT_WAIT_MS / 1000} s.`;
  const stored = m.saved === null ? '' : ' The visit is stored in the extension’s database, so the popup lists it.';
  return `The article was found and ${m.entities} officials, bodies and documents were highlighted ${ms} ms after the page opened.${stored}`;
}

async function main(): Promise<number> {
  const headless = process.argv.includes('--headless');
  if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error(
      'There is no display to open a browser window on (DISPLAY is unset). ' +
        'Run `npm start -- --headless` for a screenshot instead, or run under xvfb-run.',
    );
    return 1;
  }
  findChromium(); // no Chromium: say so before spending the build
  if (!buildChrome()) {
    console.error('The build failed (see above), so the browser was not opened.');
    return 1;
  }

  const h: Harness = await launchWithExtension({ headless });
  const url = h.server.url(SEED_ARTICLE.host, SEED_ARTICLE.path);
  const started = Date.now();
  const page = await h.openPage(url);
  // The persistent context starts with an empty tab; leave only the article.
  for (const p of h.context.pages()) if (p !== page && p.url() === 'about:blank') await p.close();
  console.log(`\nExtension ${h.extensionId} loaded from ${path.relative(REPO_ROOT, CHROME_EXTENSION_DIR)}.`);
  console.log(`Opened ${url}`);
  console.log(
    `  (the saved page tests/fixtures/sites/${SEED_ARTICLE.host}${SEED_ARTICLE.path}, served by 127.0.0.1:${h.server.port})`,
  );
  console.log(`The popup's own page: chrome-extension://${h.extensionId}/popup.html`);

  if (headless) {
    // The content script says what it did when the extension asks (nothing is written on the page).
    await waitForMark(page, 'data-vna-entities', undefined, HIGHLIGHT_WAIT_MS).catch(() => {});
    const took = Date.now() - started;
    // The visit is stored right after the highlights; give it a moment to be reported.
    await waitForMark(page, 'data-vna-saved', undefined, 2000).catch(() => {});
    const marks: Marks = await readMarks(page);
    const shot = path.join(REPO_ROOT, '.tmp/start-screenshot.png');
    await mkdir(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot });
    await h.close();
    console.log(`\n${describeMarks(marks, took)}`);
    console.log(`A screenshot of the page is in ${path.relative(REPO_ROOT, shot)}.`);
    return marks.entities === null ? 1 : 0;
  }

  console.log('\nChromium is open on the sample article. Close the window, or press Ctrl-C here, to quit.');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
    h.context.once('close', () => resolve());
  });
  await h.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
