/**
 * Launches Debian's firefox-esr with the built MV2 extension (.output/firefox-mv2, the build the
 * store gets) through puppeteer-core over WebDriver BiDi (no geckodriver, no Playwright Firefox
 * build), with the fixture server as its HTTP proxy: pages keep their real addresses
 * (http://baochinhphu.vn/...) and the content script runs through its real match patterns.
 *
 * The extension's own pages (popup, options) open in a tab by WebDriver BiDi navigation to their
 * moz-extension:// address. Firefox refuses that ("Navigation to moz-extension://… is not allowed
 * in this context") unless it is started with --remote-allow-system-access; puppeteer's
 * page.goto() there never returns (it does not follow moz-extension contexts), so the raw
 * `browsingContext.navigate` is used. Nothing of the extension is changed for it: the release
 * build is what runs.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Bidi } from './bidi';
import { startFixtureServer, type FixtureServer, type FixtureServerOptions } from './fixture-server';
import { repoRoot } from './repo-root';
import type { TabState } from './chromium';

export type { TabState } from './chromium';

/** VNA_FIREFOX_EXTENSION_DIR points the tests at another build (e.g. one broken on purpose). */
export const FIREFOX_EXTENSION_DIR = path.resolve(
  process.env.VNA_FIREFOX_EXTENSION_DIR ?? path.join(repoRoot, '.output/firefox-mv2'),
);
/** The add-on id in the Firefox manifest (public: it is in the store listing). */
export const GECKO_ID = 'vn-news-annotator@example.org';

export function findFirefox(): string {
  const p = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(p))
    throw new Error(`No Firefox at ${p}: install it with \`sudo apt-get install firefox-esr\` or set FIREFOX_PATH.`);
  return p;
}

export interface FirefoxLaunchOptions {
  extensionDir?: string;
  /** A running fixture server, or options to start one (closed on close()). */
  server?: FixtureServer | FixtureServerOptions;
  /** Default true; HEADED=1 in the environment shows the window. */
  headless?: boolean;
}

export interface FirefoxHarness {
  browser: Browser;
  bidi: Bidi;
  server: FixtureServer;
  /** The runtime id (the gecko id) and the moz-extension://UUID/ base of the extension's pages. */
  extensionId: string;
  baseUrl: string;
  /** Where Firefox saves downloads (removed on close). */
  downloadDir: string;
  /** A new tab at `url`, after `load`. */
  openPage(url: string): Promise<Page>;
  /** Closes every tab openPage() opened that is still open (for afterEach). */
  closePages(): Promise<void>;
  openFixture(host: string, pathname?: string): Promise<Page>;
  /** The BiDi context of a puppeteer page. */
  contextOf(page: Page): string;
  /** Opens an extension page (default the popup) in a new tab; returns its BiDi context. */
  openExtensionPage(pagePath?: string): Promise<string>;
  /** The context of an extension page kept open for messages (opened on first use). */
  extensionContext(): Promise<string>;
  /** Sends a runtime message from an extension page, as the popup does. */
  sendMessage<R = unknown>(message: unknown): Promise<R>;
  /** Merges `patch` into the stored settings from an extension page, as the options page saves them. */
  patchSettings(patch: Record<string, unknown>): Promise<void>;
  /** What the content script of `page` reports (tab:state), asked from an extension page. */
  tabState(page: Page): Promise<TabState | null>;
  /** Polls tabState until `ok` holds; the error says what the tab last reported. */
  waitForState(page: Page, ok: (s: TabState) => boolean, what: string, timeoutMs?: number): Promise<TabState>;
  close(): Promise<void>;
}

const isServer = (s: FirefoxLaunchOptions['server']): s is FixtureServer =>
  !!s && typeof (s as FixtureServer).port === 'number';

/** Polls `get` until `ok(value)`; throws with `describe(last)` after `timeoutMs`. */
export async function pollUntil<T>(
  get: () => Promise<T>,
  ok: (v: T) => boolean,
  describe: (last: T | undefined) => string,
  timeoutMs = 10_000,
  everyMs = 100,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  let error: unknown;
  for (;;) {
    last = await get().catch((e: unknown) => {
      error = e;
      return undefined;
    });
    if (last !== undefined && ok(last)) return last;
    if (Date.now() > end)
      throw new Error(describe(last) + (last === undefined && error ? ` (last error: ${String(error)})` : ''));
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export async function launchFirefox(opts: FirefoxLaunchOptions = {}): Promise<FirefoxHarness> {
  const extensionDir = path.resolve(opts.extensionDir ?? FIREFOX_EXTENSION_DIR);
  if (!existsSync(path.join(extensionDir, 'manifest.json')))
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  const executablePath = findFirefox();
  const uuid = randomUUID();
  const baseUrl = `moz-extension://${uuid}/`;

  const given = isServer(opts.server) ? opts.server : undefined;
  const server = given ?? (await startFixtureServer((opts.server as FixtureServerOptions | undefined) ?? {}));
  const downloadDir = await mkdtemp(path.join(os.tmpdir(), 'vna-firefox-downloads-'));

  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close().catch(() => {});
    if (!given) await server.close();
    await rm(downloadDir, { recursive: true, force: true }).catch(() => {});
  };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: opts.headless ?? process.env.HEADED !== '1',
      // Lets BiDi navigate a tab to the extension's pages (see the header).
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: {
        // Every http request goes to the fixture server, which reads the absolute URL; anything
        // Firefox itself fetches in the background just gets a 404 instead of the network.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': server.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': server.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'dom.security.https_first': false,
        'dom.security.https_first_schemeless': false,
        'dom.security.https_only_mode': false,
        // A known moz-extension:// address (Firefox picks a random one per profile otherwise).
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
        // Downloads go straight to a folder of ours, without a dialog.
        'browser.download.folderList': 2,
        'browser.download.dir': downloadDir,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        'browser.helperApps.neverAsk.saveToDisk': 'text/markdown,application/json,application/ld+json,text/plain',
      },
    });
    const b = browser;
    const extensionId = await b.installExtension(extensionDir);
    const bidi = new Bidi(b);

    const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;
    const opened = new Set<Page>();
    const openPage = async (url: string) => {
      const page = await b.newPage();
      opened.add(page);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    };

    const openExtensionPage = async (pagePath = '/popup.html'): Promise<string> => {
      const url = new URL(pagePath, baseUrl).href;
      const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
      await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
      return context;
    };

    let messenger: Promise<string> | undefined;
    const extensionContext = () => (messenger ??= openExtensionPage('/popup.html'));
    const sendMessage = async <R>(message: unknown): Promise<R> =>
      bidi.call<R>(
        await extensionContext(),
        (m: unknown) =>
          (
            globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): unknown } } }
          ).browser.runtime.sendMessage(m),
        [message],
      );
    const patchSettings = async (patch: Record<string, unknown>): Promise<void> =>
      bidi.call<void>(
        await extensionContext(),
        async (p: Record<string, unknown>) => {
          interface Local {
            get(k: string): Promise<Record<string, unknown>>;
            set(v: object): Promise<void>;
          }
          const local = (globalThis as unknown as { browser: { storage: { local: Local } } }).browser.storage.local;
          const got = ((await local.get('settings')).settings ?? {}) as Record<string, unknown>;
          await local.set({ settings: { ...got, ...p } });
        },
        [patch],
      );
    const tabState = async (page: Page): Promise<TabState | null> =>
      bidi.call<TabState | null>(
        await extensionContext(),
        async (url: string) => {
          interface Tabs {
            query(q: object): Promise<{ id?: number; url?: string }[]>;
            sendMessage(id: number, m: unknown, o: object): Promise<unknown>;
          }
          const tabs = (globalThis as unknown as { browser: { tabs: Tabs } }).browser.tabs;
          const found = (await tabs.query({})).filter((t) => t.url === url);
          // Two tabs at one address would make the answer ambiguous: a test left one open.
          if (found.length > 1) throw new Error(`${found.length} tabs are open at ${url}`);
          const tab = found[0];
          if (tab?.id === undefined) return null;
          try {
            return (await tabs.sendMessage(tab.id, { type: 'tab:state' }, { frameId: 0 })) ?? null;
          } catch {
            return null;
          }
        },
        [page.url()],
      );

    return {
      browser: b,
      bidi,
      server,
      extensionId,
      baseUrl,
      downloadDir,
      openPage,
      async closePages() {
        for (const p of opened) if (!p.isClosed()) await p.close().catch(() => {});
        opened.clear();
      },
      openFixture: (host, pathname = '/') => openPage(server.url(host, pathname)),
      contextOf,
      openExtensionPage,
      extensionContext,
      sendMessage,
      patchSettings,
      tabState,
      waitForState: (page, ok, what, timeoutMs = 15_000) =>
        pollUntil(
          () => tabState(page).then((s) => s ?? undefined) as Promise<TabState>,
          ok,
          (last) =>
            `the tab did not report ${what} within ${timeoutMs} ms on ${page.url()}; it reports ${JSON.stringify(last ?? null)}`,
          timeoutMs,
        ),
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
