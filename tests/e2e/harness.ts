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

/** What the content script wrote on <html> (see the contract in tests/e2e/README.md). */
export interface VnaMarks {
  state: string | null;
  saved: string | null;
  entities: string | null;
}

export async function readMarks(page: Page): Promise<VnaMarks> {
  return page.evaluate(() => {
    const h = document.documentElement;
    return {
      state: h.getAttribute('data-vna-state'),
      saved: h.getAttribute('data-vna-saved'),
      entities: h.getAttribute('data-vna-entities'),
    };
  });
}

/**
 * Waits until <html> carries `attr` (optionally with `value`); returns its value. On timeout the
 * error says what the page did carry, which is usually enough to tell which side broke.
 */
export async function waitForMark(page: Page, attr: string, value?: string, timeoutMs = 15_000): Promise<string> {
  try {
    const handle = await page.waitForFunction(
      ([a, v]) => {
        const got = document.documentElement.getAttribute(a as string);
        return got !== null && (v === null || got === v) ? got : null;
      },
      [attr, value ?? null] as const,
      { timeout: timeoutMs, polling: 50 },
    );
    return (await handle.jsonValue()) as string;
  } catch (err) {
    const marks = await readMarks(page).catch(() => undefined);
    throw new Error(
      `<html ${attr}${value ? `="${value}"` : ''}> did not appear within ${timeoutMs} ms on ${page.url()}; ` +
        `marks: ${JSON.stringify(marks)}; page errors: ${JSON.stringify(pageErrors(page))}`,
      { cause: err },
    );
  }
}
