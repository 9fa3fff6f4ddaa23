/**
 * "Try it": Chromium with the built extension, opened on the seed article served at its real
 * address (http://baochinhphu.vn/...) by the fixture server, through the same harness as the
 * e2e tests.
 *
 *   npm start                 a browser window; runs until Ctrl-C or the window is closed
 *   npm start -- --headless   no window: waits for highlights (or 10 s), saves
 *                             .tmp/start-screenshot.png and exits
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { CHROME_EXTENSION_DIR, launchWithExtension, type Harness } from '../lib/chromium';
import { SEED_ARTICLE } from '../lib/fixtures';
import { repoRoot as REPO_ROOT } from '../lib/repo-root';

const HIGHLIGHT_WAIT_MS = 10_000;

async function main(): Promise<number> {
  const headless = process.argv.includes('--headless');
  if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error(
      'No display to open a window on (DISPLAY is unset). Use `npm start -- --headless`, or run under xvfb-run.',
    );
    return 1;
  }
  const h: Harness = await launchWithExtension({ headless });
  const url = h.server.url(SEED_ARTICLE.host, SEED_ARTICLE.path);
  const page = await h.openPage(url);
  // The persistent context starts with an empty tab; leave only the article.
  for (const p of h.context.pages()) if (p !== page && p.url() === 'about:blank') await p.close();
  console.log(`Extension ${h.extensionId} loaded from ${path.relative(REPO_ROOT, CHROME_EXTENSION_DIR)}`);
  console.log(`Opened ${url}`);
  console.log(
    `  (served from tests/fixtures/sites/${SEED_ARTICLE.host}${SEED_ARTICLE.path} by 127.0.0.1:${h.server.port})`,
  );
  console.log(`Popup: chrome-extension://${h.extensionId}/popup.html`);

  if (headless) {
    const started = Date.now();
    await page
      .waitForFunction(() => document.documentElement.hasAttribute('data-vna-entities'), undefined, {
        timeout: HIGHLIGHT_WAIT_MS,
        polling: 100,
      })
      .catch(() => {});
    const marks = await page.evaluate(() => {
      const h = document.documentElement;
      return {
        state: h.getAttribute('data-vna-state'),
        saved: h.getAttribute('data-vna-saved'),
        entities: h.getAttribute('data-vna-entities'),
      };
    });
    console.log(
      marks.entities !== null
        ? `Highlighted ${marks.entities} entities after ${Date.now() - started} ms (state ${marks.state}, saved ${marks.saved ?? 'no'}).`
        : `No highlights after ${HIGHLIGHT_WAIT_MS} ms: marks ${JSON.stringify(marks)}.`,
    );
    const shot = path.join(REPO_ROOT, '.tmp/start-screenshot.png');
    await mkdir(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot });
    console.log(`Screenshot: ${shot}`);
    await h.close();
    return 0;
  }

  console.log('Browser is open; press Ctrl-C here to quit.');
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
