/**
 * The clipboard in the end-to-end tests: Chromium lets the extension's own pages read it once
 * the profile grants them clipboard access, so a test (or the keyboard journey) presses "Cite"
 * and reads back what a reader would paste. Nothing in the extension reads the clipboard.
 */
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

/**
 * Lets the extension's pages read the clipboard. Chromium refuses a grant for an extension's
 * origin by name ("opaque origin"), so the profile grants it to every page it opens.
 */
export async function allowClipboard(h: Harness): Promise<void> {
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
}

/** What is on the clipboard, read from an extension page (brought to the front: it needs focus). */
export async function readClipboard(extensionPage: Page): Promise<string> {
  await extensionPage.bringToFront();
  return extensionPage.evaluate(() => navigator.clipboard.readText());
}

/** Puts known text on the clipboard first, so a test sees a copy that really happened. */
export async function clearClipboard(extensionPage: Page, text = '(nothing copied)'): Promise<void> {
  await extensionPage.bringToFront();
  await extensionPage.evaluate((t) => navigator.clipboard.writeText(t), text);
}
