/**
 * Keeps the background running while the reader is on a news site (Chrome). Chrome stops an
 * extension's service worker after 30 s without an event; the next article then waits for it to
 * start and to build the entity engine again (`npm run bench`, seed article, start → all drawn,
 * medians on the test machine: 276 ms with the worker stopped before each load, 76 ms while it
 * runs; most of the 276 is the browser starting the worker, before any of its code runs). A ping
 * every 20 s from a visible page where the extension is on keeps it running, so reading an article
 * or a site's front page for minutes does not make the next article wait. A hidden tab, a site
 * switched off, or Firefox (its background page does not stop) sends none. The page sees nothing
 * of it: runtime messages are the extension's.
 */
import { request } from '@/utils/messaging/client';

export const KEEP_WARM_MS = 20_000;

export interface KeepWarmDeps {
  /** The content script context's interval (cleared when the script is invalidated). */
  setInterval(handler: () => void, ms: number): unknown;
  /** The tab is visible and the extension is on for the page. */
  reading(): boolean;
  ping?: () => Promise<unknown>;
}

export function keepBackgroundWarm(deps: KeepWarmDeps, serviceWorker = import.meta.env.MANIFEST_VERSION === 3): void {
  if (!serviceWorker) return;
  const ping = deps.ping ?? (() => request({ type: 'ping' }));
  deps.setInterval(() => {
    if (deps.reading()) ping().catch(() => undefined); // the extension was reloaded: nothing to keep
  }, KEEP_WARM_MS);
}
