/**
 * The end-to-end tests' side of the browser harness: the launcher (scripts/lib/chromium.ts) plus
 * the hostile page, and the marks the content script leaves for tests.
 */
import type { Page } from 'playwright-core';
import {
  launchWithExtension as launch,
  pageErrors,
  type Harness,
  type LaunchOptions,
} from '../../scripts/lib/chromium';
import type { FixtureServerOptions } from '../../scripts/lib/fixture-server';
import { HOSTILE_HOST, HOSTILE_PATH, hostileServerOptions } from '../fixtures/hostile/generate';

export * from '../../scripts/lib/chromium';
export { SEED_ARTICLE, SITES_DIR, findFixturePages } from '../../scripts/lib/fixtures';
export { HOSTILE_HOST, HOSTILE_PATH };

/** Launches Chromium with the extension; `hostile` also serves the generated hostile page. */
export function launchWithExtension(opts: LaunchOptions & { hostile?: boolean } = {}): Promise<Harness> {
  if (!opts.hostile) return launch(opts);
  const h = hostileServerOptions();
  const own = (opts.server ?? {}) as FixtureServerOptions;
  const server: FixtureServerOptions = {
    ...own,
    mounts: { ...h.mounts, ...own.mounts },
    virtual: async (r) => (await h.virtual(r)) ?? own.virtual?.(r),
  };
  return launch({ ...opts, server });
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

export async function tabState(page: Page): Promise<TabState | null> {
  const worker = await extensionWorker(page);
  return worker.evaluate(async (url: string) => {
    interface Tabs {
      query(q: object): Promise<{ id?: number; url?: string }[]>;
      sendMessage(id: number, m: unknown, o: object): Promise<unknown>;
    }
    const c = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    const tab = (await c.tabs.query({})).find((t) => t.url === url);
    if (tab?.id === undefined) return null;
    try {
      return ((await c.tabs.sendMessage(tab.id, { type: 'tab:state' }, { frameId: 0 })) as TabState) ?? null;
    } catch {
      return null;
    }
  }, page.url());
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
