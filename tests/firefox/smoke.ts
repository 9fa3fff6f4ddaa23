/**
 * Firefox smoke test: the MV2 test build (.output/firefox-mv2-e2e: the release build plus state
 * attributes on <html>, see entrypoints/content/test-flags.ts) installed into Debian's firefox-esr,
 * driven by puppeteer-core over WebDriver BiDi (no geckodriver, no Playwright Firefox build).
 * Firefox cannot map host names to a port, so it is pointed at the fixture server as its HTTP
 * proxy: pages keep their real addresses (http://baochinhphu.vn/...) and the content script runs
 * through its real match patterns.
 *
 *   npx tsx tests/firefox/smoke.ts        (FIREFOX_PATH overrides /usr/bin/firefox-esr)
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { SEED_ARTICLE, SITES_DIR } from '../../scripts/lib/fixtures';
import { repoRoot as REPO_ROOT } from '../../scripts/lib/repo-root';
import { UNLISTED_HOST } from '../../scripts/lib/chromium';

const EXT_DIR = path.resolve(process.env.VNA_FIREFOX_EXTENSION_DIR ?? path.join(REPO_ROOT, '.output/firefox-mv2-e2e'));
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const MARK_TIMEOUT_MS = 20_000;

const results: { name: string; ok: boolean; ms: number; detail?: string }[] = [];
const t0 = performance.now();
const lap = () => Math.round(performance.now() - t0);

async function check(name: string, fn: () => Promise<string | undefined>): Promise<boolean> {
  const start = performance.now();
  try {
    const detail = (await fn()) ?? undefined;
    results.push({ name, ok: true, ms: Math.round(performance.now() - start), detail });
    console.log(`  ✓ ${name}${detail ? ` (${detail})` : ''}`);
    return true;
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    results.push({ name, ok: false, ms: Math.round(performance.now() - start), detail });
    console.log(`  ✗ ${name}\n      ${detail}`);
    return false;
  }
}

async function marks(page: Page) {
  return page.evaluate(() => {
    const h = document.documentElement;
    return {
      state: h.getAttribute('data-vna-state'),
      saved: h.getAttribute('data-vna-saved'),
      entities: h.getAttribute('data-vna-entities'),
    };
  });
}

/** Waits for <html attr="value">, or for the attribute with any value when `value` is null. */
async function waitForMark(page: Page, attr: string, value: string | null): Promise<void> {
  try {
    await page.waitForFunction(
      (a, v) =>
        v === null ? document.documentElement.hasAttribute(a) : document.documentElement.getAttribute(a) === v,
      { timeout: MARK_TIMEOUT_MS, polling: 100 },
      attr,
      value,
    );
  } catch {
    throw new Error(
      `<html ${attr}="${value}"> not set within ${MARK_TIMEOUT_MS} ms on ${page.url()}; marks: ${JSON.stringify(await marks(page))}`,
    );
  }
}

async function main(): Promise<number> {
  if (!existsSync(FIREFOX)) {
    console.error(
      `No Firefox at ${FIREFOX}: install it with \`sudo apt-get install firefox-esr\` or set FIREFOX_PATH.`,
    );
    return 1;
  }
  if (!existsSync(path.join(EXT_DIR, 'manifest.json'))) {
    console.error(`No built extension at ${EXT_DIR}: run \`npm run build\` first.`);
    return 1;
  }
  const SEED_HOST = SEED_ARTICLE.host;
  const seedPath = SEED_ARTICLE.path;
  let server: FixtureServer | undefined;
  let browser: Browser | undefined;
  try {
    // The seed page is also served at a host outside the match patterns.
    server = await startFixtureServer({ mounts: { [UNLISTED_HOST]: path.join(SITES_DIR, SEED_HOST) } });
    const port = server.port;
    console.log(
      `Firefox smoke: ${FIREFOX}, extension ${path.relative(REPO_ROOT, EXT_DIR)}, fixtures on 127.0.0.1:${port}`,
    );
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: process.env.HEADED !== '1',
      extraPrefsFirefox: {
        // Every http request goes to the fixture server, which reads the absolute URL; anything
        // Firefox itself fetches in the background just gets a 404 instead of the network.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'dom.security.https_first': false,
        'dom.security.https_first_schemeless': false,
        'dom.security.https_only_mode': false,
      },
    });
    const launched = lap();
    let extId = '';
    await check('installs the MV2 build', async () => {
      extId = await browser!.installExtension(EXT_DIR);
      return `id ${extId}, launch ${launched} ms, install ${lap() - launched} ms`;
    });

    const page = await browser.newPage();
    const url = server.url(SEED_HOST, seedPath);
    const loadStart = lap();
    await page.goto(url, { waitUntil: 'load' });
    const loaded = lap();
    const marked = await check(`marks the seed article as an article (${url})`, async () => {
      await waitForMark(page, 'data-vna-state', 'article');
      return `load ${loaded - loadStart} ms, mark after ${lap() - loaded} ms`;
    });
    await check('the background stored the visit (data-vna-saved="1")', async () => {
      if (!marked) throw new Error('not waited for: the content script never marked the page');
      await waitForMark(page, 'data-vna-saved', '1');
      return `${lap() - loaded} ms after load`;
    });
    await check('highlights the entities with the CSS Custom Highlight API', async () => {
      if (!marked) throw new Error('not waited for: the content script never marked the page');
      await waitForMark(page, 'data-vna-entities', null);
      const drawn = await page.evaluate(() => {
        const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
        return reg ? Object.fromEntries([...reg].map(([k, h]) => [k, [...h].map((r) => r.toString())])) : null;
      });
      if (!drawn) throw new Error('this Firefox has no CSS.highlights');
      const officials = drawn['vna-entity-official'] ?? [];
      if (!officials.includes('Võ Văn Thưởng')) throw new Error(`officials drawn: ${JSON.stringify(officials)}`);
      const count = Object.values(drawn).reduce((n, v) => n + v.length, 0);
      return `${count} ranges in ${Object.keys(drawn).length} highlights`;
    });
    await check(`leaves an unlisted host alone (${UNLISTED_HOST})`, async () => {
      const other = await browser!.newPage();
      await other.goto(server!.url(UNLISTED_HOST, seedPath), { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 1500));
      const m = await marks(other);
      if (m.state !== null || m.saved !== null) throw new Error(`content script ran: ${JSON.stringify(m)}`);
      if (!server!.requests.includes(`${UNLISTED_HOST}${seedPath} 200`))
        throw new Error(`the unlisted page was not served: ${server!.requests.slice(-5).join('; ')}`);
      return 'no marks';
    });
  } catch (err) {
    results.push({ name: 'run', ok: false, ms: lap(), detail: err instanceof Error ? err.stack : String(err) });
    console.log(`  ✗ run aborted: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    await browser?.close().catch(() => {});
    await server?.close();
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed (${lap()} ms total)`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
