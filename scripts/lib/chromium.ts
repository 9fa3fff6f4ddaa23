/**
 * Launches the system Chromium with the built extension (.output/chrome-mv3) and the fixture
 * server, with every supported news domain resolved to that server, so pages open at their real
 * addresses (http://vnexpress.net/...) and the content script runs through its real match
 * patterns. Used by the e2e tests, the benchmarks and `npm start`.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SITES } from '../../utils/sites/registry';
import { repoRoot } from './repo-root';
import { startFixtureServer, type FixtureServer, type FixtureServerOptions } from './fixture-server';

/** VNA_EXTENSION_DIR lets a run point at another build (e.g. one broken on purpose). */
export const CHROME_EXTENSION_DIR = path.resolve(
  process.env.VNA_EXTENSION_DIR ?? path.join(repoRoot, '.output/chrome-mv3'),
);
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
/** A host no supported site owns; mapped to the fixture server to check the script stays off. */
export const UNLISTED_HOST = 'unlisted-news.example';

/**
 * Flags every Chromium launch here needs: no sandbox as root, no network of Chromium's own (this
 * machine's closed network refuses it), and plain http kept plain (otherwise
 * http://vnexpress.net is first tried as https://, where nothing listens).
 */
export const BASE_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
];

/** CHROME_PATH, else the first system Chromium found; throws (never skips) when there is none. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${CHROMIUM_CANDIDATES.join(', ')}). ` +
        'Install one with `sudo apt-get install chromium` or set CHROME_PATH to a Chromium/Chrome binary.',
    );
  }
  return found;
}

/** Every supported domain (and its subdomains) plus extra hosts, sent to 127.0.0.1:port. */
export function hostResolverRules(port: number, extraHosts: string[] = []): string {
  const target = `127.0.0.1:${port}`;
  const domains = [...new Set([...SITES.flatMap((s) => s.domains), ...extraHosts])];
  const rules = domains.flatMap((d) => [`MAP ${d} ${target}`, `MAP *.${d} ${target}`]);
  // Everything else fails fast instead of reaching the network: tests stay hermetic and a page's
  // third-party scripts cannot hang a load.
  rules.push('MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost');
  return rules.join(', ');
}

/** The bit of the `chrome` global tests touch inside the worker or an extension page (type only:
 * functions passed to evaluate() are serialised, so they cannot call helpers from this file). */
export interface ExtGlobal {
  chrome: {
    runtime: {
      getManifest(): { version: string; content_scripts?: unknown[] };
      onMessage: { hasListeners(): boolean };
      sendMessage(message: unknown): Promise<unknown>;
    };
  };
}

export interface LaunchOptions {
  /** Unpacked extension; default .output/chrome-mv3. */
  extensionDir?: string;
  /** Default true; set HEADED=1 in the environment to watch a test run. */
  headless?: boolean;
  /** Profile directory; default a fresh temp dir, removed on close(). */
  userDataDir?: string;
  /** A running fixture server, or options to start one (closed on close()). */
  server?: FixtureServer | FixtureServerOptions;
  /** Extra hosts mapped to the fixture server besides the supported domains. */
  extraHosts?: string[];
  /** Extra Chromium flags. */
  args?: string[];
  /** How long to wait for the extension's service worker. Default 20 s. */
  workerTimeoutMs?: number;
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** The extension's background service worker. */
  worker: Worker;
  server: FixtureServer;
  /** Opens chrome-extension://ID/popup.html in a new tab. */
  openPopup(): Promise<Page>;
  /** Opens a URL in a new tab and waits for `load`; collects page errors in pageErrors(page). */
  openPage(url: string): Promise<Page>;
  /** openPage(server.url(host, path)). */
  openFixture(host: string, pathname?: string): Promise<Page>;
  /** Runs `fn` inside the service worker. */
  evalInWorker<R>(fn: () => R | Promise<R>): Promise<R>;
  /** Sends a runtime message from an extension page (the worker cannot message itself). */
  sendMessage<R = unknown>(message: unknown): Promise<R>;
  close(): Promise<void>;
}

export function pageErrors(page: Page): string[] {
  return ((page as unknown as { __vnaErrors?: string[] }).__vnaErrors ??= []);
}

function isFixtureServer(s: LaunchOptions['server']): s is FixtureServer {
  return !!s && typeof (s as FixtureServer).port === 'number';
}

export async function launchWithExtension(opts: LaunchOptions = {}): Promise<Harness> {
  const extensionDir = path.resolve(opts.extensionDir ?? CHROME_EXTENSION_DIR);
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir} (manifest.json missing): run \`npm run build\` first.`);
  }
  const executablePath = findChromium();
  const headless = opts.headless ?? process.env.HEADED !== '1';

  const ownServer = !isFixtureServer(opts.server);
  const serverOpts: FixtureServerOptions = isFixtureServer(opts.server) ? {} : { ...(opts.server ?? {}) };
  const server = isFixtureServer(opts.server) ? opts.server : await startFixtureServer(serverOpts);

  const ownProfile = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'vna-chromium-')));
  const extraHosts = [UNLISTED_HOST, ...server.hosts, ...(opts.extraHosts ?? [])];
  const args = [
    ...BASE_CHROMIUM_ARGS,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=${hostResolverRules(server.port, extraHosts)}`,
    ...(opts.args ?? []),
  ];

  let context: BrowserContext | undefined;
  const cleanup = async () => {
    await context?.close().catch(() => {});
    if (ownServer) await server.close();
    if (ownProfile) await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
  };
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless,
      args,
      viewport: { width: 1280, height: 900 },
    });
    const timeout = opts.workerTimeoutMs ?? 20_000;
    const isExt = (w: Worker) => w.url().startsWith('chrome-extension://');
    const worker =
      context.serviceWorkers().find(isExt) ??
      (await context.waitForEvent('serviceworker', { predicate: isExt, timeout }).catch(() => {
        throw new Error(
          `The extension's service worker did not start within ${timeout} ms. ` +
            `Check that ${extensionDir}/manifest.json declares background.service_worker and that it loads.`,
        );
      }));
    const extensionId = new URL(worker.url()).host;
    const ctx = context;

    const openPage = async (url: string) => {
      const page = await ctx.newPage();
      const errors = pageErrors(page);
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(url, { waitUntil: 'load' });
      return page;
    };
    let messenger: Page | undefined;

    return {
      context: ctx,
      extensionId,
      worker,
      server,
      openPopup: () => openPage(`chrome-extension://${extensionId}/popup.html`),
      openPage,
      openFixture: (host, pathname = '/') => openPage(server.url(host, pathname)),
      evalInWorker: (fn) => worker.evaluate(fn),
      async sendMessage<R>(message: unknown): Promise<R> {
        messenger ??= await openPage(`chrome-extension://${extensionId}/popup.html`);
        return messenger.evaluate(
          (m) => (globalThis as unknown as ExtGlobal).chrome.runtime.sendMessage(m),
          message,
        ) as Promise<R>;
      },
      close: cleanup,
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

/**
 * What the content script says about its page when the extension asks (tab:state): nothing of it
 * is written on the page. Read through the extension's service worker, which is what the popup
 * does too.
 */
export interface TabState {
  state: 'article' | 'not-article' | 'disabled' | null;
  visitSaved: boolean;
  /** Entities drawn, once every piece of the article is read. */
  entities: number | null;
  anchored: { id: string; quote?: string }[];
  notes: number;
  /** Which of the extension's frames are open. */
  open: { card: boolean; editor: boolean; panel: boolean };
}

/** The old mark names, for the tests' readability: data-vna-state, data-vna-saved, data-vna-entities. */
export interface VnaMarks {
  state: string | null;
  saved: string | null;
  entities: string | null;
}

async function extensionWorker(page: Page) {
  const isExt = (w: { url(): string }) => w.url().startsWith('chrome-extension://');
  const ctx = page.context();
  return ctx.serviceWorkers().find(isExt) ?? (await ctx.waitForEvent('serviceworker', { predicate: isExt }));
}

/**
 * Sends `message` to the content script (top frame) of the tab showing `page`, from the
 * extension's worker, as the background does for a command or the popup for its page view.
 * Null when no tab shows that address.
 */
export async function sendToTab<R>(page: Page, message: unknown): Promise<R | null> {
  const worker = await extensionWorker(page);
  return worker.evaluate(
    async ([url, m]) => {
      interface Tabs {
        query(q: object): Promise<{ id?: number; url?: string }[]>;
        sendMessage(id: number, m: unknown, o: object): Promise<unknown>;
      }
      const c = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      const tab = (await c.tabs.query({})).find((t) => t.url === url);
      if (tab?.id === undefined) return null;
      return ((await c.tabs.sendMessage(tab.id, m, { frameId: 0 })) as R) ?? null;
    },
    [page.url(), message] as const,
  ) as Promise<R | null>;
}

/**
 * Merges `patch` into the stored settings from the extension's worker, as the options page or the
 * popup would save them; every open tab hears the change.
 */
export async function patchStoredSettings(h: Harness, patch: Record<string, unknown>): Promise<void> {
  await h.worker.evaluate(async (p) => {
    const local = (
      globalThis as unknown as {
        chrome: {
          storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
        };
      }
    ).chrome.storage.local;
    const got = ((await local.get('settings')).settings ?? {}) as Record<string, unknown>;
    await local.set({ settings: { ...got, ...p } });
  }, patch);
}

/** What the content script reports of its tab; null while it cannot answer yet. */
export async function tabState(page: Page): Promise<TabState | null> {
  return sendToTab<TabState>(page, { type: 'tab:state' }).catch(() => null);
}

export async function readMarks(page: Page): Promise<VnaMarks> {
  const s = await tabState(page);
  return {
    state: s?.state ?? null,
    saved: s?.visitSaved ? '1' : null,
    entities: s?.entities == null ? null : String(s.entities),
  };
}

/**
 * Waits until the content script reports `attr` (one of the old mark names), optionally with
 * `value`; returns its value. On timeout the error says what the tab did report.
 */
export async function waitForMark(page: Page, attr: string, value?: string, timeoutMs = 15_000): Promise<string> {
  const key = attr.replace(/^data-vna-/, '') as keyof VnaMarks;
  const end = Date.now() + timeoutMs;
  let last: VnaMarks | undefined;
  for (;;) {
    last = await readMarks(page).catch(() => undefined);
    const got = last?.[key];
    if (got != null && (value === undefined || got === value)) return got;
    if (Date.now() > end)
      throw new Error(
        `the tab did not report ${key}${value ? `="${value}"` : ''} within ${timeoutMs} ms on ${page.url()}; ` +
          `it reports ${JSON.stringify(last)}; page errors: ${JSON.stringify(pageErrors(page))}`,
      );
    await page.waitForTimeout(50);
  }
}
