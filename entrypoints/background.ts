import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '@/utils/db/db';
import { createHandler } from '@/utils/background/handle';
import { callerOf } from '@/utils/background/access';
import { relayFramePorts } from '@/utils/background/relay';
import { createEntityReader } from '@/utils/background/entity-reader';
import { loadSettings, watchSettings, type WatchEntry } from '@/utils/settings/settings';
import { enableSite, followUserSites } from '@/utils/background/user-sites';
import type { TabMessage } from '@/utils/messaging/tab-messages';
import { createDraftStore, memoryArea } from '@/utils/notes/drafts';

export default defineBackground(() => {
  const handle = createHandler({
    db: getDb(),
    version: browser.runtime.getManifest().version,
    onChange: (articleKey) => void notifyTabs({ type: 'tab:annotations-changed', articleKey }),
    enableSite,
    // Notes being written: in the session area (Chrome may stop this worker between messages),
    // else in this page's memory (Firefox's background page lives as long as the browser).
    drafts: createDraftStore(browser.storage.session ?? memoryArea()),
  });

  const ext = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  // Pages have their articles' entities read here (entity-reader.ts): the engine is compiled once.
  // The watch list is read once and again after each change: the change reaches the background
  // before the page that re-reads because of it can ask.
  let watchList: Promise<WatchEntry[]> | undefined;
  watchSettings(() => {
    watchList = undefined;
  });
  const readEntities = createEntityReader({
    ext,
    watchList: () =>
      (watchList ??= loadSettings().then(
        (s) => s.watchList,
        () => {
          watchList = undefined; // asked again next time
          return [];
        },
      )),
  });
  browser.runtime.onConnect.addListener((port) => void readEntities(port));
  // Answer through the returned promise (works in Chrome and Firefox); a rejected promise would
  // lose the error text, so the handler never rejects. Every request is checked against who sent it.
  browser.runtime.onMessage.addListener((message, sender) => handle(message, callerOf(sender, ext)));
  relayFramePorts(ext);

  browser.runtime.onInstalled.addListener((details) => {
    // The first install opens the welcome page: what to try, on which sites, with which keys.
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    browser.contextMenus.create({
      id: 'vna-highlight-selection',
      // In the browser's language (public/_locales), like the extension's name and shortcuts.
      title: browser.i18n.getMessage('menuHighlightSelection'),
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'vna-highlight-selection' && tab?.id !== undefined)
      void sendToTab(tab.id, { type: 'tab:highlight-selection' });
  });
  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    if (command === 'highlight-selection') void sendToTab(tab.id, { type: 'tab:highlight-selection' });
    if (command === 'toggle-panel') void sendToTab(tab.id, { type: 'tab:toggle-panel' });
    if (command === 'toggle-highlights') void sendToTab(tab.id, { type: 'tab:toggle-highlights' });
  });

  void followUserSites();
});

async function sendToTab(tabId: number, message: TabMessage) {
  try {
    await browser.tabs.sendMessage(tabId, message);
  } catch {
    // No content script in that tab (not a supported page): nothing to do.
  }
}

async function notifyTabs(message: TabMessage) {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : sendToTab(t.id, message))));
}
